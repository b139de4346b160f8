/* Which patterns can start at a word: trigger (or blocker) patterns
 * indexed by their first pattern word, so each word of a sentence tries
 * only the few patterns that can match there instead of the whole
 * lexicon.  A pattern's first word is a stem ("visit"), an exact surface
 * form ("=met") or a gap ("*", "**"); a word with stem S and lower-cased
 * form L can start exactly the patterns led by S, by "=L" or by a gap.
 *
 * Ownership: the index keeps pointers to the first words it was built
 * from (the lexicon's strings), which must outlive it; it owns the rest.
 * Read-only after _new, so threads may share it. */
#ifndef RELKG_TRIGGER_INDEX_H
#define RELKG_TRIGGER_INDEX_H
#include <stddef.h>

typedef struct relkg_trigger_index relkg_trigger_index;

/* Pattern numbers, ascending (the lexicon's order). */
typedef struct {
	const size_t *ids;
	size_t n;
} relkg_trigger_ids;

enum { RELKG_LED_STEM, RELKG_LED_SURFACE, RELKG_LED_GAP, RELKG_LED_KINDS };

/* Indexes the patterns 0..n-1 by first[k], pattern k's first word.  NULL
 * on no memory. */
relkg_trigger_index *relkg_trigger_index_new(const char *const *first, size_t n);
void relkg_trigger_index_free(relkg_trigger_index *x);

/* The patterns that can start at a word with this stem and lower-cased
 * form, by how they are led (out[RELKG_LED_STEM] ...).  stem and lower
 * may be NULL (a punctuation mark): only the gap-led ones then. */
void relkg_trigger_index_at(const relkg_trigger_index *x, const char *stem, const char *lower,
			    relkg_trigger_ids out[RELKG_LED_KINDS]);

/* A quick test before relkg_trigger_index_at (same arguments): 0 when it
 * would surely give no pattern at all, 1 when it may give some. */
int relkg_trigger_index_may_start(const relkg_trigger_index *x, const char *stem,
				  const char *lower);

#endif
