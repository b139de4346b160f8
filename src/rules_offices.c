/* Offices and the people who hold them, from title patterns:
 *   title before name   "Indian Foreign Minister Sushma Swaraj",
 *                       "President of France Emmanuel Macron",
 *                       "then Japanese minister of foreign affairs Kishida Fumio",
 *                       "Prime Minister Sato" (state from the context:
 *                       office_state.c);
 *   title with qualifier "Director-General for International Affairs, Bureau of
 *                       Defense Policy of the Japanese Defense Ministry Hiroshi Oe";
 *   name became title   "X became President of Russia in 2000", "X took
 *                       office as / succeeded Y as President of Peru";
 *   counterpart         "Minister X and his Peruvian counterpart, Y"
 *                       (office_counterpart.c);
 *   name, title         "Moon Jae-in, President of South Korea, met",
 *   plural title        "Presidents A of Chile and B of Argentina";
 *                       "Uichiro Niwa, who was Japan's ambassador to China";
 *   title alone         "The Foreign Minister of Russia announced" (a title
 *                       mention, no person).
 * Each holding is an rkg:OfficeTerm with provenance. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "entities.h"
#include "iri.h"
#include "names.h"
#include "office_counterpart.h"
#include "office_state.h"
#include "rules.h"
#include "try.h"
#include "word_mask.h"
#include "words.h"

static const relkg_rule rule_title_name = {"office-title-before-name",
	"office title before a name",
	"A person named right after an office title, with the state from a demonym, a country "
	"name or 'of <country>': \"Indian Foreign Minister Sushma Swaraj\", \"President of "
	"France Emmanuel Macron\", \"then Japanese minister of foreign affairs Kishida Fumio\"."};
static const relkg_rule rule_title_context = {"office-title-context-state",
	"office title, state from context",
	"An office title before a name without a state; the state is the first country named "
	"earlier in the sentence, else the last one in the two sentences before, among the "
	"states that have the office (a kingdom has no President: data/lexicon/"
	"office-states.tsv): \"Tokyo extended credit to Seoul, and Prime Minister Sato "
	"attended\"."};
static const relkg_rule rule_title_qualified = {"office-title-qualified",
	"qualified office title before a name",
	"A title with a long qualifier naming the state before the person: \"Director-General "
	"for International Affairs, Bureau of Defense Policy of the Japanese Defense Ministry "
	"Hiroshi Oe\"."};
static const relkg_rule rule_became = {"office-became",
	"name became office",
	"\"X became President of Russia in 2000\", \"X was elected prime minister\", \"X took "
	"office as / succeeded Y as President of Peru\", \"X, by then President of Peru,\": X "
	"holds the office, from the date given."};
static const relkg_rule rule_became_context = {"office-became-context-state",
	"name became office, state from context",
	"\"X became Prime Minister in 2009\", \"X replaced Y as president\": a title without "
	"its state after a verb of taking office; the state is the predecessor's, when the "
	"predecessor held the same post, else the one the context tells, as for a title before "
	"a name."};

static const relkg_rule rule_plural = {"office-plural-title", "plural title before names",
	"A plural title before names that each say their state: \"Presidents Sebastián Piñera "
	"of Chile and Mauricio Macri of Argentina\"."};

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
	TRY(st, relkg_graph_iri(ctx->graph, p, RELKG_V(rkg_holds), o));
	relkg_buf t;
	relkg_buf_init(&t);
	/* "<article>/term/<code point>-<office's last segment>", put piece by
	 * piece (what "%s/term/%zu-" wrote; printf's parsing of the format
	 * cost more than the rest) */
	st = relkg_buf_puts(&t, ctx->article_iri);
	if (!st) {
		st = relkg_buf_puts(&t, "/term/");
	}
	if (!st) {
		st = relkg_buf_putu(&t, relkg_doc_cp(ctx->doc, at));
	}
	if (!st) {
		st = relkg_buf_putc(&t, '-');
	}
	if (!st) {
		const char *slash = strrchr(o, '/');
		st = relkg_buf_puts(&t, slash ? slash + 1 : o);
	}
	relkg_graph_node n; /* the term's node: six statements or so name it */
	if (!st) {
		st = relkg_graph_node_of(ctx->graph, t.data, &n);
	}
	if (!st) {
		st = relkg_graph_type_n(ctx->graph, n, RELKG_V(rkg_OfficeTerm));
	}
	if (!st) {
		st = relkg_graph_iri_n(ctx->graph, n, RELKG_V(rkg_holder), p);
	}
	if (!st) {
		st = relkg_graph_iri_n(ctx->graph, n, RELKG_V(rkg_office), o);
	}
	if (!st && start) {
		st = relkg_graph_typed_n(ctx->graph, n, RELKG_V(rkg_start), start->iso, start->xsd);
	}
	if (!st && end) {
		char y[8];
		snprintf(y, sizeof(y), "%04d", end->end_year % 10000);
		st = end->end_year ? relkg_graph_typed_n(ctx->graph, n, RELKG_V(rkg_end), y,
							 RELKG_V(xsd_gYear))
				   : relkg_graph_typed_n(ctx->graph, n, RELKG_V(rkg_end), end->iso,
							 end->xsd);
	}
	if (!st) {
		st = relkg_ctx_provenance_n(ctx, n, si, rule, confidence);
	}
	relkg_buf_clear(&t);
	return st;
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

