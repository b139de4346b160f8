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

#include "bytes8.h"

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
	const uint64_t *keys; /* the same size: a bit for each whole key
			       * (relkg_trigger_key_bit) */
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

/* A key's bit among 65536 from all its bytes (a 16-byte key and longer:
 * the first sixteen), where the first three bytes let through a word
 * that only begins as a key does ("con" of "continued" as of
 * "condemn"): two in three words that pass the heads start no pattern.
 * Eight bytes at a time: key must stay readable to the end of the
 * eight-byte block its NUL is in (seven bytes after the NUL; tokens.h's
 * arena keeps them).  relkg_trigger_key_bit_safe reads no further than
 * the NUL and gives the same bit. */
static inline unsigned relkg_trigger_key_bit(const char *key)
{
	const unsigned char *k = (const unsigned char *)key;
	uint64_t x = relkg_b8_load(k), z = relkg_b8_eq(x, 0), y = 0;
	if (!z) { /* eight bytes or more */
		y = relkg_b8_load(k + 8);
		uint64_t z1 = relkg_b8_eq(y, 0);
		y &= (z1 & (0 - z1)) - 1; /* all of it when no NUL: cut at 16 */
	}
	x &= (z & (0 - z)) - 1; /* the bytes before the NUL */
	uint64_t h = (x * UINT64_C(0x9E3779B97F4A7C15)) ^ y;
	h *= UINT64_C(0xC4CEB9FE1A85EC53);
	return (unsigned)(h >> 48);
}
unsigned relkg_trigger_key_bit_safe(const char *key);

/* A second test after relkg_trigger_heads_may_start passed (same
 * arguments, both non-NULL and readable as relkg_trigger_key_bit
 * reads): 0 when no key is the stem or the lower-cased form. */
static inline int relkg_trigger_keys_may_start(const relkg_trigger_heads *h, const char *stem,
					       const char *lower)
{
	unsigned s = relkg_trigger_key_bit(stem);
	if (h->every || ((h->keys[s >> 6] >> (s & 63)) & 1)) {
		return 1;
	}
	unsigned l = relkg_trigger_key_bit(lower);
	return lower != stem && ((h->keys[l >> 6] >> (l & 63)) & 1);
}

#endif
