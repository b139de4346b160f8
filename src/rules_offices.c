/* Offices and the people who hold them, from title patterns:
 *   title before name   "Indian Foreign Minister Sushma Swaraj",
 *                       "President of France Emmanuel Macron",
 *                       "then Japanese minister of foreign affairs Kishida Fumio",
 *                       "Prime Minister Sato" (state from the context);
 *   title with qualifier "Director-General for International Affairs, Bureau of
 *                       Defense Policy of the Japanese Defense Ministry Hiroshi Oe";
 *   name became title   "X became President of Russia in 2000";
 *   title alone         "The Foreign Minister of Russia announced" (a title
 *                       mention, no person).
 * Each holding is an rkg:OfficeTerm with provenance. */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "entities.h"
#include "iri.h"
#include "names.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_title_name = {"office-title-before-name",
	"office title before a name",
	"A person named right after an office title, with the state from a demonym, a country "
	"name or 'of <country>': \"Indian Foreign Minister Sushma Swaraj\", \"President of "
	"France Emmanuel Macron\", \"then Japanese minister of foreign affairs Kishida Fumio\"."};
static const relkg_rule rule_title_context = {"office-title-context-state",
	"office title, state from context",
	"An office title before a name without a state; the state is the first country named "
	"earlier in the sentence, else the last one in the two sentences before: \"Tokyo "
	"extended credit to Seoul, and Prime Minister Sato attended\"."};
static const relkg_rule rule_title_qualified = {"office-title-qualified",
	"qualified office title before a name",
	"A title with a long qualifier naming the state before the person: \"Director-General "
	"for International Affairs, Bureau of Defense Policy of the Japanese Defense Ministry "
	"Hiroshi Oe\"."};
static const relkg_rule rule_became = {"office-became",
	"name became office",
	"\"X became President of Russia in 2000\", \"X was elected prime minister\": X holds "
	"the office, from the date given."};

static const char *const prefixes[] = {"the", "then", "former", "newly", "elected", "incoming",
	"outgoing", "acting", "current", "late", "a", "an", "new", "first", "next", "future",
	"interim", NULL};

/* ---------------------------------------------------------------- output */

relkg_status relkg_emit_holds(relkg_ctx *ctx, size_t person, size_t office, size_t si,
			      size_t at, const relkg_date *start, const relkg_date *end,
			      const relkg_rule *rule, double confidence)
{
	relkg_status st;
	relkg_mentions *m = ctx->mentions;
	const char *p = m->ents[person].iri, *o = m->ents[office].iri;
	m->ents[person].office = office;
	if (m->ents[person].country == RELKG_NONE) {
		m->ents[person].country = m->ents[office].country; /* the person's state */
	}
	TRY(st, relkg_graph_iri(ctx->graph, p, "rkg:holds", o));
	relkg_buf t;
	relkg_buf_init(&t);
	st = relkg_buf_printf(&t, "%s/term/%zu-", ctx->article_iri, relkg_doc_cp(ctx->doc, at));
	if (!st) {
		const char *slash = strrchr(o, '/');
		st = relkg_buf_puts(&t, slash ? slash + 1 : o);
	}
	if (!st) {
		st = relkg_graph_type(ctx->graph, t.data, "rkg:OfficeTerm");
	}
	if (!st) {
		st = relkg_graph_iri(ctx->graph, t.data, "rkg:holder", p);
	}
	if (!st) {
		st = relkg_graph_iri(ctx->graph, t.data, "rkg:office", o);
	}
	if (!st && start) {
		st = relkg_graph_typed(ctx->graph, t.data, "rkg:start", start->iso, start->xsd);
	}
	if (!st && end) {
		char y[8];
		snprintf(y, sizeof(y), "%04d", end->end_year % 10000);
		st = end->end_year ? relkg_graph_typed(ctx->graph, t.data, "rkg:end", y, "xsd:gYear")
				   : relkg_graph_typed(ctx->graph, t.data, "rkg:end", end->iso,
						       end->xsd);
	}
	if (!st) {
		st = relkg_ctx_provenance(ctx, t.data, si, rule, confidence);
	}
	relkg_buf_clear(&t);
	return st;
}

/* ---------------------------------------------------------------- context */

/* The state of a title that names none: the first country named earlier in
 * the sentence, else the last named in the two sentences before. */
