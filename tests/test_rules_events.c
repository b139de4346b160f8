/* Event rules on sentences of invented articles about other country pairs
 * (and a few shapes from the dev corpus), with hand-built mention tables. */
#include <stdio.h>
#include <stdlib.h>

#include "event_find.h"
#include "event_finder.h"
#include "extract.h"
#include "harness.h"
#include "lexicon.h"
#include "mention_fixture.h"
#include "rules_events.h"
#include "triggers.h"

static relkg_triggers *lex;

typedef struct {
	relkg_doc *doc;
	relkg_mentions *m;
	relkg_event_list list;
	size_t fr, de, cn, ar, br, ca, dk, ke, ug, se, fi, pe, cl, at, hu;
} world;

static void people(world *w)
{
	relkg_mentions *m = w->m;
	const relkg_doc *d = w->doc;
	size_t p = fx_ent(m, RELKG_ENT_PERSON, "person", "Jacques Chirac");
	m->ents[p].country = w->fr;
	fx_mark(m, d, "Jacques Chirac", p, RELKG_MF_NAME);
	fx_mark(m, d, "Chirac", p, RELKG_MF_SURNAME);
	p = fx_ent(m, RELKG_ENT_PERSON, "person", "Wen Jiabao");
	m->ents[p].country = w->cn;
	fx_mark(m, d, "Wen Jiabao", p, RELKG_MF_NAME);
	p = fx_ent(m, RELKG_ENT_PERSON, "person", "Carlos Mendes");
	m->ents[p].country = w->br;
	fx_mark(m, d, "Carlos Mendes", p, RELKG_MF_NAME);
	fx_mark(m, d, "Mendes", p, RELKG_MF_SURNAME);
	p = fx_ent(m, RELKG_ENT_PERSON, "person", "Anna Berg");
	fx_mark(m, d, "Anna Berg", p, RELKG_MF_NAME);
	p = fx_ent(m, RELKG_ENT_PERSON, "person", "Lars Holm");
	fx_mark(m, d, "Lars Holm", p, RELKG_MF_NAME);
	size_t c = fx_ent(m, RELKG_ENT_CITY, "city", "Beijing");
	m->ents[c].country = w->cn;
	fx_mark(m, d, "Beijing", c, RELKG_MF_NAME);
	size_t t = fx_ent(m, RELKG_ENT_TERRITORY, "territory", "North Marsh");
	fx_mark(m, d, "North Marsh", t, RELKG_MF_NAME);
}

static size_t country(world *w, const char *name, const char *demonym)
{
	size_t c = fx_ent(w->m, RELKG_ENT_COUNTRY, "country", name);
	fx_mark(w->m, w->doc, name, c, RELKG_MF_NAME);
	if (demonym) {
		fx_mark(w->m, w->doc, demonym, c, RELKG_MF_DEMONYM | RELKG_MF_MODIFIER);
	}
	return c;
}

static int setup(world *w, const char *title, const char *const *paras)
{
	memset(w, 0, sizeof(*w));
	w->doc = fx_doc(title, paras);
	w->m = relkg_mentions_new();
	if (!w->doc || !w->m) {
		return 0;
	}
	w->fr = country(w, "France", "French");
	w->de = country(w, "Germany", "German");
	w->cn = country(w, "China", "Chinese");
	w->ar = country(w, "Argentina", "Argentine");
	w->br = country(w, "Brazil", "Brazilian");
	w->ca = country(w, "Canada", "Canadian");
	w->dk = country(w, "Denmark", "Danish");
	w->ke = country(w, "Kenya", "Kenyan");
	w->ug = country(w, "Uganda", "Ugandan");
	w->se = country(w, "Sweden", "Swedish");
	w->fi = country(w, "Finland", "Finnish");
	w->pe = country(w, "Peru", "Peruvian");
	w->cl = country(w, "Chile", "Chilean");
	w->at = country(w, "Austria", "Austrian");
	w->hu = country(w, "Hungary", "Hungarian");
	people(w);
	return 1;
}

static void dates(world *w, const char *const *spec)
{
	for (; *spec; spec += 3) {
		fx_date(w->m, w->doc, spec[0], spec[1], spec[2]);
	}
}

static void run(world *w)
{
	relkg_mentions_sort(w->m);
	OK(relkg_events_find(w->doc, w->m, lex, &w->list) == RELKG_OK, "events_find");
}

static void done(world *w)
{
	free(w->list.e);
	relkg_mentions_free(w->m);
	relkg_doc_free(w->doc);
}

static int count(const world *w, const char *cls)
{
	int n = 0;
	for (size_t i = 0; i < w->list.n; ++i) {
		n += strcmp(w->list.e[i].trig->cls, cls) == 0;
	}
	return n;
}

static const relkg_event *find(const world *w, const char *cls)
{
	for (size_t i = 0; i < w->list.n; ++i) {
		if (strcmp(w->list.e[i].trig->cls, cls) == 0) {
			return &w->list.e[i];
		}
	}
	return NULL;
}

static const char *agent(const world *w, const relkg_event *e, size_t k)
{
	return e && k < e->n_agents ? w->m->ents[e->agents[k]].label : "(none)";
}

static const char *target(const world *w, const relkg_event *e, size_t k)
{
	return e && k < e->n_targets ? w->m->ents[e->targets[k]].label : "(none)";
}

static const char *date(const relkg_event *e)
{
	return e && e->dated ? e->date.iso : "(none)";
}

static void test_visit_and_meeting(void)
{
	world w;
	const char *p[] = {"In May 2003, French President Jacques Chirac visited Beijing and met "
			   "with Chinese Premier Wen Jiabao.", NULL};
	OK(setup(&w, "China–France relations", p), "setup");
	dates(&w, (const char *[]){"May 2003", "2003-05", "xsd:gYearMonth", NULL});
	run(&w);
	const relkg_event *v = find(&w, "Visit"), *m = find(&w, "Meeting");
	EQ_STR(agent(&w, v, 0), "Jacques Chirac");
	EQ_STR(target(&w, v, 0), "Beijing");
	EQ_STR(date(v), "2003-05");
	EQ_STR(agent(&w, m, 0), "Jacques Chirac");
	EQ_STR(target(&w, m, 0), "Wen Jiabao");
	EQ_INT(w.list.n, 2);
	done(&w);
}

/* "X hosted Y for a meeting": a meeting of X with Y (CAMEO 043, host);
 * a summit hosted by a state has the host as its agent. */
static void test_hosted_meeting(void)
{
	world w;
	const char *p[] = {"In March 2009, Brazilian President Carlos Mendes hosted French "
			   "President Jacques Chirac for a two-day working meeting in Beijing. "
			   "In 2010, Kenya hosted a summit of East African leaders.", NULL};
	OK(setup(&w, "Brazil–France relations", p), "setup");
	dates(&w, (const char *[]){"March 2009", "2009-03", "xsd:gYearMonth", "2010", "2010",
				   "xsd:gYear", NULL});
	run(&w);
	const relkg_event *m = find(&w, "Meeting");
	EQ_INT(count(&w, "Meeting"), 2);
	EQ_STR(agent(&w, m, 0), "Carlos Mendes");
	EQ_STR(target(&w, m, 0), "Jacques Chirac");
	EQ_STR(date(m), "2009-03");
	EQ_STR(m ? m->trig->cameo : "", "043");
	done(&w);
}

