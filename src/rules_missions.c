/* Diplomatic missions:
 *   "Embassy of Japan in Moscow", "Consulate-General of the Russian Federation
 *   in Sapporo", "Embassy of Georgia to Japan";
 *   "the Russian Embassy", "the Japanese consulate in X";
 *   "Georgia has maintained an embassy in Tokyo", "Japan's embassy in X".
 * The host state is the city's country, the named country, or else the
 * article's other party.  One embassy per sending and host state; one
 * consulate per sending state and city. */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "cut_copy.h"
#include "entities.h"
#include "names.h"
#include "phrases.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_of_in = {"mission-of-in", "mission of a state in a place",
	"\"Embassy of Japan in Moscow\", \"Consulate-General of the Russian Federation in "
	"Sapporo\", \"Embassy of Georgia to Japan\"."};
static const relkg_rule rule_demonym = {"mission-demonym", "mission named by a demonym",
	"\"the Russian Embassy\", \"the Japanese consulate in Busan\": the state from the "
	"demonym, the host from the place or the article's other party."};
static const relkg_rule rule_has = {"mission-state-has", "a state has a mission",
	"\"Georgia has maintained an embassy in Tokyo\", \"Japan's embassy in Tbilisi\": the "
	"sending state is the sentence's country before it."};

typedef enum { MISSION_EMBASSY, MISSION_CONSULATE, MISSION_OTHER } mission_type;

static const struct {
	const char *word;
	mission_type type;
} kinds[] = {
	{"consulate-generals", MISSION_CONSULATE}, {"consulate generals", MISSION_CONSULATE},
	{"consulate-general", MISSION_CONSULATE}, {"consulate general", MISSION_CONSULATE},
	{"consulate", MISSION_CONSULATE},	  {"embassy", MISSION_EMBASSY},
	{"high commission", MISSION_EMBASSY},	  {"permanent mission", MISSION_OTHER},
	{"legation", MISSION_EMBASSY},
	{"consulates-general", MISSION_CONSULATE}, {"consulates general", MISSION_CONSULATE},
	{"consulates", MISSION_CONSULATE}, {"embassies", MISSION_EMBASSY},
};

#define N_KINDS (sizeof(kinds) / sizeof(*kinds))

/* The kinds' words by first letter (kind_at is asked at every word the
 * word scanner passes to the two rules). */
static const char *kind_list[N_KINDS + 1];
static relkg_phrases kind_set;
static pthread_once_t kind_once = PTHREAD_ONCE_INIT;

static void kind_set_init(void)
{
	for (size_t k = 0; k < N_KINDS; ++k) {
		kind_list[k] = kinds[k].word;
	}
	kind_list[N_KINDS] = NULL;
	(void)relkg_phrases_init(&kind_set, kind_list);
}

static size_t kind_at(const char *t, size_t i, size_t end, mission_type *type)
{
	size_t n;
	pthread_once(&kind_once, kind_set_init);
	int k = relkg_phrases_at(&kind_set, t, i, end, &n);
	if (k < 0) {
		return 0;
	}
	*type = kinds[k].type;
	return n;
}

typedef struct {
	size_t city;    /* entity or NONE */
	size_t country; /* host country entity or NONE */
	size_t end;
} place;

static int place_at(relkg_ctx *ctx, size_t p, size_t end, place *out);

/* "in Moscow", "to Japan", "in Yuzhno-Sakhalinsk" (a place the gazetteer
 * lacks becomes a city of the host). */
static int place_after(relkg_ctx *ctx, size_t p, size_t end, place *out)
{
	const char *t = ctx->doc->text;
	p = relkg_skip_space(t, p, end);
	size_t k = relkg_starts_with(t, p, end, "in");
	if (!k) {
		k = relkg_starts_with(t, p, end, "to");
	}
	if (!k) {
		return 0;
	}
	return place_at(ctx, relkg_skip_space(t, p + k, end), end, out);
}

/* The place named at p: a known city, a country (a capital standing for
 * it is its city), else an unknown capitalized word taken as a city. */
