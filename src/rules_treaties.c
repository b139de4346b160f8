/* Treaties and agreements, by name or description:
 *   named      "the Treaty of Tartu", "Treaty on Basic Relations between Japan
 *              and the Republic of Korea", "the German-Soviet Nonaggression Pact",
 *              "its Secret Additional Protocol" (parties of the treaty before);
 *   described  "a peace treaty", "the 1956 Soviet pledge", "a non aggression
 *              treaty on 4 May 1932", "the 1965 reconciliation treaties";
 *              an agreement, protocol, communiqué or joint statement only
 *              when its sentence makes it ("signed in Asmara a joint
 *              declaration", "a special agreement signed in X on DATE", "with
 *              the signing of a protocol") or a date follows it ("the
 *              Pretoria agreement of DATE"); an "Act" only when signed.
 * Parties: countries named in it, in "(Russian–Estonian)" after it, "with X",
 * "between X and Y", the signers' offices; else the article's two countries
 * (a state's successor or predecessor counts as the same party; a
 * declaration a state is said to issue is its alone).  Date: a year in the
 * name, else the nearest date of the sentence (named) or "on/of/in DATE"
 * right after (described), or the sentence's (the clause's, after a
 * participle) when it makes the described treaty ("signed a border
 * treaty"), or the sentence before's on "the same day".  "unable to sign",
 * "never signed" set the not-signed flag. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cut_copy.h"
#include "dates.h"
#include "entities.h"
#include "names.h"
#include "phrases.h"
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
	"Act", NULL};
static const char *const heads[] = {"treaty", "treaties", "pact", "pledge", "accord",
	"accords", "armistice", "convention", "agreement", "agreements", "memorandum",
	"declaration", "protocol", "communiqué", "communique", "statement", NULL};
static const char *const fillers[] = {"formal", "new", "final", "proposed", "bilateral",
	"historic", "separate", "comprehensive", "permanent", "official", "such", "same",
	"first", "second", "several", "two", "later", "earlier", "former", "previous",
	"international", "multilateral", "important", "landmark", "major", "binding",
	"controversial", "latest", "actual", NULL};
/* words no description of a treaty holds: "the signing of this treaty" */
static const char *const not_modifiers[] = {"of", "this", "that", "these", "those", "to",
	"for", "in", "on", "by", "from", "with", "as", "at", "which", "whose", NULL};
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

/* "Franco-German", "Sino-Japanese": a state's combining form before a
 * hyphen in [b,e) names it a party. */
static void combining_forms(const relkg_ctx *ctx, size_t b, size_t e, parties *p)
{
	static const char *const forms[][2] = {{"Franco", "France"}, {"Sino", "China"},
		{"Russo", "Russia"}, {"Anglo", "United Kingdom"}, {"Indo", "India"},
		{"Italo", "Italy"}, {"Greco", "Greece"}, {"Turco", "Turkey"}, {"Nippo", "Japan"},
		{"Austro", "Austria"}, {"Hispano", "Spain"}, {"Luso", "Portugal"}};
	const char *t = ctx->doc->text;
	for (size_t i = b; i < e; ++i) {
		if (!relkg_word_start_at(t, i) || !relkg_is_upper_at(t + i, e - i)) {
			continue;
		}
		for (size_t k = 0; k < sizeof(forms) / sizeof(*forms); ++k) {
			size_t n = strlen(forms[k][0]);
			if (i + n < e && strncmp(t + i, forms[k][0], n) == 0 && t[i + n] == '-') {
				const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
				size_t g = relkg_gazetteer_find_country(gaz, forms[k][1], strlen(forms[k][1]));
				size_t c = g == RELKG_GZ_NONE ? RELKG_NONE
							       : relkg_ent_country((relkg_ctx *)ctx, g);
				if (c != RELKG_NONE) {
					add_party(p, c);
				}
				/* the demonym after the hyphen: "Franco-Siamese" */
				size_t ce, d = relkg_country_at(ctx, i + n + 1, &ce);
				if (d != RELKG_NONE && ce <= e) {
					add_party(p, d);
				}
			}
		}
	}
}

/* The word before position i of sentence si, past one "the" ("signed
 * the X Treaty": "signed"), its end in *we; (size_t)-1 when none. */
static size_t word_before_the(const relkg_ctx *ctx, size_t si, size_t i, size_t *we)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t w = relkg_prev_word(t, sb, i, we);
	if (w != (size_t)-1 && relkg_word_is(t, w, *we, "the")) {
		w = relkg_prev_word(t, sb, w, we);
	}
	return w;
}

/* "A, B and C signed the X Treaty": the countries named before a signing
 * verb right before the name are its parties.  1 when two or more. */
