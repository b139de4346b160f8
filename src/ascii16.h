/* ASCII letters and digits among sixteen bytes, in one step of the
 * vector unit (SSE2, where the compiler has it): shared by the word
 * index (entities.c) and the run-end index (word_ends.c).  The compares
 * are signed: a byte >= 0x80 is below every bound, so neither a letter
 * nor a digit.  Only under __SSE2__; callers keep their eight-byte and
 * byte steps for other machines.
 *
 * Ownership: pure functions of their argument. */
#ifndef RELKG_ASCII16_H
#define RELKG_ASCII16_H
#ifdef __SSE2__
#include <emmintrin.h>

/* 0xff in each byte of x that is an ASCII letter, else 0. */
static inline __m128i relkg_ascii16_letters(__m128i x)
{
	__m128i f = _mm_or_si128(x, _mm_set1_epi8(0x20));
	return _mm_and_si128(_mm_cmpgt_epi8(f, _mm_set1_epi8('a' - 1)),
			     _mm_cmplt_epi8(f, _mm_set1_epi8('z' + 1)));
}

/* 0xff in each byte of x that is an ASCII digit, else 0. */
static inline __m128i relkg_ascii16_digits(__m128i x)
{
	return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
			     _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
}

#endif
#endif