static size_t context_country(const relkg_ctx *ctx, size_t si, size_t at)
{
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin >= sb && x->span.begin < at &&
		    m->ents[x->entity].kind == RELKG_ENT_COUNTRY && !(x->flags & RELKG_MF_PRONOUN)) {
			return x->entity;
		}
	}
	/* the two sentences before, within the same paragraph */
	size_t from = sb;
	for (size_t k = 1; k <= 2 && k <= si; ++k) {
		if (ctx->doc->sentences[si - k].block != ctx->doc->sentences[si].block) {
			break;
		}
		from = ctx->doc->sentences[si - k].span.begin;
	}
	/* only one of the article's parties, when it has them */
	size_t best = RELKG_NONE;
	int parties = m->parties[0] != RELKG_NONE;
	for (size_t i = 0; i < m->n && m->ms[i].span.begin < sb; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin >= from && m->ents[x->entity].kind == RELKG_ENT_COUNTRY &&
		    !(x->flags & RELKG_MF_PRONOUN) &&
		    (!parties || x->entity == m->parties[0] || x->entity == m->parties[1])) {
			best = x->entity;
		}
	}
	return best;
}

/* The state of the same title the person held earlier in the article
 * ("Prime Minister of Japan" before a bare "Prime Minister"), or NONE. */
static size_t known_country(relkg_ctx *ctx, const char *name, size_t n,
			    const relkg_gz_office *go)
{
	size_t before = ctx->mentions->n_ents;
	size_t p = relkg_ent_person(ctx, name, n);
	if (p == RELKG_NONE || ctx->mentions->n_ents > before) {
		return RELKG_NONE; /* new: the caller adds its mention */
	}
	size_t o = ctx->mentions->ents[p].office;
	if (o == RELKG_NONE) {
		return RELKG_NONE;
	}
	const char *label = ctx->mentions->ents[o].label;
	size_t k = strlen(go->canonical);
	if (strncmp(label, go->canonical, k) == 0 && strncmp(label + k, " of ", 4) == 0) {
		return ctx->mentions->ents[o].country;
	}
	return RELKG_NONE;
}

/* The article's party other than c (or c's lineage), or NONE. */
static size_t other_party(const relkg_ctx *ctx, size_t c)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	for (int k = 0; k < 2; ++k) {
		size_t a = m->parties[k], b = m->parties[1 - k];
		if (a != RELKG_NONE && b != RELKG_NONE &&
		    relkg_gazetteer_same_lineage(gaz, relkg_ent_country_gz(ctx, a),
						 relkg_ent_country_gz(ctx, c))) {
			return b;
		}
	}
	return RELKG_NONE;
}

/* Does the title at `at` follow a verb of meeting ("met Premier Zhou",
 * "talks with President X")?  Then its holder is the counterpart of the
 * sentence's first state. */
static int after_meeting_verb(const relkg_ctx *ctx, size_t si, size_t at)
{
	static const char *const verbs[] = {"met", "meet", "meets", "meeting", "received",
		"hosted", "welcomed", "invited", "phoned", "called", "by", "counterpart", NULL};
	static const char *const preps[] = {"with", "to", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, at, &we);
	if (w == (size_t)-1) {
		return 0;
	}
	if (relkg_word_in(t, w, we, preps)) {
		w = relkg_prev_word(t, sb, w, &we);
		if (w == (size_t)-1) {
			return 0;
		}
		static const char *const with_verbs[] = {"met", "meeting", "talks", "talked",
			"spoke", "negotiated", "meet", "meets", "counterpart", "talk", NULL};
		return relkg_word_in(t, w, we, with_verbs);
	}
	return relkg_word_in(t, w, we, verbs) && !relkg_word_is(t, w, we, "by");
}

/* An office has one holder at a time: when another person of this
 * sentence already holds the context state's office ("Japanese Prime
 * Minister Tanaka visited Beijing and met Premier Zhou"), the title is the
 * other party's. */
static size_t not_taken(relkg_ctx *ctx, size_t si, size_t at, const relkg_gz_office *go,
			size_t country)
{
	if (country == RELKG_NONE) {
		return country;
	}
	relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin < sb || x->span.begin >= at ||
		    m->ents[x->entity].kind != RELKG_ENT_PERSON) {
			continue;
		}
		size_t o = m->ents[x->entity].office;
		if (o == RELKG_NONE || m->ents[o].country != country ||
		    strncmp(m->ents[o].label, go->canonical, strlen(go->canonical)) != 0) {
			continue;
		}
		int other_time = 0; /* "X in March 1999 and President Y in 2007" */
		for (size_t d = 0; d < m->n_dates; ++d) {
			other_time |= m->dates[d].span.begin >= x->span.end && m->dates[d].span.end <= at;
		}
		if (other_time) {
			continue;
		}
		for (int k = 0; k < 2; ++k) {
			if (m->parties[k] == country && m->parties[1 - k] != RELKG_NONE) {
				return m->parties[1 - k];
			}
		}
		return RELKG_NONE;
	}
	return country;
}

