/* Survey rules: see rules_surveys.h.
 *
 * A sentence reports a survey when it names a poll or survey with its year
 * and who ran it ("a 2014 X Poll", "a 2015 survey by X", "X's 2019 poll",
 * "an X survey conducted in 2019") and gives percentages.  A survey whose
 * pollster the sentence does not name ("According to a 2019 survey", "a
 * poll conducted in 2021") is kept too, without rkg:conductedBy, when its
 * figures have respondents, a country asked about and an opinion: its IRI
 * is then made of the year, respondents and subject alone; "the 2014
 * poll" or "the same poll" takes up the pollster (and year) the
 * paragraph named before.  Each figure ("72%", "72 percent") reads its
 * respondents from "of <people>" after it, what they were asked about
 * from the country named next, before the opinion word or in its noun
 * phrase ("a favorable view of Brazil"), and the opinion from the first
 * opinion word after it ("unfavorably", "positively", "a negative view");
 * a figure without its own respondents or subject keeps the previous
 * figure's ("compared with 22% who viewed it favorably").  One survey node
 * per (organization, year, respondents, subject).  A clause ranking the
 * respondents ("making Japan the country with the most ... surveyed") is
 * kept as rkg:ranking.
 *
 * Ownership: everything here lives for one article (the pollster named
 * last) or one sentence. */
#include "rules_surveys.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cut_copy.h"
#include "iri.h"
#include "mentions.h"
#include "stem.h"
#include "survey_name.h"
#include "try.h"
#include "tokens.h"

#define SURVEYS 8   /* respondent/subject pairs per sentence */

static const relkg_rule rule_survey = {
	"survey-percentages", "survey with its figures",
	"A poll or survey named with its year and organization and the percentages it "
	"found: \"According to a 2012 X survey, 72% of Japanese people view Russia "
	"unfavorably, compared with 22% who viewed it favorably\"."};
static const relkg_rule rule_survey_unnamed = {
	"survey-percentages-no-pollster", "survey with its figures, pollster not named",
	"A poll or survey named with its year but no organization, and the percentages "
	"it found, each with respondents, the country asked about and an opinion: "
	"\"According to a 2019 survey, 62% of Chileans view Peru favorably\"."};

typedef struct {
	const relkg_ctx *ctx;
	const relkg_toks *w;
	size_t first, last; /* the sentence's mentions [first, last) */
} sctx;

typedef struct {
	size_t resp, about;
	char iri[512];
} survey_node;

/* The state a mention at word j stands for (a country named or by its
 * demonym, or a city/organization's country), or NONE. */