/* country_here where a state is named, not a people's adjective: "Prime
 * Minister X of Japan", not "warned Prime Minister X of Syrian and Egyptian
 * preparations" (the adjective qualifies what follows). */
static size_t state_named_at(const relkg_ctx *ctx, size_t i, size_t end, size_t *out_end)
{
	size_t mi = relkg_mentions_at(ctx->mentions, i, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN);
	if (mi != RELKG_NONE && (ctx->mentions->ms[mi].flags & RELKG_MF_DEMONYM)) {
		return RELKG_NONE;
	}
	return country_here(ctx, i, end, out_end);
}

/* The prefixes as a word set, and the bytes a prefix may begin with
 * (either ASCII case): built once, for parse_title asks at every word of
 * every sentence (a scan of the list cost more than the rest of it). */
static relkg_word_set prefix_set;
static int prefix_set_ok; /* else (too long a list) relkg_word_in answers */
static unsigned char prefix_first[256];
static pthread_once_t prefix_once = PTHREAD_ONCE_INIT;

static void build_prefixes(void)
{
	prefix_set_ok = relkg_word_set_init(&prefix_set, prefixes);
	for (const char *const *w = prefixes; *w; ++w) {
		unsigned char c = (unsigned char)(*w)[0];
		prefix_first[c] = 1;
		if (c >= 'a' && c <= 'z') {
			prefix_first[c - 'a' + 'A'] = 1;
		} else if (c >= 'A' && c <= 'Z') {
			prefix_first[c - 'A' + 'a'] = 1;
		}
	}
}

/* Is the word at p one of the prefixes (relkg_word_in's answer)?  *e is
 * set to its end when it is. */
