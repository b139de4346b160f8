/* People found without an office title: "the government of X", "replaced
 * by X", "met with X", "X's presidency", a name as the subject of a
 * reporting or event verb; and later bare surnames ("Merkel ordered",
 * "Merkel's chancellorship") resolved to the full name seen in the article.
 * "X was replaced by Y": Y takes X's office. */
#include <pthread.h>
#include <string.h>

#include "dates.h"
#include "entities.h"
#include "names.h"
#include "phrase_filter.h"
#include "phrases.h"
#include "rules.h"
#include "try.h"
#include "word_mask.h"
#include "word_next.h"
#include "words.h"

static const relkg_rule rule_replaced = {"office-replaced-by",
	"successor takes the office",
	"\"X was replaced by Y in 2012\" / \"X was succeeded by Y\": Y holds the office X held "
	"in the text, from the date given."};

/* Phrases after which a person's full name follows.  The first phrase
 * that matches decides, so one ending in a comma comes before the same
 * word without ("captain," before "captain"). */
static const char *const before_name[] = {"the government of", "the administration of",
	"the cabinet of", "the presidency of", "the premiership of", "replaced by",
	"succeeded by", "met with", "met", "talks with", "meeting with", "a meeting with",
	"a letter to", "led by", "headed by", "signed by", "leader", "chief", "counterpart,",
	"the cabinets of", "the governments of", "a meeting between", "talks between",
	/* military ranks and callings before a name: "General Eloy Ureta", "the
	 * Thai actress Suvanant Kongying", "the pastor László Tőkés" */
	"general", "admiral", "colonel", "marshal", "brigadier", "actress", "actor", "pastor",
	"priest", "bishop", "journalist", "writer", "poet", "engineer", "businessman",
	"businesswoman", "activist", "dissident", "lieutenant", "commander", "deputy", "generals",
	"maharaja", "counterparts,", "counterpart", "ruler", "chairman", "successor,",
	"predecessor,", "captain,", "captain", "ayatollah", "dictator", "filibuster", "strongman",
	"warlord", "missionary",
	/* more callings, and the agent of a passive only a person takes:
	 * "the economist A B", "the British officer A B", "UN
	 * Secretary-General A B", "a unit commanded by A B", "a ceremony
	 * attended by A B", "their successors, A B and C D" */
	"secretary-general,", "secretary-general", "economist", "officer", "commanded by",
	"attended by", "successors,", "predecessors,", NULL};

/* Nouns only a person is in an apposition: "Sivarak Chutipong, a Thai
 * engineer", "Ramil Safarov, an Azerbaijani army officer", "John Garang,
 * the leader of the SPLM". */
static const char *const person_nouns[] = {"officer", "engineer", "leader", "commander",
	"member", "adviser", "advisor", "diplomat", "journalist", "activist", "politician",
	"lawyer", "businessman", "businesswoman", "pilot", "soldier", "citizen", "writer", "poet",
	"dissident", "general", "colonel", "spokesman", "spokeswoman", "envoy", "negotiator",
	"deputy", "founder", "rebel", "militant", "student", "scholar", "historian", "professor",
	"priest", "pastor", "bishop", "monk", "ruler", "nationalist", "aide", "mediator",
	"physician", "doctor", "actor", "actress", "singer", "artist", "athlete", "footballer",
	"chairman", "chairwoman", "secretary-general", "governor", "mayor", "warlord", "dictator",
	"representative", "strongman", NULL};

/* Words an apposition's noun may follow: how far it reaches. */
#define APPOS_REACH 4

