/* Small text helpers the rule sets share: UTF-8 aware word boundaries and
 * capitalization, whole-word comparisons.  Pure functions over borrowed
 * text; nothing allocates. */
#ifndef RELKG_WORDS_H
#define RELKG_WORDS_H
#include <stddef.h>

/* Is the code point at s a letter (any script)? */
int relkg_is_letter_at(const char *s, size_t n);
/* Does s start with an upper-case letter? */
int relkg_is_upper_at(const char *s, size_t n);
/* Does a word start at text[i] (i == 0 or the byte before is no letter or
 * digit)? */
int relkg_word_start(const char *text, size_t i);
/* The same, inline for ASCII: the rule sets ask at every byte. */
static inline int relkg_word_start_at(const char *text, size_t i)
{
	if (i > 0 && (unsigned char)text[i - 1] < 0x80) {
		unsigned c = (unsigned char)text[i - 1];
		return !(((c | 0x20u) >= 'a' && (c | 0x20u) <= 'z') || (c >= '0' && c <= '9'));
	}
	return relkg_word_start(text, i);
}
/* Does a word starting with a letter begin at text[i] (i < end):
 * relkg_word_start and relkg_is_letter_at, inline for ASCII. */
static inline int relkg_letter_word_at(const char *text, size_t i, size_t end)
{
	unsigned c = (unsigned char)text[i];
	if (c < 0x80 && !((c | 0x20u) >= 'a' && (c | 0x20u) <= 'z')) {
		return 0;
	}
	return relkg_word_start_at(text, i) && (c < 0x80 || relkg_is_letter_at(text + i, end - i));
}
/* End of the word starting at text[i] (letters, digits, marks; inner
 * hyphens and apostrophes; a trailing '.' after a single capital as in
 * "W."). i itself when no word starts there. */
size_t relkg_word_end(const char *text, size_t i, size_t end);
/* Skips spaces from i. */
size_t relkg_skip_space(const char *text, size_t i, size_t end);
/* Start of the word ending just before i (skipping spaces), or (size_t)-1. */
size_t relkg_prev_word(const char *text, size_t begin, size_t i, size_t *wend);
/* Is text[b..e) equal to w, ASCII case-insensitively? */
int relkg_word_is(const char *text, size_t b, size_t e, const char *w);
/* Is text[b..e) one of the NULL-terminated list, case-insensitively? */
int relkg_word_in(const char *text, size_t b, size_t e, const char *const *list);
/* The order relkg_word_in_sorted needs (qsort comparator over an array of
 * const char *): bytes compared ASCII case-folded, a prefix first. */
int relkg_word_cmp(const void *a, const void *b);
/* relkg_word_in over the n words of sorted (sorted with relkg_word_cmp),
 * by binary search: the same answer for long lists in log time. */
int relkg_word_in_sorted(const char *text, size_t b, size_t e, const char *const *sorted,
	size_t n);
/* Does text at i start with s (case-insensitive) followed by a word
 * boundary?  Returns the length matched or 0. */
size_t relkg_starts_with(const char *text, size_t i, size_t end, const char *s);

#endif
