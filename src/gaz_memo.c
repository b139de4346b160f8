#include "gaz_memo.h"

#include <stdlib.h>

typedef struct {
	size_t at;
	relkg_gz_hit hit;
} memo_hit;

struct relkg_gaz_memo {
	unsigned char *asked; /* one bit per byte of the document */
	unsigned char *found; /* one bit per byte: a hit remembered there (most answers are none) */
	size_t len;
	memo_hit *hits; /* in increasing order of at */
	size_t n, cap;
	size_t last; /* one past the last byte remembered (0: none) */
	size_t cursor; /* where the last hit search ended: questions come in order */
	size_t sentence; /* the sentence relkg_gaz_memo_match_to found last */
};

relkg_gaz_memo *relkg_gaz_memo_new(size_t len)
{
	relkg_gaz_memo *m = calloc(1, sizeof(*m));
	if (m) {
		m->asked = calloc(len / 8 + 1, 1);
		m->found = calloc(len / 8 + 1, 1);
		m->len = len;
		if (!m->asked || !m->found) {
			free(m->asked);
			free(m->found);
			free(m);
			m = NULL;
		}
	}
	return m;
}

void relkg_gaz_memo_free(relkg_gaz_memo *m)
{
	if (m) {
		free(m->asked);
		free(m->found);
		free(m->hits);
		free(m);
	}
}

static int was_asked(const relkg_gaz_memo *m, size_t i)
{
	return i < m->len && (m->asked[i / 8] >> (i % 8)) & 1;
}

/* Was a hit remembered at i (asked there)? */
static int was_found(const relkg_gaz_memo *m, size_t i)
{
	return (m->found[i / 8] >> (i % 8)) & 1;
}

/* The remembered hit at i, or NULL (a miss remembered).  Walks on from
 * the last search when i comes after it, else searches from the start. */
static const memo_hit *find_hit(relkg_gaz_memo *m, size_t i)
{
	size_t c = m->cursor; /* at most m->n */
	if (c == 0 || m->hits[c - 1].at < i) {
		while (c < m->n && m->hits[c].at < i) {
			++c;
		}
		m->cursor = c;
		return c < m->n && m->hits[c].at == i ? &m->hits[c] : NULL;
	}
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->hits[mid].at < i) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	m->cursor = lo; /* a later rule set asks in order again: walk on from here */
	return lo < m->n && m->hits[lo].at == i ? &m->hits[lo] : NULL;
}

/* Remembers the answer at i when it comes after every answer so far and
 * there is memory for it. */
static void remember(relkg_gaz_memo *m, size_t i, int found, const relkg_gz_hit *hit)
{
	if (i >= m->len || i < m->last) {
		return;
	}
	if (found) {
		if (m->n == m->cap) {
			size_t cap = m->cap ? 2 * m->cap : 64;
			memo_hit *h = realloc(m->hits, cap * sizeof(*h));
			if (!h) {
				return;
			}
			m->hits = h;
			m->cap = cap;
		}
		m->hits[m->n].at = i;
		m->hits[m->n++].hit = *hit;
		m->found[i / 8] |= (unsigned char)(1u << (i % 8));
	}
	m->asked[i / 8] |= (unsigned char)(1u << (i % 8));
	m->last = i + 1;
}

/* relkg_gaz_memo_match where the memo has no answer: the gazetteer's,
 * remembered.  Out of line, so that the memo's answers (most questions)
 * cost no saving of the registers a match needs. */
static __attribute__((noinline)) int match_new(const relkg_ctx *ctx, const relkg_gazetteer *gaz,
					       size_t si, size_t i, relkg_gz_hit *hit)
{
	relkg_gaz_memo *m = ctx->gaz_memo;
	size_t end = ctx->doc->sentences[si].span.end;
	int found = relkg_gazetteer_match(gaz, ctx->doc->text + i, end - i, hit);
	if (m) {
		remember(m, i, found, hit);
	}
	return found;
}

int relkg_gaz_memo_match(const relkg_ctx *ctx, const relkg_gazetteer *gaz, size_t si, size_t i,
			 relkg_gz_hit *hit)
{
	relkg_gaz_memo *m = ctx->gaz_memo;
	if (m && was_asked(m, i)) {
		if (!was_found(m, i)) {
			return 0; /* no hit remembered: no search of the hits */
		}
		const memo_hit *h = find_hit(m, i);
		if (h) {
			*hit = h->hit;
		}
		return h != NULL;
	}
	return match_new(ctx, gaz, si, i, hit);
}

size_t relkg_gaz_memo_sentence(const relkg_ctx *ctx, size_t i)
{
	const relkg_doc *doc = ctx->doc;
	relkg_gaz_memo *m = ctx->gaz_memo;
	if (m && m->sentence < doc->n_sentences && doc->sentences[m->sentence].span.begin <= i &&
	    i < doc->sentences[m->sentence].span.end) {
		return m->sentence; /* sentences do not overlap: the search's answer */
	}
	size_t si = relkg_doc_sentence_at(doc, i);
	if (m && si != (size_t)-1) {
		m->sentence = si;
	}
	return si;
}

int relkg_gaz_memo_match_to(const relkg_ctx *ctx, const relkg_gazetteer *gaz, size_t i,
			    size_t end, relkg_gz_hit *hit)
{
	size_t si = relkg_gaz_memo_sentence(ctx, i);
	if (si != (size_t)-1 && ctx->doc->sentences[si].span.end == end) {
		return relkg_gaz_memo_match(ctx, gaz, si, i, hit);
	}
	return relkg_gazetteer_match(gaz, ctx->doc->text + i, end - i, hit);
}