static const char *const subject_verbs[] = {"said", "says", "stated", "announced", "visited",
	"met", "signed", "told", "declared", "warned", "criticized", "criticised", "praised",
	"proposed", "agreed", "called", "urged", "offered", "ordered", "rejected", "replied",
	"wrote", "noted", "argued", "claimed", "insisted", "denied", "accused", "expressed",
	"welcomed", "promised", "pledged", "attended", "arrived", "traveled", "travelled",
	"apologized", "apologised", "resigned", "died", "postponed", "cancelled", "canceled",
	"succeeded", "replaced", "launched", "invaded", "led", "ruled", "founded", "sent",
	"refused", "sought", "took", "won", "lost", "hosted", "received", "paid", "held",
	"served", "returned", "recognized", "recognised", "expelled", "condemned", "supported",
	"opposed", "negotiated", "mediated", "brokered", "ratified", "vowed", "stressed",
	"reaffirmed", "made", "gave", "became", "went", "chose", "fled", "flew", "addressed",
	"nominated", "concluded", "toured", NULL};
/* "X was elected": participles after "was" that only people take */
static const char *const person_participles[] = {"elected", "appointed", "replaced",
	"succeeded", "born", "assassinated", "sworn", "inaugurated", "reelected", "re-elected",
	"dismissed", "arrested", "awarded", "received", NULL};

static const char *const possessed[] = {"presidency", "government", "administration",
	"cabinet", "term", "premiership", "visit", "tenure", "policy", "rule", "regime", NULL};

/* The person mentioned at [b,e) already, or NONE. */
static size_t person_at(const relkg_ctx *ctx, size_t b)
{
	const relkg_mentions *m = ctx->mentions;
	size_t i = relkg_mentions_at(m, b, RELKG_ENT_PERSON, 0);
	return i == RELKG_NONE ? RELKG_NONE : m->ms[i].entity;
}

/* The person named at [b,e): the one already mentioned there, else a new
 * one unless another mention overlaps the span (*out NONE then). */
static relkg_status add_person(relkg_ctx *ctx, size_t si, size_t b, size_t e, size_t *out)
{
	*out = person_at(ctx, b);
	if (*out != RELKG_NONE || relkg_mentions_covered(ctx->mentions, b, e)) {
		return RELKG_OK;
	}
	size_t p = relkg_ent_person(ctx, ctx->doc->text + b, e - b);
	if (p == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	*out = p;
	return relkg_mentions_add(ctx->mentions, (relkg_span){b, e}, si, p, RELKG_MF_NAME);
}

/* The person named as the subject just before `at` in the sentence
 * ("Merkel was replaced by"), or NONE. */
static size_t subject_before(const relkg_ctx *ctx, size_t si, size_t at)
{
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin, best = RELKG_NONE;
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].span.begin >= sb && m->ms[i].span.end <= at &&
		    m->ents[m->ms[i].entity].kind == RELKG_ENT_PERSON) {
			best = m->ms[i].entity;
		}
	}
	return best;
}

static relkg_status replaced(relkg_ctx *ctx, size_t si, size_t at, size_t ne, size_t person)
{
	size_t old = subject_before(ctx, si, at);
	if (old == RELKG_NONE || old == person || ctx->mentions->ents[old].office == RELKG_NONE) {
		return RELKG_OK;
	}
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	const relkg_date *start = NULL;
	size_t q = relkg_skip_space(t, ne, end);
	size_t k = relkg_starts_with(t, q, end, "in");
	if (k) {
		const relkg_date *d = relkg_date_near(ctx->mentions, si, ne, ne + 1);
		if (d && d->span.begin == relkg_skip_space(t, q + k, end)) {
			start = d;
		}
	}
	return relkg_emit_holds(ctx, person, ctx->mentions->ents[old].office, si, ne - 1, start,
				NULL, &rule_replaced, 0.6);
}

/* The names listed after the first one a phrase introduced: "his
 * counterparts, Serzh Sargsyan and Ilham Aliyev", "the generals Ante
 * Gotovina and Mladen Markač": "and" or a comma, then a name of two
 * words or more; *next moves past the last. */
