/* Places: cities (gazetteer cities, and capitals used as places), and
 * territories named by general patterns:
 *   island groups      "the Aland Islands", "the Spratly Islands", "X Rocks"
 *                      ("Southern X Islands" is X Islands);
 *   "the island(s) of X";
 *   listed areas       "two areas (A and the B Islands)";
 *   changes of control "annexation of X", "annexed X", "occupied X";
 *   claims             "territorial claims over X and Y", "sovereignty over X",
 *                      "A claims X, a region administered by B", "rival claims
 *                      to X";
 *   "disputed X";
 *   with their kind    in a sentence about a contested border: "the upper
 *                      Cenepa valley", "the Ambalat sea block", "the Shatt
 *                      al-Arab waterway", "the San Juan River", "the Gulf of
 *                      Venezuela" (a kind in the name: when called disputed
 *                      or named again);
 *   aliases            "X (A or B)" after a territory.
 * Disputes: "the X dispute", "X, an area disputed between A and B",
 * "(territorial) dispute over A and B" (one a
 * territory, and a proper name made one where the dispute is called
 * territorial or the name reads as a place: "the Halaib Triangle", "the
 * Palmas territory"), stated territorial claims and a state's claims
 * ("Argentina's claims over X"), with their parties (the claimant, else
 * the countries "between A and B", else the article's parties; a
 * dependent territory's sovereign state always: "the Falkland Islands",
 * "Gibraltar" are territories of the United Kingdom when disputed).  An
 * article that tells of no dispute gets one of its two states over the
 * places it names in sentences naming no third state. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cut_copy.h"
#include "entities.h"
#include "gaz_memo.h"
#include "names.h"
#include "phrases.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_dispute_named = {"dispute-named", "named territorial dispute",
	"\"the X dispute\" or \"the (territorial) dispute over X (and Y)\" where X is a territory "
	"(one dispute each), \"X, an area disputed between A and B\", \"rival claims to X\"; "
	"the parties are the countries 'between A and B', else the article's two countries, and "
	"a dependent territory's state: \"the Spratly Islands dispute\", \"a territorial "
	"dispute over the Halaib Triangle\"."};
static const relkg_rule rule_dispute_claims = {"dispute-territorial-claims",
	"territorial claims",
	"\"territorial claims over/on X (and Y)\", \"A's claims over X\": a dispute over X with the "
	"claimant (\"Georgia's territorial claims\") or else the article's two countries as "
	"parties, and a dependent territory's state; \"A claims X, a region administered by B\": "
	"a dispute of A and B (without B, the article's other country)."};

static const relkg_rule rule_dispute_fought = {"dispute-fought-over", "places fought over",
	"\"fought (two wars) over X, Y and Z\", \"the war over X\", \"conflict over X\": the "
	"proper names after it are places, and one dispute over them all, between the two "
	"states of the clause's subject, else the article's two."};

static const relkg_rule rule_dispute_strain = {"dispute-strain-over", "strain over a place",
	"\"relations became strained over X, a temple\", \"tensions over the X Glacier\", \"a row "
	"over X\": a dispute over the place, between the two states of the clause's subject, "
	"else the article's two."};

static const relkg_rule rule_dispute_contested = {"dispute-contested-place",
	"contested place",
	"A place named with its kind in a sentence that calls it contested, disputed or "
	"claimed (\"contested plots, the best known being Vorukh, a Tajik exclave\"), in an "
	"article that names no other dispute: a dispute over it between the article's two "
	"countries."};

static const relkg_rule rule_dispute_pair = {"dispute-pair-places", "places at issue",
	"In an article of two states that names no dispute, the territories it names in "
	"sentences naming no third state: one dispute of the two over them."};

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

/* Claims that need their claimant's possessive before them (each begins
 * with "cl" or "so": dispute_at tests those two bytes first). */
static const char *const owned_claims[] = {"claims over", "claim over", "claims to",
	"claim to", "claims on", "claim on", "sovereignty claim over", "sovereignty claims over",
	"sovereignty claim to", "sovereignty claims to", "claim of sovereignty over",
	"claims of sovereignty over", "claim of sovereignty to", NULL};

/* The last word of a name that makes it a place ("Halaib Triangle"), and
 * the nouns after a name that do ("the Palmas territory"). */
static const char *const geo_heads[] = {"Triangle", "Peninsula", "Strip", "Valley", "Plateau",
	"Heights", "Hills", "Region", "Corridor", "Basin", "Bank", "Desert", "Enclave",
	"Territory", "Territories", "Gulf", "Bay", "Strait", "Straits", "Sea", "Archipelago",
	"Glacier", "Pass", "Escarpment", "Mountains", "Land", "Temple",
	NULL};
static const char *const place_nouns[] = {"territory", "territories", "region", "area",
	"enclave", "enclaves", "peninsula", "strip", "valley", "plateau", "island", "islands",
	"islets", "district", "province", "town", "temple", "oasis", "corridor", NULL};

/* (each begins with "te": dispute_at tests those two bytes first) */
static const char *const claims[] = {"territorial claims over", "territorial claims on",
	"territorial claims to", "territorial claim over", "territorial claim on",
	"territorial claim to", NULL};

/* The lists asked at most words, as word sets made once: relkg_word_in
 * scans its whole list, and contested_area_at alone asked area_heads at
 * ~70 words an article (1% of all extraction).  Defined after the lists
 * (area_heads comes later); rules ask place_sets(). */
typedef struct {
	relkg_word_set function_words, island_words, area_nouns, area_heads;
} place_word_sets;
static const place_word_sets *place_sets(void);
/* And the phrase lists tried at such words (defined after them). */
typedef struct {
	relkg_phrases control, hands;
} place_phrase_sets;
static const place_phrase_sets *place_phrases(void);

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
		if (e == p || relkg_word_set_has(&place_sets()->function_words, t, p, e)) {
			break;
		}
		last = e;
		if (e + 1 < end && t[e] == ' ' && relkg_name_joined_article(t, e + 1, end)) {
			last = relkg_word_end(t, e + 1, end); /* "Shatt al-Arab" */
			break;
		}
		if (e + 1 < end && t[e] == ' ' && relkg_is_upper_at(t + e + 1, end - e - 1)) {
			p = e + 1;
		} else {
			break;
		}
	}
	return last;
}

static size_t described_of(const char *t, size_t p, size_t end);
static const char *find_in(const char *text, const char *p, size_t end, const char *w,
			   size_t n);
static int place_like(const relkg_ctx *ctx, size_t b, size_t e, size_t end);
static int subject_pair(const relkg_ctx *ctx, size_t si, size_t i, size_t out[2]);
static relkg_status emit_dispute_between(relkg_ctx *ctx, size_t si, ent_list *terr,
					 size_t claimant, const size_t *between,
					 const relkg_rule *rule);
static int fresh_place_ok(const relkg_ctx *ctx, size_t b, size_t e);
static relkg_status emit_dispute(relkg_ctx *ctx, size_t si, ent_list *terr, size_t claimant,
				 const relkg_rule *rule);

/* Has text[b..e) a lower-case letter ("GERD", "NATO" are no places)? */
static int has_lower_word(const char *t, size_t b, size_t e)
{
	for (size_t i = b; i < e; ++i) {
		if ((t[i] >= 'a' && t[i] <= 'z') || (unsigned char)t[i] >= 0x80) {
			return 1;
		}
	}
	return 0;
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

/* "the region of Jammu and Kashmir": after a singular noun and "of" ending
 * at `of_end` (a described_of), "A and B" is one name; the end of B, or
 * e (the end of A). */
static size_t one_name(const relkg_ctx *ctx, size_t sb, size_t of_end, size_t e, size_t end)
{
	const char *t = ctx->doc->text;
	size_t we, w = relkg_prev_word(t, sb, of_end, &we);      /* "of" */
	w = w != (size_t)-1 ? relkg_prev_word(t, sb, w, &we) : w; /* the noun */
	if (w == (size_t)-1 || t[we - 1] == 's') {
		return e; /* "the islands of Tiran and Sanafir": two */
	}
	size_t p = relkg_skip_space(t, e, end);
	size_t a = relkg_starts_with(t, p, end, "and");
	if (!a) {
		return e;
	}
	p = relkg_skip_space(t, p + a, end);
	size_t r = proper_run(ctx, p, end);
	return r > p && !is_country_at(ctx, p, r) ? r : e;
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

/* The dependent territory named at i (after an optional "the") by a
 * country mention ("the Falkland Islands", "Gibraltar"): a territory of
 * the same name, administered by its sovereign state (kept as the
 * entity's country), with a mention of its own.  NONE when none is named
 * there; *st is set on no memory. */
static size_t dependency_at(relkg_ctx *ctx, size_t si, size_t i, size_t end, size_t *out_end,
			    relkg_status *st)
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, i, end, "the");
	if (k) {
		i = relkg_skip_space(t, i + k, end);
	}
	relkg_mentions *m = ctx->mentions;
	size_t j = relkg_mentions_at(m, i, RELKG_ENT_COUNTRY,
				     RELKG_MF_PRONOUN | RELKG_MF_DEMONYM | RELKG_MF_CAPITAL);
	if (j == RELKG_NONE) {
		return RELKG_NONE;
	}
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	size_t c = m->ms[j].entity, e = m->ms[j].span.end;
	const relkg_gz_country *gc = relkg_gazetteer_country(gaz, relkg_ent_country_gz(ctx, c));
	if (!gc || !gc->dependency) {
		return RELKG_NONE;
	}
	size_t n = strlen(gc->label);
	int island = n > 7 && (strcmp(gc->label + n - 7, "Islands") == 0 ||
			       strcmp(gc->label + n - 6, "Island") == 0);
	size_t ent = relkg_ent_named(ctx, RELKG_ENT_TERRITORY, "territory",
				     island ? "rkg:Island" : "rkg:Territory", gc->label, n);
	size_t sov = gc->sovereign == RELKG_GZ_NONE ? RELKG_NONE : relkg_ent_country(ctx, gc->sovereign);
	if (ent == RELKG_NONE || (gc->sovereign != RELKG_GZ_NONE && sov == RELKG_NONE)) {
		*st = RELKG_ERR_NOMEM;
		return RELKG_NONE;
	}
	m = ctx->mentions;
	if (island) {
		m->ents[ent].flags |= RELKG_EF_ISLAND;
	}
	if (sov != RELKG_NONE) {
		m->ents[ent].country = sov;
		*st = relkg_graph_iri(ctx->graph, m->ents[ent].iri, "rkg:administeredBy", m->ents[sov].iri);
	}
	if (!*st && relkg_mentions_at(m, i, RELKG_ENT_TERRITORY, 0) == RELKG_NONE) {
		*st = relkg_mentions_add(m, (relkg_span){i, e}, si, ent, RELKG_MF_NAME);
	}
	*out_end = e;
	return *st ? RELKG_NONE : ent;
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

/* Does the word [b,e) end in "-controlled", "-administered", "-held",
 * "-occupied", "-claimed", "-ruled" (who holds a place, no part of its
 * name)? */
static int held_modifier(const char *t, size_t b, size_t e)
{
	static const char *const ends[] = {"-controlled", "-administered", "-held", "-occupied",
		"-claimed", "-ruled", NULL};
	for (const char *const *x = ends; *x; ++x) {
		size_t n = strlen(*x);
		if (e - b > n && strncmp(t + e - n, *x, n) == 0) {
			return 1;
		}
	}
	return 0;
}

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
		    relkg_word_set_has(&place_sets()->function_words, t, p, e)) {
			return RELKG_OK;
		}
		if (words == 0 && held_modifier(t, p, e)) { /* "Venezuelan-controlled Ankoko Island" */
			b = p = relkg_skip_space(t, e, end);
			continue;
		}
		if (relkg_word_set_has(&place_sets()->island_words, t, p, e)) {
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

/* Does "both countries", "both sides", "the two countries" ... start at p? */
static int both_after(const relkg_ctx *ctx, size_t p, size_t end)
{
	static const char *const both[] = {"both countries", "both sides", "both states",
		"both nations", "the two countries", "the two sides", "the two states", NULL};
	for (const char *const *b = both; *b; ++b) {
		if (relkg_starts_with(ctx->doc->text, p, end, *b)) {
			return ctx->mentions->parties[0] != RELKG_NONE;
		}
	}
	return 0;
}

/* "Islas Los Monjes", "Isla de Aves": a head-first island word in another
 * language and the name after it. */
/* The heads foreign_islands_at begins with (relkg_rules_places has it
 * tried only at words of their first letters). */
static const char *const foreign_heads[] = {"Islas", "Isla", "Ilhas", "Ilha", "Îles", "Île",
	"Isole", "Isola", NULL};

static relkg_status foreign_islands_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t e = relkg_word_end(t, i, end);
	if (!relkg_word_in(t, i, e, foreign_heads)) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, e, end);
	static const char *const particles[] = {"de", "del", "da", "do", "dos", "das", "des", NULL};
	size_t pe = relkg_word_end(t, p, end);
	if (relkg_word_in(t, p, pe, particles)) {
		p = relkg_skip_space(t, pe, end);
	}
	size_t r = proper_run(ctx, p, end);
	if (r == p || is_country_at(ctx, p, r)) {
		return RELKG_OK;
	}
	*next = r;
	size_t ent = add_territory(ctx, si, i, r, 1);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	/* "Los Monjes": the name alone, as the text may write it too */
	return relkg_graph_text(ctx->graph, ctx->mentions->ents[ent].iri, "skos:altLabel", t + p,
				r - p, "en");
}