static int prefix_at(const char *t, size_t p, size_t end, size_t *e)
{
	pthread_once(&prefix_once, build_prefixes);
	if (!prefix_first[(unsigned char)t[p]]) {
		return 0; /* relkg_word_in would find none */
	}
	*e = relkg_word_end(t, p, end);
	return *e > p && (prefix_set_ok ? relkg_word_set_has(&prefix_set, t, p, *e)
					 : relkg_word_in(t, p, *e, prefixes));
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
	size_t prefix_end;
	while (p < end && prefix_at(t, p, end, &prefix_end)) { /* prefixes, "then-" */
		p = prefix_end;
		if (p < end && t[p] == '-') {
			++p;
		}
		p = relkg_skip_space(t, p, end);
	}
	size_t ce = p;
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
		/* "ambassador to The Hague", "to the United Nations": a place or body */
		size_t pe = r;
		for (int w = 0; w < 4 && pe < end && relkg_is_upper_at(t + pe, end - pe); ++w) {
			size_t we = relkg_word_end(t, pe, end);
			if (we == pe) {
				break;
			}
			ce = we;
			pe = relkg_skip_space(t, we, end);
		}
		if (pe > r && ce > r && (ce >= end || t[ce] == ',')) {
			tp->end = ce; /* the name follows in an apposition */
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
	size_t nb = relkg_name_skip_honorific(t, relkg_skip_space(t, tp.end, end), end), ne;
	int words = 0;
	ne = relkg_name_parse(ctx, nb, end, &words);
	/* an appositive: "the Argentine Foreign Minister, Guido di Tella, proposed",
	 * "then President of Venezuela, Jaime Lusinchi ordered" */
	if (ne == nb && nb + 2 < end && t[nb] == ',') {
		size_t ab = relkg_skip_space(t, nb + 1, end);
		size_t ae = relkg_name_parse(ctx, ab, end, &words);
		size_t an = relkg_skip_space(t, ae, end);
		if (ae > ab && words >= 2 &&
		    (ae == end || t[ae] == ',' || t[ae] == '.' ||
		     (an > ae && an < end && !relkg_is_upper_at(t + an, end - an)))) {
			nb = ab;
			ne = ae;
		}
	}
	/* a bare one-word name only after a capitalized title: "Prime Minister Sato";
	 * the person named in full before when there is one ("President Barco") */
	if (ne > nb && words == 1 && !tp.capitalized) {
		ne = nb;
	}
	size_t known = ne > nb && words == 1 ? relkg_name_known_person(ctx, nb, ne) : RELKG_NONE;
	size_t country = tp.country;
	if (ne > nb && country == RELKG_NONE) { /* "Emperor Akihito of Japan", "President
						   Calvin Coolidge of the United States" */
		size_t q = relkg_skip_space(t, ne, end);
		size_t k = relkg_starts_with(t, q, end, "of");
		size_t ce;
		if (k) {
			q = relkg_skip_space(t, q + k, end);
			country = state_named_at(ctx, q, end, &ce);
			size_t th = relkg_starts_with(t, q, end, "the");
			if (country == RELKG_NONE && th) {
				country = state_named_at(ctx, relkg_skip_space(t, q + th, end), end, &ce);
			}
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
		country = relkg_office_context_state(ctx, si, tp.begin, nb, ne, known, go);
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
	size_t person = known != RELKG_NONE ? known : relkg_ent_person(ctx, t + nb, ne - nb);
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

/* After "NAME, ": past "who was", "who is", "who became", "who served as"
 * to where a title may start. */
static size_t apposition(const relkg_ctx *ctx, size_t p, size_t end)
{
	static const char *const verbs[] = {"who took office as", "who was sworn in as",
		"who was elected", "who was", "who is", "who became", "who served as",
		"who had been", "by then", NULL};
	for (const char *const *v = verbs; *v; ++v) {
		size_t k = relkg_starts_with(ctx->doc->text, p, end, *v);
		if (k) {
			return relkg_skip_space(ctx->doc->text, p + k, end);
		}
	}
	return p;
}

/* Does an apposed title end at e: the sentence's end, a comma or other
 * stop, or a lower-case word ("from 2010"), but no name (that title is
 * the next person's: "Moon Jae-in, President Trump")? */
static int apposition_ends(const relkg_ctx *ctx, size_t e, size_t end)
{
	const char *t = ctx->doc->text;
	if (e >= end || strchr(",.;:)", t[e])) {
		return 1;
	}
	size_t n = relkg_skip_space(t, e, end);
	return n > e && (n >= end || !relkg_is_upper_at(t + n, end - n));
}

/* "took office as", "was sworn in as", "succeeded NAME as", "replaced
 * NAME as" at p: where the title after it starts, else p.  *pb, *pe:
 * NAME's span (the predecessor), else both p. */
static size_t took_office(const relkg_ctx *ctx, size_t p, size_t end, size_t *pb, size_t *pe)
{
	static const char *const phrases[] = {"took office as", "was sworn in as", "sworn in as",
		NULL};
	const char *t = ctx->doc->text;
	for (const char *const *ph = phrases; *ph; ++ph) {
		size_t k = relkg_starts_with(t, p, end, *ph);
		if (k) {
			return relkg_skip_space(t, p + k, end);
		}
	}
	*pb = *pe = p;
	size_t k = relkg_starts_with(t, p, end, "succeeded");
	if (!k) {
		k = relkg_starts_with(t, p, end, "replaced");
	}
	if (k) {
		int words;
		size_t q = relkg_skip_space(t, p + k, end);
		size_t qe = relkg_name_parse(ctx, q, end, &words);
		size_t a = relkg_skip_space(t, qe, end);
		k = relkg_starts_with(t, a, end, "as");
		if (k) {
			*pb = q;
			*pe = qe;
			return relkg_skip_space(t, a + k, end);
		}
	}
	return p;
}

/* The state of a title that names none after a verb of taking office at
 * [nb, ne) (the holder's name, of `words` words): the predecessor's
 * ([pb, pe), "succeeded Zuma as president") when the predecessor held the
 * same post, else what the context tells (office_state.c). */
static size_t stateless_title_state(relkg_ctx *ctx, size_t si, size_t nb, size_t ne,
				    size_t after, int words, size_t pb, size_t pe,
				    const relkg_gz_office *go)
{
	if (pe > pb) {
		const relkg_mentions *m = ctx->mentions;
		size_t i = relkg_mentions_at(m, pb, RELKG_ENT_PERSON, 0);
		size_t pred = i != RELKG_NONE ? m->ms[i].entity : relkg_name_known_person(ctx, pb, pe);
		return relkg_office_held_state(ctx, pred, go);
	}
	size_t known = words == 1 ? relkg_name_known_person(ctx, nb, ne) : RELKG_NONE;
	return relkg_office_context_state_after(ctx, si, nb, nb, ne, after, known, go);
}

/* NAME (became | was elected | was appointed | served as) TITLE [in DATE];
 * NAME, [who was] TITLE of COUNTRY, */
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
	int apposed = 0; /* "NAME, TITLE of COUNTRY," */
	int verb = 0; /* a verb of taking office, not "as" alone */
	if (p < end && t[p] == ',') {
		size_t a = relkg_skip_space(t, p + 1, end);
		verb = relkg_starts_with(t, a, end, "who became") != 0 ||
		       relkg_starts_with(t, a, end, "who took office") != 0 ||
		       relkg_starts_with(t, a, end, "by then") != 0;
		p = apposition(ctx, a, end);
		apposed = 1;
	}
	size_t pb = p, pe = p;
	size_t took = apposed ? p : took_office(ctx, p, end, &pb, &pe);
	verb |= took != p;
	if (took != p) {
		p = took;
		apposed = -1; /* past the verb: no apposition */
	}
	for (int k = 0; k < 3 && !apposed; ++k) { /* "was", "was sworn in", "served" */
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return RELKG_OK;
		}
		if (relkg_word_in(t, p, e, became_verbs)) {
			verb = !relkg_word_is(t, p, e, "as");
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
	const relkg_gz_office *go = relkg_gazetteer_office_at(relkg_ctx_gaz(ctx), tp.office);
	const relkg_rule *rule = &rule_became;
	double conf = 0.8;
	if (country == RELKG_NONE && verb) { /* "X became Prime Minister", "replaced Y as" */
		size_t after = ne; /* "X, by then prime minister, visited China", "X, */
		if (apposed > 0) { /* who became Prime Minister in 2023, visited Kyiv" */
			after = tp.end;
			while (after < end && t[after] != ',' && t[after] != ';' && after < tp.end + 40) {
				++after;
			}
			after = after < end && t[after] == ',' ? after + 1 : tp.end;
		}
		country = stateless_title_state(ctx, si, i, ne, after, words, pb, pe, go);
		rule = &rule_became_context;
		conf = 0.6;
	}
	if (country == RELKG_NONE || (apposed > 0 && !apposition_ends(ctx, tp.end, end))) {
		return RELKG_OK;
	}
	/* the person: this name if two words or more, else one named in full before */
	size_t person = words >= 2 ? relkg_ent_person(ctx, t + i, ne - i)
				   : relkg_name_known_person(ctx, i, ne);
	if (person == RELKG_NONE) {
		return RELKG_OK;
	}
	relkg_status st;
	TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){i, ne}, si, person, RELKG_MF_NAME));
	size_t office = relkg_ent_office(ctx, go, country);
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
	return relkg_emit_holds(ctx, person, office, si, i, start, NULL, rule, conf);
}

/* ---------------------------------------------------------------- plural */

/* A list of two to four states from p, joined by "," and a last "and"
 * (", and" too): their country entities in cs; returns the count (0 when
 * the list breaks) and in *after where it ends. */
static size_t state_list(const relkg_ctx *ctx, size_t si, size_t p, size_t *cs, size_t *after)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, n = 0;
	for (;;) {
		size_t ce, c = relkg_country_at(ctx, p, &ce);
		if (c == RELKG_NONE || n == 4) {
			return 0;
		}
		cs[n++] = c;
		size_t q = relkg_skip_space(t, ce, end);
		int comma = q < end && t[q] == ',';
		size_t r = comma ? relkg_skip_space(t, q + 1, end) : q;
		size_t a = relkg_starts_with(t, r, end, "and");
		if (a) {
			p = relkg_skip_space(t, r + a, end);
			size_t e2, c2 = relkg_country_at(ctx, p, &e2);
			if (c2 == RELKG_NONE || n == 4) {
				return 0;
			}
			cs[n++] = c2;
			*after = e2;
			return n;
		}
		if (!comma) {
			return 0;
		}
		p = r;
	}
}

