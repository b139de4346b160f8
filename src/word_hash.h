/* A 32-bit hash of a lower-cased word from its length, its first eight
 * bytes and (past eight bytes) its last eight: one multiply-mix for the
 * words of a sentence, which the tokenizer reads eight bytes at a time
 * anyway.  Equal words hash equal; words longer than sixteen bytes that
 * differ only in the middle collide (a hash, not an identity).  The
 * stemmer's memo is keyed by it, and the trigger index's whole-key filter
 * (trigger_index.h) tests the words of a sentence by it.
 *
 * Ownership: pure functions. */
#ifndef RELKG_WORD_HASH_H
#define RELKG_WORD_HASH_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bytes8.h"

/* The hash of a word of n bytes whose first eight (zero-padded) are head
 * and whose last eight are tail (0 for a word of eight bytes or fewer). */
static inline uint32_t relkg_word_hash(uint64_t head, uint64_t tail, size_t n)
{
	uint64_t h = (head ^ (n * UINT64_C(0x9E3779B97F4A7C15))) * UINT64_C(0xFF51AFD7ED558CCD);
	h = (h ^ (h >> 29) ^ tail) * UINT64_C(0xC4CEB9FE1A85EC53);
	return (uint32_t)(h >> 32);
}

/* The first eight bytes (zero-padded) of w[0..n) read at r, and the last
 * eight (0 when n <= 8): r[0..8) and, past eight bytes, r[n-8..n) must be
 * readable; bytes from r[n] on are dropped.  No branch on the length. */
static inline uint64_t relkg_word_head(const unsigned char *r, size_t n)
{
	size_t m = n < 8 ? n : 8;
	/* little-endian: bytes 0..n-1 kept (none when n == 0) */
	return relkg_b8_load(r) & (~UINT64_C(0) >> ((64 - 8 * m) & 63)) & (0 - (uint64_t)(m != 0));
}

static inline uint64_t relkg_word_tail(const unsigned char *r, size_t n)
{
	uint64_t past = 0 - (uint64_t)(n > 8); /* all ones past eight bytes: masks, no branch */
	return relkg_b8_load(r + ((n - 8) & (size_t)past)) & past;
}

/* relkg_word_hash of w[0..n), eight bytes readable at w. */
static inline uint32_t relkg_word_hash_padded(const char *w, size_t n)
{
	const unsigned char *r = (const unsigned char *)w;
	return relkg_word_hash(relkg_word_head(r, n), relkg_word_tail(r, n), n);
}

/* relkg_word_hash of the string w, read no further than its NUL. */
static inline uint32_t relkg_word_hash_of(const char *w)
{
	size_t n = strlen(w);
	unsigned char b[8] = {0};
	memcpy(b, w, n < 8 ? n : 8);
	return relkg_word_hash(relkg_word_head(b, n),
			       n > 8 ? relkg_b8_load((const unsigned char *)w + n - 8) : 0, n);
}

#endif
