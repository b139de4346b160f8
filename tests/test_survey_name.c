/* Which survey a sentence names: the year and pollster in each shape,
 * on sentences written for the test. */
#include "survey_name.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

static relkg_stemmer *st;
static relkg_toks w;
static const char *text;

static void split(const char *s)
{
	text = s;
	if (relkg_toks_split(&w, s, 0, strlen(s), st) != RELKG_OK) {
		abort();
	}
}

/* "YEAR|pollster" of the named survey in s, or "" when none. */
static const char *named(const char *s)
{
	static char out[128];
	size_t y, o0, o1;
	split(s);
	if (!relkg_survey_named(&w, &y, &o0, &o1)) {
		return "";
	}
	snprintf(out, sizeof(out), "%s|%.*s", w.w[y].lower, (int)(w.w[o1 - 1].end - w.w[o0].begin),
		 text + w.w[o0].begin);
	return out;
}

/* The year of the survey with no pollster in s, or "". */
static const char *unnamed(const char *s)
{
	size_t y, p;
	split(s);
	return relkg_survey_unnamed(&w, &y, &p) ? w.w[y].lower : "";
}

int main(void)
{
	st = relkg_stemmer_new();
	EQ_STR(named("According to a 2014 Nordic Opinion Poll, 40% of Swedes ..."),
	       "2014|Nordic Opinion");
	EQ_STR(named("A 2015 survey by the Andes Research Institute found ..."),
	       "2015|Andes Research Institute");
	EQ_STR(named("A poll conducted by Coastline Polling in March 2016 found ..."),
	       "2016|Coastline Polling");
	EQ_STR(named("According to the Andes Research Institute's 2018 poll, ..."),
	       "2018|Andes Research Institute");
	EQ_STR(named("A Coastline Polling survey conducted in 2017 found ..."),
	       "2017|Coastline Polling");
	EQ_STR(named("In 2019, a Coastline Polling survey found ..."), "2019|Coastline Polling");
	/* no pollster named, or no year */
	EQ_STR(named("According to a 2019 survey, 62% of ..."), "");
	EQ_STR(named("A Coastline Polling survey found that 40% of ..."), "");
	EQ_STR(named("A 2012 survey of the coast found no damage."), "");
	EQ_STR(unnamed("According to a 2019 survey, 62% of ..."), "2019");
	EQ_STR(unnamed("In a poll conducted in March 2020, 47 percent of ..."), "2020");
	/* the year right before a poll word beats one after another */
	EQ_STR(unnamed("The lowest since polling began in 2009, with the 2014 poll showing ..."),
	       "2014");
	split("This is the lowest figure reported by the poll since 2009.");
	EQ_INT(relkg_survey_definite_word(&w) < w.n, 1);
	split("A 2014 poll found that 40% of ...");
	EQ_INT(relkg_survey_definite_word(&w) < w.n, 0);
	relkg_toks_clear(&w);
	relkg_stemmer_free(st);
	return DONE();
}
