/* Organizations:
 *   known bodies from the gazetteer ("NATO", "Group of Seven", "Pew Research
 *   Center"), with their state where they have one;
 *   a state's organs named by demonym or country: "the Japanese government",
 *   "Russian maritime authorities", "the Russian foreign ministry" (rkg:country);
 *   capitalized names with an organization keyword: "the State Council of the
 *   Soviet Union", "Ministry of Foreign Affairs of Japan" (rkg:country from a
 *   state named inside). */
#include <pthread.h>
#include <string.h>

#include "entities.h"
#include "gaz_memo.h"
#include "names.h"
#include "phrases.h"
#include "rules.h"
#include "the_space.h"
#include "try.h"
#include "word_mask.h"
#include "words.h"

static const char *const organs[] = {"foreign ministry", "ministry of foreign affairs",
	"defense ministry", "defence ministry", "maritime authorities", "authorities",
	"government", "coast guard", "navy", "army", "air force", "military", "armed forces",
	"police", "parliament", "border guards", "border service", "embassy staff",
	"security services", "intelligence services", "foreign office", "state department",
	NULL};
/* organs by first letter: organ_at tries them after every country
 * mention, where most words begin with none of their letters. */
static relkg_phrases organ_set;
static pthread_once_t organ_once = PTHREAD_ONCE_INIT;

static void organ_set_init(void)
{
	(void)relkg_phrases_init(&organ_set, organs);
}

static const char *const org_keywords[] = {"Center", "Centre", "Council", "Ministry", "Agency",
	"Committee", "Commission", "Bureau", "Department", "Institute", "University",
	"Organization", "Organisation", "Association", "Foundation", "Party", "Bank", "Fund",
	"Parliament", "Assembly", "Court", "Corporation", "Company", "Project", NULL};
static const char *const connectors[] = {"of", "for", "the", "and", NULL};
/* The keywords and connectors as word sets: named_at asks them at every
 * word of a capitalized name, where a scan of the keywords cost ~270
 * instructions a word. */
/* Function words a name does not begin with (named_at asks them at
 * every capitalized word it is tried at and the one before). */
static const char *const fw[] = {"The", "In", "On", "At", "After", "Before", "Despite",
	"According", "Since", "During", "A", "An", NULL};
RELKG_FITS_WORD_SET(org_keywords);
RELKG_FITS_WORD_SET(connectors);
RELKG_FITS_WORD_SET(fw);
static relkg_word_set keyword_set, connector_set, fw_set;
static pthread_once_t org_words_once = PTHREAD_ONCE_INIT;

static void org_words_init(void)
{
	(void)relkg_word_set_init(&keyword_set, org_keywords);
	(void)relkg_word_set_init(&connector_set, connectors);
	(void)relkg_word_set_init(&fw_set, fw);
}

/* Adds the organization and its mention; its entity in *out when out is
 * not NULL. */
static relkg_status add_org_ent(relkg_ctx *ctx, size_t si, size_t b, size_t e, const char *label,
				size_t n, size_t country, size_t *out)
{
	relkg_status st;
	size_t ent = relkg_ent_named(ctx, RELKG_ENT_ORGANIZATION, "organization",
				     "rkg:Organization", label, n);
	if (ent == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	if (out) {
		*out = ent;
	}
	TRY(st, relkg_ent_set_country(ctx, ent, country));
	return relkg_mentions_add(ctx->mentions, (relkg_span){b, e}, si, ent, RELKG_MF_NAME);
}

static relkg_status add_org(relkg_ctx *ctx, size_t si, size_t b, size_t e, const char *label,
			    size_t n, size_t country)
{
	return add_org_ent(ctx, si, b, e, label, n, country, NULL);
}

/* "the court ruled": the court the article named last before
 * ("the International Court of Justice ... the court"), when "court"
 * is not the start of a name ("the Court of Arbitration"). */
static relkg_status court_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	/* asked at every word: "the " and room for "court" first, bytes the
	 * tests below need anyway (a word "the" ends at the space), before
	 * the word's end is looked for */
	if (i + 9 > end || !relkg_the_space_at(t + i)) {
		return RELKG_OK;
	}
	size_t e0 = relkg_word_end(t, i, end);
	if (e0 - i != 3 || (t[i] != 't' && t[i] != 'T') || memcmp(t + i + 1, "he", 2) != 0 ||
	    e0 + 6 > end || t[e0] != ' ' || (t[e0 + 1] != 'c' && t[e0 + 1] != 'C') ||
	    memcmp(t + e0 + 2, "ourt", 4) != 0 || relkg_word_end(t, e0 + 1, end) != e0 + 6) {
		return RELKG_OK;
	}
	size_t after = relkg_skip_space(t, e0 + 6, end);
	if (after < end && after > e0 + 6 && relkg_is_upper_at(t + after, end - after)) {
		return RELKG_OK;
	}
	const relkg_mentions *m = ctx->mentions;
	size_t ent = RELKG_NONE, at = 0;
	for (size_t k = 0; k < m->n; ++k) {
		const relkg_mention *x = &m->ms[k];
		const relkg_entity *en = &m->ents[x->entity];
		if (x->span.end <= i && x->span.begin >= at && en->kind == RELKG_ENT_ORGANIZATION &&
		    strstr(en->label, "Court")) {
			ent = x->entity;
			at = x->span.begin;
		}
	}
	if (ent == RELKG_NONE) {
		return RELKG_OK;
	}
	*next = e0 + 6;
	return relkg_mentions_add(ctx->mentions, (relkg_span){i, e0 + 6}, si, ent, RELKG_MF_PRONOUN);
}