static int place_at(relkg_ctx *ctx, size_t p, size_t end, place *out)
{
	const char *t = ctx->doc->text;
	size_t th = relkg_starts_with(t, p, end, "the");
	if (th) {
		p = relkg_skip_space(t, p + th, end);
	}
	const relkg_mentions *m = ctx->mentions;
	size_t i = relkg_mentions_at(m, p, RELKG_ENT_CITY, 0);
	if (i != RELKG_NONE) {
		*out = (place){m->ms[i].entity, m->ents[m->ms[i].entity].country, m->ms[i].span.end};
		return 1;
	}
	i = relkg_mentions_at(m, p, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN);
	if (i != RELKG_NONE) {
		if (m->ms[i].flags & RELKG_MF_CAPITAL) { /* a capital: the city */
			const relkg_gz_country *c = relkg_gazetteer_country(
				relkg_ctx_gaz(ctx), relkg_ent_country_gz(ctx, m->ms[i].entity));
			if (c && c->capital) { /* the capital written, of several ("Cape Town") */
				size_t city = relkg_ent_city(ctx, t + p, m->ms[i].span.end - p,
							     m->ms[i].entity);
				*out = (place){city, m->ms[i].entity, m->ms[i].span.end};
				return city != RELKG_NONE;
			}
		}
		*out = (place){RELKG_NONE, m->ms[i].entity, m->ms[i].span.end};
		return 1;
	}
	/* an unknown capitalized word: a city */
	size_t e = relkg_word_end(t, p, end);
	if (e == p || !relkg_is_upper_at(t + p, end - p) || relkg_name_stopword(ctx, p, e, end)) {
		return 0;
	}
	for (int words = 1; words < 3; ++words) { /* "Saint Petersburg", "Sidi Bel Abbès" */
		size_t n2 = relkg_skip_space(t, e, end);
		if (n2 == e || n2 >= end || !relkg_is_upper_at(t + n2, end - n2)) {
			break;
		}
		size_t e2 = relkg_word_end(t, n2, end);
		if (relkg_name_stopword(ctx, n2, e2, end)) {
			break;
		}
		e = e2;
	}
	size_t city = relkg_ent_city(ctx, t + p, e - p, RELKG_NONE);
	if (city == RELKG_NONE) {
		return 0;
	}
	*out = (place){city, RELKG_NONE, e};
	return 1;
}

static size_t other_party(const relkg_ctx *ctx, size_t sending)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	for (int k = 0; k < 2; ++k) {
		size_t a = m->parties[k], b = m->parties[1 - k];
		if (a != RELKG_NONE && b != RELKG_NONE &&
		    relkg_gazetteer_same_lineage(gaz, relkg_ent_country_gz(ctx, a),
						 relkg_ent_country_gz(ctx, sending))) {
			return b;
		}
	}
	return RELKG_NONE;
}

