/* Treaties and agreements, by name or description:
 *   named      "the Treaty of Tartu", "Treaty on Basic Relations between Japan
 *              and the Republic of Korea", "the German-Soviet Nonaggression Pact",
 *              "its Secret Additional Protocol" (parties of the treaty before);
 *   described  "a peace treaty", "the 1956 Soviet pledge", "a non aggression
 *              treaty on 4 May 1932", "the 1965 reconciliation treaties".
 * Parties: countries named in it, in "(Russian–Estonian)" after it, "with X",
 * "between X and Y"; else the article's two countries (a state's successor
 * or predecessor counts as the same party).  Date: a year in the name, else
 * the nearest date of the sentence (named) or "on/of/in DATE" right after
 * (described), or the sentence's date when a signing verb takes the
 * described treaty as its object ("signed a border treaty").  "unable to sign", "never signed" set the not-signed flag. */
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "entities.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_named = {"treaty-named", "named treaty",
	"A capitalized treaty name: \"Treaty of X\", \"Treaty on ... between A and B\", \"A-B "
	"Nonaggression Pact\", \"X Declaration\"; parties from the countries it names."};
static const relkg_rule rule_described = {"treaty-described", "treaty by description",
	"\"a peace treaty\", \"the 1956 Soviet pledge\", \"a non aggression treaty on 4 May "
	"1932\"; parties from the phrase, 'with X', or the article's two countries."};

static const char *const keywords[] = {"Treaty", "Treaties", "Pact", "Agreement", "Accord",
	"Accords", "Declaration", "Protocol", "Convention", "Charter", "Communiqué", "Communique",
	NULL};
static const char *const heads[] = {"treaty", "treaties", "pact", "pledge", "accord",
	"accords", "armistice", "convention", NULL};
static const char *const fillers[] = {"formal", "new", "final", "proposed", "bilateral",
	"historic", "separate", "comprehensive", "permanent", "official", "such", "same",
	"first", "second", "several", "two", "later", "earlier", "former", "previous", NULL};
static const char *const starters[] = {"a", "an", "the", "its", "their", "his", NULL};
/* lower-case words inside a capitalized name: English ones, and the
 * particles of place names in other languages ("Declaration of Foz do
 * Iguaçu", "Treaty of Río de Janeiro"); a name never ends with one */
static const char *const connectors[] = {"of", "on", "for", "between", "the", "and", "de",
	"do", "da", "dos", "das", "del", "di", "du", "des", "la", "le", "von", "van", "el", NULL};
static const char *const negations[] = {"unable to sign", "not sign", "not signed",
	"never signed", "yet to sign", "failed to sign", "without signing", "not been signed",
	"no peace treaty", "not yet signed", NULL};

typedef struct {
	size_t c[6];
	size_t n;
} parties;

static void add_party(parties *p, size_t c)
{
	for (size_t i = 0; i < p->n; ++i) {
		if (p->c[i] == c) {
			return;
		}
	}
	if (p->n < 6) {
		p->c[p->n++] = c;
	}
}

/* Countries named in [b,e). */
static void parties_in(const relkg_ctx *ctx, size_t b, size_t e, parties *p)
{
	const relkg_mentions *m = ctx->mentions;
	size_t first, last = relkg_mentions_range(m, b, e, &first);
	for (size_t i = first; i < last; ++i) {
		/* a capital in a name is the place of signing ("Treaty of Warsaw") */
		if (m->ents[m->ms[i].entity].kind == RELKG_ENT_COUNTRY && m->ms[i].span.end <= e &&
		    !(m->ms[i].flags & (RELKG_MF_PRONOUN | RELKG_MF_CAPITAL))) {
			add_party(p, m->ms[i].entity);
		}
	}
}

/* "A, B and C signed the X Treaty": the countries named before a signing
 * verb right before the name are its parties.  1 when two or more. */
static int signers_before(const relkg_ctx *ctx, size_t si, size_t name, parties *p)
{
	static const char *const verbs[] = {"signed", "concluded", "ratified", "negotiated",
					    "agreed", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, name, &we);
	if (w != (size_t)-1 && relkg_word_is(t, w, we, "the")) {
		w = relkg_prev_word(t, sb, w, &we);
	}
	if (w == (size_t)-1 || !relkg_word_in(t, w, we, verbs)) {
		return 0;
	}
	parties q = {{0}, 0};
	parties_in(ctx, sb, w, &q);
	if (q.n < 2) {
		return 0;
	}
	*p = q;
	return 1;
}

