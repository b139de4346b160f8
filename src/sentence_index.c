#include "sentence_index.h"

#include <stdlib.h>

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

/* Fills *at and *per (both or neither) for doc with scan. */
static relkg_status build(const relkg_doc *doc, relkg_sentence_scan scan, size_t **at,
			  size_t **per)
{
	size_t n = 0, cap = 0, *all = NULL, room = 0;
	size_t *first = malloc((doc->n_sentences + 1) * sizeof(*first));
	if (!first) {
		return RELKG_ERR_NOMEM;
	}
	/* a position a byte at most: room for every sentence's bytes at once
	 * (grown sentence by sentence, the array was copied four or five
	 * times an article) */
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		room += doc->sentences[si].span.end - doc->sentences[si].span.begin;
	}
	if (room > 0 && reserve(&all, &cap, 0, room) != RELKG_OK) {
		free(first);
		return RELKG_ERR_NOMEM;
	}
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		first[si] = n;
		if (reserve(&all, &cap, n, sp.end - sp.begin) != RELKG_OK) {
			free(all);
			free(first);
			return RELKG_ERR_NOMEM;
		}
		n = scan(doc->text, sp.begin, sp.end, all, n);
	}
	first[doc->n_sentences] = n;
	*at = all;
	*per = first;
	return RELKG_OK;
}

relkg_status relkg_sentence_index_general(const relkg_doc *doc, relkg_sentence_scan scan,
					  size_t **at, size_t **per, size_t si, const size_t **out,
					  size_t *n)
{
	if (!*per) {
		relkg_status st = build(doc, scan, at, per);
		if (st != RELKG_OK) {
			return st;
		}
	}
	static const size_t none[1] = {0};
	if (!*at) { /* no position in the whole document (NULL + 0 is undefined) */
		*out = none;
		*n = 0;
		return RELKG_OK;
	}
	*n = (*per)[si + 1] - (*per)[si];
	*out = *at + (*per)[si];
	return RELKG_OK;
}