static relkg_status known_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	relkg_gz_hit hit;
	if (!relkg_gaz_memo_match(ctx, relkg_ctx_gaz(ctx), si, i, &hit) || hit.form != RELKG_GZ_ORG) {
		return RELKG_OK;
	}
	*next = i + hit.len;
	const relkg_gz_org *o = relkg_gazetteer_org(relkg_ctx_gaz(ctx), hit.ref);
	size_t country = hit.country != RELKG_GZ_NONE ? relkg_ent_country(ctx, hit.country)
						       : RELKG_NONE;
	relkg_status st;
	size_t ent;
	TRY(st, add_org_ent(ctx, si, i, i + hit.len, o->label, strlen(o->label), country, &ent));
	/* "UN Security Council" for the United Nations Security Council: the
	 * text's own name for it too, so queries find it by either */
	const char *t = ctx->doc->text;
	size_t n = strlen(o->label);
	if (hit.len == n && memcmp(t + i, o->label, n) == 0) {
		return RELKG_OK;
	}
	return relkg_graph_text(ctx->graph, ctx->mentions->ents[ent].iri, "skos:altLabel", t + i,
				hit.len, "en");
}

/* "Russian maritime authorities", "the Japanese government" */
static relkg_status organ_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	if (!relkg_mentions_may_begin(ctx->mentions, i)) {
		return RELKG_OK; /* no mention, so no country, begins here (asked at every word) */
	}
	size_t ce, c = relkg_country_at(ctx, i, &ce);
	if (c == RELKG_NONE) {
		return RELKG_OK;
	}
	size_t p = ce;
	if (p + 1 < end && t[p] == '\'' && t[p + 1] == 's') {
		p += 2;
	}
	p = relkg_skip_space(t, p, end);
	pthread_once(&organ_once, organ_set_init);
	size_t k;
	int o = relkg_phrases_at(&organ_set, t, p, end, &k);
	if (o < 0) {
		return RELKG_OK;
	}
	relkg_buf label;
	relkg_buf_init(&label);
	relkg_status st = relkg_buf_append(&label, t + i, p + k - i);
	if (!st && strcmp(organs[o], "government") == 0) {
		label.len = 0;
		st = relkg_buf_printf(&label, "Government of %s", ctx->mentions->ents[c].label);
	}
	if (!st) {
		st = add_org(ctx, si, i, p + k, label.data, label.len, c);
	}
	relkg_buf_clear(&label);
	*next = p + k;
	return st;
}

/* Is text[p, e) "and" followed by "the"? */
static int and_the(const char *t, size_t p, size_t e, size_t end)
{
	return e - p == 3 && memcmp(t + p, "and", 3) == 0 && e + 4 < end &&
	       memcmp(t + e, " the ", 5) == 0;
}

/* A capitalized name holding an organization keyword. */
static relkg_status named_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	if (!relkg_is_upper_at(t + i, end - i) || relkg_mentions_covered(ctx->mentions, i, i + 1)) {
		return RELKG_OK;
	}
	/* inside a longer name, not its start; but "The International Court
	 * of Justice" starts after the sentence's "The" */
	size_t pe, pw = relkg_prev_word(t, sb, i, &pe);
	if (pw != (size_t)-1 && pe + 1 == i && relkg_is_upper_at(t + pw, end - pw) &&
	    !relkg_word_set_has(&fw_set, t, pw, pe)) {
		return RELKG_OK;
	}
	size_t e0 = relkg_word_end(t, i, end);
	if (relkg_word_set_has(&fw_set, t, i, e0)) {
		return RELKG_OK;
	}
	size_t p = i, last = i, country = RELKG_NONE;
	int has_kw = 0;
	for (int words = 0; p < end && words < 12; ++words) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			break;
		}
		if (relkg_is_upper_at(t + p, end - p)) {
			/* the country first, asked once (twice before, where a
			 * mention covered the word), and the coverage only where
			 * no country begins */
			size_t ce, c = relkg_country_at(ctx, p, &ce);
			if (c == RELKG_NONE && relkg_mentions_covered(ctx->mentions, p, e)) {
				break; /* a person or place named after it */
			}
			if (c != RELKG_NONE) {
				country = c;
				e = ce;
			}
			has_kw |= relkg_word_set_has(&keyword_set, t, p, e);
			last = e;
		} else if (!relkg_word_set_has(&connector_set, t, p, e) ||
			   (has_kw && and_the(t, p, e, end))) {
			break; /* "the Bank of Japan and the Central Bank of Russia": two */
		}
		if (e < end && t[e] == ' ') {
			p = e + 1;
		} else {
			break;
		}
	}
	if (!has_kw || last == i || (last == e0 && relkg_word_in(t, i, e0, org_keywords))) {
		return RELKG_OK; /* "The Court ruled": a keyword alone names no body */
	}
	*next = last;
	return add_org(ctx, si, i, last, t + i, last - i, country);
}