static relkg_status emit_mission(relkg_ctx *ctx, size_t si, size_t b, size_t e,
				 mission_type type, size_t sending, place *pl,
				 const relkg_rule *rule)
{
	relkg_mentions *m = ctx->mentions;
	relkg_status st;
	if (type == MISSION_CONSULATE && pl->city == RELKG_NONE) {
		return RELKG_OK; /* a consulate is one of a city: "Polish consulates" name none */
	}
	size_t host = pl->country;
	if (host == RELKG_NONE) {
		host = other_party(ctx, sending);
	}
	if (host == sending) {
		return RELKG_OK;
	}
	if (pl->city != RELKG_NONE && m->ents[pl->city].country == RELKG_NONE && host != RELKG_NONE) {
		TRY(st, relkg_ent_set_country(ctx, pl->city, host));
	}
	static const char *const names[] = {"Embassy", "Consulate", "Diplomatic mission"};
	static const char *const classes[] = {"rkg:Embassy", "rkg:Consulate",
					      "rkg:DiplomaticMission"};
	relkg_buf key, label;
	relkg_buf_init(&key);
	relkg_buf_init(&label);
	const char *where = pl->city != RELKG_NONE ? m->ents[pl->city].label
			  : host != RELKG_NONE ? m->ents[host].label : NULL;
	const char *label_parts[] = {names[type], " of ", m->ents[sending].label, where ? " in " : "",
		where ? where : ""};
	st = relkg_buf_cat(&label, label_parts, 5);
	/* an embassy is one per pair of states; a consulate one per city */
	const char *key_where = type == MISSION_EMBASSY && host != RELKG_NONE ? m->ents[host].label
										 : where;
	if (!st) {
		const char *key_parts[] = {names[type], " ", m->ents[sending].label, " ",
			key_where ? key_where : ""};
		st = relkg_buf_cat(&key, key_parts, 5);
	}
	size_t ent = st ? RELKG_NONE
			: relkg_ent_keyed(ctx, RELKG_ENT_MISSION, "mission", classes[type], key.data,
					  key.len, label.data, label.len);
	relkg_buf_clear(&key);
	relkg_buf_clear(&label);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	const char *iri = m->ents[ent].iri;
	m->ents[ent].country = sending;
	TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:sendingState", m->ents[sending].iri));
	if (host != RELKG_NONE) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:hostState", m->ents[host].iri));
	}
	if (pl->city != RELKG_NONE) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:location", m->ents[pl->city].iri));
	}
	TRY(st, relkg_mentions_add(m, (relkg_span){b, e}, si, ent, RELKG_MF_NAME));
	return relkg_ctx_provenance(ctx, iri, si, rule, 0.8);
}

/* "Embassy of [the] X in|to Y" */
static relkg_status of_in_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	mission_type type;
	size_t k = kind_at(t, i, end, &type);
	if (!k) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, i + k, end);
	size_t of = relkg_starts_with(t, p, end, "of");
	if (!of) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + of, end);
	size_t th = relkg_starts_with(t, p, end, "the");
	if (th) {
		p = relkg_skip_space(t, p + th, end);
	}
	size_t ce, sending = relkg_country_at(ctx, p, &ce);
	if (sending == RELKG_NONE) {
		return RELKG_OK;
	}
	place pl = {RELKG_NONE, RELKG_NONE, ce};
	place_after(ctx, ce, end, &pl);
	*next = pl.end;
	return emit_mission(ctx, si, i, pl.end, type, sending, &pl, &rule_of_in);
}

/* "and [a|an] consulate in Y" after a mission word that names no place
 * (ending at p): Y is its place too.  pl->end stays p, so that the
 * second mission is read in its turn. */
static int shared_place(relkg_ctx *ctx, size_t p, size_t end, place *pl)
{
	const char *t = ctx->doc->text;
	size_t q = relkg_skip_space(t, p, end);
	size_t a = relkg_starts_with(t, q, end, "and");
	if (!a) {
		return 0;
	}
	q = relkg_skip_space(t, q + a, end);
	size_t d = relkg_starts_with(t, q, end, "a");
	if (!d) {
		d = relkg_starts_with(t, q, end, "an");
	}
	if (d) {
		q = relkg_skip_space(t, q + d, end);
	}
	mission_type type;
	size_t k = kind_at(t, q, end, &type);
	if (!k || !place_after(ctx, q + k, end, pl)) {
		return 0;
	}
	pl->end = p;
	return 1;
}

/* "X is represented in Z by": the last such before `before` in the
 * sentence gives X (returned) and Z (*host); NONE when there is none. */
