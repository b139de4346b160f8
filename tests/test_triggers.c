/* The trigger lexicon and the stemmer it matches on. */
#include <stdlib.h>

#include "event_match.h"
#include "event_words.h"
#include "harness.h"
#include "stem.h"
#include "tokens.h"
#include "trigger_index.h"
#include "word_hash.h"
#include "triggers.h"

static void test_stems(void)
{
	relkg_stemmer *s = relkg_stemmer_new();
	OK(s != NULL, "stemmer");
	char buf[64];
	const char *a = buf;
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "Visited", 7));
	EQ_STR(a, relkg_stem(s, "visits", 6));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "took", 4));
	EQ_STR(a, relkg_stem(s, "taking", 6));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "met", 3));
	EQ_STR(a, relkg_stem(s, "meet", 4));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "sanctions", 9));
	EQ_STR(a, relkg_stem(s, "sanction", 8));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "visa", 4));
	OK(strcmp(buf, relkg_stem(s, "visit", 5)) != 0, "visa is no visit");
	relkg_stemmer_free(s);
	relkg_stemmer_free(NULL);
}

static void test_parse(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	const char *text = "# comment\n"
			   "trigger\timposed * sanctions against\tSanction\t163\tSANCTION\tsubj\tagainst,obj\t-\t-\n"
			   "trigger\tpostponed * visit\tPostponement\t161\tREDUCE\tsubj\tto\tto\trefer=Visit\n"
			   "trigger\t=cooperated\tCooperation\t06\tCOOPERATE\tsubj,both\twith\t-\t-\n"
			   "block-before\tunable to\n"
			   "block-after\texpected\n";
	OK(relkg_triggers_parse(&t, text, "x.tsv", &d) == RELKG_OK, "parse: %s", d.msg);
	if (!t) {
		return;
	}
	EQ_INT(t->n, 3);
	EQ_INT(t->t[0].n_words, 4);
	EQ_STR(t->t[0].words[0], "impos");
	EQ_STR(t->t[0].words[1], "*");
	EQ_STR(t->t[0].words[2], "sanction");
	EQ_STR(t->t[0].cls, "Sanction");
	EQ_STR(t->t[0].cameo, "163");
	EQ_INT(t->t[0].target.n, 2);
	OK(relkg_frame_has(&t->t[0].target, "against"), "frame has against");
	OK(!relkg_frame_has(&t->t[0].target, "with"), "frame lacks with");
	EQ_STR(t->t[1].refer, "Visit");
	OK(t->t[0].refer == NULL, "no refer");
	EQ_STR(t->t[2].words[0], "=cooperated");
	EQ_INT(t->t[2].agent.n, 2);
	EQ_INT(t->n_before, 1);
	EQ_STR(t->before[0].words[0], "unabl");
	EQ_INT(t->n_after, 1);
	EQ_STR(t->after[0].words[0], "expect");
	relkg_triggers_free(t);
	relkg_triggers_free(NULL);
}

/* "place=CLASS" points at the first line of CLASS; a class no line has
 * is an error. */
static void test_place_flag(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	const char *text = "trigger\tcapture\tSeizure\t171\tSEIZE\tsubj\tobj\tin\tplace=Annexation\n"
			   "trigger\tannex\tAnnexation\t192\tASSAULT\tsubj\tobj\t-\t-\n"
			   "trigger\toccupy\tAnnexation\t192\tASSAULT\tsubj\tobj\tin\t-\n";
	OK(relkg_triggers_parse(&t, text, "x.tsv", &d) == RELKG_OK, "parse: %s", d.msg);
	if (t) {
		EQ_STR(t->t[0].on_place, "Annexation");
		OK(t->t[0].place_trig == &t->t[1], "the first Annexation line");
		OK(t->t[1].place_trig == NULL, "no flag, no place line");
		relkg_triggers_free(t);
		t = NULL;
	}
	const char *none = "trigger\tcapture\tSeizure\t171\tSEIZE\tsubj\tobj\tin\tplace=Annexation\n";
	EQ_INT(relkg_triggers_parse(&t, none, "y.tsv", &d), RELKG_ERR_SYNTAX);
}

