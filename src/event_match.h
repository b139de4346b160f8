/* Trigger matching on a sentence's words: which lexicon trigger
 * (triggers.h) starts at a word, and whether a negation or modal blocks
 * it.  Each word tries only the triggers its stem or surface form can
 * start (the lexicon's first-word index, trigger_index.h), never the
 * whole lexicon.  Pure: reads the words and the lexicon.
 *
 * Ownership: the trigger returned points into the lexicon. */
#ifndef RELKG_EVENT_MATCH_H
#define RELKG_EVENT_MATCH_H
#include <stddef.h>
#include "tokens.h"
#include "triggers.h"
#include "word_keys.h"

/* Does pattern p[0..np) (stems, "=surface" words, "*"/"**" gaps) match
 * the words from word i?  *end = the word after the match. */
int relkg_pattern_at(const relkg_toks *w, size_t i, char *const *p, size_t np, size_t *end);

/* The best trigger starting at word i: the most words that are no gap,
 * then the shortest span, then the first in the lexicon; NULL when none.
 * *end = the word after it. */
const relkg_trigger *relkg_trigger_at(const relkg_triggers *lex, const relkg_toks *w, size_t i,
				      size_t *end);

/* Adds to out the keys of the words [from, to) of w, lower-cased form
 * and stem (word_keys.h). */
void relkg_toks_keys(const relkg_toks *w, size_t from, size_t to, relkg_word_keys *out);

/* relkg_trigger_at, the same answer, where `have` holds (at least) the
 * keys of w's words from i on (relkg_toks_keys: a match reads no word
 * before i): a trigger with a solid word whose key is missing is not
 * tried.  Most triggers a word may start have
 * another word the sentence lacks ("sign * treaty" in a sentence without
 * "treaty"). */
const relkg_trigger *relkg_trigger_at_in(const relkg_triggers *lex, const relkg_toks *w,
					 const relkg_word_keys *have, size_t i, size_t *end);

/* The first word from i on where a trigger of lex may start (the
 * index's whole-word test by the hash bits each word keeps,
 * trigger_index.h and tokens.h); w->n when there is none.
 * relkg_trigger_at gives NULL at every word before it, so a sentence's
 * triggers are found by asking it only where this stops: most words are
 * passed over inline, without its call. */
size_t relkg_trigger_next(const relkg_triggers *lex, const relkg_toks *w, size_t i);

/* Is the trigger at words [i, end) negated or modal: a block-before
 * pattern ending by word i within a few words before it, or a
 * block-after pattern within a few words after it (no clause break or
 * comma between)? */
int relkg_trigger_blocked(const relkg_triggers *lex, const relkg_toks *w, size_t i, size_t end);

#endif
