/* Eight bytes at a time: classes of the bytes of a 64-bit word loaded
 * from the text, as bit 7 of each byte.  The index scans (word starts,
 * run ends) read every byte of an article; in ASCII text these answer for
 * eight bytes with a dozen operations.  No sum below carries from one
 * byte into the next: each adds at most 0x7f to a byte's low seven bits.
 * Byte k of the text is bits 8k.. of the word on a little-endian host
 * (relkg_b8_first; doc.c's plain_run8 assumes the same). */
#ifndef RELKG_BYTES8_H
#define RELKG_BYTES8_H
#include <stdint.h>
#include <string.h>

#define RELKG_B8_ONES UINT64_C(0x0101010101010101)
#define RELKG_B8_HIGH UINT64_C(0x8080808080808080)

static inline uint64_t relkg_b8_load(const unsigned char *s)
{
	uint64_t x;
	memcpy(&x, s, sizeof(x));
	return x;
}

/* Bytes >= 0x80. */
static inline uint64_t relkg_b8_high(uint64_t x)
{
	return x & RELKG_B8_HIGH;
}

/* ASCII bytes within [lo, hi] (lo <= hi < 0x80). */
static inline uint64_t relkg_b8_within(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t y = x & ~RELKG_B8_HIGH;
	return (y + RELKG_B8_ONES * (0x80u - lo)) & ~(y + RELKG_B8_ONES * (0x7fu - hi)) & ~x &
	       RELKG_B8_HIGH;
}

/* ASCII letters, either case ('A'..'Z' | 0x20 is 'a'..'z', and no other
 * ASCII byte | 0x20 is). */
static inline uint64_t relkg_b8_letters(uint64_t x)
{
	return relkg_b8_within(x | RELKG_B8_ONES * 0x20u, 'a', 'z');
}

/* ASCII letters and digits. */
static inline uint64_t relkg_b8_alnum(uint64_t x)
{
	return relkg_b8_letters(x) | relkg_b8_within(x, '0', '9');
}

/* Bytes equal to c. */
static inline uint64_t relkg_b8_eq(uint64_t x, unsigned char c)
{
	uint64_t v = x ^ (RELKG_B8_ONES * c);
	return ~(((v & ~RELKG_B8_HIGH) + ~RELKG_B8_HIGH) | v) & RELKG_B8_HIGH;
}

/* How many of the eight bytes begin a UTF-8 character: all but the
 * continuation bytes 10xxxxxx (bit 7 set, bit 6 clear; x << 1 puts each
 * byte's bit 6 at its bit 7).  The marks, one a byte at bit 0 after the
 * shift, are summed into the top byte by the multiply. */
static inline unsigned relkg_b8_count_leads(uint64_t x)
{
	uint64_t cont = (x & ~(x << 1) & RELKG_B8_HIGH) >> 7;
	return 8u - (unsigned)((cont * RELKG_B8_ONES) >> 56);
}

/* The byte index (0..7) of the lowest byte marked in m (m != 0). */
static inline unsigned relkg_b8_first(uint64_t m)
{
	return (unsigned)__builtin_ctzll(m) / 8;
}

#endif
