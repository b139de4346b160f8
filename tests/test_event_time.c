/* Relative times (event_time.h): relkg_time_find, which passes over most
 * words on their first two bytes and flags, held to the plain scan that
 * asks relkg_time_relative_at and relkg_time_that_month of every word. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_time.h"
#include "harness.h"
#include "tokens.h"

/* The words and phrases sentences are made of: every shape the two
 * answers look for, every word in them, their look-alikes (same first
 * bytes, other case, other length), and plain words. */
static const char *const vocab[] = {
	"two", "days", "day", "later", "afterwards", "the", "following", "next", "year", "years",
	"month", "months", "week", "weeks", "that", "same", "of", "October", "october", "May",
	"March", "Mar.", "Sept.", "Sept", "June", "Jun", "January", "Dec", "December", "Augusta",
	"Decembers", "April", "Apr", "Nov.", "Feb", "Octopus", "Mayor", "a", "one", "twelve",
	"thirteen", "3", "14", "99", "100", "then", "they", "this", "than", "thee", "theme",
	"dawn", "we", "western", "more", "mo", "ye", "yes", "dates", "wee", "mon", "Moscow",
	"Japan", "visited", "signed", "an", "agreement", ",", ";", ".", "\"", "-", "Same",
	"That", "The", "Year", "Days", "in", "on", "and", "Next", "Following",
	"two days later", "the following year", "the next month", "the next week", "later that year",
	"that same month", "same year", "a month later", "3 weeks afterwards", "twelve years later",
	"that June", "that Jun", "that Mayor", "October of that year", "June of the same year",
	"Jul of that year", "Nov. of the same year", "Julius of that year", "Augusta of that year",
	"Aug of that year", "Sep of that year", "Sept of that year", "Jan of that month",
	"Octopus of the same year", "the following day", "the next years", "thee next year",
	"one day afterwards", "100 days later", "the following months",
};

/* The plain scan relkg_time_find must agree with. */
static size_t plain_find(const relkg_toks *w, const char *text, size_t from, size_t to,
			 relkg_time *out)
{
	memset(out, 0, sizeof(*out));
	for (size_t j = from; j < to; ++j) {
		out->relative = relkg_time_relative_at(w, j, out->shift, &out->keep);
		out->month = out->relative ? 0 : relkg_time_that_month(w, text, j);
		if (out->relative || out->month) {
			return j;
		}
	}
	return to;
}

static int same_time(const relkg_time *a, const relkg_time *b)
{
	return a->relative == b->relative && a->month == b->month &&
	       (!a->relative || (a->keep == b->keep && a->shift[0] == b->shift[0] &&
				 a->shift[1] == b->shift[1] && a->shift[2] == b->shift[2]));
}

/* Random sentences from vocab, every span of words of each. */
static void find_equals_plain(void)
{
	size_t n_vocab = sizeof(vocab) / sizeof(vocab[0]);
	size_t bad = 0, spans = 0, found = 0;
	relkg_toks w = {0};
	srand(7);
	for (int round = 0; round < 3000; ++round) {
		char text[1024];
		size_t len = 0, words = 1 + (size_t)rand() % 14;
		for (size_t k = 0; k < words; ++k) {
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%s", k ? " " : "",
						vocab[(size_t)rand() % n_vocab]);
		}
		if (relkg_toks_split(&w, text, 0, len, NULL) != RELKG_OK) {
			OK(0, "split");
			break;
		}
		for (size_t from = 0; from <= w.n; ++from) {
			for (size_t to = from; to <= w.n; ++to) {
				relkg_time got, want;
				size_t g = relkg_time_find(&w, text, from, to, &got);
				size_t p = plain_find(&w, text, from, to, &want);
				bad += g != p || !same_time(&got, &want);
				found += p < to;
				++spans;
			}
		}
	}
	relkg_toks_clear(&w);
	OK(bad == 0, "%zu of %zu spans differ", bad, spans);
	OK(found > 1000, "only %zu spans tell a time", found);
}

/* The shapes themselves, found where they stand. */
static void shapes(void)
{
	static const struct {
		const char *text;
		size_t at;
		int relative, month;
	} cases[] = {
		{"Two days later , X visited", 0, 1, 0},
		{"X came back the following year", 3, 1, 0},
		{"later that year X left", 1, 1, 0},
		{"X returned that October", 2, 0, 10},
		{"in October of the same year", 1, 0, 10},
		{"X visited Moscow in May", 5, 0, 0},
	};
	relkg_toks w = {0};
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); ++k) {
		const char *t = cases[k].text;
		relkg_time got;
		OK(relkg_toks_split(&w, t, 0, strlen(t), NULL) == RELKG_OK, "split");
		size_t at = relkg_time_find(&w, t, 0, w.n, &got);
		OK(at == cases[k].at && got.relative == cases[k].relative &&
			   got.month == cases[k].month,
		   "\"%s\": at %zu relative %d month %d", t, at, got.relative, got.month);
	}
	relkg_toks_clear(&w);
}

int main(void)
{
	find_equals_plain();
	shapes();
	return DONE();
}
