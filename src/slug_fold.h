/* What relkg_slug's general path (utf8proc_map with COMPOSE | STRIPMARK |
 * CASEFOLD, iri.c) makes of one code point, for the Latin letters and the
 * punctuation that names and titles hold beyond ASCII (U+00A0..U+024F,
 * U+2010..U+202F: "Keizō", "Maapäev", the en dash of "Japan–Russia
 * relations"): computed once, so that the slug of such text needs no
 * utf8proc_map call (~20,000 instructions for a title with one en dash).
 *
 * Only code points whose mapping cannot interact with a neighbour are
 * covered: no combining class and no mark, in the code point or in what
 * it maps to.  The mapping of a string of them (and of ASCII) is then the
 * mappings of its code points one after the other; tests/test_slug_fold.c
 * holds every pair to utf8proc.
 *
 * Ownership: the table is static, built on first use (thread-safe) and
 * never freed. */
#ifndef RELKG_SLUG_FOLD_H
#define RELKG_SLUG_FOLD_H
#include <stdint.h>

#define RELKG_SLUG_FOLD_MAX 7

typedef struct {
	unsigned char len; /* bytes of UTF-8 in bytes (0: maps to nothing) */
	char bytes[RELKG_SLUG_FOLD_MAX];
} relkg_slug_fold;

/* The mapping of code point c, or NULL when c is not covered. */
const relkg_slug_fold *relkg_slug_fold_of(int32_t c);

#endif
