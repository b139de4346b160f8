#include "word_ends.h"

#include <stdlib.h>

#include "mentions.h"

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

/* Makes room in *a (*cap allocated) for n + more; *a is not NULL after. */
static relkg_status reserve(size_t **a, size_t *cap, size_t n, size_t more)
{
	if (*a && n + more <= *cap) {
		return RELKG_OK;
	}
	size_t nc = *cap ? *cap : 256;
	while (nc < n + more) {
		nc *= 2;
	}
	size_t *na = realloc(*a, nc * sizeof(*na));
	if (!na) {
		return RELKG_ERR_NOMEM;
	}
	*a = na;
	*cap = nc;
	return RELKG_OK;
}

/* Appends the run ends of [b, end) to ends (room made for every byte):
 * the new count. */
static size_t sentence_ends(const unsigned char *u, size_t b, size_t end, size_t *ends, size_t n)
{
	for (size_t q = b; q + 1 < end; ++q) {
		ends[n] = q; /* kept only when q is one: no branch to mispredict */
		n += (re_class[u[q]] & (re_class[u[q + 1]] >> 1)) & 1u;
	}
	if (end > b && (re_class[u[end - 1]] & 1u)) {
		ends[n++] = end - 1; /* the sentence's last byte */
	}
	return n;
}

/* Fills m->run_ends and m->sentence_run_ends for doc (both or neither). */
static relkg_status index_run_ends(relkg_mentions *m, const relkg_doc *doc)
{
	const unsigned char *u = (const unsigned char *)doc->text;
	size_t n = 0, cap = 0, *ends = NULL;
	size_t *per = malloc((doc->n_sentences + 1) * sizeof(*per));
	if (!per) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		per[si] = n;
		if (reserve(&ends, &cap, n, sp.end - sp.begin) != RELKG_OK) {
			free(ends);
			free(per);
			return RELKG_ERR_NOMEM;
		}
		n = sentence_ends(u, sp.begin, sp.end, ends, n);
	}
	per[doc->n_sentences] = n;
	m->run_ends = ends;
	m->sentence_run_ends = per;
	return RELKG_OK;
}

relkg_status relkg_sentence_run_ends(relkg_ctx *ctx, size_t si, const size_t **ends, size_t *n)
{
	relkg_mentions *m = ctx->mentions;
	if (!m->sentence_run_ends) {
		relkg_status st = index_run_ends(m, ctx->doc);
		if (st != RELKG_OK) {
			return st;
		}
	}
	static const size_t none[1] = {0};
	if (!m->run_ends) { /* no run in the whole document (NULL + 0 is undefined) */
		*ends = none;
		*n = 0;
		return RELKG_OK;
	}
	*n = m->sentence_run_ends[si + 1] - m->sentence_run_ends[si];
	*ends = m->run_ends + m->sentence_run_ends[si];
	return RELKG_OK;
}