/* Fills up to two parties from the article's, skipping a party's lineage. */
static void fill_from_article(const relkg_ctx *ctx, parties *p)
{
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	for (int k = 0; k < 2 && p->n < 2; ++k) {
		size_t a = ctx->mentions->parties[k];
		if (a == RELKG_NONE) {
			continue;
		}
		int same = 0;
		for (size_t i = 0; i < p->n; ++i) {
			same |= relkg_gazetteer_same_lineage(gaz, relkg_ent_country_gz(ctx, a),
							     relkg_ent_country_gz(ctx, p->c[i]));
		}
		if (!same) {
			add_party(p, a);
		}
	}
}

/* A year date inside [b,e), or NULL. */
static const relkg_date *date_inside(const relkg_ctx *ctx, size_t b, size_t e)
{
	const relkg_mentions *m = ctx->mentions;
	for (size_t i = 0; i < m->n_dates; ++i) {
		if (m->dates[i].span.begin >= b && m->dates[i].span.end <= e) {
			return &m->dates[i];
		}
	}
	return NULL;
}

/* "on 4 May 1932", "of August 1939" right after e. */
static const relkg_date *date_after(const relkg_ctx *ctx, size_t si, size_t e)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, e, end);
	static const char *const preps[] = {"on", "of", "in", NULL};
	size_t we = relkg_word_end(t, p, end);
	if (!relkg_word_in(t, p, we, preps)) {
		return NULL;
	}
	p = relkg_skip_space(t, we, end);
	const relkg_mentions *m = ctx->mentions;
	for (size_t i = 0; i < m->n_dates; ++i) {
		if (m->dates[i].span.begin == p) {
			return &m->dates[i];
		}
	}
	return NULL;
}

/* The first date of the sentence after `at`, else the last one before. */
static const relkg_date *sentence_date(const relkg_ctx *ctx, size_t si, size_t at)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_date *before = NULL;
	for (size_t i = 0; i < m->n_dates; ++i) {
		if (m->dates[i].sentence != si) {
			continue;
		}
		if (m->dates[i].span.begin >= at) {
			return &m->dates[i];
		}
		before = &m->dates[i];
	}
	return before;
}

static int not_signed(const relkg_ctx *ctx, size_t si, size_t at)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = sb; i < at; ++i) {
		if (!relkg_word_start_at(t, i)) {
			continue;
		}
		for (const char *const *n = negations; *n; ++n) {
			if (relkg_starts_with(t, i, at, *n)) {
				return 1;
			}
		}
	}
	return 0;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static relkg_status emit_treaty(relkg_ctx *ctx, size_t si, size_t b, const char *label,
				size_t n, parties *p, const relkg_date *date, int keyed,
				const relkg_rule *rule, double conf, size_t *out)
{
	relkg_mentions *m = ctx->mentions;
	relkg_buf key;
	relkg_buf_init(&key);
	relkg_status st = relkg_buf_append(&key, label, n);
	qsort(p->c, p->n, sizeof(size_t), cmp_size);
	for (size_t i = 0; !st && keyed && i < p->n; ++i) {
		st = relkg_buf_printf(&key, " %s", m->ents[p->c[i]].label);
	}
	size_t e = RELKG_NONE;
	if (!st) {
		e = relkg_ent_keyed(ctx, RELKG_ENT_TREATY, "treaty", "rkg:Treaty", key.data, key.len,
				    label, n);
	}
	relkg_buf_clear(&key);
	if (e == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	*out = e;
	const char *iri = m->ents[e].iri;
	for (size_t i = 0; i < p->n; ++i) {
		TRY(st, relkg_graph_iri(ctx->graph, iri, "rkg:party", m->ents[p->c[i]].iri));
	}
	if (date && !(m->ents[e].flags & RELKG_EF_DATED)) { /* its first date only */
		m->ents[e].flags |= RELKG_EF_DATED;
		TRY(st, relkg_graph_typed(ctx->graph, iri, "rkg:date", date->iso, date->xsd));
	}
	if (not_signed(ctx, si, b) && !(m->ents[e].flags & RELKG_EF_NOT_SIGNED)) {
		m->ents[e].flags |= RELKG_EF_NOT_SIGNED;
		TRY(st, relkg_graph_typed(ctx->graph, iri, "rkg:notSigned", "true", "xsd:boolean"));
	}
	TRY(st, relkg_mentions_add(m, (relkg_span){b, b + n}, si, e, RELKG_MF_NAME));
	return relkg_ctx_provenance(ctx, iri, si, rule, conf);
}

/* ---------------------------------------------------------------- named */

static size_t last_treaty_in(const relkg_ctx *ctx, size_t si, size_t before)
{
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin, best = RELKG_NONE;
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].span.begin >= sb && m->ms[i].span.end <= before &&
		    m->ents[m->ms[i].entity].kind == RELKG_ENT_TREATY) {
			best = m->ms[i].entity;
		}
	}
	return best;
}