/* "Imia (Kardak in Turkish) are two small uninhabited islets", "Ambalat
 * is a maritime territory", "Aksai Chin is illegally occupied by": a
 * proper name the sentence calls a place.  The name must be no state,
 * not start with one, and have a lower-case letter. */
static relkg_status defined_place_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const copulas[] = {"is", "are", "was", "were", NULL};
	static const char *const kinds[] = {"island", "islands", "islet", "islets", "archipelago",
		"territory", "region", "peninsula", "enclave", "exclave", "atoll", "reef", "strip",
		"plateau", NULL};
	static const char *const held[] = {"occupied", "annexed", "administered", "controlled",
		"claimed", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t we, w = relkg_prev_word(t, sb, i, &we);
	if (w != (size_t)-1 && we + 1 == i && relkg_is_upper_at(t + w, end - w)) {
		return RELKG_OK; /* inside a capitalized run */
	}
	size_t e = proper_run(ctx, i, end);
	size_t p = relkg_skip_space(t, e, end);
	if (p < end && t[p] == '(') { /* "Imia (Kardak in Turkish) are" */
		while (p < end && t[p] != ')') {
			++p;
		}
		p = relkg_skip_space(t, p + 1, end);
	}
	size_t ce = relkg_word_end(t, p, end);
	if (e > i && i == sb && !relkg_word_in(t, p, ce, copulas)) {
		/* "Abyei sits on the border ... and is claimed by both countries" */
		for (size_t q = e; q < end; ++q) {
			size_t k = relkg_word_start_at(t, q) ? relkg_starts_with(t, q, end, "and is claimed by")
							      : 0;
			if (k && both_after(ctx, relkg_skip_space(t, q + k, end), end) &&
			    !relkg_mentions_covered(ctx->mentions, i, e) && fresh_place_ok(ctx, i, e)) {
				size_t ent = add_territory(ctx, si, i, e, 0);
				if (ent == RELKG_NONE) {
					return RELKG_ERR_NOMEM;
				}
				*next = e;
				ent_list one = {{ent}, 1};
				return emit_dispute(ctx, si, &one, RELKG_NONE, &rule_dispute_claims);
			}
		}
		return RELKG_OK;
	}
	if (e == i || !relkg_word_in(t, p, ce, copulas)) {
		return RELKG_OK;
	}
	int island = 0, found = 0, by_both = 0;
	p = relkg_skip_space(t, ce, end);
	for (int words = 0; words < 5 && p < end && !found; ++words) {
		size_t ke = relkg_word_end(t, p, end);
		if (ke == p || !(t[p] >= 'a' && t[p] <= 'z')) {
			break;
		}
		if (relkg_word_in(t, p, ke, kinds)) {
			found = 1;
			island = t[p] == 'i' || t[p] == 'a' || t[p] == 'r'; /* island(s), islet(s), atoll, reef */
		} else if (relkg_word_in(t, p, ke, held)) {
			size_t b = relkg_skip_space(t, ke, end);
			found = relkg_starts_with(t, b, end, "by") != 0; /* "is occupied by" */
			if (found && relkg_word_is(t, p, ke, "claimed")) {
				by_both = both_after(ctx, relkg_skip_space(t, b + 2, end), end);
			}
		}
		p = relkg_skip_space(t, ke, end);
	}
	if (!found || relkg_mentions_covered(ctx->mentions, i, e) || !fresh_place_ok(ctx, i, e)) {
		return RELKG_OK;
	}
	*next = e;
	size_t ent = add_territory(ctx, si, i, e, island);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	ent_list one = {{ent}, 1};
	/* "Abyei ... is claimed by both countries": a dispute of the two */
	return by_both ? emit_dispute(ctx, si, &one, RELKG_NONE, &rule_dispute_claims) : RELKG_OK;
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
			ent = dependency_at(ctx, si, p, end, &te, st);
			if (*st) {
				return p;
			}
		}
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
	relkg_status st = RELKG_OK;
	/* most words asked are "the", "this", "that": no area noun begins "th"
	 * (keep it so, or drop this shortcut) */
	int th = i + 1 < end && ((unsigned char)t[i] | 0x20u) == 't' &&
		 ((unsigned char)t[i + 1] | 0x20u) == 'h';
	size_t e = th ? i : relkg_word_end(t, i, end);
	if (e > i && relkg_word_set_has(&place_sets()->area_nouns, t, i, e)) {
		size_t p = relkg_skip_space(t, e, end);
		int island = relkg_word_is(t, i, e, "islands") || relkg_word_is(t, i, e, "islets");
		if (p < end && t[p] == '(') {
			*next = list_items(ctx, si, p + 1, end, island, NULL, &st);
			return st;
		}
	}
	size_t k = th ? relkg_starts_with(t, i, end, "the islands of") : 0;
	if (th && !k) {
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
	size_t k;
	if (relkg_phrases_at(&place_phrases()->control, t, i, end, &k) < 0) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, i + k, end);
	size_t a = relkg_starts_with(t, p, end, "the");
	if (a) {
		p = relkg_skip_space(t, p + a, end);
	}
	size_t of = described_of(t, p, end); /* "the disputed region of X" */
	int described = of != p;
	p = of;
	size_t te;
	relkg_status st = RELKG_OK;
	if (territory_at(ctx, p, end, &te) != RELKG_NONE ||
	    dependency_at(ctx, si, p, end, &te, &st) != RELKG_NONE || st) {
		*next = te;
		return st;
	}
	size_t e = proper_run(ctx, p, end);
	if (e == p || is_country_at(ctx, p, e) || relkg_mentions_covered(ctx->mentions, p, e)) {
		return RELKG_OK;
	}
	if (described) {
		e = one_name(ctx, ctx->doc->sentences[si].span.begin, of, e, end);
	}
	*next = e;
	return add_territory(ctx, si, p, e, 0) == RELKG_NONE ? RELKG_ERR_NOMEM : RELKG_OK;
}

/* Places changing hands or fought over, by the phrase before them:
 * "handed the Aghdam, Kalbajar and Lachin districts back", "took control
 * of the Siachen Glacier", "India administers the Kashmir Valley, Jammu
 * and Ladakh", "fought over Karabakh, Zangezur and Nakhchivan".  After a
 * phrase of fighting, and after "administers", any proper names (no
 * country, city or name already known) are places; after the others only
 * names that read as places, or a list closed by a plural place noun.  A
 * fight over places is one dispute over them all, between the two states
 * of its subject, else the article's. */
typedef struct {
	const char *phrase;
	int any;   /* any proper name is a place: 1; 2 where "to STATE" follows */
	int fight; /* and the places are in dispute */
} hands_phrase;

static const hands_phrase hands_phrases[] = {
	{"fought over", 1, 1}, {"wars over", 1, 1}, {"war over", 1, 1}, {"conflict over", 1, 1},
	{"administers", 1, 0}, {"control of", 0, 0}, {"handed", 2, 0}, {"ceded", 2, 0},
	{"hand", 2, 0}, {"transfer of", 2, 0}, {"returned", 2, 0},
	{"captured", 0, 0}, {"recaptured", 0, 0}, {"retook", 0, 0}, {"seized", 0, 0},
	{"ownership of", 0, 0}, {"overran", 0, 0}, {NULL, 0, 0}};
static const char *const hands_words[] = {"fought", "wars", "war", "conflict", "administers",
	"control", "handed", "hand", "transfer", "returned", "ceded", "captured", "recaptured", "retook", "seized", "ownership",
	"overran", NULL};

/* control_phrases and the hands phrases by first letter and first eight
 * bytes: controlled_at and changed_hands_at are asked at every word
 * their first two letters allow. */
#define N_HANDS (sizeof(hands_phrases) / sizeof(*hands_phrases) - 1)
static const char *hands_list[N_HANDS + 1];
static place_phrase_sets place_phrases_made;
static pthread_once_t place_phrases_once = PTHREAD_ONCE_INIT;

static void place_phrases_init(void)
{
	place_phrase_sets *p = &place_phrases_made;
	(void)relkg_phrases_init(&p->control, control_phrases);
	for (size_t k = 0; k <= N_HANDS; ++k) {
		hands_list[k] = hands_phrases[k].phrase; /* the last NULL */
	}
	(void)relkg_phrases_init(&p->hands, hands_list);
}

static const place_phrase_sets *place_phrases(void)
{
	pthread_once(&place_phrases_once, place_phrases_init);
	return &place_phrases_made;
}

/* Is the capitalized run [b,e) a city of the gazetteer? */
static int city_name(const relkg_ctx *ctx, size_t si, size_t b, size_t e)
{
	relkg_gz_hit hit;
	return relkg_gaz_memo_match(ctx, relkg_ctx_gaz(ctx), si, b, &hit) &&
	       (hit.form == RELKG_GZ_CITY || hit.form == RELKG_GZ_CAPITAL) && b + hit.len >= e;
}

/* The proper names of "A, B and C" from p (no "the" before them), up to
 * 8, their spans in b[]/e[]; the count. */
