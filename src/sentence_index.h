/* A per-sentence index of byte positions over one article: a scan finds
 * the positions of each sentence once, all sentences' positions go into
 * one array, and a second array gives where each sentence's run begins.
 * The word index (entities.c) and the run-end index (word_ends.c) are
 * two such indexes.
 *
 * Ownership: *at and *per are malloc'd on first use and belong to the
 * caller's structure (the mention table frees them). */
#ifndef RELKG_SENTENCE_INDEX_H
#define RELKG_SENTENCE_INDEX_H
#include <stddef.h>

#include "doc.h"

/* Appends the positions of [b, end) of text to out from out[n] on (room
 * is made for end - b of them) and returns the new count. */
typedef size_t (*relkg_sentence_scan)(const char *text, size_t b, size_t end, size_t *out,
				      size_t n);

/* relkg_sentence_index the general way: builds the index when *per is
 * NULL, and answers for a document without any position. */
RELKG_NODISCARD relkg_status relkg_sentence_index_general(const relkg_doc *doc,
	relkg_sentence_scan scan, size_t **at, size_t **per, size_t si, const size_t **out,
	size_t *n);

/* Sentence si's positions: (*out)[0 .. *n).  Builds the index into *at
 * and *per with scan when *per is NULL (inline once built: the rule sets
 * ask ~100 times an article). */
RELKG_NODISCARD static inline relkg_status relkg_sentence_index(const relkg_doc *doc,
	relkg_sentence_scan scan, size_t **at, size_t **per, size_t si, const size_t **out,
	size_t *n)
{
	if (*per && *at) {
		*n = (*per)[si + 1] - (*per)[si];
		*out = *at + (*per)[si];
		return RELKG_OK;
	}
	return relkg_sentence_index_general(doc, scan, at, per, si, out, n);
}

#endif
