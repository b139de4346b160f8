/* relkg_word_ends_before_next (word_next.h): wherever it says yes, the
 * word's end (relkg_word_end) comes at or before the next word start, on
 * texts with inner hyphens and apostrophes, initials, possessives and
 * non-ASCII letters; and it says yes between words apart ("Abe met"). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "word_next.h"
#include "words.h"

/* The word starts of t[0..n) beginning with a letter, as
 * relkg_sentence_words lists them; their count. */
static size_t starts(const char *t, size_t n, size_t *ws)
{
	size_t k = 0;
	for (size_t i = 0; i < n; ++i) {
		if (relkg_word_start(t, i) && relkg_is_letter_at(t + i, n - i)) {
			ws[k++] = i;
		}
	}
	return k;
}

/* Words where the function says yes but the word runs past the next
 * start; *yes counts the yeses. */
static size_t wrong(const char *t, size_t *yes)
{
	size_t n = strlen(t), ws[256], bad = 0;
	size_t k = starts(t, n, ws);
	for (size_t w = 0; w < k; ++w) {
		if (!relkg_word_ends_before_next(t, ws, k, w)) {
			continue;
		}
		++*yes;
		if (w + 1 < k && relkg_word_end(t, ws[w], n) > ws[w + 1]) {
			fprintf(stderr, "  [%s] word %zu runs past the next start\n", t, w);
			++bad;
		}
	}
	return bad;
}

static void test_texts(void)
{
	static const char *const texts[] = {
		"Yuzhno-Sakhalinsk and O'Brien met George W.Bush, W. Bush and J.R. Smith.",
		"Russia's claim, Japan\xe2\x80\x99s claim; \xc3\x89lys\xc3\xa9" "e-Palace, caf\xc3\xa9" "-bar",
		"al-Bashir el-Sisi x-y a'b a-'b 1990s-era B2B e.g. i.e. U.S. U.S.A.",
		"Abe met Putin in Tokyo. (Putin) \"Abe\" -- Abe - Putin", "A", "", "a b"};
	size_t yes = 0, bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		bad += wrong(texts[k], &yes);
	}
	EQ_INT(bad, 0);
	OK(yes > 30, "yes at most words (%zu)", yes);
}

static void test_random(void)
{
	static const char alpha[] = "aAzZ -'.,\xc3\xa9\xe2\x80\x99" "0";
	char t[40];
	size_t yes = 0, bad = 0;
	srand(5);
	for (int r = 0; r < 5000; ++r) {
		random_text(t, (size_t)(rand() % 36), alpha, sizeof(alpha) - 1);
		bad += wrong(t, &yes);
	}
	EQ_INT(bad, 0);
}

/* The inner word of "Yuzhno-Sakhalinsk" is no yes for "Yuzhno"; "Abe met"
 * is. */
static void test_answers(void)
{
	const char *t = "Yuzhno-Sakhalinsk Abe met";
	size_t ws[8], k = starts(t, strlen(t), ws);
	EQ_INT(k, 4);
	EQ_INT(relkg_word_ends_before_next(t, ws, k, 0), 0);
	EQ_INT(relkg_word_ends_before_next(t, ws, k, 1), 1);
	EQ_INT(relkg_word_ends_before_next(t, ws, k, 2), 1);
	EQ_INT(relkg_word_ends_before_next(t, ws, k, 3), 1);
}

int main(void)
{
	test_texts();
	test_random();
	test_answers();
	return DONE();
}
