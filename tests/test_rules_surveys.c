/* Survey rules on invented polls about other country pairs, with
 * hand-built mention tables. */
#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "harness.h"
#include "mention_fixture.h"
#include "rules_surveys.h"

#define ID "https://w3id.org/relkg/id/"
#define ONT "https://w3id.org/relkg/ontology#"

typedef struct {
	relkg_doc *doc;
	relkg_graph *g;
	relkg_ctx ctx;
	char *dump;
} run;

static size_t country(relkg_mentions *m, const relkg_doc *d, const char *name,
		      const char *const *demonyms)
{
	size_t c = fx_ent(m, RELKG_ENT_COUNTRY, "country", name);
	fx_mark(m, d, name, c, RELKG_MF_NAME);
	for (; demonyms && *demonyms; ++demonyms) {
		fx_mark(m, d, *demonyms, c, RELKG_MF_DEMONYM);
	}
	return c;
}

static int start(run *r, const char *para)
{
	memset(r, 0, sizeof(*r));
	const char *p[] = {para, NULL};
	r->doc = fx_doc("Chile–Peru relations", p);
	r->g = relkg_graph_new();
	if (!r->doc || !r->g ||
	    relkg_ctx_init(&r->ctx, r->doc, r->g, ID, NULL) != RELKG_OK) {
		return 0;
	}
	relkg_mentions *m = r->ctx.mentions;
	country(m, r->doc, "Chile", (const char *[]){"Chileans", "Chilean", NULL});
	country(m, r->doc, "Peru", (const char *[]){"Peruvians", "Peruvian", NULL});
	country(m, r->doc, "Germany", (const char *[]){"Germans", "German", NULL});
	country(m, r->doc, "France", (const char *[]){"French", NULL});
	country(m, r->doc, "Brazil", NULL);
	relkg_mentions_sort(m);
	return relkg_rules_surveys(&r->ctx) == RELKG_OK && (r->dump = fx_dump(r->g)) != NULL;
}

static void finish(run *r)
{
	free(r->dump);
	relkg_ctx_clear(&r->ctx);
	relkg_graph_free(r->g);
	relkg_doc_free(r->doc);
}

/* Results of survey s with opinion op and value pct. */
static int result(const run *r, const char *s, const char *op, const char *pct)
{
	char iri[512], want[64];
	snprintf(iri, sizeof(iri), "<%s/%s-%s>", s, op, pct);
	snprintf(want, sizeof(want), strchr(pct, '.') ? "\"%s\"" : "\"%s.0\"", pct);
	return fx_count(r->dump, iri, "percentage") && fx_count(r->dump, iri, want) &&
	       fx_count(r->dump, iri, "opinion");
}

static void test_one_group(void)
{
	run r;
	OK(start(&r, "According to a 2019 Global Opinion Institute survey, 64% of Germans view "
		     "France favorably, compared with 30 percent who viewed it unfavorably, making "
		     "Germany the country with the warmest view of France surveyed.[4]"),
	   "run");
	const char *s = ID "survey/global-opinion-institute-2019-germany-france";
	char subj[600];
	snprintf(subj, sizeof(subj), "<%s>", s);
	EQ_INT(fx_count(r.dump, subj, ONT "Survey>"), 1);
	EQ_INT(fx_count(r.dump, subj, "conductedBy> <" ID "organization/global-opinion-institute>"), 1);
	EQ_INT(fx_count(r.dump, subj, "respondents> <" ID "country/germany>"), 1);
	EQ_INT(fx_count(r.dump, subj, "about> <" ID "country/france>"), 1);
	EQ_INT(fx_count(r.dump, subj, "date> \"2019\""), 1);
	EQ_INT(fx_count(r.dump, subj, "#result>"), 2);
	OK(result(&r, s, "favorable", "64"), "64%% favorable");
	OK(result(&r, s, "unfavorable", "30"), "30 percent unfavorable");
	EQ_INT(fx_count(r.dump, subj, "ranking> \"making Germany the country with the warmest view "
				     "of France surveyed\""), 1);
	EQ_INT(fx_count(r.dump, subj, "wasDerivedFrom"), 1);
	EQ_INT(fx_count(r.dump, "<" ID "organization/global-opinion-institute>",
			"Organization>"), 1);
	finish(&r);
}