/* The last word of sentence si (ws, n_ws: its words) where named_at may
 * read an organization keyword, RELKG_NONE when none: named_at reads one
 * only at a capitalized word it reached past a space, that is at a word,
 * whole (relkg_word_in) or as a country mention's text; so a word where
 * a keyword may begin (f: its first byte as written, its second) that is
 * a keyword or begins a country mention.  Looked for word by word from
 * the end, not at every byte (relkg_last_written). */
static size_t last_keyword_word(const relkg_ctx *ctx, size_t si, const size_t *ws, size_t n_ws,
				const relkg_written_filter *f)
{
	const unsigned char *u = (const unsigned char *)ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	for (size_t w = n_ws; w-- > 0;) {
		size_t p = ws[w];
		if (p + 1 >= end || !(f->at[u[p]] & 1u) || !(f->at[u[p + 1]] & 2u)) {
			continue; /* no keyword begins so */
		}
		if (relkg_word_set_has(&keyword_set, ctx->doc->text, p,
				       relkg_word_end(ctx->doc->text, p, end)) ||
		    relkg_country_at(ctx, p, NULL) != RELKG_NONE) {
			return p;
		}
	}
	return RELKG_NONE;
}

/* The rules at the words of sentence si (ws, n_ws) where one may match:
 * known_at at a word of the gazetteer's classes, organ_at where a
 * mention begins (a country's), named_at at a capitalized word up to
 * last_kw, court_at at 't' or 'T'; the others pass over a word elsewhere
 * at their first test.  Mentions are added only where the scan is, so
 * where they begin further on is known before. */
static relkg_status scan_sentence(relkg_ctx *ctx, size_t si, const size_t *ws, size_t n_ws,
				  uint64_t gaz_classes, size_t last_kw)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	uint64_t classes = gaz_classes | RELKG_WC_LOWER('t') | RELKG_WC_UPPER('T') |
			   (last_kw != RELKG_NONE ? RELKG_WC_CAPITAL : 0);
	for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) {
		uint64_t may = relkg_word_class_mask(doc->text, ws + w0, n_ws - w0, classes) |
			       relkg_word_bit_mask(ctx->mentions->begins, ctx->mentions->n_begins,
						   ws + w0, n_ws - w0);
		while (may) {
			size_t i = ws[w0 + relkg_mask_next(&may)], next = i + 1;
			if (i < from) {
				continue;
			}
			if (relkg_wc_of((unsigned char)doc->text[i]) & gaz_classes) {
				TRY(st, known_at(ctx, si, i, &next)); /* else no gazetteer name there */
			}
			if (next == i + 1) {
				TRY(st, organ_at(ctx, si, i, &next));
			}
			if (next == i + 1 && last_kw != RELKG_NONE && i <= last_kw) {
				TRY(st, named_at(ctx, si, i, &next));
			}
			if (next == i + 1) {
				TRY(st, court_at(ctx, si, i, &next));
			}
			from = next > i ? next : i + 1;
		}
	}
	return RELKG_OK;
}

relkg_status relkg_rules_orgs(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	relkg_written_filter kw_filter;
	relkg_written_filter_init(&kw_filter, org_keywords, 1);
	uint64_t gaz_classes = relkg_gazetteer_word_classes(relkg_ctx_gaz(ctx));
	pthread_once(&org_words_once, org_words_init);
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		const size_t *ws; /* the words beginning with a letter */
		size_t n_ws;
		TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
		/* named_at reads a keyword, capitalized, at or after its word: none
		 * after the last */
		size_t last_kw = last_keyword_word(ctx, si, ws, n_ws, &kw_filter);
		TRY(st, scan_sentence(ctx, si, ws, n_ws, gaz_classes, last_kw));
		relkg_mentions_sort(ctx->mentions);
	}
	return RELKG_OK;
}