static void test_negation_and_modality(void)
{
	world w;
	const char *p[] = {"Sweden and Finland have been unable to sign a peace treaty. Further "
			   "talks are expected in 2014. Kenya refused to negotiate with Uganda. "
			   "The minister of Peru focused on major issues: signing a treaty with Chile.",
			   NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	run(&w);
	EQ_INT(w.list.n, 0);
	done(&w);
}

static void test_postponed_visit_taken_up(void)
{
	world w;
	const char *p[] = {"In June 1999, Brazilian president Carlos Mendes postponed a scheduled "
			   "visit to Argentina. The visit took place on March 3, 2000. Mendes also "
			   "apologized for the delay.", NULL};
	OK(setup(&w, "Argentina–Brazil relations", p), "setup");
	dates(&w, (const char *[]){"June 1999", "1999-06", "xsd:gYearMonth", "March 3, 2000",
				   "2000-03-03", "xsd:date", NULL});
	run(&w);
	const relkg_event *pp = find(&w, "Postponement"), *v = find(&w, "Visit");
	EQ_STR(agent(&w, pp, 0), "Carlos Mendes");
	EQ_STR(target(&w, pp, 0), "Argentina");
	EQ_STR(date(pp), "1999-06");
	EQ_STR(agent(&w, v, 0), "Carlos Mendes");
	EQ_STR(target(&w, v, 0), "Argentina");
	EQ_STR(date(v), "2000-03-03");
	EQ_INT(count(&w, "Visit"), 1);
	EQ_STR(agent(&w, find(&w, "Apology"), 0), "Carlos Mendes");
	done(&w);
}

/* A year that modifies a noun ("the 1905 border accord") dates that
 * thing; it is not carried to the next sentence's event. */
static void test_attributive_date_not_carried(void)
{
	world w;
	const char *p[] = {"In 1998 the prime minister agreed to honour the 1905 border accord. "
			   "Brazilian president Carlos Mendes also apologized to Argentina.", NULL};
	OK(setup(&w, "Argentina–Brazil relations", p), "setup");
	dates(&w, (const char *[]){"1998", "1998", "xsd:gYear", "1905", "1905", "xsd:gYear", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Apology");
	EQ_STR(agent(&w, a, 0), "Carlos Mendes");
	EQ_STR(date(a), "1998");
	done(&w);
}

static void test_demonym_agents_and_and(void)
{
	world w;
	const char *p[] = {"On May 2, 2009, Canadian coast guard authorities killed a Danish sailor "
			   "and captured a trawler near the disputed North Marsh.", NULL};
	OK(setup(&w, "Canada–Denmark relations", p), "setup");
	dates(&w, (const char *[]){"May 2, 2009", "2009-05-02", "xsd:date", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Attack"), *s = find(&w, "Seizure");
	EQ_STR(agent(&w, a, 0), "Canada");
	EQ_STR(target(&w, a, 0), "Denmark");
	EQ_STR(agent(&w, s, 0), "Canada");
	EQ_STR(date(s), "2009-05-02");
	done(&w);
}

static void test_sanctions_annexation_passive(void)
{
	world w;
	const char *p[] = {"In March 2011, following Kenya's annexation of North Marsh, Uganda "
			   "imposed several sanctions against Kenya. The Austrian plan was strongly "
			   "opposed by Hungary.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"March 2011", "2011-03", "xsd:gYearMonth", NULL});
	run(&w);
	const relkg_event *s = find(&w, "Sanction"), *a = find(&w, "Annexation"),
			  *c = find(&w, "Criticism");
	EQ_STR(agent(&w, s, 0), "Uganda");
	EQ_STR(target(&w, s, 0), "Kenya");
	EQ_STR(date(s), "2011-03");
	EQ_STR(agent(&w, a, 0), "Kenya");
	EQ_STR(target(&w, a, 0), "North Marsh");
	EQ_STR(agent(&w, c, 0), "Hungary");
	EQ_STR(target(&w, c, 0), "Austria");
	done(&w);
}

static void test_bilateral(void)
{
	world w;
	const char *p[] = {"Diplomatic relations between the two countries were established on 5 "
			   "May 1919. The two sides agreed to expand trade. Despite Sweden and "
			   "Finland signing a non aggression treaty in 1932, relations cooled.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	w.m->parties[0] = w.fi;
	w.m->parties[1] = w.se;
	dates(&w, (const char *[]){"5 May 1919", "1919-05-05", "xsd:date", "1932", "1932",
				   "xsd:gYear", NULL});
	run(&w);
	const relkg_event *r = find(&w, "Recognition");
	OK(r && r->n_agents == 2, "both countries established relations");
	EQ_STR(date(r), "1919-05-05");
	EQ_INT(count(&w, "Agreement"), 2);
	const relkg_event *g = &w.list.e[w.list.n - 1];
	EQ_STR(g->trig->cls, "Agreement");
	OK(g->n_agents == 2, "coordinated subject: %zu agents", g->n_agents);
	EQ_STR(date(g), "1932");
	done(&w);
}

static void test_quotes_and_person_subject(void)
{
	world w;
	const char *p[] = {"Anna Berg said Sweden would \"cooperate with Finland and sign a treaty\". "
			   "In 2010, Lars Holm became the first Swedish minister to take a state trip "
			   "to North Marsh.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2010", "2010", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Cooperation"), 0);
	EQ_INT(count(&w, "Agreement"), 0);
	EQ_STR(agent(&w, find(&w, "Statement"), 0), "Anna Berg");
	const relkg_event *v = find(&w, "Visit");
	EQ_STR(agent(&w, v, 0), "Lars Holm");
	EQ_STR(target(&w, v, 0), "North Marsh");
	done(&w);
}

static void test_passive(void)
{
	world w;
	const char *p[] = {"Two Danish sailors were killed by Canadian forces. Three Danish sailors "
			   "were killed in the storm. Kenya threatened to impose sanctions against "
			   "Uganda.", NULL};
	OK(setup(&w, "Canada–Denmark relations", p), "setup");
	run(&w);
	EQ_INT(count(&w, "Attack"), 1);
	const relkg_event *a = find(&w, "Attack");
	EQ_STR(agent(&w, a, 0), "Canada");
	EQ_STR(target(&w, a, 0), "Denmark");
	EQ_INT(count(&w, "Sanction"), 0);
	EQ_INT(count(&w, "MilitaryPosture"), 0);
	done(&w);
}

static void test_two_leaders_and_tense(void)
{
	world w;
	const char *p[] = {"In July 1972, Anna Berg met Lars Holm in Beijing, and the two leaders "
			   "signed a trade agreement. Finnish troops occupied an island, and Sweden "
			   "protested. Sweden supports Finland's claims.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"July 1972", "1972-07", "xsd:gYearMonth", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Agreement");
	OK(a && a->n_agents == 2, "the two leaders: both people");
	EQ_STR(agent(&w, a, 0), "Anna Berg");
	EQ_STR(agent(&w, a, 1), "Lars Holm");
	const relkg_event *o = find(&w, "Annexation");
	EQ_STR(agent(&w, o, 0), "Finland");
	EQ_STR(target(&w, o, 0), "(none)");
	const relkg_event *s = find(&w, "Support");
	EQ_STR(target(&w, s, 0), "Finland");
	EQ_STR(date(s), "(none)");
	done(&w);
}

static void test_named_pact(void)
{
	world w;
	const char *p[] = {"Despite Kenya and Uganda signing a trade treaty on 4 May 1932, the "
			   "Swedish-Finnish Defence Pact of August 1939 changed the region.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"4 May 1932", "1932-05-04", "xsd:date", "August 1939",
				   "1939-08", "xsd:gYearMonth", NULL});
	run(&w);
	EQ_INT(count(&w, "Agreement"), 2);
	const relkg_event *a = &w.list.e[0], *b = &w.list.e[1];
	EQ_STR(agent(&w, a, 0), "Uganda");
	EQ_STR(agent(&w, a, 1), "Kenya");
	EQ_STR(date(a), "1932-05-04");
	EQ_STR(agent(&w, b, 0), "Sweden");
	EQ_STR(agent(&w, b, 1), "Finland");
	EQ_STR(date(b), "1939-08");
	done(&w);
}

/* Through the rule set: codes, label, provenance, and one node for one
 * event told twice. */
static void test_graph(void)
{
	world w;
	const char *p[] = {"In 2011, Uganda imposed sanctions against Kenya.",
			   "Uganda imposed sanctions against Kenya in 2011 after the dispute.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"2011", "2011", "xsd:gYear", NULL});
	fx_date(w.m, w.doc, "2011 after", "2011", "xsd:gYear");
	relkg_mentions_sort(w.m);
	relkg_graph *g = relkg_graph_new();
	relkg_ctx ctx;
	relkg_lexicon lx = {NULL, lex};
	OK(relkg_ctx_init(&ctx, w.doc, g, "https://w3id.org/relkg/id/", &lx) == RELKG_OK, "ctx");
	relkg_mentions_free(ctx.mentions);
	ctx.mentions = w.m;
	OK(relkg_rules_events(&ctx) == RELKG_OK, "rules");
	char *dump = fx_dump(g);
	const char *ev = "<https://w3id.org/relkg/id/event/sanction-uganda-kenya-2011>";
	EQ_INT(fx_count(dump, ev, "ontology#Sanction>"), 1);
	EQ_INT(fx_count(dump, ev, "ontology#Event>"), 1);
	EQ_INT(fx_count(dump, ev, "cameoCode> \"163\""), 1);
	EQ_INT(fx_count(dump, ev, "ploverCategory> \"SANCTION\""), 1);
	EQ_INT(fx_count(dump, ev, "ontology#agent> <https://w3id.org/relkg/id/country/uganda>"), 1);
	EQ_INT(fx_count(dump, ev, "ontology#target> <https://w3id.org/relkg/id/country/kenya>"), 1);
	EQ_INT(fx_count(dump, ev, "ontology#date> \"2011\""), 1);
	EQ_INT(fx_count(dump, ev, "wasDerivedFrom"), 2);
	EQ_INT(fx_count(dump, ev, "rdf-schema#label"), 1);
	EQ_INT(fx_count(dump, "event/", "ontology#Event>"), 1);
	free(dump);
	ctx.mentions = NULL;
	relkg_ctx_clear(&ctx);
	relkg_graph_free(g);
	w.list.e = NULL;
	done(&w);
}

/* Three events of one article written in turn (rules_events.c reuses
 * its buffers from one event to the next): each has its own IRI and
 * label, none a part of the one before. */
static void test_graph_in_turn(void)
{
	world w;
	const char *p[] = {"In 2011, Uganda imposed sanctions against Kenya.",
			   "In 2012, Kenya criticized Uganda.", "In 2013, Sweden met Finland.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"2011", "2011", "xsd:gYear", "2012", "2012", "xsd:gYear",
				   "2013", "2013", "xsd:gYear", NULL});
	relkg_mentions_sort(w.m);
	relkg_graph *g = relkg_graph_new();
	relkg_ctx ctx;
	relkg_lexicon lx = {NULL, lex};
	OK(relkg_ctx_init(&ctx, w.doc, g, "https://w3id.org/relkg/id/", &lx) == RELKG_OK, "ctx");
	relkg_mentions_free(ctx.mentions);
	ctx.mentions = w.m;
	OK(relkg_rules_events(&ctx) == RELKG_OK, "rules");
	char *dump = fx_dump(g);
	static const char *const ev[][2] = {
		{"<https://w3id.org/relkg/id/event/sanction-uganda-kenya-2011>",
		 "\"Sanction: Uganda \xE2\x80\x93 Kenya, 2011\""},
		{"<https://w3id.org/relkg/id/event/criticism-kenya-uganda-2012>",
		 "\"Criticism: Kenya \xE2\x80\x93 Uganda, 2012\""},
		{"<https://w3id.org/relkg/id/event/meeting-sweden-finland-2013>",
		 "\"Meeting: Sweden \xE2\x80\x93 Finland, 2013\""}};
	for (size_t k = 0; k < 3; ++k) {
		EQ_INT(fx_count(dump, ev[k][0], ev[k][1]), 1);
		EQ_INT(fx_count(dump, ev[k][0], "ontology#Event>"), 1);
	}
	EQ_INT(fx_count(dump, "event/", "ontology#Event>"), 3);
	free(dump);
	ctx.mentions = NULL;
	relkg_ctx_clear(&ctx);
	relkg_graph_free(g);
	done(&w);
}

/* Triggers led by a surface form ("met"), by a stem ("summit") and a
 * gapped phrase ("signed a new treaty", longer than the "treaty" inside
 * it), each at its place in the sentence; a negation six words before a
 * trigger is out of reach. */
static void test_trigger_kinds(void)
{
	world w;
	const char *p[] = {"Denmark met Kenya. Sweden held a summit with Finland; Peru criticized "
			   "Chile. Uganda signed a new treaty with Austria. Not a word was said, "
			   "yet Hungary criticized Brazil.", NULL};
	OK(setup(&w, "Denmark–Kenya relations", p), "setup");
	run(&w);
	const relkg_event *m = find(&w, "Meeting"), *c = find(&w, "Criticism");
	const relkg_event *a = find(&w, "Agreement");
	EQ_INT(count(&w, "Meeting"), 2);
	EQ_STR(agent(&w, m, 0), "Denmark");
	EQ_STR(target(&w, m, 0), "Kenya");
	EQ_STR(agent(&w, m + 1, 0), "Sweden");
	EQ_STR(target(&w, m + 1, 0), "Finland");
	EQ_INT(count(&w, "Criticism"), 2);
	EQ_STR(agent(&w, c, 0), "Peru");
	EQ_STR(target(&w, c, 0), "Chile");
	EQ_STR(agent(&w, c + 2, 0), "Hungary");
	EQ_STR(target(&w, c + 2, 0), "Brazil");
	EQ_INT(count(&w, "Agreement"), 1);
	EQ_STR(agent(&w, a, 0), "Uganda");
	EQ_STR(target(&w, a, 0), "Austria");
	EQ_STR(a ? a->trig->words[0] : "", "sign");
	done(&w);
}

/* "A, B and C signed": three coordinated subjects, the first a name
 * whose mention stops before a particle ("Pieter van Dam" known only as
 * "Pieter"). */
static void test_three_coordinated_signers(void)
{
	world w;
	const char *p[] = {"On 4 May 2016, Finnish President Pieter van Dam, Swedish Prime Minister "
			   "Anna Berg and Danish Prime Minister Lars Holm signed a joint declaration "
			   "in Beijing.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	size_t pd = fx_ent(w.m, RELKG_ENT_PERSON, "person", "Pieter");
	fx_mark(w.m, w.doc, "Pieter", pd, RELKG_MF_NAME);
	dates(&w, (const char *[]){"4 May 2016", "2016-05-04", "xsd:date", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Agreement");
	EQ_INT(a ? (int)a->n_agents : -1, 3);
	EQ_STR(agent(&w, a, 0), "Lars Holm");
	EQ_STR(agent(&w, a, 1), "Anna Berg");
	EQ_STR(agent(&w, a, 2), "Pieter");
	EQ_STR(date(a), "2016-05-04");
	done(&w);
}

/* "paid a visit to X and met with Y": the meeting's counterpart is Y,
 * known or not, never the city visited. */
static void test_visit_then_meeting_counterpart(void)
{
	world w;
	const char *p[] = {"In May 2010, Brazilian president Carlos Mendes paid a visit to Beijing "
			   "and met with Chirac. In June 2011, Anna Berg paid a visit to Beijing and "
			   "met with Okonkwo. In 2012, Lars Holm visited Beijing and met with "
			   "officials.", NULL};
	OK(setup(&w, "Brazil–China relations", p), "setup");
	dates(&w, (const char *[]){"May 2010", "2010-05", "xsd:gYearMonth", "June 2011", "2011-06",
				   "xsd:gYearMonth", "2012", "2012", "xsd:gYear", NULL});
	run(&w);
	const relkg_event *v = find(&w, "Visit"), *m = find(&w, "Meeting");
	EQ_STR(agent(&w, v, 0), "Carlos Mendes");
	EQ_STR(target(&w, v, 0), "Beijing");
	EQ_STR(agent(&w, m, 0), "Carlos Mendes");
	EQ_STR(target(&w, m, 0), "Jacques Chirac");
	EQ_INT(m ? (int)m->n_targets : -1, 1);
	EQ_INT(count(&w, "Meeting"), 3);
	const relkg_event *m3 = &w.list.e[w.list.n - 1];
	EQ_STR(m3->trig->cls, "Meeting");
	EQ_STR(agent(&w, m3, 0), "Lars Holm");
	EQ_INT((int)m3->n_targets, 0);
	const relkg_event *m2 = m ? m + 1 : NULL;
	while (m2 && m2 < w.list.e + w.list.n && strcmp(m2->trig->cls, "Meeting") != 0) {
		++m2;
	}
	OK(m2 && m2 < w.list.e + w.list.n, "second meeting");
	if (m2 && m2 < w.list.e + w.list.n) {
		EQ_STR(agent(&w, m2, 0), "Anna Berg");
		EQ_INT((int)m2->n_targets, 0);
		EQ_STR(date(m2), "2011-06");
	}
	done(&w);
}

/* "..., and X criticized the measure": the one criticized is the actor
 * of the action told before in the sentence. */
static void test_criticized_the_measure(void)
{
	world w;
	const char *p[] = {"In March 2015, Kenya closed its border crossings to Ugandan trucks, and "
			   "Uganda condemned the move. In 2016, Peru imposed sanctions on Chile, and "
			   "Chile criticized the decision. Sweden criticized the decision.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"March 2015", "2015-03", "xsd:gYearMonth", "2016", "2016",
				   "xsd:gYear", NULL});
	run(&w);
	const relkg_event *c = find(&w, "Criticism");
	EQ_INT(count(&w, "Criticism"), 3);
	EQ_STR(agent(&w, c, 0), "Uganda");
	EQ_STR(target(&w, c, 0), "Kenya");
	EQ_STR(date(c), "2015-03");
	/* closing the border to the other's trucks is a sanction of its own */
	EQ_INT(count(&w, "Sanction"), 2);
	const relkg_event *s = find(&w, "Sanction");
	EQ_STR(agent(&w, s, 0), "Kenya");
	EQ_STR(target(&w, s, 0), "Uganda");
	EQ_STR(agent(&w, s ? s + 2 : NULL, 0), "Peru");
	const relkg_event *c2 = &w.list.e[w.list.n - 2], *c3 = &w.list.e[w.list.n - 1];
	EQ_STR(c2->trig->cls, "Criticism");
	EQ_STR(agent(&w, c2, 0), "Chile");
	EQ_STR(target(&w, c2, 0), "Peru");
	EQ_INT((int)c2->n_targets, 1);
	EQ_STR(agent(&w, c3, 0), "Sweden");
	EQ_INT((int)c3->n_targets, 0);
	done(&w);
}

/* Measures that reduce relations besides "sanctions": expelling
 * diplomats, recalling an ambassador, import licences; summoning an
 * envoy, protesting and accusing are criticism. */
static void test_reducing_relations(void)
{
	world w;
	const char *p[] = {"In June 2005, Kenya expelled two Ugandan diplomats and recalled its "
			   "ambassador to Uganda. In 2006, Peru imposed import licences on Chilean "
			   "textiles. In 2007, Sweden summoned the Finnish ambassador. In 2008, Chile "
			   "protested Peru's decision, and Hungary accused Austria of spying.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"June 2005", "2005-06", "xsd:gYearMonth", "2006", "2006",
				   "xsd:gYear", "2007", "2007", "xsd:gYear", "2008", "2008",
				   "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Sanction"), 2);
	const relkg_event *s = find(&w, "Sanction");
	EQ_STR(agent(&w, s, 0), "Kenya");
	EQ_STR(target(&w, s, 0), "Uganda");
	EQ_INT(s ? (int)s->n_targets : -1, 1);
	EQ_STR(date(s), "2005-06");
	EQ_STR(s ? s->trig->cameo : "", "161");
	EQ_STR(agent(&w, s ? s + 1 : NULL, 0), "Peru");
	EQ_STR(target(&w, s ? s + 1 : NULL, 0), "Chile");
	EQ_INT(count(&w, "Criticism"), 3);
	const relkg_event *c = find(&w, "Criticism");
	EQ_STR(agent(&w, c, 0), "Sweden");
	EQ_STR(target(&w, c, 0), "Finland");
	EQ_STR(agent(&w, c ? c + 1 : NULL, 0), "Chile");
	EQ_STR(target(&w, c ? c + 1 : NULL, 0), "Peru");
	EQ_STR(agent(&w, c ? c + 2 : NULL, 0), "Hungary");
	EQ_STR(target(&w, c ? c + 2 : NULL, 0), "Austria");
	EQ_STR(date(c ? c + 2 : NULL), "2008");
	done(&w);
}

/* "Two days later", "The following year": the carried date moved. */
static void test_relative_dates(void)
{
	world w;
	const char *p[] = {"On 30 April 1997, Anna Berg visited Beijing. Two days later, Lars Holm "
			   "met Wen Jiabao. The following year, Sweden signed a treaty with Finland. "
			   "Later that year, Chirac visited Beijing.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"30 April 1997", "1997-04-30", "xsd:date", NULL});
	run(&w);
	EQ_STR(date(find(&w, "Meeting")), "1997-05-02");
	EQ_STR(date(find(&w, "Agreement")), "1998");
	const relkg_event *v = &w.list.e[w.list.n - 1];
	EQ_STR(agent(&w, v, 0), "Jacques Chirac");
	EQ_STR(date(v), "1997");
	done(&w);
}

/* "arrived in", "travelled to": visits of people, not of a country's
 * migrants. */
static void test_arrivals(void)
{
	world w;
	const char *p[] = {"In 2008, Anna Berg arrived in Beijing for talks. In 2009, Swedish "
			   "migrants arrived in Finland. In 2010, Lars Holm travelled to Beijing.",
			   NULL};
	OK(setup(&w, "China–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2008", "2008", "xsd:gYear", "2009", "2009", "xsd:gYear",
				   "2010", "2010", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Visit"), 2);
	const relkg_event *v = find(&w, "Visit");
	EQ_STR(agent(&w, v, 0), "Anna Berg");
	EQ_STR(target(&w, v, 0), "Beijing");
	EQ_STR(agent(&w, v ? v + 1 : NULL, 0), "Lars Holm");
	EQ_STR(date(v ? v + 1 : NULL), "2010");
	done(&w);
}

/* The subject of a clause joined by ", and" is its own, not the person
 * of the clause before; "the visit" takes up a visit told before; the
 * "G20 summit" is no meeting of the subject; "no-" makes a compound. */
static void test_clauses_and_definite_nouns(void)
{
	world w;
	const char *p[] = {"In 2001, Anna Berg visited Beijing, and China protested against the "
			   "visit. In 2002, Lars Holm said the talks failed, and Sweden expelled two "
			   "Finnish diplomats. In 2003, Chirac met Wen Jiabao at the G20 summit. In "
			   "2004, Sweden held a no-frills summit with Finland.", NULL};
	OK(setup(&w, "China–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2001", "2001", "xsd:gYear", "2002", "2002", "xsd:gYear",
				   "2003", "2003", "xsd:gYear", "2004", "2004", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Visit"), 1);
	EQ_STR(agent(&w, find(&w, "Criticism"), 0), "China");
	EQ_STR(agent(&w, find(&w, "Sanction"), 0), "Sweden");
	EQ_STR(target(&w, find(&w, "Sanction"), 0), "Finland");
	EQ_INT(count(&w, "Meeting"), 2);
	const relkg_event *m = find(&w, "Meeting");
	EQ_STR(agent(&w, m, 0), "Jacques Chirac");
	EQ_INT(m ? (int)m->n_agents : -1, 1);
	EQ_STR(agent(&w, m ? m + 1 : NULL, 0), "Sweden");
	EQ_STR(date(m ? m + 1 : NULL), "2004");
	done(&w);
}

/* "talks between X and Y", "signed by X and Y", "the treaty was signed"
 * (the article's parties), a pact named in passing, "Swedish-occupied". */
static void test_between_and_signed_by(void)
{
	world w;
	const char *p[] = {"In 1990, Kenya hosted talks between Peru and Chile. The Lake Treaty, "
			   "signed by Anna Berg and Prime Minister Lars Holm in 1991, ended the war. "
			   "The border treaty was signed in 1992. The Swedish-Finnish Trade Agreement "
			   "came into force in 1995 in Swedish-occupied North Marsh. The first meeting "
			   "between the two heads of state took place in 1996. Talks between rebels "
			   "and the army began in 1997. The two countries clashed over fishing rights "
			   "in 1998.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	w.m->parties[0] = w.fi;
	w.m->parties[1] = w.se;
	dates(&w, (const char *[]){"1990", "1990", "xsd:gYear", "1991", "1991", "xsd:gYear", "1992",
				   "1992", "xsd:gYear", "1995", "1995", "xsd:gYear", "1996", "1996",
				   "xsd:gYear", "1997", "1997", "xsd:gYear", "1998", "1998", "xsd:gYear",
				   NULL});
	run(&w);
	const relkg_event *m = find(&w, "Meeting");
	EQ_INT(m ? (int)m->n_agents : -1, 2);
	EQ_STR(date(m), "1996");
	EQ_INT(count(&w, "Talks"), 1);
	EQ_INT(count(&w, "Attack"), 0);
	const relkg_event *t = find(&w, "Talks");
	EQ_STR(agent(&w, t, 0), "Peru");
	EQ_STR(agent(&w, t, 1), "Chile");
	EQ_INT(count(&w, "Agreement"), 2);
	const relkg_event *a = find(&w, "Agreement");
	EQ_STR(agent(&w, a, 0), "Anna Berg");
	EQ_STR(agent(&w, a, 1), "Lars Holm");
	EQ_STR(date(a), "1991");
	EQ_INT(a ? (int)a[1].n_agents : -1, 2);
	EQ_STR(date(a ? a + 1 : NULL), "1992");
	EQ_INT(count(&w, "Annexation"), 0);
	EQ_INT((int)w.list.n, 4);
	done(&w);
}

/* Dates: "the next day" after the trigger moves the carried date; a
 * date "since ..." is never carried; "a week later". */
static void test_more_relative_dates(void)
{
	world w;
	const char *p[] = {"On 3 May 2010, Peru recalled its ambassador to Chile. Chile expelled "
			   "the Peruvian ambassador the next day. It was the worst crisis since the "
			   "war of 1879. Peru accused Chile of spying.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	dates(&w, (const char *[]){"3 May 2010", "2010-05-03", "xsd:date", "1879", "1879",
				   "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Sanction"), 2);
	const relkg_event *s = find(&w, "Sanction");
	EQ_STR(agent(&w, s ? s + 1 : NULL, 0), "Chile");
	EQ_STR(date(s ? s + 1 : NULL), "2010-05-04");
	const relkg_event *c = find(&w, "Criticism");
	EQ_STR(agent(&w, c, 0), "Peru");
	EQ_STR(date(c), "2010-05-03");
	done(&w);
}

/* Nouns that look like triggers: "the killings", "the accusation"; a
 * person after the country only when a title joins them. */
static void test_nouns_and_titles(void)
{
	world w;
	const char *p[] = {"Anna Berg called the killings a crime. Sweden denied the accusation. "
			   "In 2005, Peru broke off relations with Chile after Swedish President Lars "
			   "Holm visited Beijing. In 2006, Hungary signed a treaty with Austrian "
			   "President Anna Berg.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	dates(&w, (const char *[]){"2005", "2005", "xsd:gYear", "2006", "2006", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Attack"), 0);
	EQ_INT(count(&w, "Criticism"), 0);
	EQ_STR(target(&w, find(&w, "Sanction"), 0), "Chile");
	EQ_STR(target(&w, find(&w, "Agreement"), 0), "Anna Berg");
	done(&w);
}

/* A pluperfect verb does not take the paragraph's date; a participle
 * after a number is an adjective; "issued an apology", "announced
 * sanctions", "closed its embassy". */
static void test_tenses_and_participles(void)
{
	world w;
	const char *p[] = {"In March 2003, Anna Berg admitted Kenya had abducted two Ugandan "
			   "sailors and issued an apology. Kenya released the three abducted sailors. "
			   "In 2004, Peru announced sanctions against Chile and closed its embassy in "
			   "Beijing.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"March 2003", "2003-03", "xsd:gYearMonth", "2004", "2004",
				   "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Seizure"), 1);
	const relkg_event *s = find(&w, "Seizure");
	EQ_STR(agent(&w, s, 0), "Kenya");
	EQ_STR(date(s), "(none)");
	const relkg_event *a = find(&w, "Apology");
	EQ_STR(agent(&w, a, 0), "Kenya");
	EQ_STR(date(a), "2003-03");
	EQ_INT(count(&w, "Sanction"), 1);
	const relkg_event *x = find(&w, "Sanction");
	EQ_STR(agent(&w, x, 0), "Peru");
	EQ_STR(target(&w, x, 0), "Chile");
	EQ_STR(x ? x->trig->cameo : "", "163");
	done(&w);
}

/* A negation before a verb does not deny the event a definite noun after
 * it names; that event takes no date from the paragraph ("has refused to
 * recognize the annexation of X by Y"). */
static void test_negated_verb_definite_noun(void)
{
	world w;
	const char *p[] = {"In 2015, Sweden signed a trade treaty with Finland. Hungary has refused "
			   "to recognize the annexation of North Marsh by Finland.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2015", "2015", "xsd:gYear", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Annexation");
	EQ_STR(agent(&w, a, 0), "Finland");
	EQ_STR(target(&w, a, 0), "North Marsh");
	EQ_STR(date(a), "(none)");
	EQ_INT(count(&w, "Recognition"), 0);
	done(&w);
}

/* More measures: recalling a chargé d'affaires, blocking imports,
 * imposing a blockade. */
static void test_more_measures(void)
{
	world w;
	const char *p[] = {"In 2011, Sweden recalled its chargé d'affaires from Finland. In 2012, "
			   "Kenya blocked imports from Uganda. In 2013, Peru imposed a blockade on "
			   "Chile.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"2011", "2011", "xsd:gYear", "2012", "2012", "xsd:gYear", "2013",
				   "2013", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Sanction"), 3);
	const relkg_event *s = find(&w, "Sanction");
	EQ_STR(agent(&w, s, 0), "Sweden");
	EQ_STR(target(&w, s, 0), "Finland");
	EQ_STR(target(&w, s ? s + 1 : NULL, 0), "Uganda");
	EQ_STR(target(&w, s ? s + 2 : NULL, 0), "Chile");
	done(&w);
}

/* "shot down by X" is an attack of X; one signing told of a leader and,
 * again, of his state is one event. */
static void test_shot_down_and_retold_by_state(void)
{
	world w;
	const char *p[] = {"On 2 June 1995, a Swedish aircraft was shot down by Finnish fighters. On "
			   "5 May 1996, Carlos Mendes signed a treaty with Chile. Brazil signed a "
			   "treaty with Chile on 5 May 1996 in Beijing.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2 June 1995", "1995-06-02", "xsd:date", "5 May 1996",
				   "1996-05-05", "xsd:date", NULL});
	fx_date(w.m, w.doc, "5 May 1996 in", "1996-05-05", "xsd:date");
	run(&w);
	const relkg_event *a = find(&w, "Attack");
	EQ_STR(agent(&w, a, 0), "Finland");
	EQ_STR(target(&w, a, 0), "Sweden");
	EQ_INT(count(&w, "Agreement"), 1);
	const relkg_event *g = find(&w, "Agreement");
	EQ_INT(g ? (int)g->n_also : -1, 1);
	done(&w);
}

/* A later sentence telling the same measure with the date carried to it
 * is folded into the first telling; with other targets it stays apart. */
static void test_carried_retelling(void)
{
	world w;
	const char *p[] = {"On 3 May 2010, Peru recalled its ambassador to Chile. Peru downgraded "
			   "its relations with Chile. Peru also cut ties with Austria.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	dates(&w, (const char *[]){"3 May 2010", "2010-05-03", "xsd:date", NULL});
	run(&w);
	EQ_INT(count(&w, "Sanction"), 2);
	const relkg_event *s = find(&w, "Sanction");
	EQ_INT(s ? (int)s->n_also : -1, 1);
	EQ_STR(target(&w, s ? s + 1 : NULL, 0), "Austria");
	done(&w);

	/* no targets: the very same actors */
	const char *q[] = {"On 4 June 2012, Kenya and Uganda agreed to end the dispute. The treaty "
			   "was signed by Kenya and Uganda in Beijing. In 2013, Kenya hosted talks "
			   "between Peru and its Chilean counterparts.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", q), "setup");
	dates(&w, (const char *[]){"4 June 2012", "2012-06-04", "xsd:date", "2013", "2013",
				   "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Agreement"), 1);
	const relkg_event *t = find(&w, "Talks");
	EQ_STR(agent(&w, t, 1), "Chile");
	done(&w);
}

/* Opening an embassy, backing a bid, joint exercises, calling off a
 * visit. */
static void test_embassy_bid_exercises(void)
{
	world w;
	const char *p[] = {"In 2001, Kenya opened an embassy in Beijing. In 2005, Uganda backed "
			   "Kenya's bid for a seat on the council. In 2009, Kenya and Uganda held "
			   "joint military exercises. In 2010, Peru called off a planned visit to "
			   "Chile.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"2001", "2001", "xsd:gYear", "2005", "2005", "xsd:gYear", "2009",
				   "2009", "xsd:gYear", "2010", "2010", "xsd:gYear", NULL});
	run(&w);
	EQ_STR(agent(&w, find(&w, "Recognition"), 0), "Kenya");
	EQ_STR(target(&w, find(&w, "Support"), 0), "Kenya");
	const relkg_event *c = find(&w, "Cooperation");
	EQ_INT(c ? (int)c->n_agents : -1, 2);
	EQ_STR(target(&w, find(&w, "Postponement"), 0), "Chile");
	EQ_INT(count(&w, "Visit"), 0);
	done(&w);
}

/* A date in parentheses dates what they tell, not the trigger outside;
 * "offices opened in 1995 to embassy status" opens no embassy. */
static void test_parenthetical_date(void)
{
	world w;
	const char *p[] = {"In 2003, Peru signed a trade agreement (amended in 2006) with Chile. "
			   "Kenya and Uganda upgraded their offices opened during 1995 to embassy "
			   "status.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	dates(&w, (const char *[]){"2003", "2003", "xsd:gYear", "2006", "2006", "xsd:gYear", "1995",
				   "1995", "xsd:gYear", NULL});
	run(&w);
	EQ_STR(date(find(&w, "Agreement")), "2003");
	EQ_INT(count(&w, "Recognition"), 0);
	done(&w);
}

/* "They signed ...": the article's two countries, for joint acts only. */
static void test_they(void)
{
	world w;
	const char *p[] = {"They signed a trade agreement in 2000. They criticized the plan in "
			   "2001.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	w.m->parties[0] = w.cl;
	w.m->parties[1] = w.pe;
	dates(&w, (const char *[]){"2000", "2000", "xsd:gYear", "2001", "2001", "xsd:gYear", NULL});
	run(&w);
	const relkg_event *a = find(&w, "Agreement");
	EQ_INT(a ? (int)a->n_agents : -1, 2);
	EQ_INT(count(&w, "Criticism"), 0);
	done(&w);
}

/* "officials clashed openly" is a quarrel, "troops clashed" a fight;
 * calling in an ambassador is a protest; announced restrictions a
 * sanction. */
static void test_clashes_and_protests(void)
{
	world w;
	const char *p[] = {"In 2019, Swedish and Finnish officials clashed openly. In 2020, Swedish "
			   "and Finnish troops clashed near North Marsh. In 2021, Sweden called in the "
			   "Finnish ambassador and announced restrictions on Finnish imports.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2019", "2019", "xsd:gYear", "2020", "2020", "xsd:gYear", "2021",
				   "2021", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Attack"), 1);
	EQ_STR(date(find(&w, "Attack")), "2020");
	EQ_STR(target(&w, find(&w, "Criticism"), 0), "Finland");
	EQ_STR(target(&w, find(&w, "Sanction"), 0), "Finland");
	done(&w);
}

/* An amount in a gap costs one word ("suspended $1.66 billion in
 * security assistance"); troops storming a ship attack it. */
static void test_amounts_and_storming(void)
{
	world w;
	const char *p[] = {"In 2018, Kenya suspended $1.66 billion in security assistance to "
			   "Uganda. In 2019, Swedish commandos stormed a Finnish vessel.", NULL};
	OK(setup(&w, "Kenya–Uganda relations", p), "setup");
	dates(&w, (const char *[]){"2018", "2018", "xsd:gYear", "2019", "2019", "xsd:gYear", NULL});
	run(&w);
	EQ_STR(target(&w, find(&w, "Sanction"), 0), "Uganda");
	const relkg_event *a = find(&w, "Attack");
	EQ_STR(agent(&w, a, 0), "Sweden");
	EQ_STR(target(&w, a, 0), "Finland");
	done(&w);
}

/* "fighting erupted between X and Y troops", "used ... munitions
 * against", "called the deal illegal"; an actor after a preposition
 * before ", and Z VERB" is no co-agent of Z. */
static void test_fighting_and_condemning(void)
{
	world w;
	const char *p[] = {"In April 2009, fighting erupted between Swedish and Finnish troops. In "
			   "2010, Swedish forces used cluster munitions against Finnish villages. In "
			   "2011, Kenya called the deal illegal. In 2012, rioters burned a car in "
			   "Beijing, and Sweden expelled two Chinese diplomats.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"April 2009", "2009-04", "xsd:gYearMonth", "2010", "2010",
				   "xsd:gYear", "2011", "2011", "xsd:gYear", "2012", "2012", "xsd:gYear",
				   NULL});
	run(&w);
	EQ_INT(count(&w, "Attack"), 2);
	const relkg_event *a = find(&w, "Attack");
	EQ_INT(a ? (int)a->n_agents : -1, 2);
	EQ_STR(target(&w, a ? a + 1 : NULL, 0), "Finland");
	EQ_STR(agent(&w, find(&w, "Criticism"), 0), "Kenya");
	const relkg_event *s = find(&w, "Sanction");
	EQ_INT(s ? (int)s->n_agents : -1, 1);
	EQ_STR(agent(&w, s, 0), "Sweden");
	done(&w);
}

/* A relative clause's verb belongs to the noun before the pronoun, not
 * to the main clause's subject; a name glued by a hyphen to the next
 * word ("Kenya-mediated talks") is no subject; "completed the X
 * Agreement". */
static void test_relative_clauses(void)
{
	world w;
	const char *p[] = {"In 2008, Sweden expelled the envoys of states that recognised North "
			   "Marsh. In 2009, the Kenya-mediated talks agreed on trade. On 3 May 2010, "
			   "Peru and Chile completed the Lima Agreement.", NULL};
	OK(setup(&w, "Chile–Peru relations", p), "setup");
	dates(&w, (const char *[]){"2008", "2008", "xsd:gYear", "2009", "2009", "xsd:gYear",
				   "3 May 2010", "2010-05-03", "xsd:date", NULL});
	run(&w);
	EQ_INT(count(&w, "Recognition"), 0);
	EQ_STR(agent(&w, find(&w, "Sanction"), 0), "Sweden");
	EQ_INT(count(&w, "Agreement"), 1);
	const relkg_event *a = find(&w, "Agreement");
	EQ_INT(a ? (int)a->n_agents : -1, 2);
	EQ_STR(date(a), "2010-05-03");
	done(&w);
}

/* Receptions, frozen relations, suspended exports and cooperation,
 * signed understandings, concluded agreements; a date of the trigger's own
 * part of the sentence after a semicolon; "a visit to X by Y" (but not "a
 * visit hosted by Y"). */
static void test_receptions_and_semicolons(void)
{
	world w;
	const char *p[] = {"In 2014 Wen Jiabao visited Brazil and was received by Carlos Mendes. "
			   "Sweden froze relations with Finland in 2009. Peru suspended cattle exports "
			   "to Chile in 2011. In 2012 Anna Berg and Lars Holm signed a joint "
			   "understanding. An agreement on trade was concluded by Sweden and Finland in 2015.",
			   "Chirac visited Brazil in May 2001; Mendes paid a return visit to France in "
			   "June 2002.",
			   "In 2003, during a visit to Brazil by Jacques Chirac, trade grew. In 2004, "
			   "during a state visit hosted by Carlos Mendes, trade grew.", NULL};
	OK(setup(&w, "Brazil–France relations", p), "setup");
	dates(&w, (const char *[]){"2014", "2014", "xsd:gYear", "2009", "2009", "xsd:gYear",
				   "2011", "2011", "xsd:gYear", "2012", "2012", "xsd:gYear",
				   "2015", "2015", "xsd:gYear", "May 2001", "2001-05", "xsd:gYearMonth",
				   "June 2002", "2002-06", "xsd:gYearMonth", "2003", "2003", "xsd:gYear",
				   "2004", "2004", "xsd:gYear", NULL});
	run(&w);
	const relkg_event *m = find(&w, "Meeting");
	EQ_STR(agent(&w, m, 0), "Wen Jiabao");
	EQ_STR(target(&w, m, 0), "Carlos Mendes");
	EQ_INT(count(&w, "Sanction"), 2);
	const relkg_event *s1 = find(&w, "Sanction");
	EQ_STR(agent(&w, s1, 0), "Sweden");
	EQ_STR(target(&w, s1, 0), "Finland");
	EQ_INT(count(&w, "Agreement"), 2);
	int visits = 0, mendes_2002 = 0, chirac_2003 = 0, mendes_2004 = 0;
	for (size_t i = 0; i < w.list.n; ++i) {
		const relkg_event *e = &w.list.e[i];
		if (strcmp(e->trig->cls, "Visit") != 0) {
			continue;
		}
		++visits;
		mendes_2002 |= strcmp(agent(&w, e, 0), "Carlos Mendes") == 0 &&
			       strcmp(date(e), "2002-06") == 0;
		chirac_2003 |= strcmp(agent(&w, e, 0), "Jacques Chirac") == 0 &&
			       strcmp(date(e), "2003") == 0;
		mendes_2004 |= strcmp(agent(&w, e, 0), "Carlos Mendes") == 0 &&
			       strcmp(date(e), "2004") == 0;
	}
	OK(mendes_2002, "the date after the semicolon, not the one before it");
	OK(chirac_2003, "a visit to a place by a person");
	OK(!mendes_2004, "the host of a visit is no visitor");
	done(&w);
}

/* Taking office, alerts and mobilizations, offensives. */
static void test_office_alerts_offensives(void)
{
	world w;
	const char *p[] = {"Carlos Mendes took office as President of Brazil in 2003. Anna Berg was "
			   "inaugurated as President of Sweden in 2004. In 2005 Denmark placed its "
			   "armed forces on alert, and Kenya responded by mobilizing its troops along "
			   "the border. In 2006 the Chilean navy was deployed. In 2007 Peruvian forces "
			   "launched simultaneous offensives against Chile.", NULL};
	OK(setup(&w, "Brazil–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2003", "2003", "xsd:gYear", "2004", "2004", "xsd:gYear",
				   "2005", "2005", "xsd:gYear", "2006", "2006", "xsd:gYear",
				   "2007", "2007", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Succession"), 2);
	EQ_STR(agent(&w, find(&w, "Succession"), 0), "Carlos Mendes");
	EQ_INT(count(&w, "MilitaryPosture"), 3);
	const relkg_event *a = find(&w, "Attack");
	EQ_STR(agent(&w, a, 0), "Peru");
	EQ_STR(target(&w, a, 0), "Chile");
	done(&w);
}

/* relkg_finder_first_word (a branch-free binary search) against a scan of
 * the words: every byte of sentences of 0 to 30 words, both ways. */
static void test_first_word_is_scan(void)
{
	static const char *const texts[] = {"", "A", "Japan and Russia signed a treaty.",
		"  spaced   out ,  words ; \"quoted\" 1956 - and  $5 ",
		"One two three four five six seven eight nine ten eleven twelve thirteen "
		"fourteen fifteen sixteen seventeen eighteen nineteen twenty, twenty-one; "
		"twenty-two (twenty-three) twenty-four.", NULL};
	finder f;
	memset(&f, 0, sizeof(f));
	size_t bad = 0, words = 0;
	for (const char *const *t = texts; *t; ++t) {
		size_t len = strlen(*t);
		if (relkg_toks_split(&f.w, *t, 0, len, NULL) != RELKG_OK) {
			++bad;
			continue;
		}
		words += f.w.n;
		for (size_t at = 0; at <= len + 1; ++at) {
			for (int by_end = 0; by_end < 2; ++by_end) {
				size_t want = 0;
				while (want < f.w.n &&
				       (by_end ? f.w.w[want].end <= at : f.w.w[want].begin < at)) {
					++want;
				}
				bad += relkg_finder_first_word(&f, at, by_end) != want;
			}
		}
	}
	EQ_INT(bad, 0);
	OK(words > 40, "words searched: %zu", words);
	relkg_toks_clear(&f.w);
}

/* Attacks the text dates and places but gives no actor ("none" in the
 * frame): kept with the sentence's own date and a target, a place or a
 * capitalized name after the preposition; an undated one is no event; a
 * modifier before the noun is its actor. */
static void test_unattributed_attacks(void)
{
	world w;
	const char *p[] = {"On 13 December 2001 an attack on North Marsh killed nine people. "
			   "An air raid at the Kongka Pass in October 1959 was followed by talks. The "
			   "attacks on the convoy were widely reported. In 2005 Swedish air strikes "
			   "hit Finnish positions.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"13 December 2001", "2001-12-13", "xsd:date", "October 1959",
				   "1959-10", "xsd:gYearMonth", "2005", "2005", "xsd:gYear", NULL});
	run(&w);
	EQ_INT(count(&w, "Attack"), 3);
	const relkg_event *a = find(&w, "Attack");
	EQ_INT(a ? (int)a->n_agents : -1, 0);
	EQ_INT(a ? (int)a->how : -1, RELKG_HOW_NONE);
	EQ_STR(target(&w, a, 0), "North Marsh");
	EQ_STR(date(a), "2001-12-13");
	const relkg_event *k = a ? a + 1 : NULL;
	EQ_INT(k ? (int)k->n_agents : -1, 0);
	EQ_STR(date(k), "1959-10");
	const char *t = w.doc->text;
	OK(k && k->where.end - k->where.begin == 11 && memcmp(t + k->where.begin, "Kongka Pass", 11) == 0,
	   "the place no mention names: \"Kongka Pass\"");
	const relkg_event *s = k ? k + 1 : NULL;
	EQ_STR(agent(&w, s, 0), "Sweden");
	EQ_STR(date(s), "2005");
	done(&w);
}

/* A ceasefire is an agreement only where its sentence dates it, not as
 * the modifier's ("the 2009 ceasefire"), nor a "ceasefire line"; its
 * parties those "between", else the article's two. */
static void test_ceasefires(void)
{
	world w;
	const char *p[] = {"In 2010 a ceasefire between Sweden and Finland was agreed in Beijing. "
			   "The ceasefire line was redrawn in 2011. Sweden and Finland recommitted themselves "
			   "to the 2009 ceasefire in February 2012. The truce held.", NULL};
	OK(setup(&w, "Finland–Sweden relations", p), "setup");
	dates(&w, (const char *[]){"2010", "2010", "xsd:gYear", "2011", "2011", "xsd:gYear",
				   "February 2012", "2012-02", "xsd:gYearMonth", "2009", "2009", "xsd:gYear",
				   NULL});
	run(&w);
	EQ_INT(count(&w, "Agreement"), 1);
	const relkg_event *a = find(&w, "Agreement");
	EQ_STR(agent(&w, a, 0), "Sweden");
	EQ_STR(agent(&w, a, 1), "Finland");
	EQ_STR(date(a), "2010");
	done(&w);
}

int main(void)
{
	relkg_diag diag = {{0}};
	test_first_word_is_scan();
	if (relkg_triggers_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "%s\n", diag.msg);
		return 1;
	}
	test_visit_and_meeting();
	test_hosted_meeting();
	test_negation_and_modality();
	test_postponed_visit_taken_up();
	test_attributive_date_not_carried();
	test_demonym_agents_and_and();
	test_sanctions_annexation_passive();
	test_bilateral();
	test_quotes_and_person_subject();
	test_passive();
	test_named_pact();
	test_two_leaders_and_tense();
	test_graph();
	test_graph_in_turn();
	test_trigger_kinds();
	test_three_coordinated_signers();
	test_visit_then_meeting_counterpart();
	test_criticized_the_measure();
	test_reducing_relations();
	test_relative_dates();
	test_arrivals();
	test_clauses_and_definite_nouns();
	test_between_and_signed_by();
	test_more_relative_dates();
	test_nouns_and_titles();
	test_tenses_and_participles();
	test_negated_verb_definite_noun();
	test_more_measures();
	test_shot_down_and_retold_by_state();
	test_carried_retelling();
	test_embassy_bid_exercises();
	test_parenthetical_date();
	test_they();
	test_clashes_and_protests();
	test_amounts_and_storming();
	test_fighting_and_condemning();
	test_relative_clauses();
	test_receptions_and_semicolons();
	test_office_alerts_offensives();
	test_unattributed_attacks();
	test_ceasefires();
	relkg_triggers_free(lex);
	return DONE();
}