/* ---------------------------------------------------------------- parsing */

typedef struct {
	size_t begin, end;    /* the whole phrase */
	size_t country;       /* entity or NONE */
	size_t office;        /* gazetteer office index */
	size_t title_begin, title_end;
	int capitalized;      /* the title is written with a capital */
} title_phrase;

/* Country mention at i (demonym, name, "Russia's"): its entity and end. */
static size_t country_here(const relkg_ctx *ctx, size_t i, size_t end, size_t *out_end)
{
	size_t e;
	size_t c = relkg_country_at(ctx, i, &e);
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	if (e + 1 < end && (ctx->doc->text[e] == '\'' ) && ctx->doc->text[e + 1] == 's') {
		e += 2;
	}
	*out_end = e;
	return c;
}

/* Can a word starting with byte c be in list (relkg_word_in compares
 * the first bytes ASCII case-folded)?  None of the lists holds "". */
static int may_start(const char *const *list, unsigned char c)
{
	unsigned char f = (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
	for (; *list; ++list) {
		unsigned char w = (unsigned char)**list;
		if (((w >= 'A' && w <= 'Z') ? (unsigned char)(w - 'A' + 'a') : w) == f) {
			return 1;
		}
	}
	return 0;
}

/* [prefixes] [country] TITLE [of [the] COUNTRY] at i. */
static int parse_title(const relkg_ctx *ctx, size_t i, size_t end, title_phrase *tp)
{
	const char *t = ctx->doc->text;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	memset(tp, 0, sizeof(*tp));
	tp->begin = i;
	tp->country = RELKG_NONE;
	size_t p = i;
	for (;;) { /* prefixes, "then-" */
		if (p >= end || !may_start(prefixes, (unsigned char)t[p])) {
			break; /* relkg_word_in would find none */
		}
		size_t e = relkg_word_end(t, p, end);
		if (e > p && relkg_word_in(t, p, e, prefixes)) {
			p = e;
			if (p < end && t[p] == '-') {
				++p;
			}
			p = relkg_skip_space(t, p, end);
			continue;
		}
		break;
	}
	size_t ce;
	size_t c = country_here(ctx, p, end, &ce);
	if (c != RELKG_NONE) {
		tp->country = c;
		p = relkg_skip_space(t, ce, end);
	}
	size_t len;
	size_t o = relkg_gazetteer_office(gaz, t + p, end - p, &len);
	if (o == RELKG_GZ_NONE) {
		return 0;
	}
	tp->office = o;
	tp->title_begin = p;
	tp->title_end = p + len;
	tp->capitalized = relkg_is_upper_at(t + p, end - p);
	p += len;
	/* plural titles ("prime ministers") are no single office */
	if (p < end && (t[p] == 's' || t[p] == '\'')) {
		return 0;
	}
	size_t q = relkg_skip_space(t, p, end);
	const relkg_gz_office *go = relkg_gazetteer_office_at(gaz, o);
	size_t k = go->role == RELKG_ROLE_DIPLOMAT ? relkg_starts_with(t, q, end, "to") : 0;
	if (k) { /* "Ambassador to the Soviet Union": the host, not the state */
		size_t r = relkg_skip_space(t, q + k, end);
		size_t k2 = relkg_starts_with(t, r, end, "the");
		if (k2) {
			r = relkg_skip_space(t, r + k2, end);
		}
		if (country_here(ctx, r, end, &ce) != RELKG_NONE) {
			tp->end = ce;
			return 1;
		}
	}
	k = relkg_starts_with(t, q, end, "of");
	if (k) {
		size_t r = relkg_skip_space(t, q + k, end);
		size_t k2 = relkg_starts_with(t, r, end, "the");
		if (k2) {
			r = relkg_skip_space(t, r + k2, end);
		}
		c = country_here(ctx, r, end, &ce);
		if (c != RELKG_NONE && (ce >= end || t[ce] != '\'')) {
			tp->country = c;
			p = ce;
		} else if (!k2 && go->role == RELKG_ROLE_MINISTER && relkg_is_upper_at(t + r, end - r)) {
			/* a portfolio: "Minister of Unification" */
			size_t e = relkg_word_end(t, r, end);
			if (e > r && relkg_name_stopword(ctx, r, e, end) == 0 &&
			    relkg_month_name(t + r, e - r, &len) == 0) {
				p = e;
			}
		}
	}
	tp->end = p;
	return 1;
}

/* The person after a title with a qualifier: tokens of capitalized words,
 * "for", "of", "the", "and", "," up to the final run; the name is what
 * follows the last keyword of that run.  Sets *country from a country
 * named inside. */
static size_t qualified_name(const relkg_ctx *ctx, size_t p, size_t end, size_t *country,
			     size_t *name_begin)
{
	static const char *const conn[] = {"for", "of", "the", "and", NULL};
	const char *t = ctx->doc->text;
	size_t after_kw = RELKG_NONE, last_end = RELKG_NONE;
	for (int tokens = 0; p < end && tokens < 30; ++tokens) {
		p = relkg_skip_space(t, p, end);
		if (p < end && t[p] == ',') {
			++p;
			continue;
		}
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			break;
		}
		if (relkg_word_in(t, p, e, conn)) {
			p = e;
			continue;
		}
		if (!relkg_is_upper_at(t + p, end - p)) {
			break;
		}
		size_t ce;
		size_t c = relkg_country_at(ctx, p, &ce);
		if (c != RELKG_NONE) {
			*country = c;
		}
		last_end = e;
		if (c != RELKG_NONE || relkg_name_stopword(ctx, p, e, end)) {
			after_kw = e;
		}
		p = e;
	}
	if (after_kw == RELKG_NONE || last_end == RELKG_NONE) {
		return 0;
	}
	size_t nb = relkg_skip_space(t, after_kw, end);
	int words;
	size_t ne = relkg_name_parse(ctx, nb, end, &words);
	if (ne == nb || words < 2 || ne != last_end) {
		return 0;
	}
	*name_begin = nb;
	return ne;
}