/* Is the name at i another name of the treaty just named: after "also
 * known as [the]", "or [the]" right after a treaty, or "and [the]" after
 * such a name ("the Algiers Agreement, also known as the Algiers Accord
 * and the Algiers Declaration")?  That treaty, or NONE. */
static size_t alias_of(const relkg_ctx *ctx, size_t si, size_t i)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (int hops = 0; hops < 4; ++hops) {
		size_t we, w = relkg_prev_word(t, sb, i, &we);
		if (w != (size_t)-1 && relkg_word_is(t, w, we, "the")) {
			w = relkg_prev_word(t, sb, w, &we);
		}
		if (w == (size_t)-1) {
			return RELKG_NONE;
		}
		size_t w2e, w2 = relkg_prev_word(t, sb, w, &w2e);
		if (relkg_word_is(t, w, we, "as") && w2 != (size_t)-1 &&
		    relkg_word_is(t, w2, w2e, "known")) {
			size_t w3e, w3 = relkg_prev_word(t, sb, w2, &w3e);
			if (w3 != (size_t)-1 && relkg_word_is(t, w3, w3e, "also")) {
				w2 = w3;
			}
			return last_treaty_in(ctx, si, w2);
		}
		if (!relkg_word_is(t, w, we, "and") && !relkg_word_is(t, w, we, "or")) {
			return RELKG_NONE;
		}
		/* the treaty name right before "and"/"or": itself an alias? */
		size_t before = w;
		while (before > sb && (t[before - 1] == ' ' || t[before - 1] == ',')) {
			--before;
		}
		const relkg_mentions *m = ctx->mentions;
		size_t j, found = RELKG_NONE;
		for (j = 0; j < m->n; ++j) {
			if (m->ms[j].span.end == before && m->ents[m->ms[j].entity].kind == RELKG_ENT_TREATY) {
				found = j;
			}
		}
		if (found == RELKG_NONE) {
			return RELKG_NONE;
		}
		if (relkg_word_is(t, w, we, "or")) {
			return m->ms[found].entity;
		}
		i = m->ms[found].span.begin; /* "and": only when that name was an alias */
	}
	return RELKG_NONE;
}

static relkg_status named_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t pw_e, pw = relkg_prev_word(t, sb, i, &pw_e);
	if (!relkg_is_upper_at(t + i, end - i) ||
	    (pw != (size_t)-1 && pw_e + 1 == i && relkg_is_upper_at(t + pw, end - pw) &&
	     !relkg_word_is(t, pw, pw_e, "The"))) {
		return RELKG_OK; /* not the start of a capitalized run */
	}
	size_t p = i, kw_end = 0, last = i;
	int words = 0, before_kw = 0;
	while (p < end && words < 16) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			break;
		}
		if (relkg_is_upper_at(t + p, end - p)) {
			size_t ml;
			if ((relkg_word_is(t, p, e, "The") && p == i) ||
			    (relkg_month_name(t + p, e - p, &ml) && ml == e - p)) {
				break;
			}
			if (relkg_word_in(t, p, e, keywords)) {
				kw_end = e;
			} else if (!kw_end) {
				++before_kw;
			}
			last = e;
		} else if (!kw_end || !relkg_word_in(t, p, e, connectors) ||
			   (kw_end == last && relkg_word_is(t, p, e, "and"))) {
			break; /* "the Santiago Agreement and the Arica Pact": two names */
		}
		++words;
		if (e + 2 < end && t[e] == '\'' && t[e + 1] == 's' && t[e + 2] == ' ') {
			last = e += 2; /* "the People's Republic of China" */
		}
		if (e + 4 < end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
		    (unsigned char)t[e + 2] == 0x93 && relkg_is_upper_at(t + e + 3, end - e - 3)) {
			p = e + 3; /* "German–Polish Border Treaty" */
			continue;
		}
		if (e < end && t[e] == ' ') {
			p = e + 1;
		} else {
			break;
		}
	}
	if (!kw_end || (before_kw == 0 && last == kw_end) || before_kw > 5) {
		return RELKG_OK;
	}
	*next = last;
	size_t same = alias_of(ctx, si, i);
	if (same != RELKG_NONE) { /* "the Shimla Agreement, also known as the Simla Accord" */
		relkg_status st;
		TRY(st, relkg_graph_text(ctx->graph, ctx->mentions->ents[same].iri, "skos:altLabel",
					 t + i, last - i, "en"));
		return relkg_mentions_add(ctx->mentions, (relkg_span){i, last}, si, same, RELKG_MF_NAME);
	}
	const char *kw = NULL;
	parties pa = {{0}, 0};
	if (!signers_before(ctx, si, i, &pa)) {
		parties_in(ctx, i, last, &pa);
	}
	size_t q = relkg_skip_space(t, last, end);
	if (q < end && t[q] == '(') {
		size_t close = q;
		while (close < end && t[close] != ')') {
			++close;
		}
		parties_in(ctx, q, close, &pa);
	}
	if (pa.n == 0 && pw != (size_t)-1 && relkg_word_is(t, pw, pw_e, "its")) {
		size_t prev = last_treaty_in(ctx, si, i);
		if (prev != RELKG_NONE) {
			const relkg_mentions *m = ctx->mentions;
			/* the earlier treaty's parties: read back from its name */
			for (size_t k = 0; k < m->n; ++k) {
				if (m->ms[k].entity == prev) {
					parties_in(ctx, m->ms[k].span.begin, m->ms[k].span.end, &pa);
				}
			}
		}
	}
	for (size_t k = i; k < kw_end; ++k) {
		if (relkg_word_start_at(t, k) && relkg_word_in(t, k, relkg_word_end(t, k, end), keywords)) {
			kw = t + k;
		}
	}
	int unilateral = kw && strncmp(kw, "Declaration", 11) == 0;
	if (pa.n == 0 && !unilateral) {
		fill_from_article(ctx, &pa);
	}
	const relkg_date *date = date_inside(ctx, i, last);
	if (!date) {
		date = sentence_date(ctx, si, last);
	}
	size_t ent;
	return emit_treaty(ctx, si, i, t + i, last - i, &pa, date, 0, &rule_named, 0.8, &ent);
}