static relkg_status list_rest(relkg_ctx *ctx, size_t si, size_t ne, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	relkg_status st;
	for (;;) {
		size_t w = relkg_skip_space(t, ne < end && t[ne] == ',' ? ne + 1 : ne, end);
		size_t we = relkg_word_end(t, w, end);
		if (relkg_word_is(t, w, we, "and")) {
			w = relkg_skip_space(t, we, end);
		} else if (ne >= end || t[ne] != ',') {
			return RELKG_OK;
		}
		int words;
		size_t nb = relkg_name_skip_honorific(t, w, end);
		size_t e = relkg_name_parse(ctx, nb, end, &words);
		size_t person;
		if (e == nb || words < 2) {
			return RELKG_OK;
		}
		TRY(st, add_person(ctx, si, nb, e, &person));
		if (person == RELKG_NONE) {
			return RELKG_OK;
		}
		*next = ne = e;
	}
}

/* before_name by first letter: after_phrase is asked at ~100 words an
 * article and tried every phrase in turn (4% of all extraction). */
_Static_assert(sizeof(before_name) / sizeof(*before_name) - 1 <= RELKG_PHRASES_MAX,
	       "before_name fits a phrase set");
static relkg_phrases before_set;
/* The bytes before_name's phrases begin with, first and second (either
 * ASCII case): relkg_starts_with matches none of them at a word whose
 * first two bytes are not so, and after_phrase does nothing there (every
 * phrase has two bytes or more). */
static relkg_written_filter before_bytes;
static relkg_phrase_filter before_fifth; /* and by their fifth byte */
/* The word keys where scan_sentence may call either rule: before_bytes'
 * first two bytes, or a capital (name_in_role_upper). */
static relkg_word_keyset before_keys;
static pthread_once_t before_once = PTHREAD_ONCE_INIT;

static void before_set_init(void)
{
	(void)relkg_phrases_init(&before_set, before_name);
	relkg_written_filter_init(&before_bytes, before_name, 0);
	relkg_phrase_filter_init(&before_fifth, before_name);
	relkg_word_keyset_add_filter(&before_keys, &before_bytes);
	relkg_word_keyset_add_classes(&before_keys, RELKG_WC_CAPITAL);
}

static relkg_status after_phrase(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t k;
	int which = relkg_phrases_at(&before_set, t, i, end, &k);
	if (which < 0) {
		return RELKG_OK;
	}
	size_t nb = relkg_name_skip_honorific(t, relkg_skip_space(t, i + k, end), end);
	int words;
	size_t ne = relkg_name_parse(ctx, nb, end, &words);
	if (ne == nb || words < 2) {
		return RELKG_OK;
	}
	size_t person;
	relkg_status st;
	TRY(st, add_person(ctx, si, nb, ne, &person));
	*next = ne;
	const char *p = before_name[which];
	if (person != RELKG_NONE &&
	    (strcmp(p, "replaced by") == 0 || strcmp(p, "succeeded by") == 0)) {
		return replaced(ctx, si, i, ne, person);
	}
	return person == RELKG_NONE ? RELKG_OK : list_rest(ctx, si, ne, next);
}

/* Does a person, or an office title before one, begin at p ("and
 * Azerbaijani President Ilham Aliyev")? */
static int person_follows(const relkg_ctx *ctx, size_t p)
{
	const relkg_mentions *m = ctx->mentions;
	size_t j = relkg_mentions_at(m, p, RELKG_ENT_PERSON, 0);
	if (j != RELKG_NONE) {
		return 1;
	}
	j = relkg_mentions_at(m, p, RELKG_ENT_OFFICE, 0);
	if (j == RELKG_NONE || !(m->ms[j].flags & RELKG_MF_TITLE)) {
		return 0;
	}
	return relkg_mentions_at(m, relkg_skip_space(ctx->doc->text, m->ms[j].span.end,
						     ctx->doc->sentences[m->ms[j].sentence].span.end),
				 RELKG_ENT_PERSON, 0) != RELKG_NONE;
}

/* Past a possessive "'s" (or "’s") at e, else e. */
static size_t past_possessive(const char *t, size_t e, size_t end)
{
	if (e + 2 <= end && t[e] == '\'' && t[e + 1] == 's') {
		return e + 2;
	}
	if (e + 4 <= end && memcmp(t + e, "\xe2\x80\x99s", 4) == 0) {
		return e + 4;
	}
	return e;
}

