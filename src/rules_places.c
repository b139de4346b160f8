/* Places: cities (gazetteer cities, and capitals used as places), and
 * territories named by general patterns:
 *   island groups      "the Aland Islands", "the Spratly Islands", "X Rocks"
 *                      ("Southern X Islands" is X Islands);
 *   "the island(s) of X";
 *   listed areas       "two areas (A and the B Islands)";
 *   changes of control "annexation of X", "annexed X", "occupied X";
 *   claims             "territorial claims over X and Y", "sovereignty over X";
 *   "disputed X";
 *   aliases            "X (A or B)" after a territory.
 * Disputes: "the X dispute", "dispute over X", and stated territorial
 * claims, with their parties (the claimant, else the article's parties). */
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "gaz_memo.h"
#include "names.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_dispute_named = {"dispute-named", "named territorial dispute",
	"\"the X dispute\" or \"the dispute over X\" where X is a territory; the parties are the "
	"article's two countries: \"the Spratly Islands dispute\"."};
static const relkg_rule rule_dispute_claims = {"dispute-territorial-claims",
	"territorial claims",
	"\"territorial claims over/on X (and Y)\": a dispute over X with the claimant (\"Georgia's "
	"territorial claims\") or else the article's two countries as parties."};

static const char *const island_words[] = {"Islands", "Island", "Isles", "Islets", "Rocks",
	"Atoll", "Archipelago", "Reef", "Reefs", "Shoal", NULL};
static const char *const directions[] = {"Southern", "Northern", "Eastern", "Western", NULL};
static const char *const function_words[] = {"The", "A", "An", "In", "On", "At", "Of", "And",
	"Or", "But", "For", "With", "By", "From", "To", "As", "After", "Before", "During", "Since",
	"Despite", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "Both",
	"Many", "Some", "All", "Two", "Three", "Four", "Five", "Several", "Other", NULL};
static const char *const area_nouns[] = {"areas", "islands", "territories", "regions",
	"islets", "provinces", "districts", "prefectures", "republics", "enclaves", NULL};
static const char *const control_phrases[] = {"annexation of", "annexed", "occupation of",
	"occupied", "disputed", "sovereignty over", "secession of", NULL};

static const char *const claims[] = {"territorial claims over", "territorial claims on",
	"territorial claims to", "territorial claim over", "territorial claim on",
	"territorial claim to", NULL};

typedef struct {
	size_t ents[8];
	size_t n;
} ent_list;

/* ---------------------------------------------------------------- helpers */

/* A capitalized run of up to 4 words at i that is no country: its end, or i. */
static size_t proper_run(const relkg_ctx *ctx, size_t i, size_t end)
{
	const char *t = ctx->doc->text;
	size_t p = i, last = i;
	for (int n = 0; n < 4 && p < end && relkg_is_upper_at(t + p, end - p); ++n) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p || relkg_word_in(t, p, e, function_words)) {
			break;
		}
		last = e;
		if (e + 1 < end && t[e] == ' ' && relkg_is_upper_at(t + e + 1, end - e - 1)) {
			p = e + 1;
		} else {
			break;
		}
	}
	return last;
}

static int is_country_at(const relkg_ctx *ctx, size_t b, size_t e)
{
	size_t ce;
	if (relkg_country_at(ctx, b, &ce) != RELKG_NONE && ce >= e) {
		return 1;
	}
	return relkg_gazetteer_find_country(relkg_ctx_gaz(ctx), ctx->doc->text + b, e - b) !=
	       RELKG_GZ_NONE;
}

static size_t add_territory(relkg_ctx *ctx, size_t si, size_t b, size_t e, int island)
{
	const char *t = ctx->doc->text;
	size_t ent = relkg_ent_named(ctx, RELKG_ENT_TERRITORY, "territory",
				     island ? "rkg:Island" : "rkg:Territory", t + b, e - b);
	if (ent == RELKG_NONE) {
		return RELKG_NONE;
	}
	if (island) {
		ctx->mentions->ents[ent].flags |= RELKG_EF_ISLAND;
	}
	if (!relkg_mentions_covered(ctx->mentions, b, e) &&
	    relkg_mentions_add(ctx->mentions, (relkg_span){b, e}, si, ent, RELKG_MF_NAME) != RELKG_OK) {
		return RELKG_NONE;
	}
	return ent;
}

