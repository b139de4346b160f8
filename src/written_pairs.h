/* The search relkg_last_written (words.h) makes when its filter's pairs
 * allow it: for a list whose every string begins with
 * two ASCII letters, with the word scanner's contains lists in mind
 * ("disput", "conflict", "claim"): a string can be written only where
 * the text has the first two letters of one of the strings (ASCII
 * case-insensitively), which sixteen bytes test at
 * once (SSE2, where the compiler has it; a byte at a time elsewhere).
 * The first letters alone ('d', 'c') let a byte in sixteen through; the
 * two together about one in two hundred.
 *
 * Ownership: a filter copies what it needs of the list's first two
 * bytes; the list itself is the caller's and is read at each call. */
#ifndef RELKG_WRITTEN_PAIRS_H
#define RELKG_WRITTEN_PAIRS_H
#include <stddef.h>

/* The most distinct pairs of first two letters a list may have. */
#define RELKG_PAIRS_MAX 4

typedef struct {
	/* the distinct pairs of first and second letters, each | 0x20;
	 * the unused slots repeat the first (so every slot is compared, no
	 * branch) */
	unsigned char first[RELKG_PAIRS_MAX], second[RELKG_PAIRS_MAX];
	/* may relkg_last_written_pairs answer for the list (every string
	 * two ASCII letters or more at its start, at most RELKG_PAIRS_MAX
	 * distinct pairs of them)? */
	int ok;
} relkg_written_pairs;

/* Fills p from the NULL-terminated list. */
void relkg_written_pairs_init(relkg_written_pairs *p, const char *const *list);

/* relkg_last_written(text, b, end, list, f) for a filter f made from list
 * with exact_first 0, when p (made from list) is ok: the last byte p of
 * [b, end) where a string of list is written whole before end, ASCII
 * case-insensitively, or (size_t)-1. */
size_t relkg_last_written_pairs(const char *text, size_t b, size_t end, const char *const *list,
	const relkg_written_pairs *p);

#endif