/* Does an apposition naming a person follow the comma at p: "a", "an"
 * or "the", then within APPOS_REACH words a person noun, before any
 * comma ("Sivarak Chutipong, a Thai engineer")? */
static int person_apposition(const char *t, size_t p, size_t end)
{
	size_t w = relkg_skip_space(t, p + 1, end), we = relkg_word_end(t, w, end);
	if (relkg_word_in(t, w, we, person_nouns)) { /* "X, chairman of the committee" */
		size_t o = relkg_skip_space(t, we, end);
		return relkg_word_is(t, o, relkg_word_end(t, o, end), "of");
	}
	if (!relkg_word_is(t, w, we, "a") && !relkg_word_is(t, w, we, "an") &&
	    !relkg_word_is(t, w, we, "the")) {
		return 0;
	}
	for (int k = 0; k < APPOS_REACH; ++k) {
		w = relkg_skip_space(t, we, end);
		we = relkg_word_end(t, w, end);
		if (we == w) {
			return 0; /* punctuation: the apposition ended */
		}
		if (relkg_word_in(t, w, we, person_nouns)) {
			return 1;
		}
		we = past_possessive(t, we, end); /* "the prime minister's adviser" */
	}
	return 0;
}

/* "Angela Merkel's chancellorship", "Emmanuel Macron said", "Nikol Pashinyan
 * and President Ilham Aliyev signed", "Paul Smith, who": a two-word name or
 * longer before a possessive, a subject verb, "and" and another person, or
 * ", who". */
static relkg_status name_in_role(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	int words;
	size_t ne = relkg_name_parse(ctx, i, end, &words);
	if (ne == i) {
		return RELKG_OK;
	}
	*next = ne;
	if (words < 2 || relkg_mentions_covered(ctx->mentions, i, ne)) {
		return RELKG_OK;
	}
	size_t p = ne;
	int ok = 0;
	if (p + 2 < end && t[p] == '\'' && t[p + 1] == 's') {
		size_t w = relkg_skip_space(t, p + 2, end);
		ok = relkg_word_in(t, w, relkg_word_end(t, w, end), possessed);
	} else {
		size_t w = relkg_skip_space(t, p, end), we = relkg_word_end(t, w, end);
		ok = w > p && relkg_word_in(t, w, we, subject_verbs);
		if (!ok && w > p && relkg_word_is(t, w, we, "was")) {
			size_t v = relkg_skip_space(t, we, end);
			ok = relkg_word_in(t, v, relkg_word_end(t, v, end), person_participles);
		}
		if (!ok && w > p && relkg_word_is(t, w, we, "and")) {
			ok = person_follows(ctx, relkg_skip_space(t, we, end));
		}
		if (!ok && w == p && p < end && t[p] == ',') { /* "NAME, who made" */
			w = relkg_skip_space(t, p + 1, end);
			ok = relkg_word_is(t, w, relkg_word_end(t, w, end), "who") ||
			     person_apposition(t, p, end);
		}
	}
	if (!ok) {
		return RELKG_OK;
	}
	size_t person;
	return add_person(ctx, si, i, ne, &person);
}

/* A surname at word w of sentence si (ws, n_ws: its words) when the word
 * is not before *from; moves *from past each word looked at. */
static relkg_status surname_at(relkg_ctx *ctx, size_t si, const size_t *ws, size_t n_ws,
			       size_t w, size_t *from)
{
	const relkg_doc *doc = ctx->doc;
	relkg_span sp = doc->sentences[si].span;
	size_t i = ws[w];
	if (i < *from || (!relkg_is_upper_at(doc->text + i, sp.end - i) &&
			  !relkg_name_joined_article(doc->text, i, sp.end))) {
		return RELKG_OK;
	}
	if (!ctx->mentions->person_heads[(unsigned char)doc->text[i]] &&
	    relkg_word_ends_before_next(doc->text, ws, n_ws, w)) {
		return RELKG_OK; /* no person's name begins so: nothing found, and
				    the word's end moves the scan past no word */
	}
	size_t e = relkg_word_end(doc->text, i, sp.end);
	if (e == i) {
		return RELKG_OK;
	}
	size_t p = relkg_name_known_person(ctx, i, e);
	*from = e;
	if (p != RELKG_NONE && !relkg_mentions_covered(ctx->mentions, i, e)) {
		return relkg_mentions_add(ctx->mentions, (relkg_span){i, e}, si, p, RELKG_MF_SURNAME);
	}
	return RELKG_OK;
}