static size_t name_list(const relkg_ctx *ctx, size_t p, size_t end, size_t *b, size_t *e)
{
	const char *t = ctx->doc->text;
	size_t n = 0;
	while (n < 8 && p < end) {
		size_t r = proper_run(ctx, p, end);
		if (r == p) {
			break;
		}
		b[n] = p;
		e[n++] = r;
		size_t q = relkg_skip_space(t, r, end);
		if (q < end && t[q] == ',') {
			q = relkg_skip_space(t, q + 1, end);
		}
		size_t a = relkg_starts_with(t, q, end, "and");
		if (a) {
			q = relkg_skip_space(t, q + a, end);
		} else if (!(q > r && t[r] == ',')) {
			break;
		}
		p = q;
	}
	return n;
}

/* May the name [b,e) become a place here? */
static int hands_name_ok(const relkg_ctx *ctx, size_t si, size_t b, size_t e)
{
	return !relkg_mentions_covered(ctx->mentions, b, e) && fresh_place_ok(ctx, b, e) &&
	       !city_name(ctx, si, b, e);
}

/* "[back] to STATE" at p: a place handed over ("hand Northern
 * Transylvania to Hungary", "handed the A districts back to B")? */
static int to_state_after(const relkg_ctx *ctx, size_t p, size_t end)
{
	const char *t = ctx->doc->text;
	p = relkg_skip_space(t, p, end);
	size_t k = relkg_starts_with(t, p, end, "back");
	if (k) {
		p = relkg_skip_space(t, p + k, end);
	}
	k = relkg_starts_with(t, p, end, "to");
	return k && relkg_country_at(ctx, relkg_skip_space(t, p + k, end), NULL) != RELKG_NONE;
}

static relkg_status changed_hands_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const plural_places[] = {"districts", "regions", "provinces",
		"territories", "areas", "enclaves", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t k = 0;
	int which = relkg_phrases_at(&place_phrases()->hands, t, i, end, &k);
	if (which < 0) {
		return RELKG_OK;
	}
	const hands_phrase *h = &hands_phrases[which];
	size_t p = relkg_skip_space(t, i + k, end);
	size_t th = relkg_starts_with(t, p, end, "the");
	if (th) {
		p = relkg_skip_space(t, p + th, end);
	}
	size_t b[8], e[8], n = name_list(ctx, p, end, b, e);
	if (n == 0) {
		return RELKG_OK;
	}
	size_t q = relkg_skip_space(t, e[n - 1], end), qe = relkg_word_end(t, q, end);
	int closed = n > 1 && qe > q && relkg_word_in(t, q, qe, plural_places);
	int any = h->any == 1 || (h->any == 2 && to_state_after(ctx, closed ? qe : e[n - 1], end));
	ent_list terr = {{0}, 0};
	for (size_t j = 0; j < n; ++j) {
		size_t te, x = territory_at(ctx, b[j], end, &te);
		if (x == RELKG_NONE) {
			if (!hands_name_ok(ctx, si, b[j], e[j]) ||
			    !(any || closed || place_like(ctx, b[j], e[j], end))) {
				break;
			}
			x = add_territory(ctx, si, b[j], e[j], 0);
			if (x == RELKG_NONE) {
				return RELKG_ERR_NOMEM;
			}
		}
		terr.ents[terr.n++] = x;
		*next = e[j];
	}
	if (!h->fight || terr.n == 0) {
		return RELKG_OK;
	}
	size_t two[2];
	int named = subject_pair(ctx, si, i, two);
	return emit_dispute_between(ctx, si, &terr, RELKG_NONE, named ? two : NULL,
				    &rule_dispute_fought);
}

/* A place named with its kind in a sentence about a contested border or
 * fighting: "the Abyei area", "the upper Cenepa valley", "the Ta Moan and
 * Ta Krabey temples", "the town of Badme", "the Ecuadorian province of El
 * Oro" where the sentence speaks of a dispute, claim, sovereignty, border,
 * frontier, occupation, annexation, cession, fighting or capture.  i is at
 * the kind's noun. */
static const char *const area_heads[] = {"region", "area", "valley", "district", "province",
	"enclave", "exclave", "territory", "plateau", "peninsula", "strip", "triangle", "town",
	"village",
	"temple", "oasis", "escarpment", "corridor", "glacier", "archipelago", "islet", "river",
	"waterway", "gulf", "bay", "cordillera", "block", "post", "field", "shelf", "regions",
	"areas", "districts", "provinces", "enclaves", "exclaves", "temples", "towns", "villages",
	NULL};

RELKG_FITS_WORD_SET(function_words);
RELKG_FITS_WORD_SET(island_words);
RELKG_FITS_WORD_SET(area_nouns);
RELKG_FITS_WORD_SET(area_heads);
static place_word_sets place_word_sets_made;
static pthread_once_t place_sets_once = PTHREAD_ONCE_INIT;

static void place_sets_init(void)
{
	place_word_sets *w = &place_word_sets_made;
	(void)relkg_word_set_init(&w->function_words, function_words);
	(void)relkg_word_set_init(&w->island_words, island_words);
	(void)relkg_word_set_init(&w->area_nouns, area_nouns);
	(void)relkg_word_set_init(&w->area_heads, area_heads);
}

static const place_word_sets *place_sets(void)
{
	pthread_once(&place_sets_once, place_sets_init);
	return &place_word_sets_made;
}

/* Does sentence si hold one of the lower-case keys (word beginnings),
 * as written or capitalized ("Fighting")? */
static int sentence_has_key(const relkg_ctx *ctx, size_t si, const char *const *keys)
{
	const char *t = ctx->doc->text;
	const relkg_span *sp = &ctx->doc->sentences[si].span;
	for (const char *const *k = keys; *k; ++k) {
		size_t n = strlen(*k);
		char up[16]; /* the key capitalized */
		if (n >= sizeof(up)) {
			continue;
		}
		memcpy(up, *k, n + 1);
		up[0] = (char)(up[0] - 'a' + 'A');
		if (find_in(t, t + sp->begin, sp->end, *k, n) || find_in(t, t + sp->begin, sp->end, up, n)) {
			return 1;
		}
	}
	return 0;
}

/* Does sentence si speak of a contested border or territory, or of
 * fighting over one? */
static int contest_sentence(const relkg_ctx *ctx, size_t si)
{
	static const char *const keys[] = {"disput", "claim", "sovereign", "contested", "border",
		"frontier", "boundar", "delimit", "demarcat", "occup", "annex", "ceded", "awarded",
		"fighting", "fought", "firefight", "clash", "conflict", "seized", "captured",
		"overran", NULL};
	return sentence_has_key(ctx, si, keys);
}

/* Is [w,we) a word that may stand between "the" and a place's name ("the
 * upper Cenepa valley", "the so-called Mile 14 area")? */
static int place_adjective(const char *t, size_t w, size_t we)
{
	static const char *const adj[] = {"upper", "lower", "northern", "southern", "eastern",
		"western", "so-called", "disputed", "contested", "border", NULL};
	return relkg_word_in(t, w, we, adj);
}

/* Is [w,we) a word that may stand between a place's name and its kind
 * ("the Ambalat sea block", "the al-Khufus border post")? */
static int kind_modifier(const char *t, size_t w, size_t we)
{
	static const char *const mod[] = {"oil", "gas", "sea", "border", "river", "mountain",
		NULL};
	return relkg_word_in(t, w, we, mod);
}

/* The names of "the A, B and C" ending right before i (capitalized runs
 * joined by commas and "and", after "the" and place adjectives; several
 * only when plural is set), spans in b[]/e[] in text order; the count, 0
 * when there is none. */
static size_t the_names_before(const relkg_ctx *ctx, size_t si, size_t i, int plural, size_t *b,
			       size_t *e)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t n = 0, we, w = i, run_b = i, run_e = i, lead = (size_t)-1;
	while (run_e > sb && t[run_e - 1] == ' ') {
		--run_e;
	}
	for (int words = 0; words < 12; ++words) {
		w = relkg_prev_word(t, sb, w, &we);
		if (w == (size_t)-1) {
			return 0;
		}
		int the = relkg_word_is(t, w, we, "the");
		if (!the && relkg_is_upper_at(t + w, end - w)) {
			run_b = w;
			continue;
		}
		if (n == 0 && run_b >= run_e && words < 2 && kind_modifier(t, w, we)) {
			run_e = w; /* "the Ambalat sea block", "the Heglig oil field" */
			while (run_e > sb && t[run_e - 1] == ' ') {
				--run_e;
			}
			run_b = run_e + 1; /* none yet */
			continue;
		}
		size_t art = relkg_name_joined_article(t, w, we);
		if (art && (run_b >= run_e ? we == run_e : we + 1 == run_b)) {
			/* "the Shatt al-Arab waterway", "the al-Khufus border post" */
			run_b = w + art;
			lead = w; /* the name keeps its article: "al-Khufus" */
			continue;
		}
		if (run_b < run_e) { /* a run ends here: [run_b, run_e) */
			if (n == 8 || proper_run(ctx, run_b, end) != run_e) {
				return 0;
			}
			b[n] = lead != (size_t)-1 && run_b > lead && run_b - lead <= 4 ? lead : run_b;
			lead = (size_t)-1;
			e[n++] = run_e;
		}
		if (the) {
			break;
		}
		if (place_adjective(t, w, we) && n > 0) {
			run_b = run_e = w;
			continue;
		}
		if (!plural || n == 0 || !(relkg_word_is(t, w, we, "and") || t[we] == ',')) {
			return 0;
		}
		run_e = w; /* the list goes on before "and" */
		while (run_e > sb && t[run_e - 1] == ' ') {
			--run_e;
		}
		if (run_e > sb && t[run_e - 1] == ',') {
			--run_e;
		}
		run_b = run_e;
	}
	for (size_t k = 0; k < n / 2; ++k) { /* text order */
		size_t x = b[k], y = e[k];
		b[k] = b[n - 1 - k];
		e[k] = e[n - 1 - k];
		b[n - 1 - k] = x;
		e[n - 1 - k] = y;
	}
	return n;
}

/* "the [DEMONYM] town of X" with i at the noun: X's span, else 0;
 * after a plural noun the list's names (up to 8), their count. */
static int named_after_of(const relkg_ctx *ctx, size_t si, size_t i, size_t ie, size_t *b,
			  size_t *e)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, i, &we);
	if (w != (size_t)-1 && relkg_mentions_at(ctx->mentions, w, RELKG_ENT_COUNTRY, 0) != RELKG_NONE) {
		w = relkg_prev_word(t, sb, w, &we); /* "the Ecuadorian province of" */
	}
	size_t o = relkg_skip_space(t, ie, end), k = relkg_starts_with(t, o, end, "of");
	if (w == (size_t)-1 || !relkg_word_is(t, w, we, "the") || !k) {
		return 0;
	}
	size_t p = relkg_skip_space(t, o + k, end);
	if (t[ie - 1] == 's') { /* "the provinces of Jaén and Tumbes" */
		return (int)name_list(ctx, p, end, b, e);
	}
	*b = p;
	*e = proper_run(ctx, p, end);
	return *e > *b;
}

/* "Vorukh, a Tajik exclave" with i at the noun: the name before ", a"
 * or ", an" and up to two words (a demonym, lower-case adjectives), its
 * span in *b, *e; 0 when there is none. */