/* The territory mentioned at i (after an optional "the"), or NONE. */
static size_t territory_at(const relkg_ctx *ctx, size_t i, size_t end, size_t *out_end)
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, i, end, "the");
	if (k) {
		i = relkg_skip_space(t, i + k, end);
	}
	const relkg_mentions *m = ctx->mentions;
	size_t j = relkg_mentions_at(m, i, RELKG_ENT_TERRITORY, 0);
	if (j == RELKG_NONE) {
		return RELKG_NONE;
	}
	*out_end = m->ms[j].span.end;
	return m->ms[j].entity;
}

/* ---------------------------------------------------------------- cities */

static relkg_status city_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	relkg_gz_hit hit;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	if (!relkg_gaz_memo_match(ctx, gaz, si, i, &hit) ||
	    (hit.form != RELKG_GZ_CITY && hit.form != RELKG_GZ_CAPITAL)) {
		return RELKG_OK;
	}
	*next = i + hit.len;
	if (relkg_mentions_covered(ctx->mentions, i, i + hit.len)) {
		return RELKG_OK; /* the capital stands for its state */
	}
	size_t e = i + hit.len;
	size_t n = relkg_skip_space(t, e, end);
	if (n > e && n < end && relkg_is_upper_at(t + n, end - n)) {
		return RELKG_OK; /* "Tokyo Stock Exchange" */
	}
	size_t country = hit.country != RELKG_GZ_NONE ? relkg_ent_country(ctx, hit.country)
						       : RELKG_NONE;
	const relkg_gz_city *c = relkg_gazetteer_city(gaz, hit.ref);
	size_t ent = relkg_ent_city(ctx, c->name, strlen(c->name), country);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	return relkg_mentions_add(ctx->mentions, (relkg_span){i, e}, si, ent, RELKG_MF_NAME);
}

/* ---------------------------------------------------------------- territories */

/* "[Southern] X Islands" at i. */
static relkg_status island_group_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	if (!relkg_is_upper_at(t + i, end - i)) {
		return RELKG_OK;
	}
	size_t b = i, p = i, words = 0;
	while (p < end && words < 4) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p || !relkg_is_upper_at(t + p, end - p) ||
		    relkg_word_in(t, p, e, function_words)) {
			return RELKG_OK;
		}
		if (relkg_word_in(t, p, e, island_words)) {
			if (words == 0) {
				return RELKG_OK;
			}
			if (is_country_at(ctx, b, e)) {
				*next = e;
				return RELKG_OK;
			}
			/* "Southern X Islands" is part of X Islands: the group */
			size_t fe = relkg_word_end(t, b, end);
			if (words > 1 && relkg_word_in(t, b, fe, directions)) {
				b = relkg_skip_space(t, fe, end);
			}
			*next = e;
			return add_territory(ctx, si, b, e, 1) == RELKG_NONE ? RELKG_ERR_NOMEM
										   : RELKG_OK;
		}
		++words;
		if (e + 1 < end && t[e] == ' ') {
			p = e + 1;
		} else {
			return RELKG_OK;
		}
	}
	return RELKG_OK;
}

/* Adds the proper names of a list "A, B and the C" starting at p; returns
 * the list's end. */
static size_t list_items(relkg_ctx *ctx, size_t si, size_t p, size_t end, int island,
			 ent_list *out, relkg_status *st)
{
	const char *t = ctx->doc->text;
	size_t last = p;
	while (p < end) {
		p = relkg_skip_space(t, p, end);
		size_t k = relkg_starts_with(t, p, end, "the");
		if (k) {
			p = relkg_skip_space(t, p + k, end);
		}
		size_t te, ent = territory_at(ctx, p, end, &te);
		if (ent == RELKG_NONE) {
			size_t e = proper_run(ctx, p, end);
			if (e == p || is_country_at(ctx, p, e)) {
				break;
			}
			ent = add_territory(ctx, si, p, e, island);
			if (ent == RELKG_NONE) {
				*st = RELKG_ERR_NOMEM;
				return p;
			}
			te = e;
		}
		if (out && out->n < 8) {
			out->ents[out->n++] = ent;
		}
		last = p = te;
		p = relkg_skip_space(t, p, end);
		if (p < end && t[p] == ',') {
			++p;
		}
		p = relkg_skip_space(t, p, end);
		size_t a = relkg_starts_with(t, p, end, "and");
		if (!a) {
			a = relkg_starts_with(t, p, end, "or");
		}
		if (a) {
			p += a;
		} else if (p < end && t[p - 1] != ',') {
			break;
		}
	}
	return last;
}