static void test_errors(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	const char *few = "# ok\ntrigger\tvisited\tVisit\t042\n";
	EQ_INT(relkg_triggers_parse(&t, few, "x.tsv", &d), RELKG_ERR_SYNTAX);
	OK(strstr(d.msg, "x.tsv:2") != NULL, "message names file and line: %s", d.msg);
	const char *kind = "trigger\tvisited\tVisit\t042\tCONSULT\tsubj\tto\t-\t-\nfoo\tbar\n";
	EQ_INT(relkg_triggers_parse(&t, kind, "y.tsv", &d), RELKG_ERR_SYNTAX);
	OK(strstr(d.msg, "y.tsv:2") != NULL, "unknown kind: %s", d.msg);
	const char *flag = "trigger\tvisited\tVisit\t042\tCONSULT\tsubj\tto\t-\tloud\n";
	EQ_INT(relkg_triggers_parse(&t, flag, "z.tsv", &d), RELKG_ERR_SYNTAX);
	EQ_INT(relkg_triggers_load(&t, "/nonexistent", &d) != RELKG_OK, 1);
	OK(strstr(d.msg, "events.tsv") != NULL, "missing file named: %s", d.msg);
}

/* The shipped lexicon loads, and every class is one of the contract's. */
static void test_shipped(void)
{
	static const char *const classes[] = {"Visit", "Meeting", "Talks", "Agreement",
		"Recognition", "Support", "Cooperation", "Aid", "Statement", "Criticism", "Apology",
		"Postponement", "Sanction", "Seizure", "Attack", "MilitaryPosture", "Annexation",
		"Succession", "Election", "Policy", NULL};
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_load(&t, RELKG_DATADIR, &d) == RELKG_OK, "load: %s", d.msg);
	if (!t) {
		return;
	}
	OK(t->n > 50, "%zu triggers", t->n);
	int bad = 0;
	int seen[20] = {0};
	for (size_t i = 0; i < t->n; ++i) {
		int k = 0;
		while (classes[k] && strcmp(classes[k], t->t[i].cls) != 0) {
			++k;
		}
		if (!classes[k] && strcmp(t->t[i].cls, "-") != 0) {
			fprintf(stderr, "line %d: class %s\n", t->t[i].line, t->t[i].cls);
			++bad;
		} else if (classes[k]) {
			seen[k] = 1;
		}
	}
	EQ_INT(bad, 0);
	int all = 1;
	for (int k = 0; k < 20; ++k) {
		all &= seen[k];
	}
	OK(all, "every contract class has a trigger");
	relkg_triggers_free(t);
}


/* The memo returns what stemming afresh does, after the table has grown
 * and for irregular forms. */
static void test_stem_memo(void)
{
	relkg_stemmer *s = relkg_stemmer_new();
	OK(s != NULL, "stemmer");
	if (!s) {
		return;
	}
	char first[64], again[64], word[32];
	const char *f1 = first, *a1 = again;
	snprintf(first, sizeof(first), "%s", relkg_stem(s, "Negotiations", 12));
	snprintf(again, sizeof(again), "%s", relkg_stem(s, "took", 4));
	EQ_STR(a1, "take");
	for (int i = 0; i < 5000; ++i) { /* grows the table several times */
		snprintf(word, sizeof(word), "word%dings", i);
		relkg_stem(s, word, strlen(word));
	}
	EQ_STR(relkg_stem(s, "negotiations", 12), f1);
	EQ_STR(f1, "negoti");
	EQ_STR(relkg_stem(s, "TOOK", 4), "take");
	EQ_STR(relkg_stem(s, "taking", 6), "take");
	EQ_STR(relkg_stem(s, "word4999ings", 12), "word4999");
	relkg_stemmer_free(s);
}

/* The first-word index: stem-led, surface-led and gap-led patterns, each
 * list in lexicon order. */
