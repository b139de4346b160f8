/* A phrase list by first letter, for lists the rule sets try in order with
 * relkg_starts_with at many words ("the government of", "met with",
 * "met", ...): the same first match, comparing only the phrases whose
 * first byte can equal the text's (relkg_starts_with fails at once on a
 * first byte that differs ASCII case-folded, so the others never match),
 * and of those only the ones whose first eight bytes can.
 *
 * Ownership: a set borrows its list (which must outlive it); it holds no
 * memory of its own.  Sets of static lists are made once (pthread_once)
 * and then only read, so threads share them. */
#ifndef RELKG_PHRASES_H
#define RELKG_PHRASES_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "words.h"

#define RELKG_PHRASES_MAX 128

typedef struct {
	const char *const *list;
	/* bucket k's phrases, as list indices in list order, are
	 * order[from[k] .. from[k + 1]): k 0..25 a first letter 'a'..'z' in
	 * either case, 26 any other first byte (compared as written) */
	unsigned char order[RELKG_PHRASES_MAX];
	unsigned char from[28];
	/* by list index: the phrase's first eight bytes (fewer when shorter),
	 * each | 0x20, as a little-endian word, and mask the bytes it has.
	 * Two bytes relkg_same_folded calls equal are equal | 0x20, so text
	 * whose bytes differ so cannot match: "the Russian" is passed over
	 * for "the government of" without a call. */
	uint64_t head[RELKG_PHRASES_MAX], mask[RELKG_PHRASES_MAX];
	size_t len[RELKG_PHRASES_MAX]; /* strlen */
	/* by bucket: the bytes of head every phrase of the bucket has and
	 * agrees on (each phrase's mask holds them), and their value: text
	 * that differs there matches none of them, so "the Russian" is passed
	 * over for "the two countries" ... "the two states" by one compare,
	 * not one a phrase (whose loop's end was mispredicted) */
	uint64_t common[27], common_head[27];
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

/* s[0 .. min(n, 8)) each | 0x20 in a word's bytes in order (bytes past n
 * zero): what relkg_phrases.head holds of a phrase. */
static inline uint64_t relkg_phrases_head8(const char *s, size_t n)
{
	unsigned char b[8] = {0};
	if (n >= 8) {
		memcpy(b, s, 8);
		uint64_t h;
		memcpy(&h, b, 8);
		return h | UINT64_C(0x2020202020202020); /* every byte: any byte order */
	}
	for (size_t k = 0; k < n; ++k) {
		b[k] = (unsigned char)(s[k] | 0x20);
	}
	uint64_t h;
	memcpy(&h, b, 8);
	return h;
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
	size_t avail = end - i;
	uint64_t head = relkg_phrases_head8(text + i, avail);
	if ((head & p->common[k]) != p->common_head[k]) {
		return -1; /* no phrase of the bucket can match (see common) */
	}
	for (unsigned j = p->from[k]; j < p->from[k + 1]; ++j) {
		unsigned w = p->order[j];
		if (p->len[w] > avail || (head & p->mask[w]) != p->head[w]) {
			continue; /* what relkg_starts_with would find by its eighth byte */
		}
		size_t n = relkg_starts_with(text, i, end, p->list[w]);
		if (n) {
			*len = n;
			return (int)w;
		}
	}
	return -1;
}

#endif