/* ---------------------------------------------------------------- described */

/* "signed a land border treaty": the treaty starting at word i is the
 * object of a past signing verb, so the sentence's date is its date ("On 30
 * December 1999, the two countries signed a ... treaty"). */
static int signed_before(const relkg_ctx *ctx, size_t si, size_t i)
{
	/* the past only: "focused on signing a peace treaty" signed none */
	static const char *const verbs[] = {"signed", "concluded", "ratified", NULL};
	size_t we, b = relkg_prev_word(ctx->doc->text, ctx->doc->sentences[si].span.begin, i, &we);
	return b != (size_t)-1 && relkg_word_in(ctx->doc->text, b, we, verbs);
}

static relkg_status described_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t e = relkg_word_end(t, i, end);
	if (!relkg_word_in(t, i, e, starters)) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, e, end), label_b = RELKG_NONE;
	int informative = 0;
	for (int k = 0; k < 6 && p < end; ++k) {
		size_t we = relkg_word_end(t, p, end);
		if (we == p) {
			return RELKG_OK;
		}
		if (relkg_word_in(t, p, we, fillers)) {
			p = relkg_skip_space(t, we, end);
			continue;
		}
		if (relkg_word_in(t, p, we, starters)) {
			return RELKG_OK; /* "the two countries signed a treaty": starts again at "a" */
		}
		if (label_b == RELKG_NONE) {
			label_b = p;
		}
		if (relkg_word_in(t, p, we, heads)) {
			if (!informative || (we < end && t[we] == '-')) {
				return RELKG_OK; /* "the treaty": an anaphor */
			}
			parties pa = {{0}, 0};
			parties_in(ctx, label_b, we, &pa);
			size_t q = relkg_skip_space(t, we, end);
			size_t w = relkg_starts_with(t, q, end, "with");
			if (!w) {
				w = relkg_starts_with(t, q, end, "between");
			}
			if (w) {
				size_t ce;
				size_t c = relkg_country_at(ctx, relkg_skip_space(t, q + w, end), &ce);
				if (c != RELKG_NONE) {
					add_party(&pa, c);
				}
			}
			fill_from_article(ctx, &pa);
			const relkg_date *date = date_inside(ctx, label_b, we);
			if (!date) {
				date = date_after(ctx, si, we);
			}
			if (!date && signed_before(ctx, si, i)) {
				date = sentence_date(ctx, si, i);
			}
			*next = we;
			size_t ent;
			return emit_treaty(ctx, si, label_b, t + label_b, we - label_b, &pa, date, 1,
					   &rule_described, 0.6, &ent);
		}
		/* modifiers: lower-case words, a year, a demonym */
		if (relkg_is_upper_at(t + p, end - p)) {
			size_t ce;
			if (relkg_country_at(ctx, p, &ce) == RELKG_NONE) {
				return RELKG_OK;
			}
			we = ce;
		}
		informative = 1;
		p = relkg_skip_space(t, we, end);
	}
	return RELKG_OK;
}

relkg_status relkg_rules_treaties(relkg_ctx *ctx)
{
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	/* a capitalized run with a keyword; a starter word before a head */
	const relkg_word_pattern patterns[] = {
		{named_at, RELKG_WC_CAPITAL, keywords, NULL},
		{described_at, relkg_wc_folded_list(starters), heads, NULL},
		{NULL, 0, NULL, NULL}};
	return relkg_each_word(ctx, patterns);
}
