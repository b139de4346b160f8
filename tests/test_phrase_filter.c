/* The phrase filter (phrase_filter.h): wherever a phrase of the list
 * matches (relkg_starts_with), the filter says it may; and it says no at
 * words a phrase only shares four bytes with ("the Russian" for "the
 * government of"), so that it filters at all. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "phrase_filter.h"

static const char *const people[] = {"the government of", "the administration of",
	"replaced by", "met with", "met", "a meeting with", "leader", "counterpart,", "General",
	"actress", "", "talks between", "\xc3\xa9lan", NULL};

/* Places where a phrase matches but the filter says no, at every i and
 * end of t. */
static size_t missed(const relkg_phrase_filter *f, const char *const *list, const char *t)
{
	size_t n = strlen(t), bad = 0;
	for (size_t end = 1; end <= n; ++end) {
		for (size_t i = 0; i < end; ++i) {
			int match = 0;
			for (const char *const *p = list; *p && !match; ++p) {
				match = relkg_starts_with(t, i, end, *p) != 0;
			}
			if (match && !relkg_phrase_filter_may(f, t, i, end)) {
				fprintf(stderr, "  [%.*s] at %zu: a phrase matches, the filter says no\n",
					(int)end, t, i);
				++bad;
			}
		}
	}
	return bad;
}

static void test_no_match_missed(void)
{
	static const char *const texts[] = {
		"Putin met with Abe; they met in Tokyo, meeting with the government of Japan.",
		"THE GOVERNMENT OF RUSSIA was replaced by the Administration Of Trump. A MEETING WITH",
		"the actress, General Smith and general staff; counterpart, counterparts, LEADER",
		"metwith met, met-with met's Met. talks between talks betweenness leaders leader",
		"\xc3\xa9lan \xc3\x89lan the gOvernment of met", "met", "m", ""};
	relkg_phrase_filter f;
	relkg_phrase_filter_init(&f, people);
	size_t bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		bad += missed(&f, people, texts[k]);
	}
	EQ_INT(bad, 0);
}

static void test_random(void)
{
	static const char alpha[] = "aAeEmMtTsShHgG -',.'\xc3\xa9";
	static const char *const words[] = {"at", "AT", "a", "as", "ash", "the g", "them", "these",
		"e", "em", "me", "met", "Mes", "-a", "'s", "s,", "t\xc3\xaate", "the s", "the ",
		"ahead", NULL};
	relkg_phrase_filter f;
	relkg_phrase_filter_init(&f, words);
	srand(11);
	size_t bad = 0;
	char t[24];
	for (int r = 0; r < 3000; ++r) {
		random_text(t, (size_t)(rand() % 20), alpha, sizeof(alpha) - 1);
		bad += missed(&f, words, t);
	}
	EQ_INT(bad, 0);
}

/* It filters: the fifth byte tells "the Russian" from "the government
 * of"; a bucket with a short phrase ("met") lets every word of it by; a
 * first byte no phrase has, none. */
static void test_filters(void)
{
	relkg_phrase_filter f;
	relkg_phrase_filter_init(&f, people);
	const char *t = "the Russian the Government meets zebra";
	size_t n = strlen(t);
	EQ_INT(relkg_phrase_filter_may(&f, t, 0, n), 0);
	EQ_INT(relkg_phrase_filter_may(&f, t, 12, n), 1);
	EQ_INT(relkg_phrase_filter_may(&f, t, 27, n), 1);
	EQ_INT(relkg_phrase_filter_may(&f, t, 33, n), 0);
	EQ_INT(relkg_phrase_filter_may(&f, "the", 0, 3), 0); /* no phrase of 't' fits */
	static const char *const none[] = {NULL};
	relkg_phrase_filter_init(&f, none);
	EQ_INT(relkg_phrase_filter_may(&f, t, 0, n), 0);
}

int main(void)
{
	test_no_match_missed();
	test_random();
	test_filters();
	return DONE();
}