/* "areas (A and the B Islands)", "the island(s) of X" */
static relkg_status listed_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t e = relkg_word_end(t, i, end);
	relkg_status st = RELKG_OK;
	if (e > i && relkg_word_in(t, i, e, area_nouns)) {
		size_t p = relkg_skip_space(t, e, end);
		int island = relkg_word_is(t, i, e, "islands") || relkg_word_is(t, i, e, "islets");
		if (p < end && t[p] == '(') {
			*next = list_items(ctx, si, p + 1, end, island, NULL, &st);
			return st;
		}
	}
	size_t k = relkg_starts_with(t, i, end, "the islands of");
	if (!k) {
		k = relkg_starts_with(t, i, end, "the island of");
	}
	if (k) {
		*next = list_items(ctx, si, relkg_skip_space(t, i + k, end), end, 1, NULL, &st);
	}
	return st;
}

/* "annexation of X", "occupied X", "disputed X", "sovereignty over X" */
static relkg_status controlled_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	for (const char *const *c = control_phrases; *c; ++c) {
		size_t k = relkg_starts_with(t, i, end, *c);
		if (!k) {
			continue;
		}
		size_t p = relkg_skip_space(t, i + k, end);
		size_t a = relkg_starts_with(t, p, end, "the");
		if (a) {
			p = relkg_skip_space(t, p + a, end);
		}
		size_t te;
		if (territory_at(ctx, p, end, &te) != RELKG_NONE) {
			*next = te;
			return RELKG_OK;
		}
		size_t e = proper_run(ctx, p, end);
		if (e == p || is_country_at(ctx, p, e) || relkg_mentions_covered(ctx->mentions, p, e)) {
			return RELKG_OK;
		}
		*next = e;
		return add_territory(ctx, si, p, e, 0) == RELKG_NONE ? RELKG_ERR_NOMEM : RELKG_OK;
	}
	return RELKG_OK;
}

/* ---------------------------------------------------------------- disputes */

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* "between A and B" at p: the two countries, else 0. */
static int between_at(const relkg_ctx *ctx, size_t p, size_t end, size_t out[2])
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, p, end, "between");
	if (!k) {
		return 0;
	}
	size_t e1, e2;
	size_t a = relkg_country_at(ctx, relkg_skip_space(t, p + k, end), &e1);
	if (a == RELKG_NONE) {
		return 0;
	}
	size_t q = relkg_skip_space(t, e1, end);
	size_t n = relkg_starts_with(t, q, end, "and");
	size_t b = n ? relkg_country_at(ctx, relkg_skip_space(t, q + n, end), &e2) : RELKG_NONE;
	if (b == RELKG_NONE || b == a) {
		return 0;
	}
	out[0] = a;
	out[1] = b;
	return 1;
}

static relkg_status emit_dispute_between(relkg_ctx *ctx, size_t si, ent_list *terr,
					 size_t claimant, const size_t *between,
					 const relkg_rule *rule);

static relkg_status emit_dispute(relkg_ctx *ctx, size_t si, ent_list *terr, size_t claimant,
				 const relkg_rule *rule)
{
	return emit_dispute_between(ctx, si, terr, claimant, NULL, rule);
}

/* A dispute over terr; its parties are the claimant (with the territory
 * claimedBy it), else the countries named "between A and B", else the
 * article's two countries. */