static int apposed_name(const relkg_ctx *ctx, size_t si, size_t i, size_t *b, size_t *e)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t we, w = relkg_prev_word(t, sb, i, &we);
	for (int k = 0; k < 2 && w != (size_t)-1 && !relkg_word_is(t, w, we, "a") &&
			!relkg_word_is(t, w, we, "an");
	     ++k) {
		if (relkg_is_upper_at(t + w, end - w) &&
		    relkg_mentions_at(ctx->mentions, w, RELKG_ENT_COUNTRY, 0) == RELKG_NONE) {
			return 0; /* only a demonym may be capitalized here */
		}
		w = relkg_prev_word(t, sb, w, &we);
	}
	if (w == (size_t)-1 || !(relkg_word_is(t, w, we, "a") || relkg_word_is(t, w, we, "an"))) {
		return 0;
	}
	size_t c = w;
	while (c > sb && t[c - 1] == ' ') {
		--c;
	}
	if (c == sb || t[c - 1] != ',') {
		return 0;
	}
	size_t ne = c - 1, nb = ne;
	for (size_t pe, pw = relkg_prev_word(t, sb, ne, &pe);
	     pw != (size_t)-1 && (pe == nb || (pe + 1 == nb && t[pe] == ' ')) &&
	     relkg_is_upper_at(t + pw, end - pw) && !relkg_word_in(t, pw, pe, function_words);
	     pw = relkg_prev_word(t, sb, pw, &pe)) {
		nb = pw; /* capitalized words, one space apart */
	}
	if (nb == ne || proper_run(ctx, nb, end) != ne) {
		return 0;
	}
	*b = nb;
	*e = ne;
	return 1;
}

/* Does sentence si call something disputed, contested or claimed? */
static int disputed_sentence(const relkg_ctx *ctx, size_t si)
{
	static const char *const keys[] = {"disput", "contested", "claim", NULL};
	return sentence_has_key(ctx, si, keys);
}

/* The state a relative clause after the place (ending at e) says claims
 * it: "X, which Yugoslavia claimed", "X, claimed by Y"; else NONE. */
static size_t claimant_after(const relkg_ctx *ctx, size_t si, size_t e)
{
	static const char *const verbs[] = {"claimed", "claims", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, ce;
	for (size_t p = relkg_skip_space(t, e, end), w = 0; p < end && w < 12; ++w) {
		size_t we = relkg_word_end(t, p, end);
		if (we == p) {
			we = p + 1; /* punctuation */
		} else if (relkg_word_is(t, p, we, "which") || relkg_word_is(t, p, we, "that")) {
			size_t q = relkg_skip_space(t, we, end);
			size_t c = relkg_country_at(ctx, q, &ce);
			size_t v = relkg_skip_space(t, c != RELKG_NONE ? ce : q, end);
			if (c != RELKG_NONE && relkg_word_in(t, v, relkg_word_end(t, v, end), verbs)) {
				return c;
			}
			return RELKG_NONE;
		} else if (relkg_word_is(t, p, we, "claimed")) {
			size_t q = relkg_skip_space(t, we, end);
			size_t k = relkg_starts_with(t, q, end, "by");
			return k ? relkg_country_at(ctx, relkg_skip_space(t, q + k, end), &ce) : RELKG_NONE;
		}
		p = relkg_skip_space(t, we, end);
	}
	return RELKG_NONE;
}

/* Has the article a dispute already? */
static int has_dispute(const relkg_mentions *m)
{
	for (size_t i = 0; i < m->n_ents; ++i) {
		if (m->ents[i].kind == RELKG_ENT_DISPUTE) {
			return 1;
		}
	}
	return 0;
}

static const char *find_raw(const char *p, const char *e, const char *w, size_t n);

/* Is the name [b,e) written again elsewhere in the article? */
static int named_twice(const relkg_ctx *ctx, size_t b, size_t e)
{
	const char *t = ctx->doc->text, *end = t + ctx->doc->len;
	for (const char *p = t; (p = find_raw(p, end, t + b, e - b)) != NULL; ++p) {
		if ((size_t)(p - t) != b) {
			return 1;
		}
	}
	return 0;
}

/* A kind written as part of the name, with i at the capitalized kind
 * [i,ie): "the San Juan River" (capitalized words from "the" or a
 * possessive to the kind), "the Gulf of Venezuela", "the Cordillera del
 * Condor" (the kind, "of" or a particle, a capitalized run); the name's
 * span in *b, *e; 0 when there is none. */
static int kind_in_name(const relkg_ctx *ctx, size_t si, size_t i, size_t ie, size_t *b,
			size_t *e)
{
	static const char *const particles[] = {"of", "del", "de", "do", "da", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	if (!relkg_is_upper_at(t + i, end - i)) {
		return 0;
	}
	size_t we, w = relkg_prev_word(t, sb, i, &we), nb = i;
	while (w != (size_t)-1 && we + 1 == nb && relkg_is_upper_at(t + w, end - w) &&
	       !relkg_word_set_has(&place_sets()->function_words, t, w, we)) {
		nb = w;
		w = relkg_prev_word(t, sb, w, &we);
	}
	int the = w != (size_t)-1 && relkg_word_is(t, w, we, "the");
	int owned = nb > sb + 2 && t[nb - 1] == ' ' && t[nb - 2] == 's' && t[nb - 3] == '\'';
	if (!the && !owned) {
		return 0;
	}
	if (nb < i && proper_run(ctx, nb, end) == ie) { /* "the San Juan River" */
		size_t te;
		if (territory_at(ctx, nb, end, &te) != RELKG_NONE) {
			return 0; /* "the Cenepa River" after "Cenepa": known */
		}
		*b = nb;
		*e = ie;
		return 1;
	}
	size_t q = relkg_skip_space(t, ie, end), qe = relkg_word_end(t, q, end);
	if (nb != i || !relkg_word_in(t, q, qe, particles)) {
		return 0;
	}
	size_t r = relkg_skip_space(t, qe, end), re = proper_run(ctx, r, end);
	if (re == r) {
		return 0;
	}
	*b = i; /* "the Gulf of Venezuela" */
	*e = re;
	return 1;
}

/* Is a territory of the article labelled [b,e) ("Cenepa" before "the
 * Cenepa River", "Batken" before "the Batken Region")? */
static int territory_labelled(const relkg_ctx *ctx, size_t b, size_t e)
{
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	for (size_t k = 0; k < m->n_ents; ++k) {
		const char *l = m->ents[k].label;
		if (m->ents[k].kind == RELKG_ENT_TERRITORY && strlen(l) == e - b &&
		    memcmp(l, t + b, e - b) == 0) {
			return 1;
		}
	}
	return 0;
}

static relkg_status contested_names(relkg_ctx *ctx, size_t si, size_t i, size_t ie, size_t n,
				    size_t *b, size_t *e, int how, size_t *next);

/* The end of the word at i of sentence si when it is a kind of area
 * ("province", "islands"), else 0. */
static size_t area_head_end(const relkg_ctx *ctx, size_t si, size_t i)
{
	const char *t = ctx->doc->text;
	size_t ie = relkg_word_end(t, i, ctx->doc->sentences[si].span.end);
	return ie > i && relkg_word_set_has(&place_sets()->area_heads, t, i, ie) ? ie : 0;
}

static relkg_status contested_area_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t ie = area_head_end(ctx, si, i);
	if (!ie) {
		return RELKG_OK;
	}
	size_t b[8], e[8];
	if (kind_in_name(ctx, si, i, ie, b, e)) {
		return RELKG_OK; /* "the Bay of Kotor": kind_named_at's, later */
	}
	size_t n = the_names_before(ctx, si, i, t[ie - 1] == 's', b, e), ok = 0;
	for (size_t k = 0; k < n; ++k) {
		ok += hands_name_ok(ctx, si, b[k], e[k]);
	}
	if (ok == 0) { /* none, or a demonym: "the Ecuadorian province of X" */
		n = (size_t)named_after_of(ctx, si, i, ie, b, e);
	}
	if (n == 0) { /* "Vorukh, a Tajik exclave" */
		n = (size_t)apposed_name(ctx, si, i, b, e);
	}
	return contested_names(ctx, si, i, ie, n, b, e, 0, next);
}

/* After the other places are known: a kind written as part of the name
 * ("the San Juan River", "the Gulf of Venezuela") in a sentence about a
 * contested border, when the article knows no territory of the name
 * without its kind, and the sentence calls it disputed or the article
 * comes back to it ("share a border along the Limpopo River" once is no
 * place at issue). */
static relkg_status kind_named_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	size_t ie = area_head_end(ctx, si, i);
	if (!ie) {
		return RELKG_OK;
	}
	size_t b[8], e[8];
	if (!kind_in_name(ctx, si, i, ie, b, e)) {
		return RELKG_OK;
	}
	size_t bare = b[0] < i ? i - 1 : e[0]; /* "San Juan" of "San Juan River" */
	if (territory_labelled(ctx, b[0], bare) ||
	    (!disputed_sentence(ctx, si) && !named_twice(ctx, b[0], bare))) {
		return RELKG_OK;
	}
	/* a territory only: the dispute rules, run after, tell its dispute */
	return contested_names(ctx, si, i, ie, 1, b, e, (b[0] == i) | 2, next);
}

/* The places [b[k],e[k]) named with their kind at [i,ie) in sentence si:
 * territories when the sentence is about a contest, and a dispute over
 * them when it calls them disputed and the article has no other.  how &
 * 1: the one name begins with its kind ("the Gulf of Venezuela") and may
 * hold a state's name; how & 2: no dispute. */
static relkg_status contested_names(relkg_ctx *ctx, size_t si, size_t i, size_t ie, size_t n,
				    size_t *b, size_t *e, int how, size_t *next)
{
	int whole = how & 1;
	if (n == 0 || !contest_sentence(ctx, si)) {
		return RELKG_OK;
	}
	ent_list terr = {{0}, 0};
	for (size_t k = 0; k < n; ++k) {
		if (whole ? !hands_name_ok(ctx, si, i, ie) || !fresh_place_ok(ctx, b[k], e[k])
			  : !hands_name_ok(ctx, si, b[k], e[k])) {
			continue;
		}
		size_t ent = add_territory(ctx, si, b[k], e[k], 0);
		if (ent == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		if (terr.n < 8) {
			terr.ents[terr.n++] = ent;
		}
	}
	*next = e[n - 1] > i ? e[n - 1] : ie;
	if (terr.n == 0 || (how & 2) || !disputed_sentence(ctx, si) || has_dispute(ctx->mentions)) {
		return RELKG_OK;
	}
	return emit_dispute_between(ctx, si, &terr, claimant_after(ctx, si, e[n - 1]), NULL,
				    &rule_dispute_contested);
}

/* ---------------------------------------------------------------- disputes */

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* "between A and B" at p: the two countries, else 0. */
static int pair_at(const relkg_ctx *ctx, size_t p, size_t end, size_t out[2]);

static int between_at(const relkg_ctx *ctx, size_t p, size_t end, size_t out[2])
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, p, end, "between");
	if (!k) {
		return 0;
	}
	return pair_at(ctx, p + k, end, out);
}

/* "by [both] A and B" at p (a place "claimed by both A and B"), else
 * "between A and B"; out as for between_at. */
static int by_pair_at(const relkg_ctx *ctx, size_t p, size_t end, size_t out[2])
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, p, end, "by both");
	if (!k) {
		k = relkg_starts_with(t, p, end, "by");
	}
	return k ? pair_at(ctx, p + k, end, out) : between_at(ctx, p, end, out);
}

