#include "word_ends.h"

#include "ascii16.h"
#include "bytes8.h"
#include "mentions.h"
#include "sentence_index.h"

/* Bytes by class: bit 1 a byte a word may hold (relkg_word_byte), bit 2
 * a byte no word goes on from (neither an ASCII letter nor a digit); a
 * constant table, as the index reads every byte of the article. */
#define RE_ALNUM(c) ((unsigned)(((c) | 0x20) - 'a') < 26u || (unsigned)((c) - '0') < 10u)
#define RE_CLASS(c)                                                                 \
	((RE_ALNUM(c) || (c) >= 0x80 || (c) == '-' || (c) == '\'' ? 1u : 0u) |        \
	 (RE_ALNUM(c) ? 0u : 2u))
#define RE_C4(c) RE_CLASS(c), RE_CLASS((c) + 1), RE_CLASS((c) + 2), RE_CLASS((c) + 3)
#define RE_C16(c) RE_C4(c), RE_C4((c) + 4), RE_C4((c) + 8), RE_C4((c) + 12)
#define RE_C64(c) RE_C16(c), RE_C16((c) + 16), RE_C16((c) + 32), RE_C16((c) + 48)
static const unsigned char re_class[256] = {RE_C64(0), RE_C64(64), RE_C64(128), RE_C64(192)};

/* Writes the places q + k of the bytes k marked in m (bit 7 of each) to
 * o, in order: their number.  The first two are written whether marked
 * or not (a place past the count is no end: the caller counts only the
 * marked ones), so the usual none, one or two ends of eight bytes (a
 * word and its space) cost no branch on their number; o has room for
 * eight. */
static size_t put_marked8(size_t *o, size_t q, uint64_t m)
{
	size_t c = (size_t)(((m >> 7) * RELKG_B8_ONES) >> 56);
	const uint64_t last = UINT64_C(1) << 63; /* byte 7: a defined place for m == 0 */
	o[0] = q + relkg_b8_first(m | last);
	m &= m - 1u;
	o[1] = q + relkg_b8_first(m | last);
	m &= m - 1u;
	for (size_t k = 2; m; m &= m - 1u) { /* three or more: "of a", "a-b-c-d-" */
		o[k++] = q + relkg_b8_first(m);
	}
	return c;
}

#ifdef __SSE2__
/* The run ends among the sixteen bytes at u + q, bit k for byte q + k (a
 * word byte before a byte that is no ASCII letter or digit; u[q + 16]
 * read as the byte after the last).  The compares are signed: a byte
 * >= 0x80 is below every bound, so no letter or digit, and a word byte
 * by its sign bit. */
static inline unsigned ends16(const unsigned char *u, size_t q)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + q));
	__m128i alnum = _mm_or_si128(relkg_ascii16_letters(x), relkg_ascii16_digits(x));
	__m128i mark = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')),
				    _mm_cmpeq_epi8(x, _mm_set1_epi8('\'')));
	unsigned a = (unsigned)_mm_movemask_epi8(alnum);
	unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alnum, mark), x));
	unsigned after = a >> 1 | (unsigned)(!(re_class[u[q + 16]] & 2u)) << 15;
	return word & ~after;
}

/* Writes the places q + k of the bits k of m (at most sixteen) to o, in
 * order: their number.  The first four are written whether set or not
 * (the caller counts only the set ones: the usual one to four ends of
 * sixteen bytes cost no branch on their number); o has room for
 * sixteen. */
static size_t put_marked16(size_t *o, size_t q, unsigned m)
{
	/* the bits counted in pairs, nibbles, bytes (no popcnt instruction
	 * assumed: __builtin_popcount would call libgcc) */
	unsigned x = m - (m >> 1 & 0x5555u);
	x = (x & 0x3333u) + (x >> 2 & 0x3333u);
	x = (x + (x >> 4)) & 0x0F0Fu;
	size_t c = (x + (x >> 8)) & 0x1Fu;
	const unsigned last = 1u << 15; /* a defined place for m == 0 */
	o[0] = q + (unsigned)__builtin_ctz(m | last);
	m &= m - 1u;
	o[1] = q + (unsigned)__builtin_ctz(m | last);
	m &= m - 1u;
	o[2] = q + (unsigned)__builtin_ctz(m | last);
	m &= m - 1u;
	o[3] = q + (unsigned)__builtin_ctz(m | last);
	m &= m - 1u;
	for (size_t k = 4; m; m &= m - 1u) { /* five or more: "of a", "a-b-c-d-" */
		o[k++] = q + (unsigned)__builtin_ctz(m);
	}
	return c;
}
#endif

/* Appends the run ends of [b, end) to ends (room made for every byte):
 * the new count.  Sixteen bytes q at a time (where the vector unit is
 * there), then eight, while the byte after the block is in the
 * sentence: a word byte before a byte that is no ASCII letter or digit.
 * Before the block at q at most q - b ends are written, so ends has room
 * for sixteen (eight) more there (q + 16 < end, q + 8 < end). */
static size_t sentence_ends(const char *text, size_t b, size_t end, size_t *ends, size_t n)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t q = b;
#ifdef __SSE2__
	for (; q + 16 < end; q += 16) {
		n += put_marked16(ends + n, q, ends16(u, q));
	}
#endif
	for (; q + 8 < end; q += 8) {
		uint64_t x = relkg_b8_load(u + q), alnum = relkg_b8_alnum(x);
		/* the bytes after q .. q + 7: x's less the first, and u[q + 8] */
		uint64_t after = alnum >> 8 | (uint64_t)(!(re_class[u[q + 8]] & 2u)) << 63;
		uint64_t word = alnum | relkg_b8_high(x) | relkg_b8_eq(x, '-') | relkg_b8_eq(x, '\'');
		n += put_marked8(ends + n, q, word & ~after & RELKG_B8_HIGH);
	}
	for (; q + 1 < end; ++q) {
		ends[n] = q; /* kept only when q is one: no branch to mispredict */
		n += (re_class[u[q]] & (re_class[u[q + 1]] >> 1)) & 1u;
	}
	if (end > b && (re_class[u[end - 1]] & 1u)) {
		ends[n++] = end - 1; /* the sentence's last byte */
	}
	return n;
}

relkg_status relkg_sentence_run_ends_general(relkg_ctx *ctx, size_t si, const size_t **ends,
					      size_t *n)
{
	relkg_mentions *m = ctx->mentions;
	return relkg_sentence_index(ctx->doc, sentence_ends, &m->run_ends, &m->sentence_run_ends,
				    si, ends, n);
}
