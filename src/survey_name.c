/* Which survey a sentence names: see survey_name.h. */
#include "survey_name.h"

#include <stdlib.h>
#include <string.h>

#define ORG_REACH 8 /* words between a survey's year and "survey"/"poll" */

static int is_year(const relkg_tok *x)
{
	if (!(x->flags & RELKG_TK_NUMBER) || strlen(x->lower) != 4) {
		return 0;
	}
	int y = atoi(x->lower);
	return y >= 1900 && y <= 2100;
}

static int is_poll(const relkg_tok *x)
{
	return strcmp(x->lower, "poll") == 0 || strcmp(x->lower, "survey") == 0 ||
	       strcmp(x->lower, "polls") == 0 || strcmp(x->lower, "surveys") == 0;
}

/* Is s one of the NULL-terminated list? */
static int word_in(const char *s, const char *const *list)
{
	for (; *list; ++list) {
		if (strcmp(s, *list) == 0) {
			return 1;
		}
	}
	return 0;
}

static int is_month(const relkg_tok *x)
{
	static const char *const months[] = {"january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october", "november", "december", NULL};
	return word_in(x->lower, months);
}

/* The year of a poll told after its word, in the same phrase (no
 * comma): "conducted in 2021", "taken in March 2020"; words from `from`
 * on.  A capitalized word other than a month ends the search (a name: a
 * pollster the named rules did not see).  The year's word, or 0. */
static size_t year_after(const relkg_toks *w, size_t from)
{
	for (size_t y = from; y < w->n && y <= from + ORG_REACH; ++y) {
		if (relkg_tok_is(w, y, ",") ||
		    ((w->w[y].flags & RELKG_TK_CAP) && !is_month(&w->w[y]))) {
			break;
		}
		if (y > 0 && is_year(&w->w[y]) &&
		    (relkg_tok_is(w, y - 1, "in") || is_month(&w->w[y - 1]))) {
			return y;
		}
	}
	return 0;
}

/* The year of the sentence's opening phrase, before the poll word p:
 * "In 2014, a BBC poll found ...".  The year's word, or 0. */
static size_t year_opening(const relkg_toks *w, size_t p)
{
	return p > 2 && relkg_tok_is(w, 0, "in") && is_year(&w->w[1]) && relkg_tok_is(w, 2, ",")
		       ? 1
		       : 0;
}

/* The capitalized words of a pollster's name from word j on ("the Pew
 * Research Center", "Gallup"): their end, or j when there are none.  A
 * lower-case "of"/"for"/"and" may join two capitalized words ("Program
 * on International Policy Attitudes"). */
static size_t name_from(const relkg_toks *w, size_t j)
{
	size_t e = j;
	while (e < w->n && e < j + ORG_REACH) {
		if ((w->w[e].flags & RELKG_TK_CAP) && !is_year(&w->w[e])) {
			++e;
		} else if (e > j && e + 1 < w->n && (w->w[e + 1].flags & RELKG_TK_CAP) &&
			   (relkg_tok_is(w, e, "of") || relkg_tok_is(w, e, "for") ||
			    relkg_tok_is(w, e, "on") || relkg_tok_is(w, e, "and"))) {
			e += 2;
		} else {
			break;
		}
	}
	return e;
}

/* A pollster named after the poll word: "a 2015 survey by the Pew
 * Research Center", "a poll conducted by Gallup in 2019".  *o0, *o1 its
 * words; p the poll word. */
static int pollster_after(const relkg_toks *w, size_t p, size_t *o0, size_t *o1)
{
	size_t j = p + 1;
	static const char *const verbs[] = {"conducted", "carried", "commissioned", "taken",
		"published", "released", NULL};
	for (const char *const *v = verbs; *v && j < w->n; ++v) {
		if (relkg_tok_is(w, j, *v)) {
			j += relkg_tok_is(w, j + 1, "out") ? 2 : 1;
			break;
		}
	}
	if (!relkg_tok_is(w, j, "by") && !relkg_tok_is(w, j, "for")) {
		return 0;
	}
	j += relkg_tok_is(w, j + 1, "the") ? 2 : 1;
	size_t e = name_from(w, j);
	if (e == j) {
		return 0;
	}
	*o0 = j;
	*o1 = e;
	return 1;
}

/* A pollster named before the year with a possessive: "the Pew Research
 * Center's 2019 survey".  y the year's word. */
static int pollster_before(const relkg_toks *w, size_t y, size_t *o0, size_t *o1)
{
	size_t s = y;
	if (s >= 2 && relkg_tok_is(w, s - 1, "s") && relkg_tok_is(w, s - 2, "'")) {
		s -= 2;
	} else {
		return 0;
	}
	size_t b = s;
	while (b > 0 && s - b < ORG_REACH && (w->w[b - 1].flags & RELKG_TK_CAP)) {
		--b;
	}
	if (b == s || (b == 0 && s - b == 1)) {
		return 0; /* none, or one capitalized word opening the sentence */
	}
	*o0 = b;
	*o1 = s;
	return 1;
}