static void test_index(void)
{
	const char *first[] = {"visit", "=met", "*", "visit", "meet", "=met", "**"};
	relkg_trigger_index *x = relkg_trigger_index_new(first, 7);
	OK(x != NULL, "index");
	if (!x) {
		return;
	}
	relkg_trigger_ids c[RELKG_LED_KINDS];
	relkg_trigger_index_at(x, "visit", "visited", c);
	EQ_INT(c[RELKG_LED_STEM].n, 2);
	EQ_INT(c[RELKG_LED_STEM].ids[0], 0);
	EQ_INT(c[RELKG_LED_STEM].ids[1], 3);
	EQ_INT(c[RELKG_LED_SURFACE].n, 0);
	EQ_INT(c[RELKG_LED_GAP].n, 2);
	EQ_INT(c[RELKG_LED_GAP].ids[0], 2);
	EQ_INT(c[RELKG_LED_GAP].ids[1], 6);
	relkg_trigger_index_at(x, "meet", "met", c);
	EQ_INT(c[RELKG_LED_STEM].n, 1);
	EQ_INT(c[RELKG_LED_STEM].ids[0], 4);
	EQ_INT(c[RELKG_LED_SURFACE].n, 2);
	EQ_INT(c[RELKG_LED_SURFACE].ids[0], 1);
	EQ_INT(c[RELKG_LED_SURFACE].ids[1], 5);
	relkg_trigger_index_at(x, NULL, NULL, c); /* a punctuation mark */
	EQ_INT(c[RELKG_LED_STEM].n + c[RELKG_LED_SURFACE].n, 0);
	EQ_INT(c[RELKG_LED_GAP].n, 2);
	relkg_trigger_index_at(x, "=met", "visit", c); /* keys are not mixed up */
	EQ_INT(c[RELKG_LED_STEM].n + c[RELKG_LED_SURFACE].n, 0);
	relkg_trigger_index_free(x);
	relkg_trigger_index_free(NULL);
	x = relkg_trigger_index_new(NULL, 0);
	OK(x != NULL, "empty index");
	if (x) {
		relkg_trigger_index_at(x, "visit", "visit", c);
		EQ_INT(c[0].n + c[1].n + c[2].n, 0);
	}
	relkg_trigger_index_free(x);
}

/* The whole-key test (trigger_index.h): every first word of an index
 * passes it, as a stem or as a surface form, by the top sixteen bits of
 * its relkg_word_hash (word_hash.h), long keys too; a word that is no key
 * and only begins as one does ("visited") fails it. */
static void test_key_bits(void)
{
	const char *first[] = {"visit", "=met", "negotiationsandmore", "=travelled"};
	relkg_trigger_index *x = relkg_trigger_index_new(first, 4);
	OK(x != NULL, "index");
	if (!x) {
		return;
	}
	relkg_trigger_heads h = relkg_trigger_index_heads(x);
	unsigned visit = relkg_word_hash_of("visit") >> 16, met = relkg_word_hash_of("met") >> 16;
	unsigned lng = relkg_word_hash_of("negotiationsandmore") >> 16;
	unsigned trav = relkg_word_hash_of("travelled") >> 16;
	unsigned other = relkg_word_hash_of("visited") >> 16;
	OK(relkg_trigger_keys_may_start(&h, visit, other), "stem-led key");
	OK(relkg_trigger_keys_may_start(&h, other, met), "surface-led key");
	OK(relkg_trigger_keys_may_start(&h, lng, lng), "a long key");
	OK(relkg_trigger_keys_may_start(&h, trav, trav), "surface-led, the same string");
	OK(!relkg_trigger_keys_may_start(&h, other, other), "no key");
	relkg_trigger_index_free(x);
}

/* Parses lexicon text and splits sentence into words; 0 on failure. */
static int lex_words(const char *text, const char *sentence, relkg_triggers **t, relkg_toks *w)
{
	relkg_diag d = {{0}};
	relkg_stemmer *st = relkg_stemmer_new();
	int ok = st && relkg_triggers_parse(t, text, "x.tsv", &d) == RELKG_OK &&
		 relkg_toks_split(w, sentence, 0, strlen(sentence), st) == RELKG_OK;
	relkg_stemmer_free(st);
	OK(ok, "lexicon and words: %s", d.msg);
	return ok;
}

#define T(pat, cls) "trigger\t" pat "\t" cls "\t-\t-\tsubj\tobj\t-\t-\n"

/* Which trigger wins at a word: most words that are no gap, then the
 * shortest span, then the first listed, whichever way each is led. */