static int signers_before(const relkg_ctx *ctx, size_t si, size_t name, parties *p)
{
	static const char *const verbs[] = {"signed", "concluded", "ratified", "negotiated",
					    "agreed", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = word_before_the(ctx, si, name, &we);
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

static void fill_from_article(const relkg_ctx *ctx, parties *p);

/* "the two countries joined Romania and Yugoslavia in the Balkan Pact":
 * the states joined ("in [the]" right before the name) and those who
 * joined them (named before "joined", else the article's two) are its
 * parties.  1 when it says so. */
static int joined_before(const relkg_ctx *ctx, size_t si, size_t name, parties *p)
{
	static const char *const verbs[] = {"joined", "join", "joins", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = word_before_the(ctx, si, name, &we);
	if (w == (size_t)-1 || !relkg_word_is(t, w, we, "in")) {
		return 0;
	}
	size_t in = w, v = w;
	for (int k = 0; k < 8; ++k) { /* back over "Romania and Yugoslavia" to the verb */
		v = relkg_prev_word(t, sb, v, &we);
		if (v == (size_t)-1) {
			return 0;
		}
		if (relkg_word_in(t, v, we, verbs)) {
			break;
		}
		if (k == 7) {
			return 0;
		}
	}
	parties joined = {{0}, 0}, subject = {{0}, 0};
	parties_in(ctx, we, in, &joined);
	if (joined.n == 0) {
		return 0;
	}
	parties_in(ctx, sb, v, &subject);
	if (subject.n == 0) {
		fill_from_article(ctx, &subject);
	}
	for (size_t k = 0; k < subject.n; ++k) {
		add_party(p, subject.c[k]);
	}
	for (size_t k = 0; k < joined.n; ++k) {
		add_party(p, joined.c[k]);
	}
	return 1;
}

/* Adds the article's parties while p has fewer than `upto`, skipping a
 * party's lineage. */
static void add_article_parties(const relkg_ctx *ctx, parties *p, size_t upto)
{
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	for (int k = 0; k < 2 && p->n < upto; ++k) {
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

/* Fills up to two parties from the article's. */
static void fill_from_article(const relkg_ctx *ctx, parties *p)
{
	add_article_parties(ctx, p, 2);
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

/* Does a participle of signing follow the treaty ending at e ("the
 * frontier treaty signed in Tehran on 4 July 1937", "a treaty on the
 * state border, signed in March 2025")? */
static int signed_after(const relkg_ctx *ctx, size_t si, size_t e)
{
	static const char *const made[] = {"signed", "concluded", "ratified", "initialled",
		"initialed", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, e, end);
	p = p < end && t[p] == ',' ? relkg_skip_space(t, p + 1, end) : p;
	return relkg_word_in(t, p, relkg_word_end(t, p, end), made);
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

/* "signed on the same day", "The same day ... signed": the last date of
 * the nearest sentence before si (of three) that has one, or NULL. */
static const relkg_date *same_day_date(const relkg_ctx *ctx, size_t si)
{
	const char *t = ctx->doc->text;
	relkg_span sp = ctx->doc->sentences[si].span;
	int said = 0;
	for (size_t i = sp.begin; i + 8 <= sp.end && !said; ++i) {
		said = relkg_word_start_at(t, i) && (relkg_starts_with(t, i, sp.end, "same day") ||
						     relkg_starts_with(t, i, sp.end, "that day"));
	}
	if (!said) {
		return NULL;
	}
	const relkg_mentions *m = ctx->mentions;
	for (size_t back = 1; back <= 3 && back <= si; ++back) {
		const relkg_date *last = NULL;
		for (size_t k = 0; k < m->n_dates; ++k) {
			if (m->dates[k].sentence == si - back) {
				last = &m->dates[k];
			}
		}
		if (last) {
			return last;
		}
	}
	return NULL;
}

/* Does date d follow a treaty named before it in the sentence ("a treaty
 * on 4 May 1932", "the Border Treaty of 1990")?  Then it is that one's. */
static int date_of_other(const relkg_ctx *ctx, size_t si, const relkg_date *d)
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin < sb || x->span.end > d->span.begin ||
		    m->ents[x->entity].kind != RELKG_ENT_TREATY) {
			continue;
		}
		size_t p = relkg_skip_space(t, x->span.end, d->span.begin);
		size_t we = relkg_word_end(t, p, d->span.begin);
		if (relkg_skip_space(t, we, d->span.begin) == d->span.begin &&
		    (relkg_word_is(t, p, we, "on") || relkg_word_is(t, p, we, "of") ||
		     relkg_word_is(t, p, we, "in"))) {
			return 1;
		}
	}
	return 0;
}

/* Is there a new clause (", and", ";") or another treaty's name (a
 * capitalized keyword) in text[b..e)? */
static int apart(const char *t, size_t b, size_t e)
{
	for (size_t p = b; p < e; ++p) {
		if (t[p] == ';' || (t[p] == ',' && relkg_starts_with(t, relkg_skip_space(t, p + 1, e), e, "and"))) {
			return 1;
		}
		if (relkg_word_start_at(t, p) && relkg_is_upper_at(t + p, e - p) &&
		    relkg_word_in(t, p, relkg_word_end(t, p, e), keywords)) {
			return 1;
		}
	}
	return 0;
}

/* A named treaty's date: a year right before its name ("the 2019 X
 * Agreement"), else the first date after it, unless that one stands apart
 * (a new clause or another treaty between: "signed the A in Algiers, and
 * then in December 2000 ... the B") while one before is no other treaty's,
 * else the last date before it. */
static const relkg_date *named_date(const relkg_ctx *ctx, size_t si, size_t b, size_t e)
{
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	const relkg_date *before = NULL, *after = NULL;
	for (size_t i = 0; i < m->n_dates; ++i) {
		const relkg_date *d = &m->dates[i];
		if (d->sentence != si) {
			continue;
		}
		if (d->span.end <= b && relkg_skip_space(t, d->span.end, b) == b) {
			return d; /* "the 1975 Algiers Agreement" */
		}
		if (d->span.begin >= e && !after) {
			after = d;
		} else if (d->span.end <= b) {
			before = d;
		}
	}
	if (after && before && apart(t, e, after->span.begin) && !date_of_other(ctx, si, before)) {
		return before;
	}
	return after ? after : before;
}

/* negations by first letter (emit_treaty asks at every word before a
 * treaty's name) */
static relkg_phrases negation_set;
static pthread_once_t negation_once = PTHREAD_ONCE_INIT;

static void negation_set_init(void)
{
	(void)relkg_phrases_init(&negation_set, negations);
}

/* Does a negation begin at a word start of sentence si before `at`
 * (and end by it)?  Every negation begins with an ASCII letter, so only
 * where the word index has a word (relkg_sentence_words: a letter at a
 * word start) can one match; every byte is tried if the index cannot be
 * made (no memory). */
static int not_signed(relkg_ctx *ctx, size_t si, size_t at)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, k, n;
	const size_t *ws;
	pthread_once(&negation_once, negation_set_init);
	if (relkg_sentence_words(ctx, si, &ws, &n) == RELKG_OK) {
		for (size_t w = 0; w < n && ws[w] < at; ++w) {
			if (relkg_phrases_at(&negation_set, t, ws[w], at, &k) >= 0) {
				return 1;
			}
		}
		return 0;
	}
	for (size_t i = sb; i < at; ++i) {
		if (relkg_word_start_at(t, i) && relkg_phrases_at(&negation_set, t, i, at, &k) >= 0) {
			return 1;
		}
	}
	return 0;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* ---------------------------------------------------------------- identity */

/* Appends to out the words of a treaty's name that tell it from others:
 * lower-cased, sorted, without function words, years, state names and
 * demonyms ("Sino-Japanese", "German–Polish"), "accord" read as
 * "agreement" and plurals as singulars; "Treaty of Peace and Friendship
 * between Japan and China" and "the Sino-Japanese Peace and Friendship
 * Treaty" both give "friendship peace treaty". */
static const char *const identity_skip[] = {"the", "of", "on", "for", "between", "and", "a",
	"an", "in", "to", "with", "de", "do", "da", "dos", "das", "del", "la", "le", "di", "du",
	"des", "von", "van", "el", "sino", "franco", "russo", "anglo", "indo", "nippo", "austro",
	"italo", "greco", "turco", "its", "their", NULL};

/* The lists asked at every word of a treaty's name or description, as
 * word sets made once (relkg_word_in scans its whole list: described_at
 * and identity_words asked them ~70 times an article). */
typedef struct {
	relkg_word_set skip, keywords, connectors, starters, fillers, not_modifiers, heads;
} treaty_word_sets;
RELKG_FITS_WORD_SET(identity_skip);
RELKG_FITS_WORD_SET(keywords);
RELKG_FITS_WORD_SET(connectors);
RELKG_FITS_WORD_SET(starters);
RELKG_FITS_WORD_SET(fillers);
RELKG_FITS_WORD_SET(not_modifiers);
RELKG_FITS_WORD_SET(heads);
static treaty_word_sets treaty_sets_made;
static pthread_once_t treaty_sets_once = PTHREAD_ONCE_INIT;

static void treaty_sets_init(void)
{
	treaty_word_sets *w = &treaty_sets_made;
	(void)relkg_word_set_init(&w->skip, identity_skip);
	(void)relkg_word_set_init(&w->keywords, keywords);
	(void)relkg_word_set_init(&w->connectors, connectors);
	(void)relkg_word_set_init(&w->starters, starters);
	(void)relkg_word_set_init(&w->fillers, fillers);
	(void)relkg_word_set_init(&w->not_modifiers, not_modifiers);
	(void)relkg_word_set_init(&w->heads, heads);
}

static const treaty_word_sets *treaty_sets(void)
{
	pthread_once(&treaty_sets_once, treaty_sets_init);
	return &treaty_sets_made;
}

static relkg_status identity_words(const relkg_ctx *ctx, const char *s, size_t n, relkg_buf *out)
{
	const relkg_word_set *skip = &treaty_sets()->skip;
	const char *w[32];
	size_t len[32], k = 0;
	for (size_t i = 0; i < n && k < 32;) {
		size_t e = relkg_word_end(s, i, n);
		if (e == i) {
			++i;
			continue;
		}
		const char *dash = memchr(s + i, '-', e - i); /* "Sino-Japanese": two words */
		if (dash) {
			e = (size_t)(dash - s);
		}
		int digits = 1;
		for (size_t j = i; j < e; ++j) {
			digits &= s[j] >= '0' && s[j] <= '9';
		}
		if (!digits && !relkg_word_set_has(skip, s, i, e) &&
		    relkg_gazetteer_find_country(relkg_ctx_gaz(ctx), s + i, e - i) == RELKG_GZ_NONE) {
			w[k] = s + i;
			len[k++] = e - i;
		}
		i = e;
	}
	/* sort by insertion (a name has few words) */
	for (size_t i = 1; i < k; ++i) {
		for (size_t j = i; j > 0; --j) {
			size_t a = len[j - 1] < len[j] ? len[j - 1] : len[j];
			int c = strncasecmp(w[j - 1], w[j], a);
			if (c < 0 || (c == 0 && len[j - 1] <= len[j])) {
				break;
			}
			const char *tw = w[j];
			size_t tl = len[j];
			w[j] = w[j - 1];
			len[j] = len[j - 1];
			w[j - 1] = tw;
			len[j - 1] = tl;
		}
	}
	relkg_status st = RELKG_OK;
	for (size_t i = 0; !st && i < k; ++i) {
		/* with their lengths: relkg_word_is holds only at the same length */
		static const struct {
			const char *word, *as;
			size_t len;
		} same[] = {{"accord", "agreement", 6}, {"accords", "agreement", 7},
			{"agreements", "agreement", 10}, {"treaties", "treaty", 8}, {"pacts", "pact", 5}};
		const char *as = NULL;
		for (size_t j = 0; j < sizeof(same) / sizeof(*same) && !as; ++j) {
			as = len[i] == same[j].len && relkg_word_is(w[i], 0, len[i], same[j].word)
				     ? same[j].as
				     : NULL;
		}
		if (as) {
			const char *word[] = {" ", as};
			st = relkg_buf_cat(out, word, 2);
		} else if ((st = relkg_buf_reserve(out, len[i] + 1)) == RELKG_OK) {
			/* " " and the word in lower case, written in place */
			char *d = out->data + out->len;
			d[0] = ' ';
			for (size_t j = 0; j < len[i]; ++j) {
				char c = w[i][j];
				d[j + 1] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
			}
			out->len += len[i] + 1;
			out->data[out->len] = '\0';
		}
	}
	return st;
}

/* The identity words of the names asked in the article so far: a
 * treaty's name is asked first as the name just read (same_treaty's a)
 * and again as that treaty's label at every later treaty of the article
 * (its b), and the words depend on the name's bytes alone (and the
 * gazetteer, the article's throughout).  Forgotten when a treaties scan
 * begins (identity_forget); names or words too long to keep are not. */
#define IDENTITY_MEMO 8
#define IDENTITY_TEXT 128
static _Thread_local struct {
	size_t n, next; /* entries used; the one replaced next when full */
	struct {
		size_t name_len, words_len;
		char name[IDENTITY_TEXT], words[IDENTITY_TEXT];
	} e[IDENTITY_MEMO];
} identity_memo;

static void identity_forget(void)
{
	identity_memo.n = identity_memo.next = 0;
}

/* identity_words through the memo: the same bytes appended to out. */
static relkg_status identity_of(const relkg_ctx *ctx, const char *s, size_t n, relkg_buf *out)
{
	for (size_t k = 0; k < identity_memo.n; ++k) {
		if (identity_memo.e[k].name_len == n && memcmp(identity_memo.e[k].name, s, n) == 0) {
			return relkg_buf_append(out, identity_memo.e[k].words, identity_memo.e[k].words_len);
		}
	}
	size_t len0 = out->len;
	relkg_status st = identity_words(ctx, s, n, out);
	if (st == RELKG_OK && n <= IDENTITY_TEXT && out->len - len0 <= IDENTITY_TEXT) {
		size_t k = identity_memo.n < IDENTITY_MEMO ? identity_memo.n++ : identity_memo.next;
		identity_memo.next = identity_memo.n < IDENTITY_MEMO ? 0 : (k + 1) % IDENTITY_MEMO;
		identity_memo.e[k].name_len = n;
		identity_memo.e[k].words_len = out->len - len0;
		memcpy(identity_memo.e[k].name, s, n);
		memcpy(identity_memo.e[k].words, out->data + len0, out->len - len0);
	}
	return st;
}

/* Is the name b the name a said in full: a, then a connector or a comma
 * ("Panmunjom Declaration" and "Panmunjom Declaration for Peace,
 * Prosperity and Reunification of the Korean Peninsula")?  a must hold a
 * word before its keyword. */
static int name_extends(const char *a, size_t an, const char *b, size_t bn)
{
	static const char *const more[] = {"for", "on", "of", "between", "concerning", NULL};
	if (bn <= an + 1 || memcmp(a, b, an) != 0 || !strchr(a, ' ')) {
		return 0;
	}
	if (b[an] == ',') {
		return 1;
	}
	return b[an] == ' ' && relkg_word_in(b, an + 1, relkg_word_end(b, an + 1, bn), more);
}

/* A treaty of the article already named with the same identity_words as
 * label (two words at least, one of the two names capitalized: a named
 * treaty written another way, or described), or NONE. */
static size_t same_treaty(const relkg_ctx *ctx, const char *label, size_t n)
{
	const relkg_mentions *m = ctx->mentions;
	relkg_buf a, b;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	size_t found = RELKG_NONE;
	if (identity_of(ctx, label, n, &a) == RELKG_OK && a.len && strchr(a.data + 1, ' ')) {
		for (size_t i = 0; i < m->n_ents && found == RELKG_NONE; ++i) {
			const char *l = m->ents[i].label;
			if (m->ents[i].kind != RELKG_ENT_TREATY ||
			    (!relkg_is_upper_at(l, strlen(l)) && !relkg_is_upper_at(label, n))) {
				continue;
			}
			b.len = 0;
			if ((identity_of(ctx, l, strlen(l), &b) == RELKG_OK && b.len == a.len &&
			     memcmp(a.data, b.data, a.len) == 0) ||
			    name_extends(l, strlen(l), label, n) || name_extends(label, n, l, strlen(l))) {
				found = i;
			}
		}
	}
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	return found;
}

/* Does sentence si say a treaty was signed ("signed", "signing",
 * "concluded", "initialled"), and not that it was not? */
static int signed_here(relkg_ctx *ctx, size_t si)
{
	static const char *const verbs[] = {"signed", "signing", "concluded", "initialled",
		"initialed", NULL};
	const char *t = ctx->doc->text;
	relkg_span sp = ctx->doc->sentences[si].span;
	if (not_signed(ctx, si, sp.end)) { /* "X, never signed", "was not signed" */
		return 0;
	}
	const size_t *ws;
	size_t n;
	if (relkg_sentence_words(ctx, si, &ws, &n) == RELKG_OK) { /* as not_signed */
		for (size_t w = 0; w < n; ++w) {
			size_t i = ws[w];
			if ((t[i] == 's' || t[i] == 'c' || t[i] == 'i') &&
			    relkg_word_in(t, i, relkg_word_end(t, i, sp.end), verbs)) {
				return 1;
			}
		}
		return 0;
	}
	for (size_t i = sp.begin; i < sp.end; ++i) {
		if ((t[i] == 's' || t[i] == 'c' || t[i] == 'i') && relkg_word_start_at(t, i) &&
		    relkg_word_in(t, i, relkg_word_end(t, i, sp.end), verbs)) {
			return 1;
		}
	}
	return 0;
}

/* Records treaty e (named at [b, b + n) of sentence si) as signed there
 * when the sentence says so, dates it and gives two parties or more: the
 * event rule set makes that an agreement if no trigger told one. */
static relkg_status note_signing(relkg_ctx *ctx, size_t si, size_t b, size_t n, size_t e,
				 const parties *p, const relkg_date *date)
{
	if (!date || date->sentence != si || p->n < 2 || !signed_here(ctx, si)) {
		return RELKG_OK;
	}
	relkg_signing sg = {.treaty = e, .sentence = si, .span = {b, b + n}, .date = *date};
	for (size_t i = 0; i < p->n && sg.n_parties < RELKG_SIGNING_PARTIES; ++i) {
		sg.parties[sg.n_parties++] = p->c[i];
	}
	return relkg_mentions_add_signing(ctx->mentions, &sg);
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
		const char *party[] = {" ", m->ents[p->c[i]].label};
		st = relkg_buf_cat(&key, party, 2);
	}
	size_t e = same_treaty(ctx, label, n);
	if (!st && e != RELKG_NONE && (strlen(m->ents[e].label) != n ||
				       memcmp(m->ents[e].label, label, n) != 0)) {
		st = relkg_graph_text(ctx->graph, m->ents[e].iri, "skos:altLabel", label, n, "en");
	}
	if (!st && e == RELKG_NONE) {
		e = relkg_ent_keyed(ctx, RELKG_ENT_TREATY, "treaty", "rkg:Treaty", key.data, key.len,
				    label, n);
	}
	relkg_buf_clear(&key);
	if (e == RELKG_NONE) {
		return st ? st : RELKG_ERR_NOMEM;
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
	TRY(st, note_signing(ctx, si, b, n, e, p, date));
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

/* "the X Agreement ... signed on DATE in Geneva between the United
 * Kingdom, acting on behalf of ..., and Venezuela": "between", a state,
 * and within a few words "and" another state, after the name's end e. */
static void between_after(const relkg_ctx *ctx, size_t si, size_t e, parties *p)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t q = e, a = RELKG_NONE, ce = e;
	for (int w = 0; w < 16 && q < end && a == RELKG_NONE; ++w) {
		q = relkg_skip_space(t, q, end);
		size_t we = relkg_word_end(t, q, end);
		if (we == q) {
			++q;
			continue;
		}
		if (relkg_word_in(t, q, we, keywords) && relkg_is_upper_at(t + q, end - q)) {
			return; /* another treaty's */
		}
		if (relkg_word_is(t, q, we, "between")) {
			size_t r = relkg_skip_space(t, we, end);
			size_t th = relkg_starts_with(t, r, end, "the");
			a = relkg_country_at(ctx, th ? relkg_skip_space(t, r + th, end) : r, &ce);
			if (a == RELKG_NONE) {
				return;
			}
		}
		q = we;
	}
	for (int w = 0; w < 12 && a != RELKG_NONE && ce < end; ++w) {
		ce = relkg_skip_space(t, ce, end);
		size_t we = relkg_word_end(t, ce, end);
		if (relkg_word_is(t, ce, we, "and")) {
			size_t r = relkg_skip_space(t, we, end), be;
			size_t th = relkg_starts_with(t, r, end, "the");
			size_t b = relkg_country_at(ctx, th ? relkg_skip_space(t, r + th, end) : r, &be);
			if (b != RELKG_NONE && b != a) {
				add_party(p, a);
				add_party(p, b);
				return;
			}
		}
		ce = we > ce ? we : ce + 1;
	}
}

/* Is text[b..e) a declaration of independence? */
static int independence(const char *t, size_t b, size_t e)
{
	for (size_t p = b; p < e; ++p) {
		if (relkg_starts_with(t, p, e, "Declaration of Independence") ||
		    relkg_starts_with(t, p, e, "Independence Declaration")) {
			return 1;
		}
	}
	return 0;
}

/* Is the word after the name ending at e "signed" (or adopted)? */
static int signed_next(const char *t, size_t e, size_t end)
{
	static const char *const verbs[] = {"signed", "adopted", NULL};
	size_t p = relkg_skip_space(t, e, end);
	return p < end && relkg_word_in(t, p, relkg_word_end(t, p, end), verbs);
}

/* "signed the X Declaration": a signing verb (and "the") right before
 * the name at i? */
static int signed_prev(const char *t, size_t sb, size_t i)
{
	static const char *const verbs[] = {"signed", "adopted", "concluded", NULL};
	size_t we, w = relkg_prev_word(t, sb, i, &we);
	if (w != (size_t)-1 && relkg_word_is(t, w, we, "the")) {
		w = relkg_prev_word(t, sb, w, &we);
	}
	return w != (size_t)-1 && relkg_word_in(t, w, we, verbs);
}

/* Is text[b..e) the name of a body: a head such as "Government" or
 * "Party" and "of" first, after a possessive at most ("Libya's Government
 * of National Accord", "the Party of Democratic Action"), or a last word
 * such as "Organization"? */
static int body_name(const char *t, size_t b, size_t e)
{
	static const char *const body_heads[] = {"Government", "Party", "Ministry", "Movement", "Front",
		"Army", "Committee", "Commission", "Council", "Bank", NULL};
	size_t p = b, we = relkg_word_end(t, p, e);
	if (we + 2 < e && t[we] == '\'' && t[we + 1] == 's') { /* "Libya's" */
		p = relkg_skip_space(t, we + 2, e);
		we = relkg_word_end(t, p, e);
	}
	if (we > p && relkg_word_in(t, p, we, body_heads) &&
	    relkg_starts_with(t, relkg_skip_space(t, we, e), e, "of")) {
		return 1;
	}
	/* a body named after a treaty: "the Amazon Cooperation Treaty
	 * Organization", "the North Atlantic Treaty Organisation" */
	static const char *const body_ends[] = {"Organization", "Organisation", "Secretariat",
		"Commission", "Council", NULL};
	size_t le, lw = relkg_prev_word(t, b, e, &le);
	return lw != (size_t)-1 && le == e && relkg_word_in(t, lw, le, body_ends);
}

/* "adopted between the Supreme Leader of North Korea, Kim Jong-un, and the
 * President of South Korea, Moon Jae-in": in a sentence with a signing
 * verb, the states of the office holders named, when two or more. */
static void holders_in(const relkg_ctx *ctx, size_t si, parties *p);

static void holders_of(const relkg_ctx *ctx, size_t si, parties *p)
{
	parties q = {{0}, 0};
	holders_in(ctx, si, &q);
	if (q.n >= 2) {
		*p = q;
	}
}

/* The states of the office holders named in sentence si, when it has a
 * signing verb. */
static void holders_in(const relkg_ctx *ctx, size_t si, parties *p)
{
	static const char *const verbs[] = {"signed", "adopted", "concluded", "ratified", NULL};
	const char *t = ctx->doc->text;
	relkg_span sp = ctx->doc->sentences[si].span;
	int verb = 0;
	for (size_t i = sp.begin; i < sp.end && !verb; ++i) {
		verb = relkg_word_start_at(t, i) && relkg_word_in(t, i, relkg_word_end(t, i, sp.end), verbs);
	}
	if (!verb) {
		return;
	}
	const relkg_mentions *m = ctx->mentions;
	size_t first, last = relkg_mentions_range(m, sp.begin, sp.end, &first);
	for (size_t i = first; i < last; ++i) {
		const relkg_entity *x = &m->ents[m->ms[i].entity];
		if (x->kind == RELKG_ENT_PERSON && x->office != RELKG_NONE &&
		    m->ents[x->office].country != RELKG_NONE) {
			add_party(p, m->ents[x->office].country);
		}
	}
}

/* Does sentence si count three parties ("trilateral", "three states")? */
static int three_parties(const relkg_ctx *ctx, size_t si)
{
	static const char *const words[] = {"trilateral", "tripartite", "three", NULL};
	const char *t = ctx->doc->text;
	relkg_span sp = ctx->doc->sentences[si].span;
	for (size_t i = sp.begin; i < sp.end; ++i) {
		if (relkg_word_start_at(t, i) && (t[i] == 't' || t[i] == 'T') &&
		    relkg_word_in(t, i, relkg_word_end(t, i, sp.end), words)) {
			return 1;
		}
	}
	return 0;
}

/* A described treaty's parties from its signers' offices: two states or
 * more as they are, unless the sentence counts three ("A, B and the
 * Eritrean president C signed in X a joint declaration on cooperation
 * among their three states"); one state (the others' offices unknown),
 * or three counted, with the article's two added. */
static void signers_offices(const relkg_ctx *ctx, size_t si, parties *p)
{
	parties q = {{0}, 0};
	holders_in(ctx, si, &q);
	if (q.n == 0) {
		return;
	}
	if (q.n == 1 || three_parties(ctx, si)) {
		add_article_parties(ctx, &q, 6);
	}
	if (q.n >= 2) {
		*p = q;
	}
}

/* Does the word [b,e) end in "-mediated", "-brokered", "-backed",
 * "-sponsored" (a modifier before a treaty's name, no part of it)? */
static int brokered(const char *t, size_t b, size_t e)
{
	static const char *const ends[] = {"-mediated", "-brokered", "-backed", "-sponsored", NULL};
	for (const char *const *x = ends; *x; ++x) {
		size_t n = strlen(*x);
		if (e - b > n && strncmp(t + e - n, *x, n) == 0) {
			return 1;
		}
	}
	return 0;
}

/* "(Spanish: Tratado ...)": a language's name and a colon open the
 * parenthesis at p: a gloss, whose demonym names no party. */
static int language_gloss(const relkg_ctx *ctx, size_t p, size_t end)
{
	const char *t = ctx->doc->text;
	size_t e = relkg_word_end(t, p, end);
	return e > p && e < end && t[e] == ':' && relkg_is_upper_at(t + p, end - p);
}

/* Does a person found before begin at q (a mention, or a name of one)? */
static int person_at(const relkg_ctx *ctx, size_t q, size_t end)
{
	if (relkg_mentions_at(ctx->mentions, q, RELKG_ENT_PERSON, 0) != RELKG_NONE) {
		return 1;
	}
	size_t qe = relkg_word_end(ctx->doc->text, q, end);
	return qe > q && relkg_name_known_person(ctx, q, qe) != RELKG_NONE;
}

/* At a comma inside a name after its keyword: ", Prosperity and
 * Reunification of ..." (capitalized words and commas up to "and" and a
 * capitalized word) continues the name; returns where to go on (the word
 * after the comma), or 0. */
static size_t listed_words(const relkg_ctx *ctx, size_t comma, size_t end)
{
	const char *t = ctx->doc->text;
	size_t p = relkg_skip_space(t, comma + 1, end);
	for (int words = 0; p < end && words < 8; ++words) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return 0;
		}
		if (relkg_word_is(t, p, e, "and")) {
			size_t q = relkg_skip_space(t, e, end);
			if (q >= end || !relkg_is_upper_at(t + q, end - q) || person_at(ctx, q, end)) {
				return 0; /* "the Athens Declaration on X, and Mitsotakis paid" */
			}
			return relkg_skip_space(t, comma + 1, end);
		}
		if (!relkg_is_upper_at(t + p, end - p) || relkg_country_at(ctx, p, NULL) != RELKG_NONE) {
			return 0; /* no list of states: "the Treaty of X, Japan and China signed" */
		}
		p = e < end && t[e] == ',' ? relkg_skip_space(t, e + 1, end) : relkg_skip_space(t, e, end);
	}
	return 0;
}

/* When the word [w, we) of sentence si is one of verbs and one state is
 * named before it, that state is a party (added to p); w (size_t)-1: no
 * word. */
static void sole_state_before(const relkg_ctx *ctx, size_t si, size_t w, size_t we,
			      const char *const *verbs, parties *p)
{
	if (w == (size_t)-1 || !relkg_word_in(ctx->doc->text, w, we, verbs)) {
		return;
	}
	parties q = {{0}, 0};
	parties_in(ctx, ctx->doc->sentences[si].span.begin, w, &q);
	if (q.n == 1) {
		add_party(p, q.c[0]);
	}
}

/* "Finland issued the Helsinki Declaration": a verb of issuing (and
 * "the") right before the name at i, and one state named before it: the
 * declaration is that state's alone. */
static void issuer_before(const relkg_ctx *ctx, size_t si, size_t i, parties *p)
{
	static const char *const verbs[] = {"issued", "proclaimed", "published", "made",
		"announced", "adopted", NULL};
	size_t we, w = word_before_the(ctx, si, i, &we);
	sole_state_before(ctx, si, w, we, verbs, p);
}

static relkg_status named_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, end = ctx->doc->sentences[si].span.end;
	size_t pw_e, pw = relkg_prev_word(t, sb, i, &pw_e);
	if (!relkg_is_upper_at(t + i, end - i) ||
	    (pw != (size_t)-1 && pw_e + 1 == i && relkg_is_upper_at(t + pw, end - pw) &&
	     !relkg_word_is(t, pw, pw_e, "The") && !relkg_word_is(t, pw, pw_e, "A") &&
	     !relkg_word_is(t, pw, pw_e, "An"))) {
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
			if (((relkg_word_is(t, p, e, "The") || relkg_word_is(t, p, e, "A") ||
			      relkg_word_is(t, p, e, "An")) && p == i) ||
			    (relkg_month_name(t + p, e - p, &ml) && ml == e - p)) {
				break;
			}
			if (relkg_word_set_has(&treaty_sets()->keywords, t, p, e)) {
				kw_end = e;
			} else if (!kw_end) {
				++before_kw;
			}
			last = e;
			if (!kw_end && brokered(t, p, e)) { /* "World Bank-mediated Indus ..." */
				i = relkg_skip_space(t, e, end);
				before_kw = 0;
				last = i;
			}
		} else if (!relkg_word_set_has(&treaty_sets()->connectors, t, p, e) ||
			   (!kw_end && (relkg_word_is(t, p, e, "the") || relkg_word_is(t, p, e, "between"))) ||
			   (kw_end && kw_end == last && relkg_word_is(t, p, e, "and"))) {
			/* connectors also before the keyword, but for "the" and "between":
			 * "the Sino-Japanese Peace and Friendship Treaty"; "the Santiago
			 * Agreement and the Arica Pact" are two names */
			break;
		}
		++words;
		if (e + 2 < end && t[e] == '\'' && t[e + 1] == 's' && t[e + 2] == ' ') {
			last = e += 2; /* "the People's Republic of China" */
		}
		if (e + 4 < end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
		    ((unsigned char)t[e + 2] == 0x93 || (unsigned char)t[e + 2] == 0x90 ||
		     (unsigned char)t[e + 2] == 0x91) &&
		    relkg_is_upper_at(t + e + 3, end - e - 3)) {
			p = e + 3; /* "German–Polish Border Treaty", a hyphen U+2010/U+2011 too */
			continue;
		}
		size_t lq = e < end && t[e] == ',' && kw_end ? listed_words(ctx, e, end) : 0;
		if (lq) {
			p = lq; /* "Declaration for Peace, Prosperity and Reunification" */
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
	if (independence(t, i, last) || body_name(t, i, last)) {
		return RELKG_OK; /* a state's own declaration, no agreement; a body */
	}
	size_t same = alias_of(ctx, si, i);
	if (same != RELKG_NONE) { /* "the Shimla Agreement, also known as the Simla Accord" */
		relkg_status st;
		TRY(st, relkg_graph_text(ctx->graph, ctx->mentions->ents[same].iri, "skos:altLabel",
					 t + i, last - i, "en"));
		return relkg_mentions_add(ctx->mentions, (relkg_span){i, last}, si, same, RELKG_MF_NAME);
	}
	const char *kw = NULL;
	parties pa = {{0}, 0};
	if (!signers_before(ctx, si, i, &pa) && !joined_before(ctx, si, i, &pa)) {
		parties_in(ctx, i, last, &pa);
		combining_forms(ctx, i, last, &pa);
	}
	size_t q = relkg_skip_space(t, last, end);
	if (q < end && t[q] == '(' && !language_gloss(ctx, q + 1, end)) {
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
	if (kw && strncmp(kw, "Act", 3) == 0 && !signed_next(t, last, end) && !signed_prev(t, sb, i)) {
		return RELKG_OK; /* a law ("the Status Act"), unless signed ("an Act of Execution signed") */
	}
	if (pa.n == 0) {
		between_after(ctx, si, last, &pa);
	}
	if (pa.n == 0) {
		holders_of(ctx, si, &pa);
	}
	/* a declaration is a state's own, unless signed ("the Declaration on X
	 * signed during the visit") */
	int unilateral = kw && strncmp(kw, "Declaration", 11) == 0 && !signed_next(t, last, end) &&
			 !signed_prev(t, sb, i);
	if (pa.n == 0 && unilateral) { /* "Finland issued the Helsinki Declaration" */
		issuer_before(ctx, si, i, &pa);
	}
	if (pa.n == 0) { /* "Chile argued ... by the Santiago Declaration of 1952" */
		fill_from_article(ctx, &pa);
	}
	const relkg_date *date = date_inside(ctx, i, last);
	if (!date) {
		date = named_date(ctx, si, i, last);
	}
	if (!date) { /* "A Treaty of X, signed on the same day" */
		date = same_day_date(ctx, si);
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

/* Does a name follow the description ending at we, in apposition: ",
 * the" and a capitalized word ("a boundary treaty, the Michelena-Pombo
 * Treaty,")?  The named treaty is then the one described. */
static int named_apposition(const relkg_ctx *ctx, size_t we, size_t end)
{
	const char *t = ctx->doc->text;
	if (we >= end || t[we] != ',') {
		return 0;
	}
	size_t q = relkg_skip_space(t, we + 1, end);
	size_t th = relkg_starts_with(t, q, end, "the");
	q = th ? relkg_skip_space(t, q + th, end) : q;
	return th && q < end && relkg_is_upper_at(t + q, end - q);
}

/* The first state named in the phrase from p: up to eight words, before a
 * ",", ";" or the sentence's end; else NONE. */
static size_t country_in_phrase(const relkg_ctx *ctx, size_t si, size_t p)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	for (int k = 0; k < 8 && p < end && t[p] != ',' && t[p] != ';';) {
		size_t ce, c = relkg_country_at(ctx, p, &ce);
		if (c != RELKG_NONE) {
			return c;
		}
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			return RELKG_NONE;
		}
		p = relkg_skip_space(t, e, end);
		++k;
	}
	return RELKG_NONE;
}

/* "Turkey signed a memorandum ... with X": the one state named before the
 * signing verb right before i is a party too. */
static void signer_before(const relkg_ctx *ctx, size_t si, size_t i, parties *p)
{
	static const char *const verbs[] = {"signed", "concluded", "ratified", NULL};
	size_t we, w = relkg_prev_word(ctx->doc->text, ctx->doc->sentences[si].span.begin, i, &we);
	sole_state_before(ctx, si, w, we, verbs, p);
}

/* Heads that name many things besides treaties: a description with one
 * names a treaty only when the sentence makes it ("signed a boundary
 * agreement", "reached an agreement on patrolling"). */
static const char *const weak_heads[] = {"agreement", "agreements", "memorandum",
	"declaration", "protocol", "communiqué", "communique", "statement", NULL};

/* Does "a" or "an" at i follow a verb of making a treaty ("signed",
 * "concluded", "ratified", "reached")? */
static int agreed_now(const relkg_ctx *ctx, size_t si, size_t i)
{
	static const char *const verbs[] = {"signed", "concluded", "ratified", "reached", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	if (relkg_word_is(t, i, relkg_word_end(t, i, end), "the")) {
		return 0; /* "the ... agreement": one told of before */
	}
	size_t we, b = relkg_prev_word(t, ctx->doc->sentences[si].span.begin, i, &we);
	return b != (size_t)-1 && relkg_word_in(t, b, we, verbs);
}

/* The word before i, past spaces and commas ("signed in Rabat, on 15 June
 * 1972, a convention"), or (size_t)-1. */
static size_t word_before(const char *t, size_t sb, size_t i, size_t *we)
{
	while (i > sb && (t[i - 1] == ' ' || t[i - 1] == ',')) {
		--i;
	}
	return relkg_prev_word(t, sb, i, we);
}

/* Is the described treaty whose starter is at i made in this sentence,
 * told before it: a verb of making right before ("signed a", "produced a
 * ceasefire agreement"), or with only where and when between ("signed in
 * Asmara a joint declaration", "signed, on 7 May 2008, a joint statement":
 * "in", "at", "on", capitalized words and numbers), or "the signing of"? */
static int made_before(const relkg_ctx *ctx, size_t si, size_t i, int strict)
{
	static const char *const all_verbs[] = {"signed", "concluded", "ratified", "reached",
		"produced", "adopted", "initialled", "initialed", NULL};
	/* "reached an agreement" tells an agreement, not always a treaty */
	static const char *const strict_verbs[] = {"signed", "concluded", "initialled",
		"initialed", NULL};
	const char *const *verbs = strict ? strict_verbs : all_verbs;
	static const char *const preps[] = {"in", "at", "on", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin, we;
	size_t w = word_before(t, sb, i, &we);
	if (w == (size_t)-1) {
		return 0;
	}
	if (relkg_word_in(t, w, we, verbs)) {
		return 1;
	}
	if (relkg_word_is(t, w, we, "as") && i > 0 && relkg_word_is(t, i, relkg_word_end(t, i, ctx->doc->sentences[si].span.end), "the")) {
		/* "signed as the Esquipulas II agreement" */
		size_t w2e, w2 = word_before(t, sb, w, &w2e);
		return w2 != (size_t)-1 && relkg_word_in(t, w2, w2e, verbs);
	}
	if (relkg_word_is(t, w, we, "of")) {
		/* "ended with the signing of a joint declaration", not "delayed
		 * the signing of a trade agreement" */
		static const char *const with[] = {"with", "by", "at", "after", "on", NULL};
		size_t w2e, w2 = word_before(t, sb, w, &w2e);
		if (w2 == (size_t)-1 || !relkg_word_is(t, w2, w2e, "signing")) {
			return 0;
		}
		w2 = word_before(t, sb, w2, &w2e);
		if (w2 == (size_t)-1 || !relkg_word_is(t, w2, w2e, "the")) {
			return 0;
		}
		w2 = word_before(t, sb, w2, &w2e);
		return w2 != (size_t)-1 && relkg_word_in(t, w2, w2e, with);
	}
	int prep = 0;
	for (int k = 0; k < 10; ++k) {
		if (relkg_word_in(t, w, we, preps)) {
			prep = 1;
		} else if (!relkg_is_upper_at(t + w, we - w) && !(t[w] >= '0' && t[w] <= '9')) {
			return 0;
		}
		w = word_before(t, sb, w, &we);
		if (w == (size_t)-1) {
			return 0;
		}
		if (relkg_word_in(t, w, we, verbs)) {
			return prep;
		}
	}
	return 0;
}

/* Is the described treaty ending at e made in this sentence, told after
 * it: a participle of making right after (", signed in March 2025"), or
 * "was"/"were" and one within a few words ("a new agreement on the
 * recruitment of Indonesian workers was signed in Jakarta")? */
static int made_after(const relkg_ctx *ctx, size_t si, size_t e)
{
	static const char *const made[] = {"signed", "concluded", "initialled", "initialed", NULL};
	static const char *const aux[] = {"was", "were", NULL};
	if (signed_after(ctx, si, e)) {
		return 1;
	}
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end, p = e;
	for (int k = 0; k < 8 && p < end; ++k) {
		p = relkg_skip_space(t, p, end);
		size_t we = relkg_word_end(t, p, end);
		if (we == p) {
			return 0; /* punctuation: the clause goes on elsewhere */
		}
		if (relkg_word_in(t, p, we, aux)) {
			size_t q = relkg_skip_space(t, we, end);
			return relkg_word_in(t, q, relkg_word_end(t, q, end), made);
		}
		p = we;
	}
	return 0;
}

/* The date of a treaty told made after its description [i, e): the first
 * date after e in the same clause ("a special agreement signed in Kuala
 * Lumpur on 31 May 1997"), else the last one before i ("On 1 April 2022 a
 * new agreement ... was signed ..., but in July 2022 ..."). */
static const relkg_date *clause_date(const relkg_ctx *ctx, size_t si, size_t i, size_t e)
{
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	const relkg_date *before = NULL;
	for (size_t k = 0; k < m->n_dates; ++k) {
		const relkg_date *d = &m->dates[k];
		if (d->sentence != si) {
			continue;
		}
		if (d->span.begin >= e) {
			int but = 0;
			for (size_t q = e; q + 4 < d->span.begin && !but; ++q) {
				but = t[q] == ',' && relkg_starts_with(t, relkg_skip_space(t, q + 1, d->span.begin),
								       d->span.begin, "but");
			}
			return apart(t, e, d->span.begin) || but ? before : d;
		}
		if (d->span.end <= i) {
			before = d;
		}
	}
	return before;
}

/* Is [p,we) a gerund that can tell what a treaty does ("an agreement
 * prohibiting attacks", "a treaty fixing the junction point")? */
static int gerund_at(const char *t, size_t p, size_t we)
{
	static const char *const not_gerunds[] = {"during", "including", "following", "being",
		"having", "according", "nothing", "something", "anything", "everything", NULL};
	return we > p + 4 && t[p] >= 'a' && t[p] <= 'z' && strncmp(t + we - 3, "ing", 3) == 0 &&
	       !relkg_word_in(t, p, we, not_gerunds);
}

/* What a treaty is about, told after its head at e: "of" or "on" and
 * lower-case words, joined by ",", "and", "of", "the", "a" ("of
 * friendship, neutrality and arbitration", "on the political parameters
 * for a boundary settlement"); the end of the phrase's last word, or e when
 * there is none (a capitalized word, a number or other punctuation ends
 * it: "the treaty of 1905", "the treaty of Portsmouth" tell no subject). */
static size_t subject_phrase(const relkg_ctx *ctx, size_t e, size_t end)
{
	static const char *const joins[] = {"and", "of", "the", "a", "an", "for", "on", NULL};
	/* and the verbs of its making: "a treaty on the state border, signed
	 * in March 2025" is about the border */
	static const char *const stops[] = {"with", "between", "by", "in", "at", "to", "which",
		"that", "under", "signed", "concluded", "agreed", "reached", "ratified",
		"initialled", "initialed", "adopted", "negotiated", "brokered", "was", "were", "is",
		NULL};
	/* "a peace treaty on the table": an idiom, no subject */
	static const char *const idioms[] = {"table", "hold", "ice", "agenda", NULL};
	const char *t = ctx->doc->text;
	size_t p = relkg_skip_space(t, e, end);
	size_t k = relkg_starts_with(t, p, end, "of");
	if (!k) {
		k = relkg_starts_with(t, p, end, "on");
	}
	if (!k && !gerund_at(t, p, relkg_word_end(t, p, end))) {
		return e;
	}
	size_t last = e;
	p = relkg_skip_space(t, p + k, end);
	for (int w = 0; w < 10 && p < end; ++w) {
		size_t we = relkg_word_end(t, p, end);
		if (we == p || !((t[p] >= 'a' && t[p] <= 'z')) || relkg_word_in(t, p, we, stops)) {
			break;
		}
		if (relkg_word_in(t, p, we, idioms)) {
			return e;
		}
		if (!relkg_word_in(t, p, we, joins)) {
			last = we;
		}
		p = we;
		if (p < end && t[p] == ',') {
			++p;
		}
		p = relkg_skip_space(t, p, end);
	}
	return last;
}

/* The parties of a treaty described at [label_b, we) of sentence si
 * whose phrase begins at i: the states in its words ("the Franco-Siamese
 * treaty"), after "with", "between" or "signed by", else the signers
 * named before it or by their offices, else the article's two. */
static void described_parties(relkg_ctx *ctx, size_t si, size_t i, size_t label_b, size_t we,
			      parties *pa)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	parties_in(ctx, label_b, we, pa);
	combining_forms(ctx, label_b, we, pa); /* "the Franco-Siamese treaty" */
	size_t q = relkg_skip_space(t, we, end);
	size_t w = relkg_starts_with(t, q, end, "with");
	if (!w) {
		w = relkg_starts_with(t, q, end, "between");
	}
	if (!w) {
		w = relkg_starts_with(t, q, end, "signed by");
	}
	if (w) { /* "with A", "between A and B", "signed by A and B" */
		size_t ce, r = relkg_skip_space(t, q + w, end);
		size_t th = relkg_starts_with(t, r, end, "the");
		size_t c = relkg_country_at(ctx, th ? relkg_skip_space(t, r + th, end) : r, &ce);
		if (c == RELKG_NONE && relkg_word_is(t, q, q + w, "with")) {
			/* "with the Government of National Accord in Libya" */
			c = country_in_phrase(ctx, si, r);
			ce = r;
		}
		if (c != RELKG_NONE) {
			add_party(pa, c);
			r = relkg_skip_space(t, ce, end);
			size_t a = relkg_starts_with(t, r, end, "and");
			r = a ? relkg_skip_space(t, r + a, end) : r;
			th = a ? relkg_starts_with(t, r, end, "the") : 0;
			c = a ? relkg_country_at(ctx, th ? relkg_skip_space(t, r + th, end) : r, &ce)
			      : RELKG_NONE;
			if (c != RELKG_NONE) {
				add_party(pa, c);
			}
		}
	}
	if (pa->n == 0) { /* "China and Pakistan signed a boundary agreement" */
		signers_before(ctx, si, i, pa);
	}
	if (pa->n == 0) { /* "A, B and the Eritrean president C signed in X a" */
		signers_offices(ctx, si, pa);
	} else if (pa->n == 1 && w) { /* "Turkey signed a memorandum with X" */
		signer_before(ctx, si, i, pa);
	}
	fill_from_article(ctx, pa);
}

/* The date of a treaty described at [label_b, we) of sentence si whose
 * phrase begins at i (after: a verb of making follows it; made: one
 * before or after): inside its words, right after it, the sentence's
 * when it is made or agreed there, its own clause's, the same day's. */
static const relkg_date *described_date(relkg_ctx *ctx, size_t si, size_t i, size_t label_b,
					size_t we, int after, int made)
{
	const relkg_date *date = date_inside(ctx, label_b, we);
	if (!date) {
		date = date_after(ctx, si, we);
	}
	if (!date && (signed_before(ctx, si, i) || agreed_now(ctx, si, i) ||
		      made_before(ctx, si, i, 0))) {
		date = sentence_date(ctx, si, i);
	}
	if (!date && after) {
		date = clause_date(ctx, si, i, we);
	}
	if (!date && made) { /* "The same day the two leaders signed a" */
		date = same_day_date(ctx, si);
	}
	return date;
}

static relkg_status described_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const treaty_word_sets *sets = treaty_sets();
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t e = relkg_word_end(t, i, end);
	if (!relkg_word_set_has(&sets->starters, t, i, e)) {
		return RELKG_OK;
	}
	size_t p = relkg_skip_space(t, e, end), label_b = RELKG_NONE;
	int informative = 0, place_named = 0;
	for (int k = 0; k < 6 && p < end; ++k) {
		size_t we = relkg_word_end(t, p, end);
		if (we == p) {
			return RELKG_OK;
		}
		if (relkg_word_set_has(&sets->fillers, t, p, we)) {
			p = relkg_skip_space(t, we, end);
			continue;
		}
		if (relkg_word_set_has(&sets->starters, t, p, we) ||
		    relkg_word_set_has(&sets->not_modifiers, t, p, we)) {
			return RELKG_OK; /* "the two countries signed a treaty": starts again at "a" */
		}
		if (label_b == RELKG_NONE) {
			label_b = p;
		}
		if (relkg_word_set_has(&sets->heads, t, p, we)) {
			size_t of_end = subject_phrase(ctx, we, end);
			if (of_end > we) { /* "a treaty of friendship and arbitration" */
				we = of_end;
				informative = 1;
			}
			/* "a treaty" made here is a new one ("a protocol signed in
			 * May 2015"); "the treaty" an anaphor */
			int after = made_after(ctx, si, we);
			int made = made_before(ctx, si, i, 0) || after;
			int indefinite = relkg_word_is(t, i, e, "a") || relkg_word_is(t, i, e, "an");
			/* "an agreement of 1954", "the Pretoria agreement of 2
			 * November 2022": a date right after tells which */
			int dated = date_after(ctx, si, we) != NULL;
			if ((!informative &&
			     !(indefinite && (after || dated || made_before(ctx, si, i, 1)))) ||
			    (we < end && t[we] == '-') || relkg_is_upper_at(t + p, end - p) ||
			    (place_named && !dated && !made)) {
				return RELKG_OK; /* "an Agreement on ...": a name, read as one */
			}
			if (relkg_word_in(t, p, relkg_word_end(t, p, end), weak_heads) &&
			    !agreed_now(ctx, si, i) && !made && !(dated && (indefinite || place_named))) {
				/* "the 1995 security agreement", "delayed the signing of a
				 * trade agreement": none made here */
				return RELKG_OK;
			}
			if (named_apposition(ctx, we, end)) {
				*next = we; /* "A first boundary treaty, the X-Y Treaty, was" */
				return RELKG_OK;
			}
			parties pa = {{0}, 0};
			described_parties(ctx, si, i, label_b, we, &pa);
			const relkg_date *date = described_date(ctx, si, i, label_b, we, after, made);
			*next = we;
			size_t ent;
			return emit_treaty(ctx, si, label_b, t + label_b, we - label_b, &pa, date, 1,
					   &rule_described, 0.6, &ent);
		}
		/* modifiers: lower-case words, a year, a demonym; a place's
		 * name ("the Pretoria agreement of 2 November 2022": only when
		 * dated or made, see below) */
		if (relkg_is_upper_at(t + p, end - p)) {
			size_t ce;
			if (relkg_country_at(ctx, p, &ce) != RELKG_NONE) {
				/* a demonym ("the 1956 Soviet pledge"), or a capital
				 * read as its state: a place's name */
				size_t j = relkg_mentions_at(ctx->mentions, p, RELKG_ENT_COUNTRY, 0);
				place_named |= j != RELKG_NONE && (ctx->mentions->ms[j].flags & RELKG_MF_CAPITAL);
				we = ce;
			} else if (relkg_mentions_at(ctx->mentions, p, RELKG_ENT_PERSON, 0) != RELKG_NONE ||
				   relkg_mentions_at(ctx->mentions, p, RELKG_ENT_ORGANIZATION, 0) != RELKG_NONE) {
				return RELKG_OK;
			} else {
				place_named = 1;
			}
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
	identity_forget();
	const relkg_word_pattern patterns[] = {
		{named_at, RELKG_WC_CAPITAL, keywords, NULL, NULL},
		{described_at, relkg_wc_folded_list(starters), heads, starters, NULL},
		{NULL, 0, NULL, NULL, NULL}};
	return relkg_each_word(ctx, patterns);
}