/* "A and B" after p: two states. */
static int pair_at(const relkg_ctx *ctx, size_t p, size_t end, size_t out[2])
{
	const char *t = ctx->doc->text;
	size_t e1, e2;
	size_t a = relkg_country_at(ctx, relkg_skip_space(t, p, end), &e1);
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

/* Is one of terr a dependency of a state that is not one of the
 * article's parties?  (A dispute over it is then no dispute between
 * them: "the Falklands dispute" in an article on Argentina and Brazil.) */
static int foreign_dependency(const relkg_mentions *m, const ent_list *terr)
{
	for (size_t i = 0; i < terr->n; ++i) {
		size_t sov = m->ents[terr->ents[i]].country;
		if (sov != RELKG_NONE && sov != m->parties[0] && sov != m->parties[1]) {
			return 1;
		}
	}
	return 0;
}

/* A dispute over terr; its parties are the claimant (with the territory
 * claimedBy it) and the two countries of `between` where given; without
 * a claimant, those two, else the article's two countries (unless a
 * foreign_dependency); and the state of a dependent territory. */
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
		const char *one[] = {m->ents[terr->ents[0]].label, " dispute"};
		st = relkg_buf_cat(&label, one, 2);
	} else {
		st = relkg_buf_puts(&label, "Dispute over ");
		for (size_t i = 0; !st && i < terr->n; ++i) {
			const char *item[] = {i == 0 ? "" : i + 1 == terr->n ? " and " : ", ",
				m->ents[terr->ents[i]].label};
			st = relkg_buf_cat(&label, item, 2);
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
		size_t sov = m->ents[terr->ents[i]].country; /* a dependency's state */
		if (sov != RELKG_NONE) {
			TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[sov].iri));
		}
		if (claimant != RELKG_NONE) {
			TRY(st, relkg_graph_iri(ctx->graph, m->ents[terr->ents[i]].iri, "rkg:claimedBy",
						m->ents[claimant].iri));
		}
	}
	if (claimant != RELKG_NONE) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[claimant].iri));
	}
	if (between) {
		for (int k = 0; k < 2; ++k) {
			TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[between[k]].iri));
		}
	} else if (claimant == RELKG_NONE && !foreign_dependency(m, terr)) {
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

/* Does the proper name [b,e) read as a place: its last word a
 * geographic head ("the Halaib Triangle", "the West Bank") or a place
 * noun after it ("the Palmas territory")? */
static int place_like(const relkg_ctx *ctx, size_t b, size_t e, size_t end)
{
	const char *t = ctx->doc->text;
	size_t we, w = relkg_prev_word(t, b, e, &we);
	if (w != (size_t)-1 && we == e && relkg_word_in(t, w, we, geo_heads)) {
		return 1;
	}
	size_t n = relkg_skip_space(t, e, end);
	static const char *const border[] = {"on the border", "along the border",
		"near the border", NULL};
	for (const char *const *b2 = border; *b2; ++b2) {
		if (n > e && relkg_starts_with(t, n, end, *b2)) {
			return 1; /* "a dispute over Badme on the border" */
		}
	}
	return n > e && relkg_word_in(t, n, relkg_word_end(t, n, end), place_nouns);
}

/* "the Gulf of Venezuela", "the Bay of Bengal": a head that takes "of"
 * and the name after it; else e. */
static size_t of_name(const relkg_ctx *ctx, size_t b, size_t e, size_t end)
{
	static const char *const of_heads[] = {"Gulf", "Bay", "Sea", "Strait", "Straits", "Isle",
		"Isles", "Islands", "Island", NULL};
	const char *t = ctx->doc->text;
	size_t we, w = relkg_prev_word(t, b, e, &we);
	if (w == (size_t)-1 || we != e || !relkg_word_in(t, w, we, of_heads)) {
		return e;
	}
	size_t p = relkg_skip_space(t, e, end);
	size_t k = relkg_starts_with(t, p, end, "of");
	if (!k) {
		return e;
	}
	p = relkg_skip_space(t, p + k, end);
	size_t th = relkg_starts_with(t, p, end, "the");
	size_t q = th ? relkg_skip_space(t, p + th, end) : p;
	size_t qe = proper_run(ctx, q, end);
	return qe > q ? qe : e;
}

/* Past "autonomous cities of", "disputed region of", "islands of" at p:
 * one to three lower-case words, the last a place noun, then "of"; p when
 * there is none. */
static size_t described_of(const char *t, size_t p, size_t end)
{
	static const char *const nouns[] = {"city", "cities", "town", "towns", "region",
		"regions", "island", "islands", "islet", "islets", "territory", "territories",
		"province", "provinces", "enclave", "enclaves", "area", "areas", "district",
		"districts", "peninsula", "archipelago", "sovereignty", "status", "control",
		"ownership", "possession", NULL};
	size_t q = p;
	for (int n = 0; n < 3 && q < end && t[q] >= 'a' && t[q] <= 'z'; ++n) {
		size_t e = relkg_word_end(t, q, end);
		if (e == q) {
			break;
		}
		if (relkg_word_in(t, q, e, nouns)) {
			size_t o = relkg_skip_space(t, e, end);
			size_t k = relkg_starts_with(t, o, end, "of");
			return k ? relkg_skip_space(t, o + k, end) : p;
		}
		q = relkg_skip_space(t, e, end);
	}
	return p;
}

/* May the proper name [b,e) be made a place: no country (nor starting
 * with one: "British Foreign Secretary William"), no office title in it,
 * not all capitals ("GERD")? */
static int fresh_place_ok(const relkg_ctx *ctx, size_t b, size_t e)
{
	const char *t = ctx->doc->text;
	if (is_country_at(ctx, b, e) || relkg_country_at(ctx, b, NULL) != RELKG_NONE ||
	    !has_lower_word(t, b, e)) {
		return 0;
	}
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	for (size_t p = b; p < e; p = relkg_skip_space(t, relkg_word_end(t, p, e), e)) {
		size_t len;
		if (relkg_gazetteer_office(gaz, t + p, e - p, &len) != RELKG_GZ_NONE) {
			return 0;
		}
		if (relkg_word_end(t, p, e) == p) {
			break;
		}
	}
	return 1;
}

/* The territories a dispute is over, from p: known ones, and proper names
 * the dispute makes places of: any when the dispute is called territorial
 * (fresh), else those that read as places.  Countries end the list. */
static size_t disputed_list(relkg_ctx *ctx, size_t si, size_t p, size_t end, int fresh,
			    ent_list *out, relkg_status *st)
{
	const char *t = ctx->doc->text;
	size_t last = p;
	int described = 0;
	while (p < end && out->n < 8) {
		p = relkg_skip_space(t, p, end);
		size_t k = relkg_starts_with(t, p, end, "the");
		if (k) {
			p = relkg_skip_space(t, p + k, end);
			size_t of = described_of(t, p, end); /* "the autonomous cities of" */
			if (of > p) {
				p = of;
				fresh = 1;
				described = 1;
			}
		}
		size_t te, ent = territory_at(ctx, p, end, &te);
		for (size_t q = p, n = 0; ent == RELKG_NONE && n < 2 && q < end && t[q] >= 'a' && t[q] <= 'z';
		     ++n) { /* "the war-ravaged Abyei", a place named before */
			q = relkg_skip_space(t, relkg_word_end(t, q, end), end);
			ent = territory_at(ctx, q, end, &te);
		}
		if (ent == RELKG_NONE) {
			ent = dependency_at(ctx, si, p, end, &te, st);
			if (*st) {
				return p;
			}
		}
		size_t after = RELKG_NONE; /* past a place noun: "the Perejil island" */
		if (ent == RELKG_NONE) {
			size_t e = proper_run(ctx, p, end);
			if (e == p || !fresh_place_ok(ctx, p, e) || (!fresh && !place_like(ctx, p, e, end))) {
				break;
			}
			e = of_name(ctx, p, e, end);
			if (described) {
				e = one_name(ctx, ctx->doc->sentences[si].span.begin, p, e, end);
			}
			ent = add_territory(ctx, si, p, e, 0);
			if (ent == RELKG_NONE) {
				*st = RELKG_ERR_NOMEM;
				return p;
			}
			te = e;
		}
		size_t n = relkg_skip_space(t, te, end), ne = relkg_word_end(t, n, end);
		if (n > te && relkg_word_in(t, n, ne, place_nouns)) {
			after = ne; /* "the Alby region and" */
		}
		out->ents[out->n++] = ent;
		last = p = te;
		p = relkg_skip_space(t, after != RELKG_NONE ? after : p, end);
		size_t q = p < end && t[p] == ',' ? relkg_skip_space(t, p + 1, end) : p;
		size_t a = relkg_starts_with(t, q, end, "and");
		if (!a && q > p) {
			p = q; /* "A, B and C": an item after a comma, or the end */
			continue;
		}
		if (!a) {
			break;
		}
		p = relkg_skip_space(t, q + a, end);
		size_t o = relkg_starts_with(t, p, end, "over"); /* "over X and over Y" */
		p += o;
	}
	return last;
}

/* "Egypt and Sudan (also) have a dispute over": two states named by
 * name, joined by "and", and no other state between them and the
 * dispute at i.  1 and out filled, else 0. */
static int subject_pair(const relkg_ctx *ctx, size_t si, size_t i, size_t out[2])
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t first, last = relkg_mentions_range(m, ctx->doc->sentences[si].span.begin, i, &first);
	size_t prev = RELKG_NONE; /* the country mention before, by index */
	int found = 0;
	for (size_t j = first; j < last; ++j) {
		const relkg_mention *x = &m->ms[j];
		if (m->ents[x->entity].kind != RELKG_ENT_COUNTRY || x->span.end > i ||
		    (x->flags & RELKG_MF_PRONOUN)) {
			continue;
		}
		found = 0; /* a later state breaks a pair before it */
		if (prev != RELKG_NONE && (x->flags & RELKG_MF_NAME) && (m->ms[prev].flags & RELKG_MF_NAME) &&
		    m->ms[prev].entity != x->entity) {
			size_t q = relkg_skip_space(t, m->ms[prev].span.end, i);
			size_t a = relkg_starts_with(t, q, i, "and");
			if (a && relkg_skip_space(t, q + a, i) == x->span.begin) {
				out[0] = m->ms[prev].entity;
				out[1] = x->entity;
				found = 1;
			}
		}
		prev = j;
	}
	return found;
}

/* "(territorial) dispute over A (and B) (between X and Y)" at i, the list
 * at p: a dispute over each, since each is a dispute of its own ("the
 * Paracel Islands and the Spratly Islands"). */
