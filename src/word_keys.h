/* A set of words by their keys, the top sixteen bits of relkg_word_hash
 * (word_hash.h) that tokens.h keeps with each word (of its lower-cased
 * form and of its stem): 256 bits, a key's low byte.  A set tells for
 * sure that a word is NOT in it; a key it has may be another word's.
 * The event finder keeps one for a sentence's words and one for each
 * trigger's solid words: a trigger with a word the sentence lacks is
 * not tried at all.
 *
 * Ownership: plain values, no memory of their own. */
#ifndef RELKG_WORD_KEYS_H
#define RELKG_WORD_KEYS_H
#include <stdint.h>

#include "word_hash.h"

typedef struct {
	uint64_t b[4];
} relkg_word_keys;

/* Adds the word whose key is key (0..65535). */
static inline void relkg_word_keys_add(relkg_word_keys *s, unsigned key)
{
	s->b[(key >> 6) & 3u] |= (uint64_t)1 << (key & 63u);
}

/* Adds the string w (relkg_word_hash_of). */
static inline void relkg_word_keys_add_word(relkg_word_keys *s, const char *w)
{
	relkg_word_keys_add(s, relkg_word_hash_of(w) >> 16);
}

/* May every word of need be in have (no key of need missing)? */
static inline int relkg_word_keys_within(const relkg_word_keys *need, const relkg_word_keys *have)
{
	return ((need->b[0] & ~have->b[0]) | (need->b[1] & ~have->b[1]) |
		(need->b[2] & ~have->b[2]) | (need->b[3] & ~have->b[3])) == 0;
}

#endif