static size_t state_at(const sctx *s, size_t j)
{
	const relkg_mentions *m = s->ctx->mentions;
	const relkg_tok *x = &s->w->w[j];
	for (size_t k = s->first; k < s->last; ++k) {
		const relkg_mention *mm = &m->ms[k];
		if (mm->span.begin <= x->begin && x->begin < mm->span.end && mm->entity < m->n_ents) {
			const relkg_entity *e = &m->ents[mm->entity];
			if (e->kind == RELKG_ENT_COUNTRY) {
				return mm->entity;
			}
			if (e->kind == RELKG_ENT_CITY || e->kind == RELKG_ENT_ORGANIZATION) {
				return e->country;
			}
		}
	}
	return RELKG_NONE;
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

/* A percentage at word j: "72%", "72 percent", "72 per cent", "72.5%".
 * *val is the number's text; returns the word after it, or 0. */
static size_t percent_at(const relkg_toks *w, size_t j, char *val, size_t cap)
{
	if (!(w->w[j].flags & RELKG_TK_NUMBER) || (j > 0 && relkg_tok_is(w, j - 1, "."))) {
		return 0;
	}
	size_t k = j + 1;
	const char *one[] = {w->w[j].lower};
	(void)relkg_cut_copy(val, cap, one, 1);
	if (relkg_tok_is(w, k, ".") && k + 1 < w->n && (w->w[k + 1].flags & RELKG_TK_NUMBER) &&
	    w->w[k].begin == w->w[j].end) {
		const char *three[] = {w->w[j].lower, ".", w->w[k + 1].lower};
		(void)relkg_cut_copy(val, cap, three, 3);
		k += 2;
	}
	if (relkg_tok_is(w, k, "%") || relkg_tok_is(w, k, "percent")) {
		return k + 1;
	}
	if (relkg_tok_is(w, k, "per") && relkg_tok_is(w, k + 1, "cent")) {
		return k + 2;
	}
	return 0;
}

/* The opinion the words [from, to) express first, or NULL; *at its word. */
static const char *opinion_in(const relkg_toks *w, size_t from, size_t to, size_t *at)
{
	static const char *const table[][2] = {
		{"unfavor", "rkg:Unfavorable"}, {"unfavour", "rkg:Unfavorable"},
		{"negat", "rkg:Unfavorable"}, {"disapprov", "rkg:Unfavorable"},
		{"favor", "rkg:Favorable"}, {"favour", "rkg:Favorable"},
		{"posit", "rkg:Favorable"}, {"approv", "rkg:Favorable"},
		{"neutral", "rkg:Neutral"},
		/* feelings: "felt sympathy", "felt dislike", "were indifferent", "12% as
		 * neither" */
		{"sympathi", "rkg:Favorable"}, {"sympathet", "rkg:Favorable"},
		{"dislik", "rkg:Unfavorable"}, {"hostil", "rkg:Unfavorable"},
		{"antipathi", "rkg:Unfavorable"}, {"indiffer", "rkg:Neutral"},
		{"neither", "rkg:Neutral"},
	};
	for (size_t j = from; j < to; ++j) {
		for (size_t k = 0; k < sizeof(table) / sizeof(table[0]); ++k) {
			if (strcmp(w->w[j].stem, table[k][0]) == 0) {
				*at = j;
				return table[k][1];
			}
		}
	}
	return NULL;
}

static relkg_status emit_org(relkg_ctx *ctx, const char *text, size_t n, relkg_buf *iri)
{
	relkg_status st;
	TRY(st, relkg_iri_entity(iri, ctx->base, "organization", text, n));
	TRY(st, relkg_graph_type(ctx->graph, iri->data, "rkg:Organization"));
	return relkg_graph_text(ctx->graph, iri->data, "rdfs:label", text, n, "en");
}

typedef struct {
	relkg_buf *org_iri; /* written with the first survey node */
	const char *org;   /* label; NULL when the sentence names no pollster */
	size_t org_len;
	const char *year;  /* "2012" */
	size_t sentence;
	survey_node nodes[SURVEYS];
	size_t n_nodes;
} survey_run;

/* The survey's key: "ORG YEAR RESPONDENTS SUBJECT", without a pollster
 * "YEAR RESPONDENTS SUBJECT" (what "%.*s %s %s %s" wrote: the pollster's
 * name up to a NUL). */
static relkg_status survey_key(relkg_buf *b, const survey_run *r, const char *resp,
			       const char *about)
{
	const char *rest[] = {r->year, " ", resp, " ", about};
	if (!r->org) {
		return relkg_buf_cat(b, rest, 5);
	}
	relkg_status st = relkg_buf_append(b, r->org, strnlen(r->org, r->org_len));
	if (!st) {
		st = relkg_buf_putc(b, ' ');
	}
	return st ? st : relkg_buf_cat(b, rest, 5);
}

/* The survey's label: "Survey by ORG, YEAR: views of RESPONDENTS on
 * SUBJECT", or "Survey, YEAR: ..." without a pollster. */
static relkg_status survey_label(relkg_buf *b, const survey_run *r, const char *resp,
				 const char *about)
{
	const char *rest[] = {", ", r->year, ": views of ", resp, " on ", about};
	relkg_status st = relkg_buf_puts(b, r->org ? "Survey by " : "Survey");
	if (!st && r->org) {
		st = relkg_buf_append(b, r->org, strnlen(r->org, r->org_len));
	}
	return st ? st : relkg_buf_cat(b, rest, 6);
}

/* The survey node for (resp, about), written when new. */
static relkg_status survey_node_for(relkg_ctx *ctx, survey_run *r, size_t resp, size_t about,
				    const char **out)
{
	const relkg_mentions *m = ctx->mentions;
	for (size_t k = 0; k < r->n_nodes; ++k) {
		if (r->nodes[k].resp == resp && r->nodes[k].about == about) {
			*out = r->nodes[k].iri;
			return RELKG_OK;
		}
	}
	if (r->n_nodes == SURVEYS) {
		return RELKG_NO_MATCH;
	}
	relkg_status st;
	if (r->n_nodes == 0 && r->org) {
		TRY(st, emit_org(ctx, r->org, r->org_len, r->org_iri));
	}
	survey_node *sn = &r->nodes[r->n_nodes];
	relkg_buf key, b;
	relkg_buf_init(&key);
	relkg_buf_init(&b);
	/* no pollster: year, respondents and subject alone make the key */
	st = survey_key(&key, r, m->ents[resp].label, m->ents[about].label);
	if (!st) {
		const char *base[] = {ctx->base, "survey/"};
		st = relkg_buf_cat(&b, base, 2);
	}
	if (!st) {
		st = relkg_slug(&b, key.data, key.len);
	}
	if (!st && b.len >= sizeof(sn->iri)) {
		st = RELKG_ERR_TOO_BIG;
	}
	if (!st) {
		memcpy(sn->iri, b.data, b.len + 1);
		sn->resp = resp;
		sn->about = about;
		++r->n_nodes;
		*out = sn->iri;
		key.len = 0;
		st = survey_label(&key, r, m->ents[resp].label, m->ents[about].label);
	}
	relkg_graph *g = ctx->graph;
	if (!st) {
		st = relkg_graph_type(g, sn->iri, "rkg:Survey");
	}
	if (!st) {
		st = relkg_graph_text(g, sn->iri, "rdfs:label", key.data, key.len, "en");
	}
	if (!st && r->org) {
		st = relkg_graph_iri(g, sn->iri, "rkg:conductedBy", r->org_iri->data);
	}
	if (!st) {
		st = relkg_graph_typed(g, sn->iri, "rkg:date", r->year, "xsd:gYear");
	}
	if (!st) {
		st = relkg_graph_iri(g, sn->iri, "rkg:respondents", m->ents[resp].iri);
	}
	if (!st) {
		st = relkg_graph_iri(g, sn->iri, "rkg:about", m->ents[about].iri);
	}
	if (!st) {
		st = r->org ? relkg_ctx_provenance(ctx, sn->iri, r->sentence, &rule_survey, 0.9)
			    : relkg_ctx_provenance(ctx, sn->iri, r->sentence, &rule_survey_unnamed,
						   0.8);
	}
	relkg_buf_clear(&key);
	relkg_buf_clear(&b);
	return st;
}

static relkg_status emit_result(relkg_ctx *ctx, survey_run *r, size_t resp, size_t about,
				const char *opinion, const char *pct)
{
	const char *survey;
	relkg_status st = survey_node_for(ctx, r, resp, about, &survey);
	if (st != RELKG_OK) {
		return st == RELKG_NO_MATCH ? RELKG_OK : st;
	}
	relkg_buf iri, label;
	relkg_buf_init(&iri);
	relkg_buf_init(&label);
	const char *op = opinion + 4; /* after "rkg:" */
	const char *head[] = {survey, "/"};
	st = relkg_buf_cat(&iri, head, 2);
	if (!st) {
		st = relkg_slug(&iri, op, strlen(op));
	}
	if (!st) {
		const char *tail[] = {"-", pct};
		st = relkg_buf_cat(&iri, tail, 2);
	}
	if (!st) {
		const char *said[] = {pct, "% ", op};
		st = relkg_buf_cat(&label, said, 3);
	}
	relkg_graph *g = ctx->graph;
	if (!st) {
		st = relkg_graph_iri(g, survey, "rkg:result", iri.data);
	}
	if (!st) {
		st = relkg_graph_type(g, iri.data, "rkg:SurveyResult");
	}
	if (!st) {
		st = relkg_graph_text(g, iri.data, "rdfs:label", label.data, label.len, "en");
	}
	if (!st) {
		st = relkg_graph_iri(g, iri.data, "rkg:opinion", opinion);
	}
	if (!st) {
		/* "72.0": a bare "72" would read back from Turtle as an integer */
		char lex[40];
		const char *parts[] = {pct, strchr(pct, '.') ? "" : ".0"};
		(void)relkg_cut_copy(lex, sizeof(lex), parts, 2);
		st = relkg_graph_typed(g, iri.data, "rkg:percentage", lex, "xsd:decimal");
	}
	relkg_buf_clear(&iri);
	relkg_buf_clear(&label);
	return st;
}

/* Respondents after a figure: "of Japanese people", "of South Koreans". */
static size_t respondents_after(const sctx *s, size_t j, size_t *next)
{
	if (!relkg_tok_is(s->w, j, "of")) {
		return RELKG_NONE;
	}
	for (size_t k = j + 1; k < s->w->n && k < j + 4; ++k) {
		size_t st = state_at(s, k);
		if (st != RELKG_NONE) {
			*next = k + 1;
			while (*next < s->w->n && state_at(s, *next) == st) {
				++*next;
			}
			return st;
		}
	}
	return RELKG_NONE;
}

/* "making Japan the country with the most ... surveyed": the clause's
 * text, kept on the last survey. */
static relkg_status ranking(relkg_ctx *ctx, const sctx *s, size_t from, const survey_run *r)
{
	const relkg_toks *w = s->w;
	for (size_t j = from; j < w->n && r->n_nodes; ++j) {
		if (!relkg_tok_is(w, j, "making") && !relkg_tok_is(w, j, "ranking")) {
			continue;
		}
		size_t e = j;
		while (e + 1 < w->n && !relkg_tok_is(w, e + 1, "[") && !relkg_tok_is(w, e + 1, ".")) {
			++e;
		}
		const char *t = ctx->doc->text + w->w[j].begin;
		return relkg_graph_text(ctx->graph, r->nodes[r->n_nodes - 1].iri, "rkg:ranking", t,
					w->w[e].end - w->w[j].begin, "en");
	}
	return RELKG_OK;
}

/* The country an opinion word's noun phrase is about: "a favorable
 * view of Brazil", "unfavourable towards Chile", "a negative opinion
 * about Peru"; words [op+1, stop), no comma crossed.  NONE when there
 * is none or it is the respondents' own. */
static size_t subject_after_opinion(const sctx *s, size_t op, size_t stop, size_t resp)
{
	static const char *const preps[] = {"of", "toward", "towards", "about", "on",
		"regarding", NULL};
	const relkg_toks *w = s->w;
	for (size_t j = op + 1; j < stop && j <= op + 3; ++j) {
		if (relkg_tok_is(w, j, ",")) {
			break;
		}
		if (!word_in(w->w[j].lower, preps)) {
			continue;
		}
		for (size_t k = j + 1; k < stop && k <= j + 3; ++k) {
			size_t a = state_at(s, k);
			if (a != RELKG_NONE) {
				return a == resp ? RELKG_NONE : a;
			}
		}
		break;
	}
	return RELKG_NONE;
}

/* Respondents the survey's own phrase names before the first figure: "a
 * 2021 poll of Indonesians", "a survey of 1,000 Poles"; else NONE. */
static size_t respondents_of_poll(const sctx *s)
{
	const relkg_toks *w = s->w;
	char tmp[32];
	for (size_t j = 0; j + 1 < w->n && !percent_at(w, j, tmp, sizeof(tmp)); ++j) {
		if ((strcmp(w->w[j].stem, "poll") == 0 || strcmp(w->w[j].stem, "survey") == 0) &&
		    relkg_tok_is(w, j + 1, "of")) {
			size_t next;
			return respondents_after(s, j + 1, &next);
		}
	}
	return RELKG_NONE;
}

static relkg_status figures(relkg_ctx *ctx, const sctx *s, survey_run *r)
{
	const relkg_toks *w = s->w;
	size_t resp = respondents_of_poll(s), about = RELKG_NONE, last_end = 0;
	for (size_t j = 0; j < w->n; ++j) {
		char pct[32];
		size_t after = percent_at(w, j, pct, sizeof(pct));
		if (!after) {
			continue;
		}
		size_t stop = after;
		char tmp[32];
		while (stop < w->n && !percent_at(w, stop, tmp, sizeof(tmp))) {
			++stop;
		}
		size_t from = after;
		size_t rsp = respondents_after(s, after, &from);
		if (rsp != RELKG_NONE) {
			resp = rsp;
			about = RELKG_NONE;
		}
		size_t op_at = stop;
		const char *op = opinion_in(w, from, stop, &op_at);
		/* the subject is named before the opinion word ("view Russia
		 * unfavorably") or right after it in its noun phrase ("a
		 * favorable view of Brazil"); a later country belongs to
		 * another clause */
		size_t a = RELKG_NONE;
		for (size_t k = from; k < op_at && op && a == RELKG_NONE; ++k) {
			a = state_at(s, k);
			a = a == resp ? RELKG_NONE : a;
		}
		if (op && a == RELKG_NONE) {
			a = subject_after_opinion(s, op_at, stop, resp);
		}
		if (a != RELKG_NONE) {
			about = a;
		}
		if (op && resp != RELKG_NONE && about != RELKG_NONE) {
			relkg_status st = emit_result(ctx, r, resp, about, op, pct);
			if (st != RELKG_OK) {
				return st;
			}
			last_end = after;
		}
		j = after - 1;
	}
	return last_end ? ranking(ctx, s, last_end, r) : RELKG_OK;
}

/* The survey a paragraph named last, for "the 2014 poll" or "the same
 * poll" after it. */
typedef struct {
	size_t block;
	relkg_span org; /* bytes in the text; empty when none */
	char year[8];
} named_before;

/* Finds the sentence's survey: its year's text, its pollster (org, n;
 * NULL when none) from the sentence or, for "the 2014 poll", the one
 * the paragraph named before.  0 when the sentence names none. */
static int which_survey(const relkg_ctx *ctx, const relkg_toks *w, named_before *nb,
			const char **year, const char **org, size_t *org_len)
{
	size_t y, poll = 0, o0 = 0, o1 = 0;
	int named = relkg_survey_named(w, &y, &o0, &o1);
	if (named) {
		nb->org.begin = w->w[o0].begin;
		nb->org.end = w->w[o1 - 1].end;
		const char *said[] = {w->w[y].lower};
		(void)relkg_cut_copy(nb->year, sizeof(nb->year), said, 1);
	}
	int have = nb->org.end > nb->org.begin;
	if (named || relkg_survey_unnamed(w, &y, &poll)) {
		*year = w->w[y].lower;
		named = named || (have && relkg_survey_definite(w, poll));
	} else if (have && relkg_survey_definite_word(w) < w->n) {
		*year = nb->year; /* "The same poll found ..." */
		named = 1;
	} else if (have && relkg_survey_continued(w, &y)) {
		*year = w->w[y].lower; /* "By 2016 only 11% of Japanese ..." */
		named = 1;
	} else {
		return 0;
	}
	*org = named ? ctx->doc->text + nb->org.begin : NULL;
	*org_len = named ? nb->org.end - nb->org.begin : 0;
	return 1;
}

static relkg_status survey_sentence(relkg_ctx *ctx, size_t si, relkg_toks *w,
				    named_before *nb)
{
	const relkg_sentence *sen = &ctx->doc->sentences[si];
	if (nb->block != sen->block) {
		memset(nb, 0, sizeof(*nb));
		nb->block = sen->block;
	}
	survey_run r;
	memset(&r, 0, sizeof(r));
	if (!which_survey(ctx, w, nb, &r.year, &r.org, &r.org_len)) {
		return RELKG_OK;
	}
	sctx s = {ctx, w, 0, 0};
	s.last = relkg_mentions_range(ctx->mentions, sen->span.begin, sen->span.end, &s.first);
	r.sentence = si;
	relkg_buf org;
	relkg_buf_init(&org);
	r.org_iri = &org;
	relkg_status st = figures(ctx, &s, &r);
	relkg_buf_clear(&org);
	return st;
}

/* Does text[b, e) hold word (lower-case) in any case at p? */
static int word_at(const char *text, size_t p, size_t e, const char *word, size_t n)
{
	if (e - p < n) {
		return 0;
	}
	for (size_t k = 0; k < n; ++k) {
		if (tolower((unsigned char)text[p + k]) != word[k]) {
			return 0;
		}
	}
	return 1;
}

/* Does text[b, e) hold word (lower-case, n bytes) in any case?  Its byte
 * at offset off is looked for in either case by memchr, which skips the
 * bytes between far faster than a loop over each. */
static int holds_word(const char *text, size_t b, size_t e, const char *word, size_t n,
		      size_t off)
{
	for (int up = 0; up < 2; ++up) {
		char c = up ? (char)(word[off] - ('a' - 'A')) : word[off];
		const char *p = text + b, *end = text + e;
		while ((p = memchr(p, c, (size_t)(end - p))) != NULL) {
			size_t at = (size_t)(p - text);
			if (at >= b + off && word_at(text, at - off, e, word, n)) {
				return 1;
			}
			++p;
		}
	}
	return 0;
}

/* Could the sentence text[b, e) name a poll or survey (survey_name.h)?  Every
 * such word holds "poll" or "survey" in some case, so a byte scan spares
 * tokenizing and stemming the sentences that cannot.  ('p' and 'v' are
 * the words' rarest letters.) */
static int may_name_poll(const char *text, size_t b, size_t e)
{
	return holds_word(text, b, e, "poll", 4, 0) || holds_word(text, b, e, "survey", 6, 3);
}

/* Could the sentence go on with the figures of the poll its paragraph
 * named before ("By 2016 only 11% of Japanese ...")?  A percentage sign
 * or word after one named. */
static int may_continue_poll(const char *text, const relkg_sentence *sen, const named_before *nb)
{
	size_t b = sen->span.begin, e = sen->span.end;
	return nb->block == sen->block && nb->org.end > nb->org.begin &&
	       (memchr(text + b, '%', e - b) != NULL || holds_word(text, b, e, "percent", 7, 0) ||
		holds_word(text, b, e, "per cent", 8, 0));
}

relkg_status relkg_rules_surveys(relkg_ctx *ctx)
{
	if (!ctx->mentions) {
		return RELKG_OK;
	}
	relkg_stemmer *stem = relkg_stemmer_thread();
	if (!stem) {
		return RELKG_ERR_NOMEM;
	}
	relkg_toks w = {0};
	relkg_status st = RELKG_OK;
	named_before nb;
	memset(&nb, 0, sizeof(nb));
	nb.block = RELKG_NONE;
	for (size_t i = 0; st == RELKG_OK && i < ctx->doc->n_sentences; ++i) {
		const relkg_sentence *sen = &ctx->doc->sentences[i];
		if (ctx->doc->blocks[sen->block].kind != RELKG_BLOCK_PARAGRAPH ||
		    !(may_name_poll(ctx->doc->text, sen->span.begin, sen->span.end) ||
		      may_continue_poll(ctx->doc->text, sen, &nb))) {
			continue;
		}
		st = relkg_toks_split(&w, ctx->doc->text, sen->span.begin, sen->span.end, stem);
		if (st == RELKG_OK) {
			st = survey_sentence(ctx, i, &w, &nb);
		}
	}
	relkg_toks_clear(&w);
	return st;
}
