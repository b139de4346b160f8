/* A filter for a phrase list tried at most words of an article (the
 * people rules' "the government of", "met with", ...): may a phrase of
 * the list begin at a byte, by the text's first byte and its fifth?  Its
 * first byte says the bucket (relkg_phrases_bucket: the first letter in
 * either case, or any other byte); the fifth, ASCII-case-folded as
 * relkg_starts_with compares (| 0x20), must be one a phrase of that
 * bucket has there, unless one of its phrases is four bytes or shorter.
 * A filter only: where it says no, relkg_starts_with matches no phrase
 * of the list; where it says yes, one may match.  Where phrases share
 * their first four bytes ("the government of", "the cabinet of"), the
 * fifth tells most words apart ("the Russian").
 *
 * Ownership: plain data, filled by relkg_phrase_filter_init from a list
 * it does not keep. */
#ifndef RELKG_PHRASE_FILTER_H
#define RELKG_PHRASE_FILTER_H
#include <stddef.h>
#include <stdint.h>

#include "phrases.h"

typedef struct {
	/* bit c of fifth[k]: a phrase of bucket k has byte (c | 0x20) fifth,
	 * or is four bytes or shorter (every bit then) */
	uint64_t fifth[27][4];
	unsigned char short_phrase[27]; /* bucket k has a phrase of four bytes or fewer */
} relkg_phrase_filter;

/* Fills f from the NULL-terminated list (empty phrases, which
 * relkg_starts_with never matches, left out). */
void relkg_phrase_filter_init(relkg_phrase_filter *f, const char *const *list);

/* May a phrase of f's list match at text[i] (relkg_starts_with(text, i,
 * end, phrase) != 0)?  0 only when none can; i < end. */
static inline int relkg_phrase_filter_may(const relkg_phrase_filter *f, const char *text,
					  size_t i, size_t end)
{
	unsigned k = relkg_phrases_bucket((unsigned char)text[i]);
	if (end - i < 5) {
		return f->short_phrase[k]; /* no fifth byte: only a short phrase fits */
	}
	unsigned c = (unsigned char)text[i + 4] | 0x20u;
	return (int)(f->fifth[k][c >> 6] >> (c & 63u) & 1u);
}

#endif