/* "the foreign ministers of Chile, Peru and Bolivia, Ana Silva, Luis Vega
 * and Rosa Paz, met": the plural title (office o) of a list of states,
 * then as many full names in the same order; each holds the office of
 * the state in the same place.  p is after the title. */
static relkg_status plural_of_states(relkg_ctx *ctx, size_t si, size_t p, size_t o, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, cs[4], after;
	size_t k = relkg_starts_with(t, p, end, "of");
	size_t n = k ? state_list(ctx, si, relkg_skip_space(t, p + k, end), cs, &after) : 0;
	if (n < 2) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, after, end);
	if (p >= end || t[p] != ',') {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + 1, end);
	size_t nb[4], ne[4];
	for (size_t j = 0; j < n; ++j) {
		int words;
		size_t e = relkg_name_parse(ctx, p, end, &words);
		if (e == p || words < 2) {
			return RELKG_OK;
		}
		nb[j] = p;
		ne[j] = e;
		size_t q = relkg_skip_space(t, e, end);
		if (j + 1 == n) {
			break;
		}
		int comma = q < end && t[q] == ',';
		q = comma ? relkg_skip_space(t, q + 1, end) : q;
		size_t a = relkg_starts_with(t, q, end, "and");
		if (!comma && !a) {
			return RELKG_OK;
		}
		if (a && j + 2 != n) {
			return RELKG_OK; /* "and" before the last name only */
		}
		p = relkg_skip_space(t, q + a, end);
	}
	relkg_status st;
	const relkg_gz_office *go = relkg_gazetteer_office_at(relkg_ctx_gaz(ctx), o);
	for (size_t j = 0; j < n; ++j) {
		size_t office = relkg_ent_office(ctx, go, cs[j]);
		size_t person = relkg_ent_person(ctx, t + nb[j], ne[j] - nb[j]);
		if (office == RELKG_NONE || person == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){nb[j], ne[j]}, si, person,
					   RELKG_MF_NAME));
		TRY(st, relkg_emit_holds(ctx, person, office, si, nb[j], NULL, NULL, &rule_plural,
					 0.8));
	}
	*next = ne[n - 1];
	return RELKG_OK;
}

