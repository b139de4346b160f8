/* The sentence splitter on sentences from the dev articles and invented
 * ones: each case is a text and the sentences it must give, in order. */
#include <stdlib.h>

#include "harness.h"
#include "sentence.h"

#define MAXS 8

typedef struct {
	const char *text;
	const char *want[MAXS]; /* NULL-terminated */
} split_case;

static const split_case cases[] = {
	/* citation markers belong to the sentence before them */
	{"making Japan the country surveyed.[2] Next one.",
	 {"making Japan the country surveyed.[2]", "Next one.", NULL}},
	{"Tokyo and Moscow signed.[3][4] The talks ended.",
	 {"Tokyo and Moscow signed.[3][4]", "The talks ended.", NULL}},
	{"He saw it as a threat.[citation needed] Relations cooled.",
	 {"He saw it as a threat.[citation needed]", "Relations cooled.", NULL}},
	/* a marker inside a sentence does not end it */
	{"Its legitimacy was being contested[1] by Western powers. It held.",
	 {"Its legitimacy was being contested[1] by Western powers.", "It held.", NULL}},
	{"As of 2015 matters remain unresolved, [1] and these disputes soured relations.",
	 {"As of 2015 matters remain unresolved, [1] and these disputes soured relations.", NULL}},
	/* initials and dotted acronyms */
	{"Putin worked closely with U.S. President George W. Bush on the war. They met twice.",
	 {"Putin worked closely with U.S. President George W. Bush on the war.", "They met twice.",
	  NULL}},
	{"During the second term, U.S.-Russia relations became strained.",
	 {"During the second term, U.S.-Russia relations became strained.", NULL}},
	{"Sanctions were imposed by the U.S. The embassy closed.",
	 {"Sanctions were imposed by the U.S.", "The embassy closed.", NULL}},
	{"The treaty was signed by J. F. Dulles in San Francisco.",
	 {"The treaty was signed by J. F. Dulles in San Francisco.", NULL}},
	/* titles and other abbreviations */
	{"Dr. Sato met Gen. Ivanov in St. Petersburg on Jan. 5. Both spoke.",
	 {"Dr. Sato met Gen. Ivanov in St. Petersburg on Jan. 5.", "Both spoke.", NULL}},
	{"Trade covered cars, chemicals, etc. The balance favoured Japan.",
	 {"Trade covered cars, chemicals, etc.", "The balance favoured Japan.", NULL}},
	{"Exports, e.g. cars, grew. Imports fell.",
	 {"Exports, e.g. cars, grew.", "Imports fell.", NULL}},
	/* decimals and numbers */
	{"Trade grew by 2.5 percent in 2013. It fell to $1.2 billion later.",
	 {"Trade grew by 2.5 percent in 2013.", "It fell to $1.2 billion later.", NULL}},
	{"See section 1.2.1 for details. Done.",
	 {"See section 1.2.1 for details.", "Done.", NULL}},
	/* quotes */
	{"The ministry claimed the death was caused by a \"stray bullet\".[5] It denied more.",
	 {"The ministry claimed the death was caused by a \"stray bullet\".[5]", "It denied more.",
	  NULL}},
	{"He said \"we will act under the program.\"[6] Then he left.",
	 {"He said \"we will act under the program.\"[6]", "Then he left.", NULL}},
	{"She asked \"why now?\" and left. Nobody answered!",
	 {"She asked \"why now?\" and left.", "Nobody answered!", NULL}},
	{"The minister called it \xE2\x80\x9C" "a mistake.\xE2\x80\x9D Talks resumed.",
	 {"The minister called it \xE2\x80\x9C" "a mistake.\xE2\x80\x9D", "Talks resumed.", NULL}},
	/* a period glued to the next sentence, and brackets */
	{"the Russian White movement.During World War I, troops advanced.",
	 {"the Russian White movement.", "During World War I, troops advanced.", NULL}},
	{"It was warm under Boris Yeltsin (1991\xE2\x80\x93" "99). In the early years, it held.",
	 {"It was warm under Boris Yeltsin (1991\xE2\x80\x93" "99).",
	  "In the early years, it held.", NULL}},
	/* no terminator at all: one sentence */
	{"Embassy of Japan in Moscow", {"Embassy of Japan in Moscow", NULL}},
	{"Is it over? Yes. It is.", {"Is it over?", "Yes.", "It is.", NULL}},
};

typedef struct {
	const char *text;
	size_t n;
	size_t begin[MAXS * 2], end[MAXS * 2];
} collect;

static relkg_status on_sentence(void *ctx, size_t begin, size_t end)
{
	collect *c = ctx;
	if (c->n < MAXS * 2) {
		c->begin[c->n] = begin;
		c->end[c->n] = end;
	}
	c->n++;
	return RELKG_OK;
}

static void check_case(const split_case *k)
{
	collect c = {k->text, 0, {0}, {0}};
	EQ_INT(relkg_sentence_split(k->text, 0, strlen(k->text), on_sentence, &c), RELKG_OK);
	size_t want = 0;
	while (k->want[want]) {
		++want;
	}
	OK(c.n == want, "[%s]: %zu sentences, want %zu", k->text, c.n, want);
	for (size_t i = 0; i < want && i < c.n; ++i) {
		size_t len = c.end[i] - c.begin[i];
		OK(len == strlen(k->want[i]) && strncmp(k->text + c.begin[i], k->want[i], len) == 0,
		   "[%s] sentence %zu: \"%.*s\", want \"%s\"", k->text, i, (int)len,
		   k->text + c.begin[i], k->want[i]);
	}
}

/* A span inside a bigger buffer: offsets stay absolute. */
static void test_offsets(void)
{
	const char *t = "xxxx One. Two.yyy";
	collect c = {t, 0, {0}, {0}};
	EQ_INT(relkg_sentence_split(t, 5, 14, on_sentence, &c), RELKG_OK);
	EQ_INT(c.n, 2);
	EQ_INT(c.begin[0], 5);
	EQ_INT(c.end[0], 9);
	EQ_INT(c.begin[1], 10);
	EQ_INT(c.end[1], 14);
}

/* relkg_sentence_may_end_from against a look at every byte, from every
 * start to every end of texts with each candidate byte at every offset
 * from a block of eight, UTF-8 around them and bytes one bit away. */
static void test_may_end(void)
{
	static const char *const texts[] = {"No end here at all, none; really none",
		"One. Two! Three? Four\xE2\x80\xA6 five \xE2\x80\x94 six.",
		"abcdefg.abcdefgh!abcdefghi?abcdefghij\xE2", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9.",
		"/,>\xAE\xA1\xBF\xE3\xE0\x2E\x21", "", ".", "........", "x"};
	size_t bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		const char *t = texts[k];
		size_t n = strlen(t);
		for (size_t end = 0; end <= n; ++end) {
			for (size_t i = 0; i <= end; ++i) {
				size_t want = i;
				while (want < end && t[want] != '.' && t[want] != '!' && t[want] != '?' &&
				       (unsigned char)t[want] != 0xE2) {
					++want;
				}
				bad += relkg_sentence_may_end_from(t, i, end) != want;
			}
		}
	}
	EQ_INT(bad, 0);
}

int main(void)
{
	test_may_end();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); ++i) {
		check_case(&cases[i]);
	}
	test_offsets();
	return DONE();
}
