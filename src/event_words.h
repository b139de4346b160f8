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
/* relkg_ew_in_list(s, relkg_ew_preps) and (s, relkg_ew_dets), the same
 * answers without a scan of the whole list: the rules ask them of most
 * words a clause spans. */
int relkg_ew_is_prep(const char *s);
int relkg_ew_is_det(const char *s);
/* Is x the one-byte word c? */
static inline int relkg_ew_is_mark(const relkg_tok *x, char c)
{
	return x->lower[0] == c && x->lower[1] == '\0';
}

/* ";", ":" or a double quote.  Inline, like the next: asked of every
 * word a clause or a gap spans. */
static inline int relkg_ew_clause_break(const relkg_tok *x)
{
	return (x->flags & RELKG_TK_PUNCT) &&
	       (relkg_ew_is_mark(x, ';') || relkg_ew_is_mark(x, ':') || relkg_ew_is_mark(x, '"'));
}

/* A word a "*" gap may skip: not a clause break or comma. */
static inline int relkg_ew_gap_ok(const relkg_tok *x)
{
	return !relkg_ew_clause_break(x) && !relkg_ew_is_mark(x, ',');
}
/* "also", "later", or a word in "-ly". */
int relkg_ew_adverb(const relkg_tok *x);
/* A verb of command or decision ("ordered", "announced", "approved")
 * before a definite noun trigger: "Pakistan ordered the closure of the
 * embassy" tells the subject's act, not one told before. */
extern const char *const relkg_ew_ordering[];

#endif