static relkg_status emit_dispute_between(relkg_ctx *ctx, size_t si, ent_list *terr,
					 size_t claimant, const size_t *between,
					 const relkg_rule *rule)
{
	relkg_mentions *m = ctx->mentions;
	relkg_buf label;
	relkg_buf_init(&label);
	qsort(terr->ents, terr->n, sizeof(size_t), cmp_size);
	relkg_status st = RELKG_OK;
	if (terr->n == 1) {
		st = relkg_buf_printf(&label, "%s dispute", m->ents[terr->ents[0]].label);
	} else {
		st = relkg_buf_puts(&label, "Dispute over ");
		for (size_t i = 0; !st && i < terr->n; ++i) {
			st = relkg_buf_printf(&label, "%s%s", i == 0 ? "" : i + 1 == terr->n ? " and " : ", ",
					      m->ents[terr->ents[i]].label);
		}
	}
	size_t d = st ? RELKG_NONE
		      : relkg_ent_named(ctx, RELKG_ENT_DISPUTE, "dispute", "rkg:Dispute", label.data,
					label.len);
	relkg_buf_clear(&label);
	if (d == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	const char *iri = m->ents[d].iri;
	for (size_t i = 0; i < terr->n; ++i) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:concerns", m->ents[terr->ents[i]].iri));
		if (claimant != RELKG_NONE) {
			TRY(st, relkg_graph_iri(ctx->graph, m->ents[terr->ents[i]].iri, "rkg:claimedBy",
						m->ents[claimant].iri));
		}
	}
	if (claimant != RELKG_NONE) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[claimant].iri));
	} else if (between) {
		for (int k = 0; k < 2; ++k) {
			TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[between[k]].iri));
		}
	} else {
		for (int k = 0; k < 2; ++k) {
			if (m->parties[k] != RELKG_NONE) {
				TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party",
							m->ents[m->parties[k]].iri));
			}
		}
	}
	return relkg_ctx_provenance(ctx, iri, si, rule, claimant != RELKG_NONE ? 0.8 : 0.7);
}

/* The country whose possessive ends right before i ("Georgia's"). */
static size_t possessor_before(const relkg_ctx *ctx, size_t si, size_t i)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	while (i > sb && t[i - 1] == ' ') {
		--i;
	}
	if (i < sb + 3 || t[i - 1] != 's' || t[i - 2] != '\'') {
		return RELKG_NONE;
	}
	const relkg_mentions *m = ctx->mentions;
	for (size_t j = 0; j < m->n; ++j) {
		if (m->ms[j].span.end == i - 2 && m->ents[m->ms[j].entity].kind == RELKG_ENT_COUNTRY &&
		    !(m->ms[j].flags & RELKG_MF_PRONOUN)) {
			return m->ms[j].entity;
		}
	}
	return RELKG_NONE;
}

static relkg_status dispute_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	relkg_status st = RELKG_OK;
	ent_list terr = {{0}, 0};
	size_t te, ent = territory_at(ctx, i, end, &te);
	if (ent != RELKG_NONE) { /* "the X dispute" */
		size_t p = relkg_skip_space(t, te, end);
		size_t dn = relkg_starts_with(t, p, end, "dispute");
		if (dn) {
			*next = te;
			terr.ents[terr.n++] = ent;
			size_t two[2];
			int named = between_at(ctx, relkg_skip_space(t, p + dn, end), end, two);
			return emit_dispute_between(ctx, si, &terr, RELKG_NONE, named ? two : NULL,
						    &rule_dispute_named);
		}
		return RELKG_OK;
	}
	size_t k = relkg_starts_with(t, i, end, "dispute over");
	if (k) {
		size_t p = relkg_skip_space(t, i + k, end);
		if ((ent = territory_at(ctx, p, end, &te)) != RELKG_NONE) {
			terr.ents[terr.n++] = ent;
			*next = te;
			return emit_dispute(ctx, si, &terr, RELKG_NONE, &rule_dispute_named);
		}
		return RELKG_OK;
	}
	for (const char *const *c = claims; *c; ++c) {
		if (!(k = relkg_starts_with(t, i, end, *c))) {
			continue;
		}
		size_t p = relkg_skip_space(t, i + k, end);
		size_t e = list_items(ctx, si, p, end, 0, &terr, &st);
		if (st || terr.n == 0) {
			return st;
		}
		*next = e;
		size_t b = i;
		size_t a = relkg_prev_word(t, ctx->doc->sentences[si].span.begin, i, &te);
		if (a != (size_t)-1 && relkg_word_is(t, a, te, "the")) {
			b = a;
		}
		return emit_dispute(ctx, si, &terr, possessor_before(ctx, si, b), &rule_dispute_claims);
	}
	return RELKG_OK;
}

