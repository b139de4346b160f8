/* The phrase set (phrases.h) against the plain loop it replaces: trying
 * every phrase of the list in order with relkg_starts_with.  The first
 * match (its index and length), or none, must agree at every byte of
 * varied texts: phrases that share first letters or are prefixes of one
 * another ("met with", "met"), either case, punctuation and non-ASCII
 * first bytes, words cut by the end, and random bytes. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "phrases.h"

/* The plain version: the first phrase of the list in order. */
static int plain_at(const char *const *list, const char *t, size_t i, size_t end, size_t *len)
{
	for (const char *const *p = list; *p; ++p) {
		size_t k = relkg_starts_with(t, i, end, *p);
		if (k) {
			*len = k;
			return (int)(p - list);
		}
	}
	return -1;
}

/* Differences between the set and the loop at every i and end of t. */
static size_t differs(const relkg_phrases *s, const char *const *list, const char *t)
{
	size_t n = strlen(t), bad = 0;
	for (size_t end = 0; end <= n; ++end) {
		for (size_t i = 0; i <= end; ++i) {
			size_t a = 0, b = 0;
			int x = relkg_phrases_at(s, t, i, end, &a), y = plain_at(list, t, i, end, &b);
			if (x != y || (x >= 0 && a != b)) {
				fprintf(stderr, "  [%.*s] at %zu: set %d (%zu), plain %d (%zu)\n",
					(int)end, t, i, x, a, y, b);
				++bad;
			}
		}
	}
	return bad;
}

static const char *const people[] = {"the government of", "the administration of",
	"replaced by", "met with", "met", "meeting with", "a meeting with", "leader",
	"counterpart,", "General", "actress", "actor", "", "talks between", NULL};
static const char *const odd[] = {"'s claim", "-based", "\xc3\xa9lan", "1990s", "Z", "z",
	"zz", "(the", "the", "The two", "the two countries", "both nations'", "both nations",
	NULL};

/* Buckets whose phrases share their first bytes, wholly or in part
 * (relkg_phrases.common), and one phrase shorter than the rest. */
static const char *const shared[] = {"the two countries", "both countries", "the two nations",
	"both nations", "the two sides", "both sides", "the two", "both nations'", "thx",
	"bother", "by", "at home", "at", NULL};

static const char *const texts[] = {
	"Putin met with Abe; they met in Tokyo, meeting with the government of Japan.",
	"THE GOVERNMENT OF RUSSIA was replaced by the Administration Of Trump. A meeting with",
	"the actress and the actor, General Smith and general staff; counterpart, counterparts",
	"metwith met, met-with met's Met. talks between talks betweenness leaders leader",
	"'s claims 's claim -based \xc3\xa9lan \xc3\x89lan 1990s 1990 Zz zz z Z (the (The",
	"both nations' both nations both nation the two countries The two The twofold",
	"", "m", "me", "met", "a", "a meeting wit", "the government o",
	"The Two Sides, both SIDES; the two nations' both nations' the twofold, the tw at home",
	"bother both by byte thx Thx. at atHome at home, the two countries the two countrie",
};

static void test_lists(void)
{
	relkg_phrases s;
	OK(relkg_phrases_init(&s, people), "the people phrases fit");
	size_t bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		bad += differs(&s, people, texts[k]);
	}
	EQ_INT(bad, 0);
	OK(relkg_phrases_init(&s, shared), "the shared phrases fit");
	bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		bad += differs(&s, shared, texts[k]);
	}
	EQ_INT(bad, 0);
	OK(relkg_phrases_init(&s, odd), "the odd phrases fit");
	bad = 0;
	for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
		bad += differs(&s, odd, texts[k]);
	}
	EQ_INT(bad, 0);
}

/* Random texts over a small alphabet that makes matches likely. */
static void test_random(void)
{
	static const char alpha[] = "aAeEmMtTsShH -',.'\xc3\xa9";
	static const char *const words[] = {"at", "AT", "a", "as", "ash", "the", "them", "these",
		"e", "em", "me", "met", "Mes", "-a", "'s", "s,", "tête", "th", "the ", NULL};
	relkg_phrases s;
	OK(relkg_phrases_init(&s, words), "the random words fit");
	srand(7);
	size_t bad = 0;
	char t[24];
	for (int r = 0; r < 3000; ++r) {
		random_text(t, (size_t)(rand() % 20), alpha, sizeof(alpha) - 1);
		bad += differs(&s, words, t);
	}
	EQ_INT(bad, 0);
}

static void test_too_many(void)
{
	static const char *many[RELKG_PHRASES_MAX + 2];
	for (size_t k = 0; k <= RELKG_PHRASES_MAX; ++k) {
		many[k] = "word";
	}
	many[RELKG_PHRASES_MAX + 1] = NULL;
	relkg_phrases s;
	OK(!relkg_phrases_init(&s, many), "a list over RELKG_PHRASES_MAX is refused");
	many[RELKG_PHRASES_MAX] = NULL;
	OK(relkg_phrases_init(&s, many), "a list of RELKG_PHRASES_MAX fits");
	size_t len = 0;
	EQ_INT(relkg_phrases_at(&s, "Word up", 0, 7, &len), 0);
	EQ_INT(len, 4);
}

int main(void)
{
	test_lists();
	test_random();
	test_too_many();
	return DONE();
}