static relkg_status dispute_over(relkg_ctx *ctx, size_t si, size_t i, size_t p, size_t *next)
{
	static const char *const kinds[] = {"territorial", "territory", "border", "boundary",
		"maritime", "sovereignty", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t we, w = relkg_prev_word(t, ctx->doc->sentences[si].span.begin, i, &we);
	int fresh = w != (size_t)-1 && relkg_word_in(t, w, we, kinds);
	ent_list terr = {{0}, 0};
	relkg_status st = RELKG_OK;
	size_t e = disputed_list(ctx, si, p, end, fresh, &terr, &st);
	if (st || terr.n == 0) {
		return st;
	}
	*next = e;
	size_t two[2];
	int named = between_at(ctx, relkg_skip_space(t, e, end), end, two) ||
		    subject_pair(ctx, si, i, two);
	for (size_t k = 0; k < terr.n; ++k) {
		ent_list one = {{terr.ents[k]}, 1};
		TRY(st, emit_dispute_between(ctx, si, &one, RELKG_NONE, named ? two : NULL,
					     &rule_dispute_named));
	}
	return RELKG_OK;
}

/* A dispute over each of the places listed at p, between a and b. */
static relkg_status emit_each(relkg_ctx *ctx, size_t si, size_t p, int fresh, const size_t two[2],
			      size_t *next)
{
	ent_list terr = {{0}, 0};
	relkg_status st = RELKG_OK;
	size_t e = disputed_list(ctx, si, p, ctx->doc->sentences[si].span.end, fresh, &terr, &st);
	if (st || terr.n == 0) {
		return st;
	}
	*next = e;
	for (size_t k = 0; k < terr.n; ++k) {
		ent_list one = {{terr.ents[k]}, 1};
		TRY(st, emit_dispute_between(ctx, si, &one, RELKG_NONE, two, &rule_dispute_named));
	}
	return RELKG_OK;
}

/* "the (territorial) conflict between Armenia and Azerbaijan over X": the
 * noun at i..k, the two states, "over" and the places, one dispute each
 * (a proper name after two states' "over" is a place). */
static relkg_status between_over(relkg_ctx *ctx, size_t si, size_t i, size_t k, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t two[2], p = relkg_skip_space(t, k, end);
	if (!between_at(ctx, p, end, two)) {
		return RELKG_OK;
	}
	/* past "between A and B" */
	size_t ce;
	p = relkg_skip_space(t, p + relkg_starts_with(t, p, end, "between"), end);
	relkg_country_at(ctx, p, &ce);
	p = relkg_skip_space(t, ce, end);
	p = relkg_skip_space(t, p + relkg_starts_with(t, p, end, "and"), end);
	if (relkg_country_at(ctx, p, &ce) == RELKG_NONE) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, ce, end);
	size_t o = relkg_starts_with(t, p, end, "over");
	(void)i;
	return o ? emit_each(ctx, si, relkg_skip_space(t, p + o, end), 1, two, next) : RELKG_OK;
}

/* "China and India also dispute most of Arunachal Pradesh": the verb at
 * i..k after a pair of states as its subject. */
static relkg_status pair_disputes(relkg_ctx *ctx, size_t si, size_t i, size_t k, size_t *next)
{
	static const char *const before[] = {"also", "still", "both", "jointly", "have", "had",
		NULL};
	static const char *const parts[] = {"most of", "part of", "parts of", "all of",
		"ownership of", "the ownership of", "sovereignty over", "possession of",
		"the possession of", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t we, w = relkg_prev_word(t, sb, i, &we), two[2];
	if (w != (size_t)-1 && relkg_word_in(t, w, we, before)) {
		w = relkg_prev_word(t, sb, w, &we);
	}
	if (w == (size_t)-1 || relkg_country_at(ctx, w, NULL) == RELKG_NONE ||
	    !subject_pair(ctx, si, i, two)) {
		return RELKG_OK; /* a noun ("the dispute"), or no two states before */
	}
	size_t p = relkg_skip_space(t, k, end);
	for (const char *const *q = parts; *q; ++q) {
		size_t n = relkg_starts_with(t, p, end, *q);
		if (n) {
			p = relkg_skip_space(t, p + n, end);
			break;
		}
	}
	return emit_each(ctx, si, p, 1, two, next);
}

/* "territorial claims by both countries over the Shatt al-Arab": the
 * claimants (a state, else none: the article's two), then over/on/to. */
static relkg_status claims_by(relkg_ctx *ctx, size_t si, size_t i, size_t k, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, k, end), claimant = relkg_country_at(ctx, p, NULL);
	static const char *const preps[] = {"over", "on", "to", NULL};
	for (int words = 0; words < 5 && p < end; ++words) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return RELKG_OK;
		}
		if (relkg_word_in(t, p, e, preps)) {
			ent_list terr = {{0}, 0};
			relkg_status st = RELKG_OK;
			size_t le = list_items(ctx, si, relkg_skip_space(t, e, end), end, 0, &terr, &st);
			if (st || terr.n == 0) {
				return st;
			}
			*next = le;
			(void)i;
			return emit_dispute(ctx, si, &terr, claimant, &rule_dispute_claims);
		}
		p = relkg_skip_space(t, e, end);
	}
	return RELKG_OK;
}

/* "the Atacama border dispute", "the Essequibo territorial dispute", "the
 * Aegean dispute": a proper name (a place not yet known) before a
 * (qualified) dispute at i ("the"). */
static relkg_status qualified_dispute(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const kinds[] = {"border dispute", "territorial dispute",
		"boundary dispute", "maritime dispute", "sovereignty dispute", "dispute", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, i + 3, end);
	size_t e = proper_run(ctx, p, end), q = relkg_skip_space(t, e, end), k = 0;
	for (const char *const *d = kinds; *d && !k; ++d) {
		k = relkg_starts_with(t, q, end, *d);
	}
	if (!k || e == p || relkg_mentions_covered(ctx->mentions, p, e) || !fresh_place_ok(ctx, p, e)) {
		return RELKG_OK;
	}
	size_t ent = add_territory(ctx, si, p, e, 0);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	*next = q + k;
	ent_list one = {{ent}, 1};
	return emit_dispute(ctx, si, &one, RELKG_NONE, &rule_dispute_named);
}

/* Is the country named at i (after an optional "the") followed by
 * "dispute"? */
static int named_dispute_follows(const relkg_ctx *ctx, size_t i, size_t end)
{
	const char *t = ctx->doc->text;
	size_t k = relkg_starts_with(t, i, end, "the");
	size_t ce;
	if (relkg_country_at(ctx, k ? relkg_skip_space(t, i + k, end) : i, &ce) == RELKG_NONE) {
		return 0;
	}
	return relkg_starts_with(t, relkg_skip_space(t, ce, end), end, "dispute") != 0;
}

/* The country the sentence names first, by name, before `before`: the
 * subject "its" refers back to. */
static size_t subject_country(const relkg_ctx *ctx, size_t si, size_t before)
{
	const relkg_mentions *m = ctx->mentions;
	size_t first, last = relkg_mentions_range(m, ctx->doc->sentences[si].span.begin, before, &first);
	for (size_t j = first; j < last; ++j) {
		if (m->ents[m->ms[j].entity].kind == RELKG_ENT_COUNTRY && (m->ms[j].flags & RELKG_MF_NAME) &&
		    m->ms[j].span.end <= before) {
			return m->ms[j].entity;
		}
	}
	return RELKG_NONE;
}

/* "Argentina's claims over the Falkland Islands": a claim a state makes
 * (its possessive before) on the places listed from p is a dispute with
 * that state as party.  Without the possessive, nothing. */
static relkg_status owned_claim(relkg_ctx *ctx, size_t si, size_t i, size_t p, size_t *next)
{
	size_t owner = possessor_before(ctx, si, i);
	size_t we, w = relkg_prev_word(ctx->doc->text, ctx->doc->sentences[si].span.begin, i, &we);
	if (owner == RELKG_NONE && w != (size_t)-1 && relkg_word_is(ctx->doc->text, w, we, "its")) {
		owner = subject_country(ctx, si, w); /* "Morocco maintains its claims to" */
	}
	if (owner == RELKG_NONE) {
		return RELKG_OK;
	}
	ent_list terr = {{0}, 0};
	relkg_status st = RELKG_OK;
	size_t e = disputed_list(ctx, si, p, ctx->doc->sentences[si].span.end, 1, &terr, &st);
	if (st || terr.n == 0) {
		return st;
	}
	*next = e;
	/* the claimant as the sentence's subject, one of the article's two
	 * states: the other is the one it claims from ("Morocco maintains its
	 * claims to X"); not so where a third state speaks of the claim
	 * ("Brazil supports Argentina's claims") */
	size_t two[2] = {owner, RELKG_NONE};
	const relkg_mentions *m = ctx->mentions;
	if (subject_country(ctx, si, i) == owner) {
		for (int k = 0; k < 2; ++k) {
			if (m->parties[k] == owner) {
				two[1] = m->parties[1 - k];
			}
		}
	}
	return emit_dispute_between(ctx, si, &terr, owner, two[1] != RELKG_NONE ? two : NULL,
				    &rule_dispute_claims);
}

/* Is the word before i "rival", "competing", ... ("rival claims to"),
 * in an article about two states? */
static int rival_before(const relkg_ctx *ctx, size_t si, size_t i)
{
	static const char *const rival[] = {"rival", "competing", "conflicting", "overlapping",
		NULL};
	const char *t = ctx->doc->text;
	size_t we, w = relkg_prev_word(t, ctx->doc->sentences[si].span.begin, i, &we);
	return w != (size_t)-1 && relkg_word_in(t, w, we, rival) &&
	       ctx->mentions->parties[0] != RELKG_NONE && ctx->mentions->parties[1] != RELKG_NONE;
}

/* The place a proper name ending at e names: a territory mentioned there,
 * else the name made one (its start found by going back over capitalized
 * words); NONE when there is none; *st set on no memory. */
static size_t place_ending_at(relkg_ctx *ctx, size_t si, size_t e, relkg_status *st)
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	for (size_t j = 0; j < m->n; ++j) {
		if (m->ms[j].span.end == e && m->ms[j].span.begin >= sb &&
		    m->ents[m->ms[j].entity].kind == RELKG_ENT_TERRITORY) {
			return m->ms[j].entity;
		}
	}
	size_t b = RELKG_NONE, we, w = e;
	for (int n = 0; n < 4; ++n) {
		w = relkg_prev_word(t, sb, w, &we);
		if (w == (size_t)-1 || !relkg_is_upper_at(t + w, end - w)) {
			break;
		}
		if (proper_run(ctx, w, end) == e) {
			b = w; /* the longest run that ends at e */
		}
	}
	if (b == RELKG_NONE || relkg_mentions_covered(m, b, e) || !fresh_place_ok(ctx, b, e)) {
		return RELKG_NONE;
	}
	size_t x = add_territory(ctx, si, b, e, 0);
	if (x == RELKG_NONE) {
		*st = RELKG_ERR_NOMEM;
	}
	return x;
}

/* "the Doklam plateau, an area disputed between China and Bhutan",
 * "Imia, disputed between ...", "the X plateau, which is claimed by both
 * A and B": "disputed" or "claimed" at i (p after it) and the place of
 * the apposition before it. */
static relkg_status apposed_disputed(relkg_ctx *ctx, size_t si, size_t i, size_t p, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t two[2];
	if (!by_pair_at(ctx, p, end, two)) {
		return RELKG_OK;
	}
	size_t q = i, we; /* back over "an area", "a region long" to the comma */
	for (int n = 0; n < 4; ++n) {
		while (q > sb && t[q - 1] == ' ') {
			--q;
		}
		if (q > sb && t[q - 1] == ',') {
			break;
		}
		size_t w = relkg_prev_word(t, sb, q, &we);
		if (w == (size_t)-1 || !(t[w] >= 'a' && t[w] <= 'z')) {
			return RELKG_OK;
		}
		q = w;
	}
	if (!(q > sb && t[q - 1] == ',')) {
		return RELKG_OK;
	}
	size_t e = q - 1; /* the name ends at the comma, or before a place noun */
	size_t w = relkg_prev_word(t, sb, e, &we);
	if (w != (size_t)-1 && we == e && t[w] >= 'a' && t[w] <= 'z' &&
	    relkg_word_in(t, w, we, place_nouns)) {
		e = w;
		while (e > sb && t[e - 1] == ' ') {
			--e;
		}
	}
	relkg_status st = RELKG_OK;
	size_t x = place_ending_at(ctx, si, e, &st);
	if (x == RELKG_NONE) {
		return st;
	}
	*next = p;
	ent_list one = {{x}, 1};
	return emit_dispute_between(ctx, si, &one, RELKG_NONE, two, &rule_dispute_named);
}