static void test_preference(void)
{
	const char *text = T("visit", "A") T("=visited", "B") T("imposed * sanctions", "C")
		T("imposes", "D") T("imposing sanctions", "E") T("* summit", "F") T("=the summit", "G")
		T("imposed new", "H") "block-before\tnot\nblock-before\tunable to\nblock-after\texpected\n";
	relkg_triggers *t = NULL;
	relkg_toks w = {0};
	if (!lex_words(text, "France visited Chad, imposed new sanctions; imposed sanctions, "
			     "the summit did not visit, unable to really visit; visit expected",
		       &t, &w)) {
		relkg_triggers_free(t);
		relkg_toks_clear(&w);
		return;
	}
	size_t end = 0;
	const relkg_trigger *x = relkg_trigger_at(t, &w, 1, &end); /* visited */
	EQ_STR(x ? x->cls : "(none)", "A"); /* one word each, same span: first listed */
	EQ_INT(end, 2);
	x = relkg_trigger_at(t, &w, 4, &end); /* imposed new sanctions: C, H shorter */
	EQ_STR(x ? x->cls : "(none)", "H");
	EQ_INT(end, 6);
	x = relkg_trigger_at(t, &w, 8, &end); /* imposed sanctions: C and E alike */
	EQ_STR(x ? x->cls : "(none)", "C");
	EQ_INT(end, 10);
	x = relkg_trigger_at(t, &w, 11, &end); /* the summit: G has more words than F */
	EQ_STR(x ? x->cls : "(none)", "G");
	EQ_INT(end, 13);
	x = relkg_trigger_at(t, &w, 12, &end); /* summit: the gap-led F, gap empty */
	EQ_STR(x ? x->cls : "(none)", "F");
	EQ_INT(end, 13);
	x = relkg_trigger_at(t, &w, 10, &end); /* ",": only a gap-led one may start */
	OK(x == NULL, "a gap may not skip a comma");
	x = relkg_trigger_at(t, &w, 0, &end);
	OK(x == NULL, "no trigger at France");
	OK(!relkg_trigger_blocked(t, &w, 1, 2), "visited is not blocked");
	OK(relkg_trigger_blocked(t, &w, 15, 16), "did not visit");
	OK(relkg_trigger_blocked(t, &w, 20, 21), "unable to really visit");
	OK(relkg_trigger_blocked(t, &w, 22, 23), "visit expected");
	relkg_triggers_free(t);
	relkg_toks_clear(&w);
	/* listed first but led by its surface form: still first */
	t = NULL;
	if (lex_words(T("=visited", "B") T("visit", "A"), "France visited Chad", &t, &w)) {
		x = relkg_trigger_at(t, &w, 1, &end);
		EQ_STR(x ? x->cls : "(none)", "B");
	}
	relkg_triggers_free(t);
	relkg_toks_clear(&w);
}

/* The old matcher: every trigger tried at the word, the first best kept. */
static const relkg_trigger *scan_best(const relkg_triggers *t, const relkg_toks *w, size_t i,
				      size_t *end)
{
	const relkg_trigger *best = NULL;
	size_t best_n = 0, best_end = 0;
	for (size_t k = 0; k < t->n; ++k) {
		size_t e, n = 0;
		if (!relkg_pattern_at(w, i, t->t[k].words, t->t[k].n_words, &e)) {
			continue;
		}
		for (size_t j = 0; j < t->t[k].n_words; ++j) {
			n += t->t[k].words[j][0] != '*';
		}
		if (!best || n > best_n || (n == best_n && e < best_end)) {
			best = &t->t[k];
			best_n = n;
			best_end = e;
		}
	}
	*end = best_end;
	return best;
}

/* Does any pattern of list[0..n) match at word j, ending by `by`? */
static int scan_any(const relkg_toks *w, const relkg_blocker *list, size_t n, size_t j, size_t by)
{
	for (size_t b = 0; b < n; ++b) {
		size_t e;
		if (relkg_pattern_at(w, j, list[b].words, list[b].n_words, &e) && e <= by) {
			return 1;
		}
	}
	return 0;
}

static int scan_blocked(const relkg_triggers *t, const relkg_toks *w, size_t i, size_t end)
{
	for (size_t j = i, k = 0; j > 0 && k < 5; --j, ++k) {
		if (!relkg_ew_gap_ok(&w->w[j - 1])) {
			break;
		}
		if (scan_any(w, t->before, t->n_before, j - 1, i)) {
			return 1;
		}
	}
	for (size_t j = end; j < w->n && j < end + 3; ++j) {
		if (!relkg_ew_gap_ok(&w->w[j])) {
			break;
		}
		if (scan_any(w, t->after, t->n_after, j, (size_t)-1)) {
			return 1;
		}
	}
	return 0;
}

/* Do the indexed and the old matcher agree at word i (and on blocking
 * what they found)? */
static int same_at(const relkg_triggers *t, const relkg_toks *w, size_t i, size_t *found,
		   size_t *blocked)
{
	size_t end1 = 0, end2 = 0;
	const relkg_trigger *x = relkg_trigger_at(t, w, i, &end1);
	const relkg_trigger *y = scan_best(t, w, i, &end2);
	if (x != y || (x && end1 != end2)) {
		return 0;
	}
	if (!x) {
		return 1;
	}
	++*found;
	int bl = relkg_trigger_blocked(t, w, i, end1);
	*blocked += bl;
	return bl == scan_blocked(t, w, i, end1);
}