/* "(1991–99)" right after a name: the years of the term. */
static const relkg_date *term_years(const relkg_ctx *ctx, size_t at, size_t end)
{
	const char *t = ctx->doc->text;
	size_t p = relkg_skip_space(t, at, end);
	if (p >= end || t[p] != '(') {
		return NULL;
	}
	const relkg_mentions *m = ctx->mentions;
	for (size_t i = 0; i < m->n_dates; ++i) {
		if (m->dates[i].span.begin == p + 1 && m->dates[i].end_year) {
			return &m->dates[i];
		}
	}
	return NULL;
}

static relkg_status add_title_mention(relkg_ctx *ctx, size_t si, const title_phrase *tp,
				      size_t office)
{
	return relkg_mentions_add(ctx->mentions, (relkg_span){tp->begin, tp->end}, si, office,
				  RELKG_MF_TITLE);
}

static relkg_status title_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const relkg_doc *doc = ctx->doc;
	const char *t = doc->text;
	size_t end = doc->sentences[si].span.end;
	title_phrase tp;
	relkg_status st;
	*next = i + 1;
	if (!parse_title(ctx, i, end, &tp)) {
		return RELKG_OK;
	}
	*next = tp.end;
	const relkg_gz_office *go = relkg_gazetteer_office_at(relkg_ctx_gaz(ctx), tp.office);
	const relkg_rule *rule = &rule_title_name;
	double conf = 0.9;
	size_t nb = relkg_skip_space(t, tp.end, end), ne;
	int words = 0;
	ne = relkg_name_parse(ctx, nb, end, &words);
	/* an appositive: "the Argentine Foreign Minister, Guido di Tella, proposed" */
	if (ne == nb && nb + 2 < end && t[nb] == ',') {
		size_t ab = relkg_skip_space(t, nb + 1, end);
		size_t ae = relkg_name_parse(ctx, ab, end, &words);
		if (ae > ab && words >= 2 && ae < end && t[ae] == ',') {
			nb = ab;
			ne = ae;
		}
	}
	/* a bare one-word name only after a capitalized title: "Prime Minister Sato" */
	if (ne > nb && words == 1 && !tp.capitalized) {
		ne = nb;
	}
	size_t country = tp.country;
	if (ne > nb && country == RELKG_NONE) { /* "Emperor Akihito of Japan" */
		size_t q = relkg_skip_space(t, ne, end);
		size_t k = relkg_starts_with(t, q, end, "of");
		size_t ce;
		if (k) {
			country = country_here(ctx, relkg_skip_space(t, q + k, end), end, &ce);
		}
	}
	if (ne == nb && go->role == RELKG_ROLE_OTHER) {
		size_t qc = RELKG_NONE;
		ne = qualified_name(ctx, tp.end, end, &qc, &nb);
		if (ne) {
			if (country == RELKG_NONE) {
				country = qc;
			}
			rule = &rule_title_qualified;
			conf = 0.7;
		} else {
			ne = nb = tp.end;
		}
	}
	if (country == RELKG_NONE && ne > nb) {
		country = known_country(ctx, t + nb, ne - nb, go);
		if (country == RELKG_NONE) {
			country = context_country(ctx, si, tp.begin);
			if (after_meeting_verb(ctx, si, tp.begin)) {
				country = other_party(ctx, country);
			} else {
				country = not_taken(ctx, si, tp.begin, go, country);
			}
		}
		rule = &rule_title_context;
		conf = 0.6;
	}
	size_t office = relkg_ent_office(ctx, go, country);
	if (office == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	TRY(st, add_title_mention(ctx, si, &tp, office));
	if (ne == nb) {
		return RELKG_OK;
	}
	size_t person = relkg_ent_person(ctx, t + nb, ne - nb);
	if (person == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){nb, ne}, si, person, RELKG_MF_NAME));
	*next = ne;
	if (country == RELKG_NONE) {
		return RELKG_OK; /* a person, but whose office is not said */
	}
	const relkg_date *years = term_years(ctx, ne, end);
	*next = ne;
	return relkg_emit_holds(ctx, person, office, si, nb, years, years, rule, conf);
}

