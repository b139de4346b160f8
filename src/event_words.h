/* The word classes the event rules look at on a sentence's words
 * (tokens.h): prepositions, determiners, adverbs, clause breaks.
 * Lower-cased English; nothing here names an article's words.
 *
 * Ownership: the lists are static and NULL-terminated. */
#ifndef RELKG_EVENT_WORDS_H
#define RELKG_EVENT_WORDS_H
#include "tokens.h"

extern const char *const relkg_ew_preps[]; /* "with", "to", "against", ... */
extern const char *const relkg_ew_dets[];  /* "the", "a", "its", ... */

/* Is s one of the NULL-terminated list? */
int relkg_ew_in_list(const char *s, const char *const *list);
/* ";", ":" or a double quote. */
int relkg_ew_clause_break(const relkg_tok *x);
/* A word a "*" gap may skip: not a clause break or comma. */
int relkg_ew_gap_ok(const relkg_tok *x);
/* "also", "later", or a word in "-ly". */
int relkg_ew_adverb(const relkg_tok *x);

#endif
