/* Does a word end before the next word start?  For a rule that walks the
 * word starts of a sentence (relkg_sentence_words) and moves past each
 * word it reads (relkg_word_end): where the answer is yes, the word's end
 * skips no later word start, so the rule may pass the word over without
 * finding its end.
 *
 * Pure function over borrowed text; nothing allocates. */
#ifndef RELKG_WORD_NEXT_H
#define RELKG_WORD_NEXT_H
#include <stddef.h>

#include "word_ends.h"

/* Does relkg_word_end(t, ws[w], end) come at or before ws[w + 1] (ws:
 * the n word starts of a sentence, increasing, each beginning with a
 * letter; w < n)?  Yes for the last word; else when the byte right
 * before the next start comes after ws[w] and is one no word goes on
 * over (ASCII, neither a letter, a digit, '-' nor '\''): relkg_word_end
 * stops at such a byte, or right after it for an initial's '.' ("W.").
 * 0 means "perhaps not". */
static inline int relkg_word_ends_before_next(const char *t, const size_t *ws, size_t n,
					      size_t w)
{
	if (w + 1 >= n) {
		return 1;
	}
	unsigned char c = (unsigned char)t[ws[w + 1] - 1];
	return ws[w + 1] - 1 > ws[w] && c < 0x80 && !relkg_word_byte(c);
}

#endif
