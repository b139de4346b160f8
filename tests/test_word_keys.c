/* Word key sets (word_keys.h) and the trigger look-up that skips a
 * trigger whose solid words' keys a sentence lacks
 * (relkg_trigger_at_in, event_match.h): the set's answers, and the
 * look-up held to relkg_trigger_at, which tries every trigger, at every
 * word of the test corpus with the shipped lexicon. */
#include "word_keys.h"

#include <stdlib.h>

#include "event_match.h"
#include "harness.h"
#include "input.h"
#include "triggers.h"

static void sets(void)
{
	relkg_word_keys a = {{0}}, b = {{0}}, none = {{0}};
	relkg_word_keys_add_word(&a, "treati");
	relkg_word_keys_add_word(&a, "sign");
	OK(!relkg_word_keys_within(&a, &b), "an empty set holds no word");
	relkg_word_keys_add_word(&b, "sign");
	OK(!relkg_word_keys_within(&a, &b), "treati is missing");
	relkg_word_keys_add_word(&b, "treati");
	relkg_word_keys_add_word(&b, "visit");
	OK(relkg_word_keys_within(&a, &b), "both are in b");
	OK(relkg_word_keys_within(&none, &a), "no word needs none");
	/* every key lands in one of the 256 bits, key by key */
	int bad = 0;
	for (unsigned k = 0; k < 65536; k += 97) {
		relkg_word_keys s = {{0}}, t = {{0}};
		relkg_word_keys_add(&s, k);
		relkg_word_keys_add(&t, k + 256 < 65536 ? k + 256 : k - 256);
		bad += !relkg_word_keys_within(&s, &t) ||
		       (s.b[0] | s.b[1] | s.b[2] | s.b[3]) == 0;
		relkg_word_keys_add(&t, k + 1 < 65536 ? k + 1 : k - 1);
		bad += t.b[0] == s.b[0] && t.b[1] == s.b[1] && t.b[2] == s.b[2] && t.b[3] == s.b[3];
	}
	EQ_INT(bad, 0);
}

/* The keys of words [from, n) are all in relkg_toks_keys; words before
 * from are not needed.  (Keys added to a set keep what it held.) */
static int keys_hold(const relkg_toks *w, size_t from, const relkg_word_keys *k)
{
	for (size_t i = from; i < w->n; ++i) {
		relkg_word_keys one = {{0}};
		relkg_word_keys_add(&one, w->w[i].key_lower);
		relkg_word_keys_add(&one, w->w[i].key_stem);
		if (!relkg_word_keys_within(&one, k)) {
			return 0;
		}
	}
	return 1;
}

static void triggers_alike(void)
{
	static const char *const corpus[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/russia-united-states.txt", "tests/corpus/estonia-russia.txt",
		"tests/corpus/japan-south-korea.txt", "tests/corpus/georgia-japan.txt", NULL};
	relkg_triggers *lex = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_load(&lex, RELKG_DATADIR, &d) == RELKG_OK, "load: %s", d.msg);
	relkg_stemmer *st = relkg_stemmer_new();
	relkg_toks w = {0};
	size_t bad = 0, found = 0, words = 0, kept_out = 0;
	for (const char *const *f = corpus; lex && st && *f; ++f) {
		char *text = NULL;
		size_t len = 0;
		OK(relkg_input_read(*f, &text, &len, &d) == RELKG_OK, "%s: %s", *f, d.msg);
		for (size_t b = 0; text && b < len;) {
			size_t e = b;
			while (e < len && text[e] != '\n' && text[e] != '.') {
				++e;
			}
			if (relkg_toks_split(&w, text, b, e, st) != RELKG_OK) {
				OK(0, "split");
				break;
			}
			for (size_t i = 0; i < w.n; ++i) {
				relkg_word_keys k = {{0}};
				relkg_toks_keys(&w, i, w.n, &k);
				bad += !keys_hold(&w, i, &k);
				size_t e1 = 0, e2 = 0;
				const relkg_trigger *t1 = relkg_trigger_at(lex, &w, i, &e1);
				const relkg_trigger *t2 = relkg_trigger_at_in(lex, &w, &k, i, &e2);
				bad += t1 != t2 || (t1 && e1 != e2);
				found += t1 != NULL;
				for (size_t x = 0; x < lex->n; ++x) {
					kept_out += !relkg_word_keys_within(&lex->t[x].solid_keys, &k);
				}
				++words;
			}
			b = e + 1;
		}
		free(text);
	}
	OK(bad == 0, "%zu of %zu words differ", bad, words);
	OK(found > 50, "only %zu triggers found", found);
	OK(kept_out > words, "the keys keep out only %zu triggers", kept_out);
	relkg_toks_clear(&w);
	relkg_stemmer_free(st);
	relkg_triggers_free(lex);
}

/* Words [a, b) added to a set that holds [0, a) give the set of [0, b). */
static void ranges(void)
{
	static const char *const s = "Japan signed a peace treaty with the Soviet Union in 1956";
	relkg_stemmer *st = relkg_stemmer_new();
	relkg_toks w = {0};
	OK(st && relkg_toks_split(&w, s, 0, strlen(s), st) == RELKG_OK, "split");
	relkg_word_keys whole = {{0}}, parts = {{0}}, tail = {{0}}, treaty = {{0}};
	relkg_toks_keys(&w, 0, w.n, &whole);
	relkg_toks_keys(&w, 0, 4, &parts);
	relkg_toks_keys(&w, 4, w.n, &parts);
	OK(memcmp(&whole, &parts, sizeof(whole)) == 0, "two parts make the whole");
	relkg_toks_keys(&w, 5, w.n, &tail);
	relkg_word_keys_add_word(&treaty, "treati");
	OK(relkg_word_keys_within(&treaty, &whole), "the stem of treaty is in the sentence");
	OK(!relkg_word_keys_within(&treaty, &tail), "treaty (word 4) is not in the words from 5 on");
	relkg_word_keys before = tail;
	relkg_toks_keys(&w, 3, 3, &tail);
	OK(memcmp(&before, &tail, sizeof(tail)) == 0, "an empty range adds nothing");
	relkg_toks_clear(&w);
	relkg_stemmer_free(st);
}

int main(void)
{
	sets();
	ranges();
	triggers_alike();
	return DONE();
}