/* ", a Khmer temple", ", an oil-producing area" at p: an apposition of up
 * to four words whose last is a place noun? */
static int apposed_place(const char *t, size_t p, size_t end)
{
	p = relkg_skip_space(t, p, end);
	if (p >= end || t[p] != ',') {
		return 0;
	}
	p = relkg_skip_space(t, p + 1, end);
	size_t k = relkg_starts_with(t, p, end, "a");
	if (!k) {
		k = relkg_starts_with(t, p, end, "an");
	}
	if (!k) {
		return 0;
	}
	p = relkg_skip_space(t, p + k, end);
	for (int n = 0; n < 4 && p < end; ++n) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return 0;
		}
		if (relkg_word_in(t, p, e, place_nouns)) {
			return 1;
		}
		p = relkg_skip_space(t, e, end);
	}
	return 0;
}

/* "relations became strained over Preah Vihear, a Khmer temple",
 * "tensions over the Kivi Glacier", "a row over X": strain between states
 * over a place (one known, or a name that reads as a place or is told one
 * by its apposition) is a dispute over it, between the subject's two
 * states, else the article's. */
static relkg_status strain_over_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const strain[] = {"strained", "tension", "tensions", "row", "quarrel",
		"standoff", "stand-off", "crisis", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t ie = relkg_word_end(t, i, end);
	if (ie == i || !relkg_word_in(t, i, ie, strain)) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, ie, end), k = relkg_starts_with(t, p, end, "over");
	if (!k) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + k, end);
	size_t th = relkg_starts_with(t, p, end, "the");
	if (th) {
		p = relkg_skip_space(t, p + th, end);
	}
	size_t te, x = territory_at(ctx, p, end, &te);
	if (x == RELKG_NONE) {
		te = proper_run(ctx, p, end);
		if (te == p || !hands_name_ok(ctx, si, p, te) ||
		    !(place_like(ctx, p, te, end) || apposed_place(t, te, end))) {
			return RELKG_OK;
		}
		x = add_territory(ctx, si, p, te, 0);
		if (x == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
	}
	*next = te;
	ent_list one = {{x}, 1};
	size_t two[2];
	int named = subject_pair(ctx, si, i, two);
	return emit_dispute_between(ctx, si, &one, RELKG_NONE, named ? two : NULL,
				    &rule_dispute_strain);
}

/* "Other disputed areas along the border include Kafia Kingi, Kaka and
 * Mile": a dispute over each place listed, between the article's two. */
static relkg_status disputed_include_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const kinds[] = {"areas", "territories", "regions", "islands", "places",
		"zones", NULL};
	static const char *const verbs[] = {"include", "includes", "included", "are", "were", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t k = relkg_starts_with(t, i, end, "disputed");
	if (!k) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, i + k, end), pe = relkg_word_end(t, p, end);
	if (pe == p || !relkg_word_in(t, p, pe, kinds)) {
		return RELKG_OK;
	}
	for (int n = 0; n < 6 && p < end; ++n) { /* "along the border include" */
		p = relkg_skip_space(t, relkg_word_end(t, p, end), end);
		size_t ve = relkg_word_end(t, p, end);
		if (ve > p && relkg_word_in(t, p, ve, verbs)) {
			ent_list terr = {{0}, 0};
			relkg_status st = RELKG_OK;
			size_t e = disputed_list(ctx, si, relkg_skip_space(t, ve, end), end, 1, &terr, &st);
			if (st || terr.n == 0) {
				return st;
			}
			*next = e;
			for (size_t j = 0; j < terr.n; ++j) {
				ent_list one = {{terr.ents[j]}, 1};
				TRY(st, emit_dispute_between(ctx, si, &one, RELKG_NONE, NULL,
							     &rule_dispute_named));
			}
			return RELKG_OK;
		}
		if (ve == p || t[ve] == ',') {
			return RELKG_OK;
		}
	}
	return RELKG_OK;
}

