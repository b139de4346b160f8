/* relkg_ew_is_prep and relkg_ew_is_det (event_words.h), which look a
 * word up among the list's words of its initial, held to
 * relkg_ew_in_list over the whole lists relkg_ew_preps and relkg_ew_dets:
 * the lists' own words, their look-alikes (a byte more or less, another
 * case), and every word of some articles. */
#include "event_words.h"
#include "harness.h"

#include <stdlib.h>

#include "input.h"

static int in_plain(const char *s, const char *const *list);

/* Does word s get other answers than the lists give? */
static int differs(const char *s)
{
	return relkg_ew_is_prep(s) != relkg_ew_in_list(s, relkg_ew_preps) ||
	       relkg_ew_is_det(s) != relkg_ew_in_list(s, relkg_ew_dets);
}

/* The words of both lists and their look-alikes. */
static void lists_and_look_alikes(void)
{
	const char *const *lists[] = {relkg_ew_preps, relkg_ew_dets};
	size_t bad = 0, words = 0, members = 0;
	for (size_t l = 0; l < 2; ++l) {
		for (const char *const *w = lists[l]; *w; ++w) {
			char v[64];
			size_t n = strlen(*w);
			bad += differs(*w);
			members += relkg_ew_is_prep(*w) + relkg_ew_is_det(*w);
			snprintf(v, sizeof(v), "%ss", *w); /* a byte more */
			bad += differs(v);
			snprintf(v, sizeof(v), "%.*s", (int)(n - 1), *w); /* a byte less */
			bad += differs(v);
			snprintf(v, sizeof(v), "%c%s", **w - 32, *w + 1); /* capitalized */
			bad += differs(v);
			snprintf(v, sizeof(v), "x%s", *w + 1); /* another initial */
			bad += differs(v);
			words += 5;
		}
	}
	bad += differs("") + differs(",") + differs("of") + differs("the the");
	OK(bad == 0, "%zu of %zu words differ", bad, words);
	EQ_INT(members, 29 + 7);
	OK(relkg_ew_is_prep("following") && !relkg_ew_is_prep("of") && relkg_ew_is_det("their") &&
		   !relkg_ew_is_det("this"),
	   "the lists' words");
}

static void corpus_words(void)
{
	static const char *const corpus[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/russia-united-states.txt", "tests/corpus/estonia-russia.txt", NULL};
	relkg_toks w = {0};
	size_t bad = 0, words = 0, found = 0;
	for (const char *const *f = corpus; *f; ++f) {
		char *text = NULL;
		size_t len = 0;
		relkg_diag d = {{0}};
		OK(relkg_input_read(*f, &text, &len, &d) == RELKG_OK, "%s: %s", *f, d.msg);
		if (text && relkg_toks_split(&w, text, 0, len, NULL) == RELKG_OK) {
			for (size_t i = 0; i < w.n; ++i) {
				bad += differs(w.w[i].lower) +
				       (relkg_ew_in_list(w.w[i].lower, relkg_ew_preps) !=
					in_plain(w.w[i].lower, relkg_ew_preps));
				found += relkg_ew_is_prep(w.w[i].lower) + relkg_ew_is_det(w.w[i].lower);
				++words;
			}
		}
		free(text);
	}
	relkg_toks_clear(&w);
	OK(bad == 0, "%zu of %zu words differ", bad, words);
	OK(found > 200, "only %zu prepositions and determiners in %zu words", found, words);
}

/* relkg_ew_in_list against a plain scan with strcmp, for lists of one-
 * and two-byte words too (",", "s", "'", "an"): words of the lists,
 * their look-alikes, one- and two-byte words and the empty word. */
static int in_plain(const char *s, const char *const *list)
{
	for (; *list; ++list) {
		if (strcmp(s, *list) == 0) {
			return 1;
		}
	}
	return 0;
}

static void in_list(void)
{
	static const char *const a[] = {",", "the", "(", ")", "-", ".", "both", NULL};
	static const char *const b[] = {"s", "'", "the", "a", "an", "-", NULL};
	static const char *const c[] = {"has", "have", "is", "are", NULL};
	const char *const *lists[] = {a, b, c, relkg_ew_preps, relkg_ew_dets};
	static const char *const words[] = {"", ",", ",,", "s", "'", "'s", "a", "an", "ann", "th",
		"the", "thee", "their", "i", "is", "it", "ha", "has", "hast", "have", "(", ")", "()",
		"-", "--", ".", "b", "both", "bot", "are", "ar", "aren", "with", "within", "in", "into",
		"o", "on", "of", "by", "b", "to", "t", NULL};
	size_t bad = 0, found = 0;
	for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); ++l) {
		for (size_t k = 0; words[k]; ++k) {
			int want = in_plain(words[k], lists[l]);
			bad += relkg_ew_in_list(words[k], lists[l]) != want;
			found += want;
		}
	}
	EQ_INT(bad, 0);
	OK(found > 20, "only %zu words in the lists", found);
}

int main(void)
{
	in_list();
	lists_and_look_alikes();
	corpus_words();
	return DONE();
}
