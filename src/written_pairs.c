#include "written_pairs.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "words.h"

static int ascii_letter(unsigned char c)
{
	return (unsigned)((c | 0x20u) - 'a') < 26u;
}

/* Adds the pair (a, c), each | 0x20, to p (n used) unless there; 0 when
 * p is full. */
static int put_pair(relkg_written_pairs *p, unsigned *n, unsigned char a, unsigned char c)
{
	unsigned char fa = (unsigned char)(a | 0x20u), fc = (unsigned char)(c | 0x20u);
	for (unsigned k = 0; k < *n; ++k) {
		if (p->first[k] == fa && p->second[k] == fc) {
			return 1;
		}
	}
	if (*n == RELKG_PAIRS_MAX) {
		return 0;
	}
	p->first[*n] = fa;
	p->second[(*n)++] = fc;
	return 1;
}

void relkg_written_pairs_init(relkg_written_pairs *p, const char *const *list)
{
	unsigned n = 0;
	memset(p, 0, sizeof(*p));
	p->ok = list && *list;
	for (; p->ok && *list; ++list) {
		const unsigned char *w = (const unsigned char *)*list;
		p->ok = ascii_letter(w[0]) && ascii_letter(w[1]) && put_pair(p, &n, w[0], w[1]);
	}
	for (unsigned k = n; p->ok && k < RELKG_PAIRS_MAX; ++k) {
		p->first[k] = p->first[0];
		p->second[k] = p->second[0];
	}
}

/* May a string begin at u[q] by its first two bytes (u[q + 1] read)? */
static int pair_at(const relkg_written_pairs *p, const unsigned char *u, size_t q)
{
	unsigned char a = (unsigned char)(u[q] | 0x20u), c = (unsigned char)(u[q + 1] | 0x20u);
	int any = 0;
	for (unsigned k = 0; k < RELKG_PAIRS_MAX; ++k) {
		any |= (a == p->first[k]) & (c == p->second[k]);
	}
	return any;
}

#ifdef __SSE2__
/* p's pairs, each letter in all sixteen bytes of a vector (made once a
 * call: a broadcast of a byte costs several instructions without SSSE3) */
typedef struct {
	__m128i first[RELKG_PAIRS_MAX], second[RELKG_PAIRS_MAX];
} pair_vectors;

static void pair_vectors_init(pair_vectors *v, const relkg_written_pairs *p)
{
	for (unsigned k = 0; k < RELKG_PAIRS_MAX; ++k) {
		v->first[k] = _mm_set1_epi8((char)p->first[k]);
		v->second[k] = _mm_set1_epi8((char)p->second[k]);
	}
}

/* Bit k: the pair at u[q + k] may begin a string (u[q .. q + 17) read). */
static unsigned pairs16(const pair_vectors *v, const unsigned char *u, size_t q)
{
	const __m128i fold = _mm_set1_epi8(0x20);
	__m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + q)), fold);
	__m128i c = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + q + 1)), fold);
	__m128i any = _mm_setzero_si128();
	for (unsigned k = 0; k < RELKG_PAIRS_MAX; ++k) {
		any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(a, v->first[k]),
						      _mm_cmpeq_epi8(c, v->second[k])));
	}
	return (unsigned)_mm_movemask_epi8(any);
}

/* The last q + k of the bits k of m where a string of list is written,
 * or (size_t)-1. */
static size_t last_in(const unsigned char *u, size_t q, unsigned m, size_t end,
		      const char *const *list)
{
	for (; m;) {
		unsigned top = 31u - (unsigned)__builtin_clz(m);
		if (relkg_written_at_list((const char *)u, q + top, end, list, 0)) {
			return q + top;
		}
		m &= ~(1u << top);
	}
	return (size_t)-1;
}
#endif

size_t relkg_last_written_pairs(const char *text, size_t b, size_t end, const char *const *list,
				const relkg_written_pairs *p)
{
	const unsigned char *u = (const unsigned char *)text;
	/* every string has two bytes or more: none begins at end - 1, so
	 * the tries are p < hi, each reading u[p + 1] < end */
	size_t hi = end > b ? end - 1 : b;
#ifdef __SSE2__
	/* sixteen tries at a time from the back: [hi - 16, hi), reading up
	 * to u[hi] (< end) */
	pair_vectors v;
	if (hi >= b + 16 || end - b >= 17) {
		pair_vectors_init(&v, p);
	}
	for (; hi >= b + 16; hi -= 16) {
		size_t q = hi - 16, x = last_in(u, q, pairs16(&v, u, q), end, list);
		if (x != (size_t)-1) {
			return x;
		}
	}
	/* the fewer than sixteen left, [b, hi), in one more window at b
	 * when the text has its seventeen bytes before end */
	if (hi > b && end - b >= 17) {
		return last_in(u, b, pairs16(&v, u, b) & ((1u << (hi - b)) - 1u), end, list);
	}
#endif
	for (size_t q = hi; q-- > b;) {
		if (pair_at(p, u, q) && relkg_written_at_list(text, q, end, list, 0)) {
			return q;
		}
	}
	return (size_t)-1;
}
