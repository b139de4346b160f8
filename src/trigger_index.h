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
#include <stdint.h>

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

/* The same test for a caller that asks it of every word of a sentence
 * and wants it inline: a bit for the first three bytes of every key,
 * stem-led or surface-led (relkg_trigger_head_of), borrowed from the
 * index.  One set for both kinds: a word whose stem is its surface form
 * (most) is tested once, and a key of the other kind that shares a bit
 * only lets a word through to the exact look-up. */
typedef struct {
	const uint64_t *bits; /* RELKG_TRIGGER_HEAD_WORDS */
	const uint64_t *keys; /* the same size: a bit for each whole key, the
			       * top 16 bits of its relkg_word_hash */
	int every;            /* gap-led patterns: every word may start */
} relkg_trigger_heads;

#define RELKG_TRIGGER_HEAD_WORDS 1024 /* 65536 bits */

relkg_trigger_heads relkg_trigger_index_heads(const relkg_trigger_index *x);

/* The first three bytes of key (fewer for a shorter key) folded to 16
 * bits: most words of a sentence lead no pattern, and three bytes tell so
 * without hashing the word.  (Two bytes let half a sentence's words
 * through: "co", "st", "re".)  No branch: a byte past the key's NUL is
 * read as that NUL again. */
static inline unsigned relkg_trigger_head_of(const char *key)
{
	const unsigned char *k = (const unsigned char *)key;
	unsigned b0 = k[0];
	unsigned b1 = k[b0 != 0];
	unsigned b2 = k[(b0 != 0) + (b1 != 0)];
	return ((b0 << 8 | b1) ^ (b2 << 5)) & 0xFFFFu;
}

/* Can a key of the set `bits` start as key does? */
static inline int relkg_trigger_head_in(const uint64_t *bits, const char *key)
{
	unsigned f = relkg_trigger_head_of(key);
	return (bits[f >> 6] >> (f & 63)) & 1;
}

/* relkg_trigger_index_may_start by the heads h (a word's lower-cased form
 * is often its stem, the very same string: tested once). */
static inline int relkg_trigger_heads_may_start(const relkg_trigger_heads *h, const char *stem,
						const char *lower)
{
	return h->every || (stem && relkg_trigger_head_in(h->bits, stem)) ||
	       (lower && lower != stem && relkg_trigger_head_in(h->bits, lower));
}

/* A second test after relkg_trigger_heads_may_start passed, by the
 * whole word: the three first bytes let through a word that only begins
 * as a key does ("con" of "continued" as of "condemn"), two words in
 * three that pass them.  key_stem and key_lower are the top sixteen bits
 * of relkg_word_hash (word_hash.h) of the stem and of the lower-cased
 * form (tokens.h keeps them with each word); 0 when no key is either. */
static inline int relkg_trigger_keys_may_start(const relkg_trigger_heads *h, unsigned key_stem,
					       unsigned key_lower)
{
	return h->every | (int)((h->keys[key_stem >> 6] >> (key_stem & 63)) & 1) |
	       (int)((h->keys[key_lower >> 6] >> (key_lower & 63)) & 1);
}

#endif
