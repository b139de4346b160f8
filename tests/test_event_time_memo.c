/* relkg_time_memo_find (event_time.h), which scans a sentence's words
 * once and answers every span from the times it found, held to
 * relkg_time_find over the same span: random sentences of time phrases
 * and plain words, every span of each, asked in two orders, and sentences
 * telling more times than the memo keeps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_time.h"
#include "harness.h"
#include "tokens.h"

static const char *const vocab[] = {
	"two days later", "the following year", "the next month", "later that year",
	"that same month", "that June", "October of that year", "June of the same year",
	"a month later", "3 weeks afterwards", "that Mayor", "the", "next", "days", "that",
	"year", "of", "visited", "signed", "Japan", ",", ";", "and", "in", "May", "1975",
	"X", "agreement", "Moscow", "then",
};

static int same_time(const relkg_time *a, const relkg_time *b)
{
	return a->relative == b->relative && a->month == b->month && a->keep == b->keep &&
	       a->shift[0] == b->shift[0] && a->shift[1] == b->shift[1] &&
	       a->shift[2] == b->shift[2];
}

/* Every span of w asked of m, from the last span back when backwards:
 * the spans whose answer differs. */
static size_t spans_differ(relkg_time_memo *m, const relkg_toks *w, const char *text,
			   int backwards, size_t *found)
{
	size_t bad = 0;
	relkg_time_memo_reset(m);
	for (size_t a = 0; a <= w->n; ++a) {
		size_t from = backwards ? w->n - a : a;
		for (size_t to = from; to <= w->n; ++to) {
			relkg_time got, want;
			size_t g = relkg_time_memo_find(m, w, text, from, to, &got);
			size_t p = relkg_time_find(w, text, from, to, &want);
			bad += g != p || !same_time(&got, &want);
			*found += p < to;
		}
	}
	return bad;
}

static void memo_equals_find(void)
{
	size_t n_vocab = sizeof(vocab) / sizeof(vocab[0]);
	size_t bad = 0, found = 0, full = 0;
	relkg_toks w = {0};
	relkg_time_memo m;
	srand(11);
	for (int round = 0; round < 2000; ++round) {
		char text[2048];
		size_t len = 0, words = 1 + (size_t)rand() % (round % 4 ? 12 : 40);
		for (size_t k = 0; k < words; ++k) {
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%s", k ? " " : "",
						vocab[(size_t)rand() % n_vocab]);
		}
		if (relkg_toks_split(&w, text, 0, len, NULL) != RELKG_OK) {
			OK(0, "split");
			break;
		}
		bad += spans_differ(&m, &w, text, round % 2, &found);
		full += m.full;
	}
	relkg_toks_clear(&w);
	OK(bad == 0, "%zu spans differ", bad);
	OK(found > 1000, "only %zu spans tell a time", found);
	OK(full > 10, "only %zu sentences tell more times than the memo keeps", full);
}

/* A memo reset for a new sentence answers from its words, not the last. */
static void reset_forgets(void)
{
	static const char *const a = "Two days later X came back", *const b = "X left that June";
	relkg_toks w = {0};
	relkg_time_memo m;
	relkg_time got;
	OK(relkg_toks_split(&w, a, 0, strlen(a), NULL) == RELKG_OK, "split");
	relkg_time_memo_reset(&m);
	EQ_INT(relkg_time_memo_find(&m, &w, a, 0, w.n, &got), 0);
	EQ_INT(got.relative, 1);
	OK(relkg_toks_split(&w, b, 0, strlen(b), NULL) == RELKG_OK, "split");
	relkg_time_memo_reset(&m);
	EQ_INT(relkg_time_memo_find(&m, &w, b, 0, w.n, &got), 2);
	EQ_INT(got.month, 6);
	EQ_INT(relkg_time_memo_find(&m, &w, b, 0, 2, &got), 2);
	EQ_INT(got.month, 0);
	relkg_toks_clear(&w);
}

/* The time words' set is theirs, and a set without any says no. */
static void time_words(void)
{
	static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
		"year", "years", "that", NULL};
	relkg_word_keys none = {{0}}, other = {{0}};
	for (size_t k = 0; units[k]; ++k) {
		relkg_word_keys one = {{0}};
		relkg_word_keys_add_word(&one, units[k]);
		OK(relkg_time_words_in(&one), "\"%s\" may tell a time", units[k]);
	}
	OK(!relkg_time_words_in(&none), "no word tells no time");
	static const char *const others[] = {"visited", "the", "later", "next", "following",
		"October", "signed", "in", "of", "same", NULL};
	size_t in = 0;
	for (size_t k = 0; others[k]; ++k) {
		relkg_word_keys_add_word(&other, others[k]);
		in += relkg_time_words_in(&other);
	}
	/* the set is exactly the nine words' bits: made again, it says the same
	 * of each of 256 one-bit sets */
	relkg_word_keys made = {{0}};
	for (size_t k = 0; units[k]; ++k) {
		relkg_word_keys_add_word(&made, units[k]);
	}
	size_t bad = 0;
	for (unsigned b = 0; b < 256; ++b) {
		relkg_word_keys one = {{0}};
		relkg_word_keys_add(&one, b);
		bad += relkg_time_words_in(&one) != relkg_word_keys_within(&one, &made);
	}
	EQ_INT(bad, 0);
	EQ_INT(in, 0);
	/* a memo told "none" answers none */
	relkg_time_memo m;
	relkg_toks w = {0};
	relkg_time got;
	static const char *const t = "Two days later X came back";
	OK(relkg_toks_split(&w, t, 0, strlen(t), NULL) == RELKG_OK, "split");
	relkg_time_memo_reset(&m);
	relkg_time_memo_none(&m);
	EQ_INT(relkg_time_memo_find(&m, &w, t, 0, w.n, &got), w.n);
	EQ_INT(got.relative, 0);
	relkg_toks_clear(&w);
}

int main(void)
{
	memo_equals_find();
	time_words();
	reset_forgets();
	return DONE();
}
