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