/* "Presidents Ana Silva and Jorge Soto signed": a plural title before two
 * full names joined by "and" that say no state; the two are people. */
static relkg_status plural_bare(relkg_ctx *ctx, size_t si, size_t p, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	int w1, w2;
	size_t e1 = relkg_name_parse(ctx, p, end, &w1);
	size_t q = relkg_skip_space(t, e1, end);
	size_t a = e1 > p && w1 >= 2 ? relkg_starts_with(t, q, end, "and") : 0;
	if (!a) {
		return RELKG_OK;
	}
	size_t p2 = relkg_skip_space(t, q + a, end);
	size_t e2 = relkg_name_parse(ctx, p2, end, &w2);
	if (e2 == p2 || w2 < 2) {
		return RELKG_OK;
	}
	size_t nb[2] = {p, p2}, ne[2] = {e1, e2};
	relkg_status st;
	for (int k = 0; k < 2; ++k) {
		if (relkg_mentions_covered(ctx->mentions, nb[k], ne[k])) {
			continue;
		}
		size_t person = relkg_ent_person(ctx, t + nb[k], ne[k] - nb[k]);
		if (person == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){nb[k], ne[k]}, si, person,
					   RELKG_MF_NAME));
	}
	*next = e2;
	return RELKG_OK;
}

