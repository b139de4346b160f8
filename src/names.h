/* Person names as the rules see them: a run of one to four capitalized
 * words ("Sushma Swaraj", "George W. Bush", "Shinzō Abe") none of which
 * is a function word, a place, organization or office keyword, a month, or
 * a gazetteer name.  Borrowed text; nothing allocates. */
#ifndef RELKG_NAMES_H
#define RELKG_NAMES_H
#include <stddef.h>
#include "extract.h"

/* Is text[b..e) a word that cannot be part of a person's name? */
int relkg_name_stopword(const relkg_ctx *ctx, size_t b, size_t e, size_t end);

/* A name starting at i (within [i,end)): returns its end and the number of
 * words in *words, or i when none starts there.  A name is not followed by
 * another capitalized word. */
size_t relkg_name_parse(const relkg_ctx *ctx, size_t i, size_t end, int *words);

#endif