/* The classes where surname_at may find one: a capital, or 'a', 'e', 'u'
 * where a joined article may begin (relkg_name_joined_article). */
static const uint64_t surname_classes = RELKG_WC_CAPITAL | RELKG_WC_LOWER('a') |
					RELKG_WC_LOWER('e') | RELKG_WC_LOWER('u');

static relkg_status surnames(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		const size_t *ws; /* the words beginning with a letter */
		size_t n_ws;
		TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
		for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) {
			/* a capital, or where a joined article may be ("al-Sisi") */
			uint64_t may = relkg_word_class_mask(doc->text, ws + w0, n_ws - w0,
							     surname_classes);
			while (may) {
				size_t w = w0 + relkg_mask_next(&may);
				TRY(st, surname_at(ctx, si, ws, n_ws, w, &from));
			}
		}
	}
	return RELKG_OK;
}

/* name_in_role at a capitalized word only. */
static relkg_status name_in_role_upper(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const relkg_doc *doc = ctx->doc;
	size_t end = doc->sentences[si].span.end;
	if (!relkg_is_upper_at(doc->text + i, end - i)) {
		return RELKG_OK;
	}
	return name_in_role(ctx, si, i, next);
}

/* after_phrase, then name_in_role_upper, at the words of sentence si
 * (ws, n_ws), each where its words may begin, as relkg_each_word tries a
 * table of the two: the first that matches wins and the scan goes on
 * after it.  A loop of its own: the general scanner's filters cost more
 * a word than these two rules' own first tests (after_phrase looks for
 * its phrases by their first eight bytes, name_in_role_upper for a
 * capital). */
static relkg_status scan_sentence(relkg_ctx *ctx, size_t si, const size_t *ws, size_t n_ws)
{
	const unsigned char *u = (const unsigned char *)ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	relkg_status st;
	const uint16_t *keys;
	TRY(st, relkg_sentence_word_keys(ctx, si, &keys));
	for (size_t w0 = 0, from = 0; w0 < n_ws; w0 += 64) {
		/* the words where either may begin (before_keys) */
		uint64_t may = relkg_word_key_mask(&before_keys, keys + w0, n_ws - w0);
		while (may) {
			size_t i = ws[w0 + relkg_mask_next(&may)], next = i + 1;
			if (i < from) {
				continue;
			}
			if ((before_bytes.at[u[i]] & 1u) && i + 1 < end &&
			    (before_bytes.at[u[i + 1]] & 2u) &&
			    relkg_phrase_filter_may(&before_fifth, ctx->doc->text, i, end)) {
				TRY(st, after_phrase(ctx, si, i, &next));
			}
			if (next == i + 1 && (relkg_wc_of(u[i]) & RELKG_WC_CAPITAL)) {
				TRY(st, name_in_role_upper(ctx, si, i, &next));
			}
			from = next > i ? next : i + 1;
		}
	}
	return RELKG_OK;
}

relkg_status relkg_rules_people(relkg_ctx *ctx)
{
	relkg_status st;
	if (!relkg_ctx_gaz(ctx)) {
		return RELKG_OK;
	}
	pthread_once(&before_once, before_set_init);
	for (size_t si = 0; si < ctx->doc->n_sentences; ++si) {
		const size_t *ws; /* the words beginning with a letter */
		size_t n_ws;
		TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
		TRY(st, scan_sentence(ctx, si, ws, n_ws));
		relkg_mentions_sort(ctx->mentions); /* later sentences see this one's */
	}
	TRY(st, surnames(ctx));
	relkg_mentions_sort(ctx->mentions);
	return RELKG_OK;
}