static size_t represented(const relkg_ctx *ctx, size_t si, size_t before, size_t *host)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, rep = RELKG_NONE;
	for (size_t p = sb; p < before; ++p) {
		if (relkg_word_start_at(t, p) && relkg_starts_with(t, p, before, "represented in")) {
			rep = p;
		}
	}
	if (rep == RELKG_NONE) {
		return RELKG_NONE;
	}
	size_t we, w = relkg_prev_word(t, sb, rep, &we); /* "is", "was" */
	if (w == (size_t)-1 || !(relkg_word_is(t, w, we, "is") || relkg_word_is(t, w, we, "was") ||
				 relkg_word_is(t, w, we, "are"))) {
		return RELKG_NONE;
	}
	size_t ce, x = RELKG_NONE;
	size_t cw = relkg_prev_word(t, sb, w, &ce);
	if (cw != (size_t)-1) {
		x = relkg_country_at(ctx, cw, &ce);
	}
	size_t z = relkg_country_at(ctx, relkg_skip_space(t, rep + 14, before), &ce);
	if (x == RELKG_NONE || z == RELKG_NONE || x == z) {
		return RELKG_NONE;
	}
	*host = z;
	return x;
}

/* "Both countries have embassies in each other's capitals": the mission
 * word at i..e, plural, and the article's two states: each has one in the
 * other's capital (the gazetteer's). */
static relkg_status each_others(relkg_ctx *ctx, size_t si, size_t i, size_t e,
				mission_type type, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	const relkg_mentions *m = ctx->mentions;
	size_t p = relkg_skip_space(t, e, end);
	size_t k = relkg_starts_with(t, p, end, "in each other's capitals");
	if (!k) {
		k = relkg_starts_with(t, p, end, "in each other's capital");
	}
	if (!k || t[e - 1] != 's' || m->parties[0] == RELKG_NONE || m->parties[1] == RELKG_NONE) {
		return RELKG_OK;
	}
	relkg_status st;
	for (int a = 0; a < 2; ++a) {
		size_t from = m->parties[a], to = m->parties[1 - a];
		const relkg_gz_country *c = relkg_gazetteer_country(relkg_ctx_gaz(ctx),
								     relkg_ent_country_gz(ctx, to));
		place pl = {RELKG_NONE, to, p + k};
		if (c && c->capital) {
			pl.city = relkg_ent_city(ctx, c->capital, strlen(c->capital), to);
		}
		TRY(st, emit_mission(ctx, si, i, e, type, from, &pl, &rule_has));
	}
	*next = p + k;
	return RELKG_OK;
}

/* "the Russian Embassy [in Y]", "Japan's embassy in Y", "an embassy in Y" */
/* Does a mission of this sentence end right before the comma before i
 * ("X has an embassy in Y, consulates-general in A and B")?  Then the
 * kind word at i lists another of the same state's. */
static int after_mission(const relkg_ctx *ctx, size_t si, size_t i)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, p = i;
	while (p > sb && t[p - 1] == ' ') {
		--p;
	}
	if (p == sb || t[p - 1] != ',') {
		return 0;
	}
	--p;
	const relkg_mentions *m = ctx->mentions;
	for (size_t j = 0; j < m->n; ++j) {
		if (m->ms[j].span.end == p && m->ms[j].span.begin >= sb &&
		    m->ents[m->ms[j].entity].kind == RELKG_ENT_MISSION) {
			return 1;
		}
	}
	return 0;
}