/* ---------------------------------------------------------------- became */

static const char *const became_verbs[] = {"became", "becomes", "become", "elected",
	"appointed", "named", "installed", "inaugurated", "as", NULL};

/* NAME (became | was elected | was appointed | served as) TITLE [in DATE] */
static relkg_status became_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	int words;
	*next = i + 1;
	if (!relkg_is_upper_at(t + i, end - i)) {
		return RELKG_OK; /* no name starts here: relkg_name_parse would return i */
	}
	size_t ne = relkg_name_parse(ctx, i, end, &words);
	if (ne == i) {
		return RELKG_OK;
	}
	*next = ne;
	size_t p = relkg_skip_space(t, ne, end);
	for (int k = 0; k < 3; ++k) { /* "was", "was sworn in", "served" */
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return RELKG_OK;
		}
		if (relkg_word_in(t, p, e, became_verbs)) {
			p = relkg_skip_space(t, e, end);
			if (relkg_word_is(t, p, relkg_word_end(t, p, end), "as")) {
				p = relkg_skip_space(t, p + 2, end);
			}
			break;
		}
		if (!(relkg_word_is(t, p, e, "was") || relkg_word_is(t, p, e, "served") ||
		      relkg_word_is(t, p, e, "is") || relkg_word_is(t, p, e, "had"))) {
			return RELKG_OK;
		}
		p = relkg_skip_space(t, e, end);
		if (k == 2) {
			return RELKG_OK;
		}
	}
	title_phrase tp;
	if (!parse_title(ctx, p, end, &tp)) {
		return RELKG_OK;
	}
	size_t country = tp.country;
	if (country == RELKG_NONE) {
		return RELKG_OK;
	}
	/* the person: one found before, or this name if two words or more */
	size_t person = RELKG_NONE;
	if (words >= 2) {
		person = relkg_ent_person(ctx, t + i, ne - i);
	}
	if (person == RELKG_NONE) {
		return RELKG_OK;
	}
	relkg_status st;
	TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){i, ne}, si, person, RELKG_MF_NAME));
	size_t office = relkg_ent_office(ctx, relkg_gazetteer_office_at(relkg_ctx_gaz(ctx),
							tp.office), country);
	if (office == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	/* "in 2000" right after the title: the start of the term */
	const relkg_date *start = NULL;
	size_t q = relkg_skip_space(t, tp.end, end);
	size_t k = relkg_starts_with(t, q, end, "in");
	if (!k) {
		k = relkg_starts_with(t, q, end, "on");
	}
	if (k) {
		const relkg_date *d = relkg_date_near(ctx->mentions, si, tp.end, tp.end + 1);
		if (d && d->span.begin == relkg_skip_space(t, q + k, end)) {
			start = d;
		}
	}
	*next = tp.end;
	return relkg_emit_holds(ctx, person, office, si, i, start, NULL, &rule_became, 0.8);
}

relkg_status relkg_rules_offices(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		const size_t *ws; /* the words beginning with a letter */
		size_t n_ws;
		TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
		for (size_t w = 0, from = 0; w < n_ws; ++w) {
			size_t i = ws[w], next = i + 1;
			if (i < from) {
				continue;
			}
			TRY(st, title_at(ctx, si, i, &next));
			if (next <= i + 1) {
				TRY(st, became_at(ctx, si, i, &next));
			}
			from = next > i ? next : i + 1;
		}
		relkg_mentions_sort(ctx->mentions);
	}
	return RELKG_OK;
}
