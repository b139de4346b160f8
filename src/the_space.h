/* "the " or "The " at a place of the text as one comparison of four
 * bytes, not four tests the text decides (at a word beginning with 't',
 * "to", "that" and "this" pass the first).  Nothing allocates. */
#ifndef RELKG_THE_SPACE_H
#define RELKG_THE_SPACE_H
#include <stdint.h>
#include <string.h>

/* Are the four bytes at s (readable) "the " or "The "? */
static inline int relkg_the_space_at(const char *s)
{
	uint32_t x, the, low; /* low: ASCII's lower-case bit of the first byte */
	memcpy(&x, s, sizeof(x));
	memcpy(&the, "the ", sizeof(the)); /* constants, in the host's byte order */
	memcpy(&low, "\x20\0\0", sizeof(low));
	return (x | low) == the;
}

#endif