static relkg_status kind_word_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	mission_type type;
	size_t k = kind_at(t, i, end, &type);
	if (!k) {
		return RELKG_OK;
	}
	size_t pe, pw = relkg_prev_word(t, sb, i, &pe);
	place pl = {RELKG_NONE, RELKG_NONE, i + k};
	int has_place = place_after(ctx, i + k, end, &pl);
	if (!has_place) { /* "an embassy and a consulate in Algiers": both there */
		has_place = shared_place(ctx, i + k, end, &pl);
	}
	/* demonym or possessive right before */
	const relkg_mentions *m = ctx->mentions;
	for (size_t j = 0; pw != (size_t)-1 && j < m->n; ++j) {
		if (m->ms[j].span.begin == pw && m->ents[m->ms[j].entity].kind == RELKG_ENT_COUNTRY &&
		    !(m->ms[j].flags & RELKG_MF_PRONOUN)) {
			*next = pl.end;
			return emit_mission(ctx, si, pw, pl.end, type, m->ms[j].entity, &pl,
					    &rule_demonym);
		}
	}
	static const char *const dets[] = {"an", "a", "its", "and", "has", "have", "maintains", "opened",
		"operates", "two", "three", "four", "five", "six", "seven", "eight", "several",
		"honorary", "resident", NULL};
	if (!has_place && pw != (size_t)-1 && relkg_word_in(t, pw, pe, dets)) {
		return each_others(ctx, si, i, i + k, type, next); /* "embassies in each other's capitals" */
	}
	int listed = after_mission(ctx, si, i); /* "an embassy in X, consulates in Y" */
	if (!has_place || (!listed && (pw == (size_t)-1 || !relkg_word_in(t, pw, pe, dets)))) {
		return RELKG_OK;
	}
	/* "X has (maintained) an embassy in Y": the nearest country named before;
	 * "X is represented in Z by an embassy in Y": X */
	size_t sending = RELKG_NONE, host = RELKG_NONE;
	size_t before = pw != (size_t)-1 ? pw : i; /* after a comma: no word before */
	size_t rep = represented(ctx, si, before, &host);
	if (rep != RELKG_NONE && pl.country == RELKG_NONE) {
		pl.country = host;
	}
	int its = pw != (size_t)-1 && relkg_word_is(t, pw, pe, "its"); /* "X is accredited to Y
									 * from its embassy in Z": X */
	for (size_t j = 0; j < m->n && rep == RELKG_NONE; ++j) {
		if (its && sending != RELKG_NONE) {
			break; /* the first, the subject */
		}
		if (m->ms[j].span.begin >= sb && m->ms[j].span.end <= before &&
		    m->ents[m->ms[j].entity].kind == RELKG_ENT_COUNTRY &&
		    (m->ms[j].flags & RELKG_MF_NAME) &&
		    (sending == RELKG_NONE || m->ms[j].span.begin > m->ms[sending].span.begin)) {
			sending = j;
		}
	}
	if (sending == RELKG_NONE && rep == RELKG_NONE) {
		return RELKG_OK;
	}
	*next = pl.end;
	size_t from = rep != RELKG_NONE ? rep : m->ms[sending].entity;
	relkg_status st;
	TRY(st, emit_mission(ctx, si, i, pl.end, type, from, &pl, &rule_has));
	if (strncasecmp(t + i, "consulates", 10) != 0 && strncasecmp(t + i, "embassies", 9) != 0 &&
	    strncasecmp(t + i + k - 1, "s", 1) != 0) { /* "consulate generals" */
		return RELKG_OK;
	}
	/* "consulates in A, B and C" */
	for (size_t p = pl.end; p < end;) {
		p = relkg_skip_space(t, p, end);
		if (p < end && t[p] == ',') {
			p = relkg_skip_space(t, p + 1, end);
		}
		size_t a = relkg_starts_with(t, p, end, "and");
		if (a) {
			p = relkg_skip_space(t, p + a, end);
		}
		place more = {RELKG_NONE, RELKG_NONE, p};
		if (p >= end || !relkg_is_upper_at(t + p, end - p) || !place_at(ctx, p, end, &more) ||
		    more.city == RELKG_NONE) {
			break;
		}
		TRY(st, emit_mission(ctx, si, p, more.end, type, from, &more, &rule_has));
		*next = p = more.end;
	}
	return RELKG_OK;
}

relkg_status relkg_rules_missions(relkg_ctx *ctx)
{
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	/* both start at a kind word */
	const char *kind_words[sizeof(kinds) / sizeof(*kinds) + 1];
	for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); ++k) {
		kind_words[k] = kinds[k].word;
	}
	kind_words[sizeof(kinds) / sizeof(*kinds)] = NULL;
	uint64_t kind_starts = relkg_wc_folded_list(kind_words);
	const relkg_word_pattern patterns[] = {
		{of_in_at, kind_starts, NULL, kind_words, NULL},
		{kind_word_at, kind_starts, NULL, kind_words, NULL},
		{NULL, 0, NULL, NULL, NULL}};
	return relkg_each_word(ctx, patterns);
}