/* "Presidents Sebastián Piñera of Chile and Mauricio Macri of Argentina":
 * a plural title, then names each with "of COUNTRY", joined by "and" or
 * ",".  Only when every name says its state. */
/* may_title: relkg_gazetteer_office_may_begin at i (to the sentence end),
 * as the caller found it. */
static relkg_status plural_at(relkg_ctx *ctx, size_t si, size_t i, int may_title, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, len;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	if (!may_title) {
		return RELKG_OK; /* no title begins so: the search below finds none */
	}
	/* the title less the plural's "s", word by word: "Prime Ministers" */
	size_t o = RELKG_GZ_NONE, p = i;
	for (int w = 0; w < 3 && o == RELKG_GZ_NONE && p < end; ++w) {
		size_t we = relkg_word_end(t, p, end);
		if (we <= p + 1) {
			return RELKG_OK;
		}
		if (t[we - 1] == 's' && we < end && (t[we] == ' ' || t[we] == ',')) {
			o = relkg_gazetteer_office(gaz, t + i, we - 1 - i, &len);
			o = o != RELKG_GZ_NONE && len == we - 1 - i ? o : RELKG_GZ_NONE;
		}
		p = relkg_skip_space(t, we, end);
	}
	if (o == RELKG_GZ_NONE) {
		return RELKG_OK;
	}
	p = i + len + 1;
	int upper = relkg_is_upper_at(t + i, end - i), after_the = 0;
	if (!upper) { /* captions write the plural title capitalized; "the foreign */
		size_t we, w = relkg_prev_word(t, ctx->doc->sentences[si].span.begin, i, &we);
		after_the = w != (size_t)-1 && relkg_word_is(t, w, we, "the"); /* ministers of" */
	}
	if (!upper) {
		/* "the foreign ministers of A and B, X and Y", or the names right
		 * after: "foreign ministers Ricardo Patiño of Ecuador and ..." */
		size_t q = relkg_skip_space(t, p, end);
		if (after_the && relkg_starts_with(t, q, end, "of")) {
			return plural_of_states(ctx, si, q, o, next);
		}
		if (q < end && t[q] == ',' && after_the) { /* "The prime ministers, A of X and" */
			q = relkg_skip_space(t, q + 1, end);
		}
		if (q >= end || !relkg_is_upper_at(t + q, end - q)) {
			return RELKG_OK;
		}
	}
	size_t nb[4], ne[4], cs[4], n = 0;
	for (p = relkg_skip_space(t, p + 1, end); n < 4;) {
		int words;
		size_t e = relkg_name_parse(ctx, p, end, &words);
		size_t q = relkg_skip_space(t, e, end);
		size_t k = e > p && words >= 2 ? relkg_starts_with(t, q, end, "of") : 0;
		size_t ce, c = k ? relkg_country_at(ctx, relkg_skip_space(t, q + k, end), &ce) : RELKG_NONE;
		if (c == RELKG_NONE) {
			if (n == 0) {
				return plural_bare(ctx, si, p, next);
			}
			break; /* "A of X and B of Y, met": the list ended at the comma */
		}
		nb[n] = p;
		ne[n] = e;
		cs[n++] = c;
		q = relkg_skip_space(t, ce, end);
		int comma = q < end && t[q] == ',';
		q = comma ? relkg_skip_space(t, q + 1, end) : q;
		size_t a = relkg_starts_with(t, q, end, "and");
		if (!a && !comma) {
			*next = ce;
			break;
		}
		p = relkg_skip_space(t, q + a, end);
	}
	if (n < 2) {
		return RELKG_OK;
	}
	relkg_status st;
	const relkg_gz_office *go = relkg_gazetteer_office_at(gaz, o);
	for (size_t k = 0; k < n; ++k) {
		size_t office = relkg_ent_office(ctx, go, cs[k]);
		size_t person = relkg_ent_person(ctx, t + nb[k], ne[k] - nb[k]);
		if (office == RELKG_NONE || person == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){nb[k], ne[k]}, si, person,
					   RELKG_MF_NAME));
		TRY(st, relkg_emit_holds(ctx, person, office, si, nb[k], NULL, NULL, &rule_plural, 0.8));
	}
	return RELKG_OK;
}

