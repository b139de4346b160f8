/* Countries: names, aliases, demonyms and capitals standing for the state
 * ("Moscow took a stand"), the article's two parties from its title
 * ("X–Y relations"), and "the two countries" / "both sides" resolved to
 * those parties. */
#include <pthread.h>
#include <string.h>

#include "entities.h"
#include "gaz_memo.h"
#include "phrases.h"
#include "rules.h"
#include "try.h"
#include "word_mask.h"
#include "words.h"

/* Words before a capital that make it the city, not the state. */
static const char *const place_words[] = {"in", "at", "near", "visited", "visiting", "from",
	"toward", "towards", "outside", "around", NULL};
static const char *const motion_words[] = {"visit", "visits", "trip", "travel", "traveled",
	"travelled", "went", "flew", "came", "returned", "moved", "journey", "mission", "back",
	NULL};

/* Does a capital at [b,e) name the city rather than the state? */
static int capital_is_place(const relkg_doc *doc, size_t sb, size_t b)
{
	size_t we, w = relkg_prev_word(doc->text, sb, b, &we);
	if (w == (size_t)-1) {
		return 0;
	}
	if (relkg_word_in(doc->text, w, we, place_words)) {
		return 1;
	}
	if (relkg_word_is(doc->text, w, we, "to")) {
		size_t we2, w2 = relkg_prev_word(doc->text, sb, w, &we2);
		return w2 != (size_t)-1 && relkg_word_in(doc->text, w2, we2, motion_words);
	}
	return 0;
}

/* Is [b,e) part of a longer capitalized name ("Tokyo Stock Exchange",
 * "George Washington")? */
static int inside_name(const relkg_doc *doc, size_t sb, size_t b, size_t e, size_t se)
{
	size_t n = relkg_skip_space(doc->text, e, se);
	if (n > e && n < se && relkg_is_upper_at(doc->text + n, se - n)) {
		return 1;
	}
	size_t we, w = relkg_prev_word(doc->text, sb, b, &we);
	return w != (size_t)-1 && we == b - 1 && w > sb && relkg_is_upper_at(doc->text + w, we - w);
}

/* Does a body of water's name go on after [b,e) ("Indian Ocean", "South
 * China Sea")?  That name is no mention of the state. */
static int water_name(const relkg_doc *doc, size_t e, size_t se)
{
	static const char *const waters[] = {"Ocean", "Sea", NULL};
	const char *t = doc->text;
	if (e >= se || t[e] != ' ') {
		return 0;
	}
	size_t n = e + 1, ne = relkg_word_end(t, n, se);
	return ne > n && (unsigned char)t[n] < 0x80 && t[n] >= 'A' && t[n] <= 'Z' &&
	       relkg_word_in(t, n, ne, waters);
}

/* The country named at word start i of sentence si, as a mention; *end
 * is where the scan goes on (i when nothing is named there). */
static relkg_status country_at_word(relkg_ctx *ctx, size_t si, size_t i, size_t *end)
{
	const relkg_doc *doc = ctx->doc;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	relkg_span sp = doc->sentences[si].span;
	relkg_status st;
	relkg_gz_hit hit;
	*end = i;
	if (!relkg_gaz_memo_match(ctx, gaz, si, i, &hit)) {
		return RELKG_OK;
	}
	size_t e = i + hit.len;
	*end = e;
	unsigned flags = 0;
	if ((hit.form == RELKG_GZ_NAME || hit.form == RELKG_GZ_DEMONYM) &&
	    water_name(doc, e, sp.end)) {
		return RELKG_OK;
	}
	if (e < sp.end && doc->text[e] == '$') {
		return RELKG_OK; /* "US$6 million": a currency */
	}
	switch (hit.form) {
	case RELKG_GZ_NAME:
		flags = RELKG_MF_NAME;
		break;
	case RELKG_GZ_DEMONYM:
		flags = RELKG_MF_DEMONYM;
		if (e + 1 < sp.end && doc->text[e] == ' ' &&
		    relkg_is_letter_at(doc->text + e + 1, sp.end - e - 1)) {
			flags |= RELKG_MF_MODIFIER;
		}
		break;
	case RELKG_GZ_CAPITAL:
		if (!capital_is_place(doc, sp.begin, i) &&
		    !inside_name(doc, sp.begin, i, e, sp.end)) {
			flags = RELKG_MF_CAPITAL;
		}
		break;
	default:
		break;
	}
	if (flags && hit.country != RELKG_GZ_NONE) {
		size_t ent = relkg_ent_country(ctx, hit.country);
		if (ent == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
		TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){i, e}, si, ent, flags));
	}
	return RELKG_OK;
}

/* Every word start of sentence si: those beginning with a letter when
 * every gazetteer name does (the word index), else every byte.  Of the
 * words, only those whose first byte's class (relkg_wc_of) begins a
 * gazetteer entry (classes): at another, relkg_gazetteer_match finds none
 * (its first-byte index is empty there), and most words begin with a
 * lower-case letter no name begins with. */