static void test_two_groups(void)
{
	run r;
	OK(start(&r, "According to a 2016 Andes Research Poll, 40% of Chileans view Peru's "
		     "influence positively, with 35% expressing a negative view, while 20% of "
		     "Peruvians view Chilean influence positively, with 70.5% expressing "
		     "negatively, making Peru, after Brazil, the country with the most negative "
		     "perception of Chile."),
	   "run");
	const char *cp = ID "survey/andes-research-2016-chile-peru";
	const char *pc = ID "survey/andes-research-2016-peru-chile";
	OK(result(&r, cp, "favorable", "40"), "40 favorable");
	OK(result(&r, cp, "unfavorable", "35"), "35 unfavorable");
	OK(result(&r, pc, "favorable", "20"), "20 favorable");
	OK(result(&r, pc, "unfavorable", "70.5"), "70.5 unfavorable");
	EQ_INT(fx_count(r.dump, "survey/", "ontology#Survey>"), 2);
	EQ_INT(fx_count(r.dump, "about> <" ID "country/brazil>", NULL), 0);
	EQ_INT(fx_count(r.dump, "ontology#SurveyResult>", NULL), 4);
	finish(&r);
}

static void test_not_a_survey(void)
{
	run r;
	OK(start(&r, "In 2010, 45% of Chilean exports went to Peru, and a 2012 survey of the "
		     "coast found no damage."),
	   "run");
	EQ_INT(fx_count(r.dump, "ontology#Survey>", NULL), 0);
	EQ_INT(fx_count(r.dump, "ontology#SurveyResult>", NULL), 0);
	finish(&r);
}

/* No pollster named: kept without rkg:conductedBy, its IRI made of the
 * year, respondents and subject. */
static void test_no_pollster(void)
{
	run r;
	OK(start(&r, "According to a 2018 survey, 55% of Peruvians view Chile unfavorably, while "
		     "31% view it favorably."),
	   "run");
	const char *s = ID "survey/2018-peru-chile";
	char subj[600];
	snprintf(subj, sizeof(subj), "<%s>", s);
	EQ_INT(fx_count(r.dump, subj, ONT "Survey>"), 1);
	EQ_INT(fx_count(r.dump, subj, "conductedBy"), 0);
	EQ_INT(fx_count(r.dump, "Organization>", NULL), 0);
	EQ_INT(fx_count(r.dump, subj, "respondents> <" ID "country/peru>"), 1);
	EQ_INT(fx_count(r.dump, subj, "about> <" ID "country/chile>"), 1);
	EQ_INT(fx_count(r.dump, subj, "date> \"2018\""), 1);
	EQ_INT(fx_count(r.dump, subj, "survey-percentages-no-pollster"), 1);
	OK(result(&r, s, "unfavorable", "55"), "55%% unfavorable");
	OK(result(&r, s, "favorable", "31"), "31%% favorable");
	finish(&r);

	/* the year after the poll word */
	OK(start(&r, "In a poll conducted in March 2020, 47 percent of Germans viewed France "
		     "positively."),
	   "run");
	OK(result(&r, ID "survey/2020-germany-france", "favorable", "47"), "47 percent favorable");
	finish(&r);

	/* a survey and figures but no opinion of a country: nothing */
	OK(start(&r, "A 2017 survey found that 40% of Chileans had visited Peru."), "run");
	EQ_INT(fx_count(r.dump, "ontology#Survey>", NULL), 0);
	finish(&r);
}

/* The pollster after the poll word or before the year, and the country
 * asked about after the opinion word ("a favourable view of Peru"). */