/* The last place of sentence si at or after a word where title_at may
 * find a title (RELKG_GZ_NONE: none): title_at does nothing at a word
 * after it.  parse_title reads a title at its word, or past a prefix,
 * "-" and spaces, or past a country and spaces: where a word begins (the
 * byte before is a space, a hyphen, or a country's last byte, which no
 * letter follows but after a final '.'), when every title begins with an
 * ASCII letter; but also right after a country's "'s" ("France'sPresident
 * X", no space between).  So the titles at the sentence's words (ws, n_ws) and after
 * its "'s" are the ones to look for, not one at every byte
 * (relkg_gazetteer_office_last, the answer otherwise). */
/* relkg_gazetteer_office_may_begin at the first words of a sentence:
 * last_title_at asks it at every word, and plural_at would ask again at
 * most of them. */
#define MAY_WORDS 256
typedef struct {
	uint64_t bits[MAY_WORDS / 64]; /* bit w: at word w */
	size_t n;                      /* words 0 .. n - 1 are answered */
} title_starts;

/* may_begin at word w (at text i) of sentence si: from ts when there. */
static int title_may_begin(const relkg_ctx *ctx, const title_starts *ts, size_t si, size_t w,
			   size_t i)
{
	if (w < ts->n) {
		return (int)(ts->bits[w / 64] >> (w % 64) & 1u);
	}
	size_t end = ctx->doc->sentences[si].span.end;
	return relkg_gazetteer_office_may_begin(relkg_ctx_gaz(ctx), ctx->doc->text + i, end - i);
}

static size_t last_title_at(const relkg_ctx *ctx, size_t si, const size_t *ws, size_t n_ws,
			    title_starts *ts)
{
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	const char *t = ctx->doc->text;
	relkg_span sp = ctx->doc->sentences[si].span;
	memset(ts, 0, sizeof(*ts));
	if (!relkg_gazetteer_titles_ascii_initial(gaz)) {
		return relkg_gazetteer_office_last(gaz, t, sp.begin, sp.end);
	}
	ts->n = n_ws < MAY_WORDS ? n_ws : MAY_WORDS;
	size_t last = RELKG_GZ_NONE, len;
	/* the words 64 at a time from the end, each chunk's from its last */
	for (size_t c = (n_ws + 63) / 64; c-- > 0;) {
		size_t w0 = 64 * c;
		if (w0 >= MAY_WORDS && last != RELKG_GZ_NONE) {
			continue; /* neither remembered nor needed */
		}
		uint64_t may = relkg_gazetteer_office_may_begin_words(gaz, t, ws + w0, n_ws - w0,
								      sp.end);
		if (w0 < MAY_WORDS) {
			ts->bits[w0 / 64] = may;
		}
		while (may && last == RELKG_GZ_NONE) {
			unsigned b = 63u - (unsigned)__builtin_clzll(may);
			size_t p = ws[w0 + b];
			may &= ~(UINT64_C(1) << b);
			if (relkg_gazetteer_office(gaz, t + p, sp.end - p, &len) != RELKG_GZ_NONE) {
				last = p;
			}
		}
	}
	for (const char *q = memchr(t + sp.begin, '\'', sp.end - sp.begin); q;
	     q = q + 1 < t + sp.end ? memchr(q + 1, '\'', (size_t)(t + sp.end - q - 1)) : NULL) {
		size_t p = (size_t)(q - t) + 2;
		if (p < sp.end && t[p - 1] == 's' && (last == RELKG_GZ_NONE || p > last) &&
		    relkg_gazetteer_office(gaz, t + p, sp.end - p, &len) != RELKG_GZ_NONE) {
			last = p;
		}
	}
	return last;
}