static relkg_status scan_sentence(relkg_ctx *ctx, size_t si, uint64_t classes)
{
	const relkg_doc *doc = ctx->doc;
	relkg_span sp = doc->sentences[si].span;
	relkg_status st;
	size_t e;
	if (!relkg_gazetteer_letter_initial(relkg_ctx_gaz(ctx))) {
		for (size_t i = sp.begin; i < sp.end; i = e > i ? e : i + 1) {
			e = i;
			if (relkg_word_start_at(doc->text, i)) {
				TRY(st, country_at_word(ctx, si, i, &e));
			}
		}
		return RELKG_OK;
	}
	const size_t *ws;
	size_t n_ws;
	TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
	for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) { /* the words of those classes */
		uint64_t may = relkg_word_class_mask(doc->text, ws + w0, n_ws - w0, classes);
		while (may) {
			size_t i = ws[w0 + relkg_mask_next(&may)];
			if (i >= from) {
				TRY(st, country_at_word(ctx, si, i, &e));
				from = e > i ? e : i + 1;
			}
		}
	}
	return RELKG_OK;
}

/* "X–Y relations": the countries at both sides of the dash. */
static int parse_parties(const relkg_gazetteer *gaz, const char *s, size_t n, size_t out[2])
{
	const char *rel = NULL;
	for (size_t i = 0; i + 9 <= n; ++i) {
		if (strncmp(s + i, "relations", 9) == 0) {
			rel = s + i;
			break;
		}
	}
	if (!rel) {
		return 0;
	}
	relkg_gz_hit a, b;
	size_t len = (size_t)(rel - s);
	if (!relkg_gazetteer_match(gaz, s, len, &a) || a.form != RELKG_GZ_NAME) {
		return 0;
	}
	size_t i = a.len;
	if (i + 3 <= len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
		i += 3;
	} else if (i < len && s[i] == '-') {
		i += 1;
	} else if (i + 5 <= len && strncmp(s + i, " and ", 5) == 0) {
		i += 5;
	} else {
		return 0;
	}
	if (!relkg_gazetteer_match(gaz, s + i, len - i, &b) || b.form != RELKG_GZ_NAME ||
	    strncmp(s + i + b.len, " relations", 10) != 0 || a.country == b.country) {
		return 0;
	}
	out[0] = a.country;
	out[1] = b.country;
	return 1;
}

/* The parties from the title, or from the first block that reads like
 * one (readers that miss the title). */
static relkg_status find_parties(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	size_t p[2];
	int ok = doc->title && parse_parties(gaz, doc->title, strlen(doc->title), p);
	for (size_t i = 0; !ok && i < doc->n_blocks && i < 40; ++i) {
		relkg_span sp = doc->blocks[i].span;
		if (sp.end - sp.begin < 80) {
			ok = parse_parties(gaz, doc->text + sp.begin, sp.end - sp.begin, p);
		}
	}
	if (!ok) {
		return RELKG_OK;
	}
	for (int k = 0; k < 2; ++k) {
		ctx->mentions->parties[k] = relkg_ent_country(ctx, p[k]);
		if (ctx->mentions->parties[k] == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
	}
	return RELKG_OK;
}

static const char *const both_phrases[] = {"the two countries", "both countries",
	"the two nations", "both nations", "the two sides", "both sides", "both governments",
	"the two governments", "the two states", "both states", "both nations'", NULL};

/* both_phrases by first letter and first four bytes: scan_both asks at
 * every word beginning with 't' or 'b' ("the", "that", "by"). */
static relkg_phrases both_set;
static pthread_once_t both_once = PTHREAD_ONCE_INIT;

static void both_set_init(void)
{
	(void)relkg_phrases_init(&both_set, both_phrases);
}

/* The phrases at the words of sentence si; starts: the word classes they
 * begin with (relkg_wc_folded_list), so that other words are passed over
 * (relkg_starts_with fails at once on a first byte that differs ASCII
 * case-folded). */
static relkg_status scan_both(relkg_ctx *ctx, size_t si, uint64_t starts)
{
	const relkg_doc *doc = ctx->doc;
	relkg_span sp = doc->sentences[si].span;
	relkg_status st;
	if (ctx->mentions->parties[0] == RELKG_NONE) {
		return RELKG_OK;
	}
	const size_t *ws; /* the phrases begin with an ASCII letter */
	size_t n_ws;
	TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
	for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) {
		uint64_t may = relkg_word_class_mask(doc->text, ws + w0, n_ws - w0, starts);
		while (may) {
			size_t i = ws[w0 + relkg_mask_next(&may)], k;
			if (i < from || relkg_phrases_at(&both_set, doc->text, i, sp.end, &k) < 0) {
				continue;
			}
			for (int j = 0; j < 2; ++j) {
				TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){i, i + k}, si,
							   ctx->mentions->parties[j], RELKG_MF_PRONOUN));
			}
			from = i + k + 1; /* the byte after the phrase is not tried */
		}
	}
	return RELKG_OK;
}

relkg_status relkg_rules_countries(relkg_ctx *ctx)
{
	relkg_status st;
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	TRY(st, find_parties(ctx));
	uint64_t both_starts = relkg_wc_folded_list(both_phrases);
	uint64_t classes = relkg_gazetteer_word_classes(relkg_ctx_gaz(ctx));
	pthread_once(&both_once, both_set_init);
	/* sorted sentence by sentence: a sentence's few mentions go in at the
	 * table's end (the sort's insertion and merge), where one sort of the
	 * article's whole tail at the end took qsort (no look-up in this rule
	 * set reads the table, and a stable sort gives the same order either
	 * way) */
	for (size_t si = 0; si < ctx->doc->n_sentences; ++si) {
		TRY(st, scan_sentence(ctx, si, classes));
		TRY(st, scan_both(ctx, si, both_starts));
		relkg_mentions_sort(ctx->mentions);
	}
	relkg_mentions_sort(ctx->mentions);
	return RELKG_OK;
}
