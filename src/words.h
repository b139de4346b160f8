/* Small text helpers the rule sets share: UTF-8 aware word boundaries and
 * capitalization, whole-word comparisons.  Pure functions over borrowed
 * text; nothing allocates. */
#ifndef RELKG_WORDS_H
#define RELKG_WORDS_H
#include <stddef.h>
#include <stdint.h>

#include "bytes8.h"
#include "written_pairs.h"

/* Is the code point at s a letter (any script)? */
int relkg_is_letter_at(const char *s, size_t n);
/* Does s start with an upper-case letter (any script)?  The general
 * test, for a code point of any length. */
int relkg_is_upper_cp_at(const char *s, size_t n);
/* The same, inline for ASCII: the rule sets ask it at most words (~1,000
 * times an article). */
static inline int relkg_is_upper_at(const char *s, size_t n)
{
	if (n == 0) {
		return 0;
	}
	unsigned c = (unsigned char)s[0];
	return c < 0x80 ? c - 'A' < 26u : relkg_is_upper_cp_at(s, n);
}
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
 * "W."). i itself when no word starts there.  The general way, every
 * case (relkg_word_end below answers most words inline). */
size_t relkg_word_end_general(const char *text, size_t i, size_t end);
/* ASCII bytes by what they do after a word's letters: 1 a letter or
 * digit, 0 any other (ends the word), 2 '-', '\'' and every byte >= 0x80
 * (the general case decides). */
extern const unsigned char relkg_we_class[256];
/* relkg_word_end_general, inline where it is plain: from i, two ASCII
 * letters or digits or more, read eight bytes at a time while eight more
 * are left, then a byte that ends a word (class 0 of relkg_we_class: no
 * inner mark, no initial's "W.").  The rule sets ask it ~900 times an
 * article; most words end so. */
static inline size_t relkg_word_end(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	for (size_t j = i; j + 8 <= end; j += 8) {
		uint64_t other = ~relkg_b8_alnum(relkg_b8_load(u + j)) & RELKG_B8_HIGH;
		if (other) {
			size_t e = j + relkg_b8_first(other);
			if (e - i >= 2 && relkg_we_class[u[e]] == 0) {
				return e;
			}
			break;
		}
	}
	return relkg_word_end_general(text, i, end);
}
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
/* A word list by first letter, for lists asked at every word: the same
 * answers as relkg_word_in, comparing only the words of the text's first
 * letter (ASCII case-folded) and length. */
#define RELKG_WORD_SET_MAX 64
/* Fails the build when the NULL-terminated static list has more words
 * than a set holds. */
#define RELKG_FITS_WORD_SET(list) \
	_Static_assert(sizeof(list) / sizeof(*(list)) - 1 <= RELKG_WORD_SET_MAX, #list " fits a set")
typedef struct {
	const char *words[RELKG_WORD_SET_MAX]; /* grouped by bucket */
	size_t lens[RELKG_WORD_SET_MAX];
	/* bucket k's words are words[from[k] .. from[k + 1]): k 0..25 a
	 * first letter 'a'..'z' in either case, 26 any other first byte */
	unsigned char from[28];
	int has_empty; /* "" is in the list */
} relkg_word_set;
/* Fills s from the NULL-terminated list (borrowed: it must outlive s);
 * 0 when it has more than RELKG_WORD_SET_MAX words (s is then unusable). */
int relkg_word_set_init(relkg_word_set *s, const char *const *list);
/* relkg_word_in(text, b, e, list) for s made from list. */
int relkg_word_set_has(const relkg_word_set *s, const char *text, size_t b, size_t e);
/* relkg_starts_with past its first byte (which matched ASCII
 * case-insensitively; i < end, s not empty). */
size_t relkg_starts_with_rest(const char *text, size_t i, size_t end, const char *s);
/* Are bytes a (of the text) and b (of a word) equal ASCII
 * case-insensitively? */
static inline int relkg_same_folded(unsigned a, unsigned b)
{
	return a == b || (a - 'A' < 26u ? a + 32u : a) == (b - 'A' < 26u ? b + 32u : b);
}
/* Does text at i start with s (case-insensitive) followed by a word
 * boundary?  Returns the length matched or 0.  Inline: the rules ask at
 * every word, and most calls fail on the first or second byte. */
static inline size_t relkg_starts_with(const char *text, size_t i, size_t end, const char *s)
{
	if (i >= end || s[0] == '\0' ||
	    !relkg_same_folded((unsigned char)text[i], (unsigned char)s[0])) {
		return 0;
	}
	if (s[1] != '\0' && (i + 1 >= end ||
			     !relkg_same_folded((unsigned char)text[i + 1], (unsigned char)s[1]))) {
		return 0; /* what relkg_starts_with_rest would find first */
	}
	if (s[1] != '\0' && s[2] != '\0' &&
	    (i + 2 >= end || !relkg_same_folded((unsigned char)text[i + 2], (unsigned char)s[2]))) {
		return 0; /* and next ("the" against "to", "that") */
	}
	return relkg_starts_with_rest(text, i, end, s);
}

/* Word classes: the kind of byte a word starts with, one bit each, so that
 * a word rule can say where it may start and the scanner skips it
 * elsewhere.  A rule's set must hold every class it could match at. */
#define RELKG_WC_LOWER(c) (UINT64_C(1) << ((c) - 'a'))      /* 'a'..'z' */
#define RELKG_WC_UPPER(c) (UINT64_C(1) << (26 + (c) - 'A')) /* 'A'..'Z' */
#define RELKG_WC_NON_ASCII (UINT64_C(1) << 52) /* a byte >= 0x80 */
#define RELKG_WC_OTHER (UINT64_C(1) << 53)     /* any other ASCII byte */
#define RELKG_WC_MENTION (UINT64_C(1) << 54)   /* a mention begins there (the
						   scanner asks the table) */
