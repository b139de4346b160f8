/* A phrase list by first letter, for lists the rule sets try in order with
 * relkg_starts_with at many words ("the government of", "met with",
 * "met", ...): the same first match, comparing only the phrases whose
 * first byte can equal the text's (relkg_starts_with fails at once on a
 * first byte that differs ASCII case-folded, so the others never match).
 *
 * Ownership: a set borrows its list (which must outlive it); it holds no
 * memory of its own.  Sets of static lists are made once (pthread_once)
 * and then only read, so threads share them. */
#ifndef RELKG_PHRASES_H
#define RELKG_PHRASES_H
#include <stddef.h>
#include <stdint.h>
#include "words.h"

#define RELKG_PHRASES_MAX 128

typedef struct {
	const char *const *list;
	/* bucket k's phrases, as list indices in list order, are
	 * order[from[k] .. from[k + 1]): k 0..25 a first letter 'a'..'z' in
	 * either case, 26 any other first byte (compared as written) */
	unsigned char order[RELKG_PHRASES_MAX];
	unsigned char from[28];
	/* by list index: the first four bytes of a phrase of four or more,
	 * each | 0x20, as a little-endian word (0 for a shorter phrase).  Two
	 * bytes relkg_same_folded calls equal are equal | 0x20, so text whose
	 * four bytes differ so cannot match ("the Russian" against "the
	 * government of" is passed over without a call). */
	uint32_t head[RELKG_PHRASES_MAX];
} relkg_phrases;

/* Fills p from the NULL-terminated list (empty phrases, which
 * relkg_starts_with never matches, left out); 0 when the list has more
 * than RELKG_PHRASES_MAX phrases (p is then unusable). */
int relkg_phrases_init(relkg_phrases *p, const char *const *list);

/* The bucket of a phrase or text beginning with byte c. */
static inline unsigned relkg_phrases_bucket(unsigned char c)
{
	unsigned f = c | 0x20u;
	return f - 'a' < 26u ? f - 'a' : 26u;
}

/* text[i .. i + 4) each | 0x20, as relkg_phrases.head holds a phrase's. */
static inline uint32_t relkg_phrases_head4(const char *text, size_t i)
{
	const unsigned char *u = (const unsigned char *)text + i;
	return ((uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 |
		(uint32_t)u[3] << 24) | UINT32_C(0x20202020);
}

/* The index in p's list of its first phrase s with relkg_starts_with(text,
 * i, end, s) != 0, that length in *len; -1 when none matches.  The same
 * answer as trying the whole list in order. */
static inline int relkg_phrases_at(const relkg_phrases *p, const char *text, size_t i,
				   size_t end, size_t *len)
{
	if (i >= end) {
		return -1;
	}
	unsigned k = relkg_phrases_bucket((unsigned char)text[i]);
	uint32_t head = end - i >= 4 ? relkg_phrases_head4(text, i) : 0;
	for (unsigned j = p->from[k]; j < p->from[k + 1]; ++j) {
		uint32_t h = p->head[p->order[j]];
		if (h && head && h != head) {
			continue; /* what relkg_starts_with would find by its fourth byte */
		}
		size_t n = relkg_starts_with(text, i, end, p->list[p->order[j]]);
		if (n) {
			*len = n;
			return p->order[j];
		}
	}
	return -1;
}

#endif