/* A pollster named right before the poll word, with no year between:
 * "a Pew Research Center survey"; a capitalized determiner or
 * preposition ("A", "According") is no part of the name.  p the poll
 * word. */
static int pollster_run_before(const relkg_toks *w, size_t p, size_t *o0, size_t *o1)
{
	static const char *const lead[] = {"a", "an", "the", "in", "according", "to", "its",
		"their", NULL};
	size_t b = p;
	while (b > 0 && p - b < ORG_REACH && (w->w[b - 1].flags & RELKG_TK_CAP)) {
		--b;
	}
	while (b < p && word_in(w->w[b].lower, lead)) {
		++b;
	}
	if (b == p) {
		return 0;
	}
	*o0 = b;
	*o1 = p;
	return 1;
}

/* Finds a named survey: "YEAR Org Name survey/poll", "a YEAR survey by
 * Org", "Org's YEAR poll": *year and the organization's words [*o0,
 * *o1). */
int relkg_survey_named(const relkg_toks *w, size_t *year, size_t *o0, size_t *o1)
{
	for (size_t p = 0; p < w->n; ++p) {
		if (!is_poll(&w->w[p])) {
			continue;
		}
		for (size_t y = p; y > 0 && p - y < ORG_REACH; --y) {
			if (is_year(&w->w[y - 1]) && p > y && (w->w[y].flags & RELKG_TK_CAP)) {
				*year = y - 1;
				*o0 = y;
				*o1 = p;
				return 1;
			}
		}
		if (p > 0 && is_year(&w->w[p - 1]) &&
		    (pollster_after(w, p, o0, o1) || pollster_before(w, p - 1, o0, o1))) {
			*year = p - 1;
			return 1;
		}
		/* the year after: "a poll by Gallup in 2019", "a Pew Research
		 * Center survey conducted in 2019" */
		size_t y = 0;
		int named = 1;
		if (pollster_after(w, p, o0, o1)) {
			y = year_after(w, *o1);
		} else if (pollster_run_before(w, p, o0, o1)) {
			y = year_after(w, p + 1);
		} else {
			named = 0;
		}
		y = y || !named ? y : year_opening(w, p);
		if (y) {
			*year = y;
			return 1;
		}
	}
	*o0 = *o1 = 0; /* a pollster seen without a year is none */
	return 0;
}

/* Finds a survey named with its year and no pollster: "a 2019 survey",
 * "a survey conducted in 2021", "a poll taken in March 2020"; a year
 * right before a poll word is preferred to one after another ("reported
 * by the poll since polling began in 2009, with the 2014 poll ...").
 * *year is the year's word, *poll the poll word's. */
int relkg_survey_unnamed(const relkg_toks *w, size_t *year, size_t *poll)
{
	for (int pass = 0; pass < 2; ++pass) {
		for (size_t p = 0; p < w->n; ++p) {
			if (!is_poll(&w->w[p])) {
				continue;
			}
			size_t y = pass == 0 ? (p > 0 && is_year(&w->w[p - 1]) ? p - 1 : 0)
					     : year_after(w, p + 1);
			y = y || pass == 0 ? y : year_opening(w, p);
			if (y) {
				*year = y;
				*poll = p;
				return 1;
			}
		}
	}
	return 0;
}

/* "the poll", "the 2014 poll", "the same survey": a definite poll word
 * at p, taking up a poll named before. */
int relkg_survey_definite(const relkg_toks *w, size_t p)
{
	size_t j = p;
	if (j > 0 && (is_year(&w->w[j - 1]) || relkg_tok_is(w, j - 1, "same"))) {
		--j;
	}
	return j > 0 && relkg_tok_is(w, j - 1, "the");
}

/* The first definite poll word of the sentence ("the same poll"), or
 * w->n. */
size_t relkg_survey_definite_word(const relkg_toks *w)
{
	for (size_t p = 0; p < w->n; ++p) {
		if (is_poll(&w->w[p]) && relkg_survey_definite(w, p)) {
			return p;
		}
	}
	return w->n;
}

int relkg_survey_continued(const relkg_toks *w, size_t *year)
{
	if (w->n < 3 || !(relkg_tok_is(w, 0, "by") || relkg_tok_is(w, 0, "in")) ||
	    !is_year(&w->w[1])) {
		return 0;
	}
	for (size_t k = 2; k < w->n; ++k) {
		if (relkg_tok_is(w, k, "%") || relkg_tok_is(w, k, "percent") ||
		    (relkg_tok_is(w, k, "per") && relkg_tok_is(w, k + 1, "cent"))) {
			*year = 1;
			return 1;
		}
	}
	return 0;
}