/* Where relkg_is_upper_at can hold: 'A'..'Z' or a non-ASCII letter. */
#define RELKG_WC_CAPITAL ((((UINT64_C(1) << 26) - 1) << 26) | RELKG_WC_NON_ASCII)
#define RELKG_WC_ANY (~UINT64_C(0))

/* The bit number of the class of a word starting with byte c: 0..25
 * 'a'..'z', 26..51 'A'..'Z', 52 a byte >= 0x80, 53 any other (a constant
 * table: the word scanners ask it at every word, where the tests, a chain
 * of branches on the text, were mispredicted at one word in five). */
extern const unsigned char relkg_wc_bits[256];

/* The class of a word starting with byte c (exactly one bit). */
static inline uint64_t relkg_wc_of(unsigned char c)
{
	return UINT64_C(1) << relkg_wc_bits[c];
}
/* The classes where relkg_starts_with(text, i, end, s) or relkg_word_in /
 * relkg_word_is with s can hold: s's first byte in either ASCII case. */
uint64_t relkg_wc_folded(const char *s);
/* The same for each word of the NULL-terminated list. */
uint64_t relkg_wc_folded_list(const char *const *list);

/* The bytes the strings of a list (two ASCII letters or more each) may
 * begin with: bit 0 of at[c] for a first byte, bit 1 for a second;
 * either ASCII case, but the first byte as written when exact_first. */
typedef struct {
	unsigned char at[256];
	int exact_first;
	/* the distinct first bytes, when at most RELKG_WRITTEN_FIRSTS (else
	 * n_first is 0): each | 0x20 where fold[k] (an ASCII letter, either
	 * case asked), so eight bytes of text are tested at once */
	unsigned char first[4], fold[4];
	unsigned n_first;
	/* the strings' first two letters, when they allow the search of
	 * written_pairs.h (not with exact_first): relkg_last_written's
	 * search then */
	relkg_written_pairs pairs;
} relkg_written_filter;
#define RELKG_WRITTEN_FIRSTS 4

void relkg_written_filter_init(relkg_written_filter *f, const char *const *list,
	int exact_first);
/* The last byte p of [b, end) where a string of list (f made from it) is
 * written whole before end, ASCII case-insensitively (but for the first
 * byte when f->exact_first), word boundaries not asked ("disput" in
 * "undisputed"); (size_t)-1 when none is. */
size_t relkg_last_written(const char *text, size_t b, size_t end, const char *const *list,
	const relkg_written_filter *f);
/* Is a string of list written at text[p] whole before end, ASCII
 * case-insensitively (its first byte as written when exact_first)? */
int relkg_written_at_list(const char *text, size_t p, size_t end, const char *const *list,
	int exact_first);

#endif