/* "X (A or B)" right after a territory: A and B are its other names. */
static relkg_status aliases_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t te, ent = territory_at(ctx, i, end, &te);
	if (ent == RELKG_NONE || relkg_starts_with(t, i, end, "the")) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, te, end);
	if (p >= end || t[p] != '(') {
		return RELKG_OK;
	}
	*next = te;
	relkg_status st;
	for (p = p + 1; p < end;) {
		size_t e = proper_run(ctx, p, end);
		if (e == p || is_country_at(ctx, p, e)) {
			return RELKG_OK;
		}
		TRY(st, relkg_graph_text(ctx->graph, ctx->mentions->ents[ent].iri, "skos:altLabel",
					 t + p, e - p, "en"));
		if (!relkg_mentions_covered(ctx->mentions, p, e)) {
			TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){p, e}, si, ent,
						   RELKG_MF_NAME));
		}
		p = relkg_skip_space(t, e, end);
		size_t k = relkg_starts_with(t, p, end, "or");
		if (!k && p < end && t[p] == ',') {
			k = 1;
		}
		if (!k) {
			break;
		}
		p = relkg_skip_space(t, p + k, end);
	}
	*next = p;
	return RELKG_OK;
}

/* The first occurrence of w[0..n) at or after p that ends by text[end]
 * and before any NUL, or NULL: strstr bounded to one sentence (an
 * unbounded search ran to the end of the article for every sentence). */
static const char *find_in(const char *text, const char *p, size_t end, const char *w,
			   size_t n)
{
	size_t len = end - (size_t)(p - text);
	const char *nul = memchr(p, '\0', len);
	if (nul) {
		len = (size_t)(nul - p);
	}
	for (const char *e = p + len; n > 0 && (size_t)(e - p) >= n;) {
		const char *q = memchr(p, w[0], (size_t)(e - p) - n + 1);
		if (!q || memcmp(q, w, n) == 0) {
			return q;
		}
		p = q + 1;
	}
	return n == 0 ? p : NULL;
}

/* Every later occurrence of a territory's name is a mention of it. */
static relkg_status remention(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	relkg_mentions *m = ctx->mentions;
	relkg_status st;
	size_t n_ents = m->n_ents;
	for (size_t e = 0; e < n_ents; ++e) {
		if (m->ents[e].kind != RELKG_ENT_TERRITORY) {
			continue;
		}
		const char *label = m->ents[e].label;
		size_t n = strlen(label);
		for (size_t si = 0; si < doc->n_sentences; ++si) {
			relkg_span sp = doc->sentences[si].span;
			for (const char *p = doc->text + sp.begin;
			     (p = find_in(doc->text, p, sp.end, label, n)) != NULL; p += n) {
				size_t b = (size_t)(p - doc->text);
				if (!relkg_word_start(doc->text, b) ||
				    relkg_is_letter_at(p + n, sp.end - b - n) ||
				    relkg_mentions_covered(m, b, b + n)) {
					continue;
				}
				TRY(st, relkg_mentions_add(m, (relkg_span){b, b + n}, si, e, RELKG_MF_NAME));
			}
		}
	}
	relkg_mentions_sort(m);
	return RELKG_OK;
}

/* "X, part of Y" / "X is part of Y" -> rkg:partOf; "X, administered by Y"
 * / "X is administered by Y" -> rkg:administeredBy (Y a country). */
