/* relkg_ew_adverb, which skips the list by the word's initial and reads
 * the word's length off its span, against its definition ("also",
 * "then", "later", "again", "subsequently", "soon", "thereafter",
 * "afterwards", or a word of five bytes or more in "-ly"): every word and
 * mark of some sentences, and of the dev articles. */
#include "event_words.h"
#include "harness.h"

#include <stdlib.h>

#include "input.h"

static int adverb_by_definition(const relkg_tok *x)
{
	static const char *const adverbs[] = {"also", "then", "later", "again", "subsequently",
		"soon", "thereafter", "afterwards", NULL};
	size_t n = strlen(x->lower);
	for (size_t k = 0; adverbs[k]; ++k) {
		if (strcmp(x->lower, adverbs[k]) == 0) {
			return 1;
		}
	}
	return n > 4 && strcmp(x->lower + n - 2, "ly") == 0;
}

/* The words of text[b, e) whose answer differs; *words counts them. */
static size_t differ_in(relkg_toks *w, const char *text, size_t b, size_t e, size_t *words,
			size_t *adverbs)
{
	size_t bad = relkg_toks_split(w, text, b, e, NULL) != RELKG_OK;
	for (size_t i = 0; !bad && i < w->n; ++i) {
		int want = adverb_by_definition(&w->w[i]);
		bad += relkg_ew_adverb(&w->w[i]) != want;
		*adverbs += want;
		++*words;
	}
	return bad;
}

static void adverbs(void)
{
	static const char *const s = "Also THEN Later, again: Subsequently soon thereafter "
		"Afterwards. Only early, fly, ly, July, Italy quickly \xE2\x80\x94 rally "
		"also-ran alsoly sooner tHeReAfTeR.";
	relkg_toks w = {0};
	size_t bad = 0, words = 0, found = 0;
	bad += differ_in(&w, s, 0, strlen(s), &words, &found);
	static const char *const corpus[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/russia-united-states.txt", "tests/corpus/estonia-russia.txt", NULL};
	for (const char *const *f = corpus; *f; ++f) {
		char *text = NULL;
		size_t len = 0;
		relkg_diag d = {{0}};
		OK(relkg_input_read(*f, &text, &len, &d) == RELKG_OK, "%s: %s", *f, d.msg);
		for (size_t b = 0; text && b < len;) {
			size_t e = b;
			while (e < len && text[e] != '\n') {
				++e;
			}
			bad += differ_in(&w, text, b, e, &words, &found);
			b = e + 1;
		}
		free(text);
	}
	EQ_INT(bad, 0);
	OK(words > 1500 && found > 30, "%zu words, %zu adverbs", words, found);
	relkg_toks_clear(&w);
}

int main(void)
{
	adverbs();
	return DONE();
}
