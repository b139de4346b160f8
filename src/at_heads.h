/* The words of the word patterns' at lists (entities.h), for the word
 * scanner: at a word its two-byte table lets a pattern through, can a
 * word of that pattern's list be written there at all?  Each word is
 * kept with its first eight bytes (each | 0x20, as phrases.h keeps
 * phrases), its length and, when it is shorter than eight bytes and ends
 * in an ASCII letter or digit, the byte after it, which must then be no
 * ASCII letter or digit.  Those are conditions relkg_starts_with (a
 * phrase, a word boundary after it) and relkg_word_in (the word whole)
 * both need, so a pattern is never skipped where its at list can match;
 * most words the first two bytes let through ("the" for "the island",
 * "prime" for "province", "they" for "the") fail them, and the rule is
 * not called (an indirect call, most of them mispredicted, and a word
 * end and a list look-up in the rule to say no).
 *
 * Ownership: a table borrows nothing (it copies what it needs of the
 * words); it lives where its maker puts it. */
#ifndef RELKG_AT_HEADS_H
#define RELKG_AT_HEADS_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bytes8.h"
#include "phrases.h"

/* The most words of all the lists of one table (a table of more is left
 * unchecked: every pattern passes). */
#define RELKG_AT_HEADS_MAX 160
#define RELKG_AT_HEADS_BUCKETS (27 * 27)

typedef struct {
	/* by the buckets (relkg_phrases_bucket) of the first two bytes, a
	 * and b (26 also for a word of one byte, which a letter cannot
	 * follow): the words of bucket 27a + b are [from[k], from[k + 1]) */
	uint64_t head[RELKG_AT_HEADS_MAX], mask[RELKG_AT_HEADS_MAX];
	/* bit 7 of byte len of the word when it is shorter than eight bytes
	 * and ends in an ASCII letter or digit: that byte of the text must
	 * be none (relkg_b8_alnum clear there) */
	uint64_t after[RELKG_AT_HEADS_MAX];
	size_t len[RELKG_AT_HEADS_MAX];
	uint8_t pats[RELKG_AT_HEADS_MAX]; /* bit k: a word of list k */
	uint8_t from[RELKG_AT_HEADS_BUCKETS + 1];
	uint8_t checked; /* bit k: list k is in the table */
} relkg_at_heads;

/* Fills h from lists[0 .. n) (n <= 8; lists[k] NULL: pattern k has no
 * list, and is not checked; nor is a list with "" or a word of one byte
 * no ASCII letter or digit). */
void relkg_at_heads_init(relkg_at_heads *h, const char *const *const *lists, size_t n);

/* Of the checked patterns in want, those a word of whose list may be
 * written at text[i] (i < end, end the sentence end): each word's first
 * eight bytes equal the text's | 0x20, it fits before end, and the byte
 * after a short word ending in a letter or digit is none.  Branch-free
 * over the words of the text's first two letters. */
static inline unsigned relkg_at_heads_ok(const relkg_at_heads *h, const char *text, size_t i,
					 size_t end, unsigned want)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t avail = end - i;
	uint64_t x = 0;
	if (avail >= 8) {
		x = relkg_b8_load(u + i);
	} else {
		memcpy(&x, u + i, avail); /* the bytes past end zero: no letter or digit */
	}
	uint64_t head = x | RELKG_B8_ONES * 0x20u, alnum = relkg_b8_alnum(x);
	unsigned k = relkg_phrases_bucket(u[i]) * 27u +
		     (avail > 1 ? relkg_phrases_bucket(u[i + 1]) : 26u),
		 ok = 0;
	for (unsigned j = h->from[k]; j < h->from[k + 1]; ++j) {
		unsigned fits = (h->len[j] <= avail) & ((head & h->mask[j]) == h->head[j]) &
				((alnum & h->after[j]) == 0);
		ok |= h->pats[j] & (0u - fits);
	}
	return want & ok;
}

#endif