/* The rules at word w of sentence si (ws: its words, ts and last_title
 * as last_title_at found them) when the word is not before *from; moves
 * *from past what they read. */
static relkg_status office_rules_at(relkg_ctx *ctx, size_t si, const size_t *ws, size_t w,
				    size_t last_title, const title_starts *ts, size_t *from)
{
	relkg_status st;
	size_t i = ws[w], next = i + 1;
	if (i < *from) {
		return RELKG_OK;
	}
	if (last_title != RELKG_GZ_NONE && i <= last_title) {
		TRY(st, title_at(ctx, si, i, &next));
	}
	if (next <= i + 1) {
		TRY(st, plural_at(ctx, si, i, title_may_begin(ctx, ts, si, w, i), &next));
	}
	if (next <= i + 1) {
		TRY(st, became_at(ctx, si, i, &next));
	}
	if (next <= i + 1 && relkg_office_counterpart_may_be_at(ctx->doc->text, i)) {
		TRY(st, relkg_office_counterpart_at(ctx, si, i, &next));
	}
	*from = next > i ? next : i + 1;
	return RELKG_OK;
}

/* The classes of the words where became_at (a capital) or the
 * counterpart pattern ('h' or 'H') may begin. */
#define BECAME_OR_COUNTERPART (RELKG_WC_CAPITAL | RELKG_WC_LOWER('h'))

/* The words w0 .. w0 + 63 of ws (n_ws) where office_rules_at may do
 * anything, as bits from w0: up to the last title (title_at), where a
 * title may begin (plural_at; every word past those ts remembers), and
 * those of BECAME_OR_COUNTERPART.  The other words' first tests fail. */
static uint64_t words_to_try(const relkg_ctx *ctx, const size_t *ws, size_t n_ws, size_t w0,
			     size_t last_title, const title_starts *ts)
{
	size_t n = n_ws - w0 < 64 ? n_ws - w0 : 64;
	uint64_t may = relkg_word_class_mask(ctx->doc->text, ws + w0, n, BECAME_OR_COUNTERPART);
	may |= w0 < ts->n ? ts->bits[w0 / 64] : ~UINT64_C(0); /* ts: words 64 at a time */
	if (last_title != RELKG_GZ_NONE) {
		size_t upto = 0; /* the words at or before it: ws is in order */
		for (size_t w = 0; w < n; ++w) {
			upto += ws[w0 + w] <= last_title;
		}
		may |= upto == 64 ? ~UINT64_C(0) : (UINT64_C(1) << upto) - 1;
	}
	return n == 64 ? may : may & ((UINT64_C(1) << n) - 1);
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
		title_starts ts;
		size_t last_title = last_title_at(ctx, si, ws, n_ws, &ts);
		for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) {
			uint64_t may = words_to_try(ctx, ws, n_ws, w0, last_title, &ts);
			while (may) {
				size_t w = w0 + relkg_mask_next(&may);
				TRY(st, office_rules_at(ctx, si, ws, w, last_title, &ts, &from));
			}
		}
		relkg_mentions_sort(ctx->mentions);
	}
	return RELKG_OK;
}
