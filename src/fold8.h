/* Up to eight bytes of text read as one number with 'A'..'Z' lower-cased
 * (ASCII case folding, relkg_same_folded's equality), so that a word's
 * first eight bytes are compared to a lower-case key at once, not byte by
 * byte.  The stop list (names.c) and the office titles (gazetteer.c) are
 * looked up so.  Byte k is bits 8k.. (little-endian, as bytes8.h). */
#ifndef RELKG_FOLD8_H
#define RELKG_FOLD8_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bytes8.h"

/* The first min(n, 8) bytes of s folded, the rest zero; eight bytes are
 * read at once when avail (bytes readable from s) allows. */
static inline uint64_t relkg_fold8(const unsigned char *s, size_t n, size_t avail)
{
	uint64_t x = 0;
	if (avail >= 8) {
		x = relkg_b8_load(s);
		x = n >= 8 ? x : x & ((UINT64_C(1) << (8 * n)) - 1);
	} else {
		for (size_t k = 0; k < n && k < 8; ++k) {
			memcpy((unsigned char *)&x + k, s + k, 1); /* byte k, as the load puts it */
		}
	}
	return x | relkg_b8_within(x, 'A', 'Z') >> 2; /* 0x80 >> 2: the case bit */
}

#endif
