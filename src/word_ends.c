#include "word_ends.h"

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

/* Appends the run ends of [b, end) to ends (room made for every byte):
 * the new count.  Eight bytes q at a time while the byte after the eighth
 * is in the sentence: a word byte before a byte that is no ASCII letter
 * or digit.  Before the block at q at most q - b ends are written, so
 * ends has room for eight more there (q + 8 < end). */
static size_t sentence_ends(const char *text, size_t b, size_t end, size_t *ends, size_t n)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t q = b;
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