static relkg_status dispute_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	relkg_status st = RELKG_OK;
	ent_list terr = {{0}, 0};
	size_t te, ent = territory_at(ctx, i, end, &te);
	if (ent == RELKG_NONE && named_dispute_follows(ctx, i, end)) { /* "the Gibraltar dispute" */
		ent = dependency_at(ctx, si, i, end, &te, &st);
		if (st) {
			return st;
		}
	}
	if (ent != RELKG_NONE) { /* "the X (border) dispute" */
		static const char *const kinds[] = {"border", "territorial", "boundary", "maritime",
			"sovereignty", NULL};
		size_t p = relkg_skip_space(t, te, end);
		size_t qe = relkg_word_end(t, p, end);
		if (qe > p && relkg_word_in(t, p, qe, kinds)) {
			p = relkg_skip_space(t, qe, end);
		}
		size_t dn = relkg_starts_with(t, p, end, "dispute");
		if (!dn) {
			dn = relkg_starts_with(t, p, end, "conflict"); /* "the Nagorno-Karabakh conflict" */
		}
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
	/* every phrase below begins with a letter of "tdcs": the first
	 * (ASCII case-folded, as relkg_starts_with compares it) skips those
	 * that cannot match, asked at every word of these letters */
	unsigned c0 = (unsigned char)t[i] | 0x20u;
	if (c0 == 't' && relkg_starts_with(t, i, end, "the")) {
		TRY(st, qualified_dispute(ctx, si, i, next)); /* "the Atacama border dispute" */
	}
	size_t k = 0;
	if (c0 == 'd') {
		k = relkg_starts_with(t, i, end, "dispute over");
		if (!k) {
			k = relkg_starts_with(t, i, end, "disputes over");
		}
	}
	if (k) {
		return dispute_over(ctx, si, i, relkg_skip_space(t, i + k, end), next);
	}
	static const char *const nouns[] = {"dispute", "disputes", "conflict", NULL};
	for (const char *const *d = nouns; (c0 == 'd' || c0 == 'c') && *d; ++d) {
		if ((k = relkg_starts_with(t, i, end, *d))) {
			size_t was = *next;
			TRY(st, between_over(ctx, si, i, i + k, next));
			if (*next != was) {
				return RELKG_OK;
			}
			break;
		}
	}
	if ((c0 == 'd' && (k = relkg_starts_with(t, i, end, "disputed"))) ||
	    (c0 == 'c' && (k = relkg_starts_with(t, i, end, "claimed")))) {
		size_t was = *next;
		TRY(st, apposed_disputed(ctx, si, i, relkg_skip_space(t, i + k, end), next));
		if (*next != was) {
			return RELKG_OK;
		}
	}
	static const char *const verbs[] = {"dispute", "disputed", NULL};
	for (const char *const *d = verbs; c0 == 'd' && *d; ++d) {
		if ((k = relkg_starts_with(t, i, end, *d))) {
			return pair_disputes(ctx, si, i, i + k, next);
		}
	}
	/* every claim phrase below begins with "te" (claims), "cl" or "so"
	 * (owned_claims), the second byte folded as the first: most words
	 * of those first letters ("the", "China") are left at once */
	unsigned c1 = i + 1 < end ? (unsigned char)t[i + 1] | 0x20u : 0u;
	int ter = c0 == 't' && c1 == 'e', owned = (c0 == 'c' && c1 == 'l') || (c0 == 's' && c1 == 'o');
	if (!ter && !owned) {
		return RELKG_OK; /* no claim phrase begins so */
	}
	if (ter && ((k = relkg_starts_with(t, i, end, "territorial claims by")) ||
		    (k = relkg_starts_with(t, i, end, "territorial claim by")))) {
		return claims_by(ctx, si, i, i + k, next);
	}
	for (const char *const *c = claims; ter && *c; ++c) {
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
	for (const char *const *c = owned_claims; owned && *c; ++c) {
		if ((k = relkg_starts_with(t, i, end, *c))) {
			if (rival_before(ctx, si, i)) { /* "Rival claims to Aksai Chin" */
				return emit_each(ctx, si, relkg_skip_space(t, i + k, end), 1,
						 ctx->mentions->parties, next);
			}
			return owned_claim(ctx, si, i, relkg_skip_space(t, i + k, end), next);
		}
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

/* The first occurrence of w[0..n) (n > 0) whole in [p, e), or NULL:
 * NULs are bytes like any other here. */
static const char *find_raw(const char *p, const char *e, const char *w, size_t n)
{
	while ((size_t)(e - p) >= n) {
		const char *q = memchr(p, w[0], (size_t)(e - p) - n + 1);
		if (!q || memcmp(q, w, n) == 0) {
			return q;
		}
		p = q + 1;
	}
	return NULL;
}

/* The occurrences of a territory's name in sentence si, each a mention
 * of it where it is a word of its own and no mention covers it yet. */
static relkg_status remention_in(relkg_ctx *ctx, size_t e, const char *label, size_t n, size_t si)
{
	const relkg_doc *doc = ctx->doc;
	relkg_mentions *m = ctx->mentions;
	relkg_span sp = doc->sentences[si].span;
	relkg_status st;
	for (const char *p = doc->text + sp.begin;
	     (p = find_in(doc->text, p, sp.end, label, n)) != NULL; p += n) {
		size_t b = (size_t)(p - doc->text);
		if (!relkg_word_start(doc->text, b) || relkg_is_letter_at(p + n, sp.end - b - n) ||
		    relkg_mentions_covered(m, b, b + n)) {
			continue;
		}
		TRY(st, relkg_mentions_add(m, (relkg_span){b, b + n}, si, e, RELKG_MF_NAME));
	}
	return RELKG_OK;
}

/* The first sentence from si on that ends after byte q, or n_sentences:
 * sentences are in text order and do not overlap (relkg_doc_sentence_at
 * searches them so too). */
static size_t sentence_ending_after(const relkg_doc *doc, size_t si, size_t q)
{
	size_t lo = si, hi = doc->n_sentences;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->sentences[mid].span.end > q) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return lo;
}

/* The occurrences of label (n > 0 bytes) whole in a sentence, from
 * sentence si on: each a mention of territory e (remention_in).  One
 * search of the text finds the next occurrence from a sentence's start;
 * the sentences before the one it is in have none, and that one is
 * searched only when it ends inside it (a later occurrence in it would
 * end later still). */
static relkg_status remention_entity(relkg_ctx *ctx, size_t e, const char *label, size_t n)
{
	const relkg_doc *doc = ctx->doc;
	size_t ns = doc->n_sentences;
	const char *text_end = ns ? doc->text + doc->sentences[ns - 1].span.end : doc->text;
	relkg_status st;
	for (size_t si = 0; si < ns;) {
		const char *next = find_raw(doc->text + doc->sentences[si].span.begin, text_end, label, n);
		if (!next) {
			break;
		}
		size_t q = (size_t)(next - doc->text), sj = sentence_ending_after(doc, si, q);
		if (sj == ns) {
			break;
		}
		if (doc->sentences[sj].span.begin > q) {
			si = sj; /* between sentences: search again from the next one's start */
			continue;
		}
		if (q + n <= doc->sentences[sj].span.end) {
			TRY(st, remention_in(ctx, e, label, n, sj));
		}
		si = sj + 1;
	}
	return RELKG_OK;
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
		if (n > 0) {
			TRY(st, remention_entity(ctx, e, label, n));
			continue;
		}
		for (size_t si = 0; si < doc->n_sentences; ++si) { /* as remention_in has it */
			TRY(st, remention_in(ctx, e, label, n, si));
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
		if (both_after(ctx, relkg_skip_space(t, p + k, end), end)) {
			ent_list one = {{x}, 1}; /* "Palmas, claimed by both countries" */
			return emit_dispute(ctx, si, &one, RELKG_NONE, &rule_dispute_claims);
		}
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

static size_t held_by_after(const relkg_ctx *ctx, size_t p, size_t end);

/* A proper name at p that a state c claims ("India claims Aksai Chin"):
 * a place (known, or made one), in dispute between c and the state the
 * apposition says holds it, else the article's other party; nothing when
 * neither is known. */
static relkg_status claimed_place(relkg_ctx *ctx, size_t si, size_t c, size_t p, size_t *next)
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t end = ctx->doc->sentences[si].span.end, te;
	size_t x = territory_at(ctx, p, end, &te);
	if (x == RELKG_NONE) {
		size_t e = proper_run(ctx, p, end);
		if (e == p || relkg_mentions_covered(m, p, e) || !fresh_place_ok(ctx, p, e)) {
			return RELKG_OK;
		}
		size_t n = relkg_skip_space(t, e, end);
		if (n > e && n < end && relkg_is_upper_at(t + n, end - n)) {
			return RELKG_OK; /* more name than proper_run takes */
		}
		te = e;
		size_t two[2] = {c, held_by_after(ctx, e, end)};
		for (int k = 0; k < 2 && two[1] == RELKG_NONE; ++k) {
			if (m->parties[k] == c) {
				two[1] = m->parties[1 - k];
			}
		}
		if (two[1] == RELKG_NONE || two[1] == c) {
			return RELKG_OK;
		}
		x = add_territory(ctx, si, p, e, 0);
		if (x == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		*next = te;
		ent_list one = {{x}, 1};
		return emit_dispute_between(ctx, si, &one, c, two, &rule_dispute_claims);
	}
	*next = te;
	return relkg_graph_iri(ctx->graph, m->ents[x].iri, "rkg:claimedBy", m->ents[c].iri);
}

/* The state a place is held by, named after it within its apposition
 * ("Aksai Chin, a region administered by China"): from p to the next
 * comma or the sentence end; else NONE. */
static size_t held_by_after(const relkg_ctx *ctx, size_t p, size_t end)
{
	static const char *const held[] = {"administered by", "controlled by", "held by",
		"occupied by", NULL};
	const char *t = ctx->doc->text;
	p = relkg_skip_space(t, p, end);
	if (p < end && t[p] == ',') {
		p = relkg_skip_space(t, p + 1, end);
	}
	for (int words = 0; words < 8 && p < end && t[p] != ',' && t[p] != ';'; ++words) {
		for (const char *const *h = held; *h; ++h) {
			size_t k = relkg_starts_with(t, p, end, *h);
			if (k) {
				return relkg_country_at(ctx, relkg_skip_space(t, p + k, end), NULL);
			}
		}
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			break;
		}
		p = relkg_skip_space(t, e, end);
	}
	return RELKG_NONE;
}

/* Past ", for its part," after a subject at p: where the verb starts. */
static size_t past_aside(const char *t, size_t p, size_t end)
{
	if (p >= end || t[p] != ',') {
		return p;
	}
	size_t q = relkg_skip_space(t, p + 1, end);
	for (int words = 0; words < 5 && q < end; ++words) {
		if (t[q] == ',') {
			return relkg_skip_space(t, q + 1, end);
		}
		size_t e = relkg_word_end(t, q, end);
		if (e == q || !(t[q] >= 'a' && t[q] <= 'z')) {
			return p;
		}
		q = e < end && t[e] == ',' ? e : relkg_skip_space(t, e, end);
	}
	return p;
}

/* "China claims the Paracel Islands": rkg:claimedBy the country before.
 * A proper name not yet a place ("India claims Aksai Chin, a region
 * administered by China", "China, for its part, claims most of Arunachal
 * Pradesh") becomes one, in dispute between the claimant and the state
 * holding it, else the article's other party. */
static relkg_status claims_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	static const char *const parts[] = {"most of", "part of", "parts of", "all of", "much of",
		NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t ce, c = relkg_country_at(ctx, i, &ce);
	if (c == RELKG_NONE || (ctx->mentions->ms[relkg_mentions_at(ctx->mentions, i,
			RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN)].flags & RELKG_MF_DEMONYM)) {
		return RELKG_OK;
	}
	size_t p = past_aside(t, relkg_skip_space(t, ce, end), end);
	static const char *const verbs[] = {"claims sovereignty over", "claimed sovereignty over",
		"claims", "claimed", "also claims", "still claims", "has claimed", "disputes", NULL};
	size_t k = 0;
	for (const char *const *v = verbs; *v && !k; ++v) {
		k = relkg_starts_with(t, p, end, *v);
	}
	if (!k) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + k, end);
	size_t te, x = territory_at(ctx, p, end, &te);
	relkg_status st = RELKG_OK;
	if (x == RELKG_NONE) {
		x = dependency_at(ctx, si, p, end, &te, &st);
	}
	if (x == RELKG_NONE && !st) {
		for (const char *const *q = parts; *q; ++q) {
			size_t n = relkg_starts_with(t, p, end, *q);
			if (n) {
				p = relkg_skip_space(t, p + n, end);
				break;
			}
		}
		return claimed_place(ctx, si, c, p, next);
	}
	if (x == RELKG_NONE) {
		return st;
	}
	*next = te;
	relkg_mentions *m = ctx->mentions;
	return relkg_graph_iri(ctx->graph, m->ents[x].iri, "rkg:claimedBy", m->ents[c].iri);
}

/* Does sentence si name a state other than the article's two (or their
 * lineage)? */
static int third_state_in(const relkg_ctx *ctx, size_t si)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	relkg_span sp = ctx->doc->sentences[si].span;
	size_t first, last = relkg_mentions_range(m, sp.begin, sp.end, &first);
	for (size_t i = first; i < last; ++i) {
		size_t c = m->ms[i].entity;
		if (m->ents[c].kind != RELKG_ENT_COUNTRY) {
			continue;
		}
		int ours = 0;
		for (int k = 0; k < 2 && !ours; ++k) {
			size_t a = m->parties[k];
			ours = a != RELKG_NONE &&
			       (a == c || relkg_gazetteer_same_lineage(gaz, relkg_ent_country_gz(ctx, a),
								       relkg_ent_country_gz(ctx, c)));
		}
		if (!ours) {
			return 1;
		}
	}
	return 0;
}

/* An article of two states that tells of no dispute but of places at
 * issue between them: one dispute of the two over the places it names in
 * sentences naming no third state ("share a border ... to the Shatt
 * al-Arab waterway", "clashed at the al-Khufus border post"); "Russia's
 * annexation of Crimea" in another pair's article is none of theirs. */
static relkg_status pair_dispute(relkg_ctx *ctx)
{
	const relkg_mentions *m = ctx->mentions;
	if (has_dispute(m) || m->parties[0] == RELKG_NONE || m->parties[1] == RELKG_NONE) {
		return RELKG_OK;
	}
	ent_list terr = {{0}, 0};
	size_t si = RELKG_NONE;
	for (size_t i = 0; i < m->n && terr.n < 8; ++i) {
		size_t x = m->ms[i].entity;
		if (m->ents[x].kind != RELKG_ENT_TERRITORY || m->ents[x].country != RELKG_NONE ||
		    third_state_in(ctx, m->ms[i].sentence)) {
			continue;
		}
		size_t k = 0;
		while (k < terr.n && terr.ents[k] != x) {
			++k;
		}
		if (k == terr.n) {
			terr.ents[terr.n++] = x;
			si = si == RELKG_NONE || m->ms[i].sentence < si ? m->ms[i].sentence : si;
		}
	}
	if (terr.n == 0) {
		return RELKG_OK;
	}
	return emit_dispute_between(ctx, si, &terr, RELKG_NONE, NULL, &rule_dispute_pair);
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
	static const char *const copula_words[] = {"is", "are", "was", "were", NULL};
	const relkg_word_pattern find[] = {
		{city_at, relkg_gazetteer_word_classes(relkg_ctx_gaz(ctx)) &
				  relkg_gazetteer_city_classes(relkg_ctx_gaz(ctx)),
		 NULL, NULL, NULL},
		{island_group_at, RELKG_WC_CAPITAL, island_words, NULL, NULL},
		{listed_at, relkg_wc_folded_list(listed_words), NULL, listed_words, NULL},
		{controlled_at, relkg_wc_folded_list(control_phrases), NULL, control_phrases, NULL},
		{foreign_islands_at, RELKG_WC_CAPITAL & relkg_wc_folded_list(foreign_heads), NULL,
		 foreign_heads, NULL},
		{defined_place_at, RELKG_WC_CAPITAL, copula_words, NULL, NULL},
		{changed_hands_at, relkg_wc_folded_list(hands_words), NULL, hands_words, NULL},
		{contested_area_at, relkg_wc_folded_list(area_heads), NULL, area_heads, NULL},
		{NULL, 0, NULL, NULL, NULL}};
	/* every phrase of dispute_at, and every verb of claims_at, has one of
	 * these at or after its word (one list: one scan a sentence for both) */
	static const char *const dispute_keywords[] = {"disput", "conflict", "claim", NULL};
	static const char *const disputed_words[] = {"disputed", NULL};
	static const char *const strain_words[] = {"strained", "tension", "tensions", "row",
		"quarrel", "standoff", "stand-off", "crisis", NULL};
	/* a territory or country mention at i; "the" before a territory */
	const relkg_word_pattern relate[] = {
		{aliases_at, RELKG_WC_MENTION, NULL, NULL, NULL},
		{dispute_at, RELKG_WC_MENTION | relkg_wc_folded("the") |
				     relkg_wc_folded("dispute over") | relkg_wc_folded_list(claims) |
				     relkg_wc_folded_list(owned_claims) | relkg_wc_folded("conflict"),
		 NULL, NULL, dispute_keywords},
		{part_of_at, RELKG_WC_MENTION, NULL, NULL, NULL},
		{claims_at, RELKG_WC_MENTION, NULL, NULL, dispute_keywords},
		{strain_over_at, relkg_wc_folded_list(strain_words), NULL, strain_words, NULL},
		{disputed_include_at, relkg_wc_folded("disputed"), NULL, disputed_words, NULL},
		{NULL, 0, NULL, NULL, NULL}};
	const relkg_word_pattern kinds[] = {
		{kind_named_at, RELKG_WC_CAPITAL & relkg_wc_folded_list(area_heads), NULL, area_heads,
		 NULL},
		{NULL, 0, NULL, NULL, NULL}};
	TRY(st, relkg_each_word(ctx, find));
	TRY(st, relkg_each_word(ctx, kinds));
	TRY(st, remention(ctx));
	TRY(st, relkg_each_word(ctx, relate));
	TRY(st, remention(ctx)); /* and those the claims named */
	return pair_dispute(ctx);
}
