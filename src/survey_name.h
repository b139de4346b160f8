/* Which survey a sentence names, read off its words (tokens.h): the
 * poll word with its year and pollster in the shapes encyclopedias use
 * ("a 2014 X Poll", "a 2015 survey by X", "X's 2019 poll", "an X survey
 * conducted in 2019", "a 2019 survey", "a poll conducted in March 2020",
 * "In 2014, a poll ..."), and "the 2014 poll" / "the same poll" taking up
 * one named before.  General English only.  Pure: reads the words.
 *
 * Ownership: nothing is allocated; indexes are words of w. */
#ifndef RELKG_SURVEY_NAME_H
#define RELKG_SURVEY_NAME_H
#include <stddef.h>
#include "tokens.h"

/* A survey named with its pollster: 1 with *year (the year's word) and
 * the pollster's words [*o0, *o1); 0 (and *o0 = *o1 = 0) when none. */
int relkg_survey_named(const relkg_toks *w, size_t *year, size_t *o0, size_t *o1);

/* A survey named with its year and no pollster: 1 with *year and *poll
 * (the poll word); a year right before a poll word is preferred to one
 * after another. */
int relkg_survey_unnamed(const relkg_toks *w, size_t *year, size_t *poll);

/* Is the poll word at p definite ("the poll", "the 2014 poll", "the same
 * survey"), taking up a poll named before? */
int relkg_survey_definite(const relkg_toks *w, size_t p);

/* The first definite poll word of the sentence, or w->n. */
size_t relkg_survey_definite_word(const relkg_toks *w);

/* A sentence going on with the figures of a poll named before it, told
 * at a later year and with no poll word: "By 2016 only 11% of Japanese
 * ...", "In 2019, 40% ...".  1 with *year when it opens with "By" or
 * "In" and a year and gives a percentage. */
int relkg_survey_continued(const relkg_toks *w, size_t *year);

#endif
