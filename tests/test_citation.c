/* Citation entries as the dev corpus and common styles write them. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "citation.h"
#include "harness.h"

typedef struct {
	const char *text, *title, *publisher, *date, *accessed;
} cite_case;

static const cite_case cases[] = {
	{"\"Opinion of Russia\". Pew Research Center. 2012. Retrieved 12 August 2013.",
	 "Opinion of Russia", "Pew Research Center", "2012", "2013-08-12"},
	{"Japan and Russia Move Closer as Both Eye China April 26, 2013 Wall Street Journal",
	 "Japan and Russia Move Closer as Both Eye China", "Wall Street Journal", "2013-04-26",
	 NULL},
	{"Russia hopes to solve territorial dispute with Japan by strengthening trust, Xinhua "
	 "News Agency, Accessed 2008-07-19",
	 "Russia hopes to solve territorial dispute with Japan by strengthening trust",
	 "Xinhua News Agency", NULL, "2008-07-19"},
	{"\"Saakashvili in Japan to Boost Ties\". Civil Georgia. 9 March 2007. Retrieved 9 May "
	 "2011.",
	 "Saakashvili in Japan to Boost Ties", "Civil Georgia", "2007-03-09", "2011-05-09"},
	{"\"Georgia, Japan discuss cooperation prospects in defense sphere\". 04.02.2011.",
	 "Georgia, Japan discuss cooperation prospects in defense sphere", NULL, "2011-02-04",
	 NULL},
	{"\"Relations between Georgia and Japan\". Embassy of Georgia to Japan. Retrieved 10 May "
	 "2011.",
	 "Relations between Georgia and Japan", "Embassy of Georgia to Japan", NULL,
	 "2011-05-10"},
	{"Japanese fisherman killed in border dispute 2006", "Japanese fisherman killed in border dispute",
	 NULL, "2006", NULL},
	{"Ministers continue dialogue with Japan - envoy ITAR-TASS",
	 "Ministers continue dialogue with Japan - envoy", "ITAR-TASS", NULL, NULL},
	{"Gang of Two: Russia and Japan Make a Play for the Pacific",
	 "Gang of Two: Russia and Japan Make a Play for the Pacific", NULL, NULL, NULL},
	/* invented, in the styles Wikipedia's templates print */
	{"Smith, John (12 March 2010). \"Talks stall over islands\". The Times. p. 5.",
	 "Talks stall over islands", "The Times", "2010-03-12", NULL},
	{"\"Leaders meet in Tokyo\". BBC News. 3 Sept. 2012. Archived from the original on 5 May "
	 "2013. Retrieved 6 June 2014.",
	 "Leaders meet in Tokyo", "BBC News", "2012-09-03", "2014-06-06"},
	{"\xE2\x80\x9CTrade pact signed\xE2\x80\x9D. Reuters. May 2012.", "Trade pact signed",
	 "Reuters", "2012-05", NULL},
	{"Summit ends without deal, Kyodo News, Accessed 2019-01-22", "Summit ends without deal",
	 "Kyodo News", NULL, "2019-01-22"},
	{"Relations between the two states 1945-1991", "Relations between the two states 1945-1991",
	 NULL, NULL, NULL},
};

static void check_field(const char *field, const char *got, const char *want, const char *text)
{
	if (!want) {
		OK(got == NULL, "%s of [%s] == \"%s\", want none", field, text, got ? got : "");
	} else {
		OK(got && strcmp(got, want) == 0, "%s of [%s] == \"%s\", want \"%s\"", field, text,
		   got ? got : "(null)", want);
	}
}

static void check_case(const cite_case *k)
{
	relkg_citation c;
	memset(&c, 0, sizeof(c));
	c.text = strdup(k->text);
	EQ_INT(relkg_citation_parse(&c), RELKG_OK);
	check_field("title", c.title, k->title, k->text);
	check_field("publisher", c.publisher, k->publisher, k->text);
	check_field("date", c.date, k->date, k->text);
	check_field("accessed", c.accessed, k->accessed, k->text);
	free(c.text);
	free(c.title);
	free(c.publisher);
	free(c.date);
	free(c.accessed);
}

static void test_empty(void)
{
	relkg_citation c;
	memset(&c, 0, sizeof(c));
	c.text = strdup("");
	EQ_INT(relkg_citation_parse(&c), RELKG_OK);
	OK(!c.title && !c.publisher && !c.date, "an empty entry has no fields");
	free(c.text);
}

/* A date starts at a digit or at a month's first letter, in either case
 * (the byte test last_date makes before date_at): each month, written
 * with a capital, in lower case and in capitals, gives the entry its
 * date; an access word in any case is found (find_ci's byte test). */
static void test_month_starts(void)
{
	static const char *const months[] = {"January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December"};
	for (int m = 0; m < 12; ++m) {
		for (int form = 0; form < 3; ++form) {
			char name[16], text[128], want[32];
			size_t k = strlen(months[m]);
			for (size_t i = 0; i <= k; ++i) {
				char c = months[m][i];
				name[i] = form == 1 ? (char)tolower((unsigned char)c)
					  : form == 2 ? (char)toupper((unsigned char)c) : c;
			}
			snprintf(text, sizeof(text), "\"Talks on islands\". The Herald. %s 2012.", name);
			snprintf(want, sizeof(want), "2012-%02d", m + 1);
			cite_case k2 = {text, "Talks on islands", "The Herald", want, NULL};
			check_case(&k2);
		}
	}
	static const char *const access[] = {"Retrieved", "retrieved", "RETRIEVED", "Accessed",
					     "accessed"};
	for (size_t i = 0; i < sizeof(access) / sizeof(access[0]); ++i) {
		char text[128];
		snprintf(text, sizeof(text), "\"Talks on islands\". The Herald. 2012. %s 9 May 2011.",
			 access[i]);
		cite_case k2 = {text, "Talks on islands", "The Herald", "2012", "2011-05-09"};
		check_case(&k2);
	}
}

int main(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
		check_case(&cases[i]);
	}
	test_empty();
	test_month_starts();
	return DONE();
}