static void test_pollster_placed_elsewhere(void)
{
	run r;
	OK(start(&r, "A 2016 survey by the Andes Research Institute found that 58% of Chileans had "
		     "a favourable view of Peru, while 31% held an unfavourable view of the "
		     "country."),
	   "run");
	const char *s = ID "survey/andes-research-institute-2016-chile-peru";
	OK(result(&r, s, "favorable", "58"), "58%% favourable, the country after the opinion");
	OK(result(&r, s, "unfavorable", "31"), "31%% unfavourable: still Peru");
	EQ_INT(fx_count(r.dump, "<" ID "organization/andes-research-institute>", "Organization>"),
	       1);
	finish(&r);

	OK(start(&r, "According to the Andes Research Institute's 2018 poll, 40% of Peruvians view "
		     "Chile positively."),
	   "run");
	OK(result(&r, ID "survey/andes-research-institute-2018-peru-chile", "favorable", "40"),
	   "possessive pollster");
	finish(&r);

	OK(start(&r, "A Global Opinion Institute survey conducted in 2020 found that 25% of Germans "
		     "had a negative opinion of France."),
	   "run");
	OK(result(&r, ID "survey/global-opinion-institute-2020-germany-france", "unfavorable",
		  "25"),
	   "pollster before the poll word, the year after it");
	finish(&r);

	/* the respondents' own country after the opinion is no subject */
	OK(start(&r, "A 2019 survey found that 35% of Germans had a positive view of Germany's "
		     "role."),
	   "run");
	EQ_INT(fx_count(r.dump, "ontology#Survey>", NULL), 0);
	finish(&r);
}

/* "the 2014 poll" in the next sentence takes up the pollster named
 * before, and its own year, not the year polling began. */
static void test_the_poll_again(void)
{
	run r;
	OK(start(&r, "According to a 2017 Andes Research Poll, 53% of Chileans view Peru's "
		     "influence positively, with 27% expressing a negative view. This is the "
		     "lowest figure since polling began in 2009, with the 2014 poll reporting 65% "
		     "of Chileans viewing Peru's influence positively."),
	   "run");
	OK(result(&r, ID "survey/andes-research-2017-chile-peru", "favorable", "53"), "2017");
	OK(result(&r, ID "survey/andes-research-2014-chile-peru", "favorable", "65"),
	   "the 2014 poll, by the pollster named before");
	EQ_INT(fx_count(r.dump, "\"2009\"", NULL), 0);
	EQ_INT(fx_count(r.dump, "ontology#Survey>", NULL), 2);
	finish(&r);
}

/* Respondents named by the poll ("a 2021 poll of Peruvians") and
 * feelings as opinions: sympathy, dislike, indifference, "as neither". */
static void test_poll_of_people_and_feelings(void)
{
	run r;
	OK(start(&r, "In a 2021 poll of Peruvians, 55% said they had a favourable view of Chile, "
		     "while 37% held an unfavourable view."),
	   "run");
	const char *s = ID "survey/2021-peru-chile";
	OK(result(&r, s, "favorable", "55"), "55%% favourable, respondents from the poll");
	OK(result(&r, s, "unfavorable", "37"), "37%% unfavourable");
	finish(&r);
	OK(start(&r, "According to a 2024 survey, 47% of Germans felt sympathy towards France, 26% "
		     "felt dislike and 25% were indifferent, while 12% answered neither."),
	   "run");
	s = ID "survey/2024-germany-france";
	OK(result(&r, s, "favorable", "47"), "sympathy");
	OK(result(&r, s, "unfavorable", "26"), "dislike");
	OK(result(&r, s, "neutral", "25"), "indifferent");
	OK(result(&r, s, "neutral", "12"), "neither");
	finish(&r);
}

int main(void)
{
	test_one_group();
	test_the_poll_again();
	test_poll_of_people_and_feelings();
	test_pollster_placed_elsewhere();
	test_two_groups();
	test_not_a_survey();
	test_no_pollster();
	return DONE();
}
