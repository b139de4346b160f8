/* A sentence's words 64 at a time as a bit set: bit w for the word ws[w]
 * when a rule set may match there, by the class of its first byte
 * (relkg_wc_of), by its key (relkg_word_key: first byte and the kind of
 * the next), or by a bit set over the text (where mentions begin).  The
 * word loops of the rule sets tested such things word by word, a branch
 * the text decides (capitalized or not) that the processor mispredicted
 * at about one word in three; a loop over the set bits branches once a
 * word it keeps.  Borrowed text and tables; nothing allocates. */
#ifndef RELKG_WORD_MASK_H
#define RELKG_WORD_MASK_H
#include <stddef.h>
#include <stdint.h>
#include "entities.h"
#include "words.h"

/* Bit w (w < min(n, 64)): does ws[w] (a byte of text) begin a word of a
 * class in classes?  Bits from min(n, 64) up are 0.  Computed with no
 * branch on the text. */
static inline uint64_t relkg_word_class_mask(const char *text, const size_t *ws, size_t n,
					     uint64_t classes)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t m = n < 64 ? n : 64;
	uint64_t bits = 0;
	for (size_t w = 0; w < m; ++w) {
		bits |= (classes >> relkg_wc_bits[u[ws[w]]] & 1u) << w;
	}
	return bits;
}

/* Bit w (w < min(n, 64)): is bit ws[w] of the bit set set[0 .. n_set)
 * (bit p is set[p / 64] >> p % 64; none past the set) on?  The mention
 * table's bit set of where mentions begin, at a sentence's words. */
static inline uint64_t relkg_word_bit_mask(const uint64_t *set, size_t n_set, const size_t *ws,
					   size_t n)
{
	size_t m = n < 64 ? n : 64;
	uint64_t bits = 0;
	for (size_t w = 0; w < m; ++w) {
		size_t p = ws[w];
		uint64_t on = p / 64 < n_set ? set[p / 64] >> (p % 64) & 1u : 0;
		bits |= on << w;
	}
	return bits;
}

/* A set of word keys (relkg_word_key: a word's first byte's class and
 * the kind of the byte after it): key k is bit k % 64 of bits[k / 64].
 * A rule's test of a word's first two bytes, as one look-up in the keys
 * the mention table keeps for every word (relkg_sentence_word_keys). */
typedef struct {
	uint64_t bits[(RELKG_WORD_KEYS + 63) / 64];
} relkg_word_keyset;

/* Adds the keys of every word whose first byte's class is in classes. */
void relkg_word_keyset_add_classes(relkg_word_keyset *ks, uint64_t classes);
/* Adds the keys of every word where f may say a string of its list
 * begins: a first byte with bit 0 of f->at, then a second byte before the
 * sentence's end with bit 1 (the test rules make at a word before trying
 * their phrases). */
void relkg_word_keyset_add_filter(relkg_word_keyset *ks, const relkg_written_filter *f);

/* Bit w (w < min(n, 64)): is keys[w] in ks? */
static inline uint64_t relkg_word_key_mask(const relkg_word_keyset *ks, const uint16_t *keys,
					   size_t n)
{
	size_t m = n < 64 ? n : 64;
	uint64_t bits = 0;
	for (size_t w = 0; w < m; ++w) {
		unsigned k = keys[w];
		bits |= (ks->bits[k / 64] >> (k % 64) & 1u) << w;
	}
	return bits;
}

/* The lowest set bit's number of a nonzero set, and the set less it. */
static inline unsigned relkg_mask_next(uint64_t *bits)
{
	unsigned b = (unsigned)__builtin_ctzll(*bits);
	*bits &= *bits - 1;
	return b;
}

#endif
