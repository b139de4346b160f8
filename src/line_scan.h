/* Word counts and keyword scans over one line of plain text, for the
 * text reader's line classes (reader_text.c: paragraphs, headings,
 * captions, the licence footer).  Both read every byte of most lines of
 * an article, so each stops or skips where its answer is known. */
#ifndef RELKG_LINE_SCAN_H
#define RELKG_LINE_SCAN_H
#include <stddef.h>
#include <stdint.h>

/* The number of words of s[0..n) (runs of bytes other than ' ' and
 * '\t'), or max when there are at least max: the count stops there (a
 * test "at least six words" need not read a long paragraph to its end). */
size_t relkg_line_words_upto(const char *s, size_t n, size_t max);

/* A list of at most RELKG_LINE_KEYS_MAX keywords looked for ASCII
 * case-insensitively (as strncasecmp in the C locale), each indexed by
 * its first two bytes folded: a position is tried only for the words
 * that begin with its two bytes, not for every word beginning with a
 * common letter.  Made by relkg_line_keys_init; it borrows the list. */
#define RELKG_LINE_KEYS_MAX 32
typedef struct {
	const char *const *words; /* the list, NULL-terminated */
	size_t len[RELKG_LINE_KEYS_MAX];
	uint32_t first[256];  /* bit k: word k begins with this byte (folded) */
	uint32_t second[256]; /* bit k: word k's second byte, folded (every
				 byte for a one-byte word) */
} relkg_line_keys;

/* Indexes the NULL-terminated list words (non-empty words, at most
 * RELKG_LINE_KEYS_MAX); 0 when it has more (k is then unusable). */
int relkg_line_keys_init(relkg_line_keys *k, const char *const *words);

/* Does s[0..n) contain any word of k (ASCII case-insensitively)? */
int relkg_line_has_any(const char *s, size_t n, const relkg_line_keys *k);

#endif
