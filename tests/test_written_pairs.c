/* relkg_last_written_pairs answers as relkg_last_written's own scan
 * does (the filter's pairs turned off; with them on, relkg_last_written
 * itself answers by the pairs, which is checked too): on random texts
 * made of the lists' letters in both cases, spaces and non-ASCII bytes,
 * for every range [b, end) of them, and on the dispute keywords in
 * words; and its filter refuses lists it cannot answer for. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "words.h"
#include "written_pairs.h"

static const char *const keywords[] = {"disput", "conflict", "claim", NULL};
static const char *const one[] = {"ab", NULL};
static const char *const five_firsts[] = {"ab", "bc", "cd", "de", "ab", "ef", NULL};
static const char *const digit[] = {"a1", NULL};
static const char *const short_word[] = {"a", NULL};
static const char *const none[] = {NULL};

static size_t differs(const char *t, size_t len, const char *const *list)
{
	relkg_written_filter f;
	relkg_written_pairs p;
	relkg_written_filter_init(&f, list, 0);
	relkg_written_pairs_init(&p, list);
	relkg_written_filter plain = f, paired = f;
	plain.pairs.ok = 0; /* the byte scan, for reference */
	size_t bad = 0;
	for (size_t b = 0; b <= len; ++b) {
		for (size_t end = b; end <= len; ++end) {
			size_t want = relkg_last_written(t, b, end, list, &plain);
			size_t got = relkg_last_written_pairs(t, b, end, list, &p);
			got = got == relkg_last_written(t, b, end, list, &paired) ? got : (size_t)-2;
			if (got != want && bad++ < 5) {
				fprintf(stderr, "\"%.*s\" [%zu, %zu): %zu, want %zu\n", (int)len, t, b, end,
					got, want);
			}
		}
	}
	return bad;
}

int main(void)
{
	relkg_written_pairs p;
	relkg_written_pairs_init(&p, keywords);
	OK(p.ok, "keywords ok");
	relkg_written_pairs_init(&p, one);
	OK(p.ok, "one ok");
	relkg_written_pairs_init(&p, five_firsts);
	OK(!p.ok, "five pairs refused");
	relkg_written_pairs_init(&p, digit);
	OK(!p.ok, "a digit second refused");
	relkg_written_pairs_init(&p, short_word);
	OK(!p.ok, "one byte refused");
	relkg_written_pairs_init(&p, none);
	OK(!p.ok, "empty list refused");

	static const char alpha[] = "disputDISPUTconflictCLAIM  .\xc3\xa9-";
	char t[97];
	srand(7);
	for (int round = 0; round < 300; ++round) {
		size_t len = (size_t)(rand() % 96);
		random_text(t, len, alpha, sizeof(alpha) - 1);
		OK(differs(t, len, keywords) == 0, "round %d keywords", round);
		OK(differs(t, len, one) == 0, "round %d one", round);
	}
	static const char *const texts[] = {
		"The territorial dispute over the islands, long undisputed, became a conflict.",
		"CLAIMS and counter-claims: Disputes", "claim", "cl", "xxxxxxxxxxxxxxxxxxxxxxxxxxdi",
		"0123456789abcdef0123456789abcdef claim 0123456789abcdef0123456789abcdef", NULL};
	for (const char *const *s = texts; *s; ++s) {
		OK(differs(*s, strlen(*s), keywords) == 0, "%s", *s);
	}
	return DONE();
}