/* relkg_trigger_next's inline first-bytes test against the matcher:
 * every word it passes over starts no trigger (relkg_trigger_at gives
 * NULL there); the words passed over are counted into *skipped.  The
 * number of words it wrongly passed over. */
static size_t next_skips_trigger(const relkg_triggers *t, const relkg_toks *w, size_t *skipped)
{
	size_t wrong = 0;
	for (size_t i = 0, stop = relkg_trigger_next(t, w, 0); i < w->n; ++i) {
		if (i == stop) {
			stop = relkg_trigger_next(t, w, i + 1);
			continue;
		}
		size_t end;
		wrong += relkg_trigger_at(t, w, i, &end) != NULL;
		++*skipped;
	}
	return wrong;
}

/* The indexed matcher answers exactly what trying every trigger did, at
 * every word of the dev corpus, with the shipped lexicon; and
 * relkg_trigger_next passes over no word a trigger starts at. */
/* A long gap ("**") crosses up to three commas, a short one ("*") none:
 * "signed, at the headquarters in Oslo, D.C., an agreement". */
static void test_long_gap_commas(void)
{
	const char *text = T("signed ** agreement", "A") T("signed * accord", "B");
	relkg_triggers *t = NULL;
	relkg_toks w = {0};
	if (!lex_words(text, "Norway signed, at the headquarters in Oslo, D.C., an agreement; "
			     "Norway signed, in Oslo, an accord; X signed, a, b, c, d, an agreement",
		       &t, &w)) {
		relkg_triggers_free(t);
		relkg_toks_clear(&w);
		return;
	}
	size_t end = 0;
	const relkg_trigger *x = relkg_trigger_at(t, &w, 1, &end);
	EQ_STR(x ? x->cls : "(none)", "A");
	OK(x && relkg_tok_is(&w, end - 1, "agreement"), "the gap reaches the noun");
	size_t k = 0;
	while (k < w.n && !relkg_tok_is(&w, k, ";")) {
		++k;
	}
	x = relkg_trigger_at(t, &w, k + 2, &end); /* "signed, in Oslo, an accord" */
	OK(x == NULL, "a short gap crosses no comma");
	for (++k; k < w.n && !relkg_tok_is(&w, k, ";"); ++k) {
	}
	x = relkg_trigger_at(t, &w, k + 2, &end); /* four commas */
	OK(x == NULL, "a long gap crosses three commas at most");
	relkg_triggers_free(t);
	relkg_toks_clear(&w);
}

static void test_same_as_scan(void)
{
	static const char *const corpus[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/russia-united-states.txt", "tests/corpus/estonia-russia.txt",
		"tests/corpus/georgia-japan.txt", "tests/corpus/japan-south-korea.txt", NULL};
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_load(&t, RELKG_DATADIR, &d) == RELKG_OK, "load: %s", d.msg);
	relkg_stemmer *st = relkg_stemmer_new();
	relkg_toks w = {0};
	size_t words = 0, found = 0, blocked = 0, differ = 0, skipped = 0, skipped_wrongly = 0;
	for (const char *const *f = corpus; *f; ++f) {
		char *text = NULL;
		size_t len = 0;
		OK(relkg_input_read(*f, &text, &len, &d) == RELKG_OK, "%s: %s", *f, d.msg);
		for (size_t b = 0; t && text && st && b < len;) {
			size_t e = b;
			while (e < len && text[e] != '\n') {
				++e;
			}
			differ += relkg_toks_split(&w, text, b, e, st) != RELKG_OK;
			for (size_t i = 0; i < w.n; ++i, ++words) {
				differ += !same_at(t, &w, i, &found, &blocked);
			}
			skipped_wrongly += next_skips_trigger(t, &w, &skipped);
			b = e + 1;
		}
		free(text);
	}
	EQ_INT(differ, 0);
	OK(words > 2000 && found > 50 && blocked > 0, "%zu words, %zu triggers, %zu blocked", words,
	   found, blocked);
	OK(skipped_wrongly == 0 && skipped > words / 2, "relkg_trigger_next: %zu of %zu skipped words "
	   "start a trigger", skipped_wrongly, skipped);
	relkg_toks_clear(&w);
	relkg_stemmer_free(st);
	relkg_triggers_free(t);
}

int main(void)
{
	test_stems();
	test_parse();
	test_errors();
	test_shipped();
	test_stem_memo();
	test_index();
	test_key_bits();
	test_preference();
	test_place_flag();
	test_long_gap_commas();
	test_same_as_scan();
	return DONE();
}