static relkg_status part_of_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t te, x = territory_at(ctx, i, end, &te);
	if (x == RELKG_NONE || relkg_starts_with(t, i, end, "the")) {
		return RELKG_OK;
	}
	*next = te;
	size_t p = te;
	if (p < end && t[p] == ',') {
		++p;
	}
	p = relkg_skip_space(t, p, end);
	static const char *const verbs[] = {"is", "are", "was", "were", "which is", "which are",
		"now", NULL};
	for (const char *const *v = verbs; *v; ++v) {
		size_t k = relkg_starts_with(t, p, end, *v);
		if (k) {
			p = relkg_skip_space(t, p + k, end);
			break;
		}
	}
	const char *pred = NULL;
	size_t k;
	if ((k = relkg_starts_with(t, p, end, "part of")) ||
	    (k = relkg_starts_with(t, p, end, "a part of"))) {
		pred = "rkg:partOf";
	} else if ((k = relkg_starts_with(t, p, end, "claimed by"))) {
		pred = "rkg:claimedBy";
	} else if ((k = relkg_starts_with(t, p, end, "administered by")) ||
		   (k = relkg_starts_with(t, p, end, "controlled by"))) {
		pred = "rkg:administeredBy";
	} else {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + k, end);
	size_t th = relkg_starts_with(t, p, end, "the");
	if (th) {
		p = relkg_skip_space(t, p + th, end);
	}
	relkg_mentions *m = ctx->mentions;
	size_t y = relkg_country_at(ctx, p, NULL);
	if (y == RELKG_NONE && strcmp(pred, "rkg:partOf") == 0) {
		y = territory_at(ctx, p, end, &te);
	}
	if (y == RELKG_NONE || y == x) {
		return RELKG_OK;
	}
	return relkg_graph_iri(ctx->graph, m->ents[x].iri, pred, m->ents[y].iri);
}

/* "China claims the Paracel Islands": rkg:claimedBy the country before. */
static relkg_status claims_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t ce, c = relkg_country_at(ctx, i, &ce);
	if (c == RELKG_NONE || (ctx->mentions->ms[relkg_mentions_at(ctx->mentions, i,
			RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN)].flags & RELKG_MF_DEMONYM)) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, ce, end);
	static const char *const verbs[] = {"claims", "claimed", "also claims", "still claims",
		"has claimed", "disputes", NULL};
	size_t k = 0;
	for (const char *const *v = verbs; *v && !k; ++v) {
		k = relkg_starts_with(t, p, end, *v);
	}
	if (!k) {
		return RELKG_OK;
	}
	size_t te, x = territory_at(ctx, relkg_skip_space(t, p + k, end), end, &te);
	if (x == RELKG_NONE) {
		return RELKG_OK;
	}
	*next = te;
	relkg_mentions *m = ctx->mentions;
	return relkg_graph_iri(ctx->graph, m->ents[x].iri, "rkg:claimedBy", m->ents[c].iri);
}

relkg_status relkg_rules_places(relkg_ctx *ctx)
{
	relkg_status st;
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	/* where each can start: see the tests it makes first */
	const char *listed_words[sizeof(area_nouns) / sizeof(*area_nouns) + 1];
	memcpy(listed_words, area_nouns, sizeof(area_nouns));
	listed_words[sizeof(area_nouns) / sizeof(*area_nouns) - 1] = "the island";
	listed_words[sizeof(area_nouns) / sizeof(*area_nouns)] = NULL;
	const relkg_word_pattern find[] = {
		{city_at, relkg_gazetteer_word_classes(relkg_ctx_gaz(ctx)), NULL, NULL},
		{island_group_at, RELKG_WC_CAPITAL, island_words, NULL},
		{listed_at, relkg_wc_folded_list(listed_words), NULL, listed_words},
		{controlled_at, relkg_wc_folded_list(control_phrases), NULL, control_phrases},
		{NULL, 0, NULL, NULL}};
	/* a territory or country mention at i; "the" before a territory */
	const relkg_word_pattern relate[] = {
		{aliases_at, RELKG_WC_MENTION, NULL, NULL},
		{dispute_at, RELKG_WC_MENTION | relkg_wc_folded("the") |
				     relkg_wc_folded("dispute over") | relkg_wc_folded_list(claims), NULL, NULL},
		{part_of_at, RELKG_WC_MENTION, NULL, NULL},
		{claims_at, RELKG_WC_MENTION, NULL, NULL},
		{NULL, 0, NULL, NULL}};
	TRY(st, relkg_each_word(ctx, find));
	TRY(st, remention(ctx));
	TRY(st, relkg_each_word(ctx, relate));
	return remention(ctx); /* and those the claims named */
}
