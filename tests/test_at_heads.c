/* The at-list head table (at_heads.h) against its plain reading: for each
 * list of a table, does some word of it fit at i by its first eight bytes
 * (| 0x20), its length and the byte after a short word ending in a letter
 * or digit?  Exactly that, at every i and end of varied texts; and never
 * less than the rules need: wherever relkg_starts_with or relkg_word_in
 * (the word relkg_word_end finds) holds for a word of a list, the list
 * passes. */
#include <stdlib.h>
#include <string.h>

#include "at_heads.h"
#include "harness.h"
#include "words.h"

static int alnum(unsigned char c)
{
	unsigned f = c | 0x20u;
	return (f >= 'a' && f <= 'z') || (c >= '0' && c <= '9');
}

/* The plain reading for one word. */
static int head_fits(const char *t, size_t i, size_t end, const char *w)
{
	size_t n = strlen(w);
	if (n > end - i) {
		return 0;
	}
	for (size_t k = 0; k < n && k < 8; ++k) {
		if (((unsigned char)t[i + k] | 0x20u) != ((unsigned char)w[k] | 0x20u)) {
			return 0;
		}
	}
	return !(n > 0 && n < 8 && alnum((unsigned char)w[n - 1]) && i + n < end &&
		 alnum((unsigned char)t[i + n]));
}

/* The plain reading for a table: bit k when list k is checked (no "" in
 * it, nor a word of one byte no letter or digit) and a word of it fits at
 * i. */
static unsigned plain(const char *const *const *lists, size_t n, const char *t, size_t i,
		      size_t end, unsigned *checked)
{
	unsigned ok = 0;
	*checked = 0;
	for (size_t k = 0; k < n; ++k) {
		int empty = 0, fits = 0;
		for (const char *const *w = lists[k]; w && *w; ++w) {
			empty |= (*w)[0] == '\0' || ((*w)[1] == '\0' && !alnum((unsigned char)(*w)[0]));
			fits |= head_fits(t, i, end, *w);
		}
		if (lists[k] && !empty) {
			*checked |= 1u << k;
			ok |= fits ? 1u << k : 0u;
		}
	}
	return ok;
}

/* Where the rules may match: relkg_starts_with, or relkg_word_in of the
 * word at i, for a word of list k (bit k). */
static unsigned needed(const char *const *const *lists, size_t n, const char *t, size_t i,
		       size_t end)
{
	unsigned m = 0;
	size_t e = relkg_word_end(t, i, end);
	for (size_t k = 0; k < n; ++k) {
		for (const char *const *w = lists[k]; w && *w; ++w) {
			if (relkg_starts_with(t, i, end, *w) || relkg_word_in(t, i, e, (const char *const[]){*w, NULL})) {
				m |= 1u << k;
			}
		}
	}
	return m;
}

/* Differences at every i < end <= strlen(t); *lost counts places a list
 * a rule could match was refused (never allowed). */
static size_t differs(const relkg_at_heads *h, const char *const *const *lists, size_t n,
		      const char *t, size_t *lost, size_t *passed)
{
	size_t len = strlen(t), bad = 0;
	for (size_t end = 1; end <= len; ++end) {
		for (size_t i = 0; i < end; ++i) {
			unsigned checked, want = plain(lists, n, t, i, end, &checked);
			unsigned got = relkg_at_heads_ok(h, t, i, end, 0xFFu);
			if (checked != h->checked || got != want) {
				fprintf(stderr, "  [%.*s] at %zu: table %x, plain %x (checked %x, %x)\n",
					(int)end, t, i, got, want, h->checked, checked);
				++bad;
			}
			*lost += (needed(lists, n, t, i, end) & checked & ~got) != 0;
			*passed += got != 0;
		}
	}
	return bad;
}

static const char *const people[] = {"the government of", "met with", "met", "a meeting with",
	"leader", "counterpart,", "General", "actor", "a", "an", "talks between", NULL};
static const char *const places[] = {"areas", "islands", "the island", "annexation of",
	"disputed", "x-ray", "Islas", "\xc3\x8eles", "\xc3\x8ele", "ab1", "o'", NULL};
static const char *const treaties[] = {"a", "an", "the", "its", "their", "his", NULL};
static const char *const with_empty[] = {"zz", "", NULL};
static const char *const with_comma[] = {"zz", ",", NULL};

static const char *const texts[] = {
	"Putin met with Abe; they met in Tokyo, meeting with the government of Japan.",
	"THE GOVERNMENT OF RUSSIA; a meeting with the leader, leaders and counterpart, actors.",
	"the island of X and the islands; the islanders, the isle. Areas, areasx, areas1.",
	"A treaty, an accord, the pact; its terms, their terms, his, this, that, they, them.",
	"a-b a1 a. a an and ant The Their Its It's x-ray X-Ray x-rays Islas Isla \xc3\x8eles",
	"\xc3\x8ele \xc3\x8elesx ab1 ab12 ab1x o' o'x O'Brien zz zzz z generalgeneral General",
	", ,x zz, a,b",
	"", "a", "an", "met", "th", "the", "areas",
};

static void test_tables(void)
{
	const char *const *const one[] = {people, places, treaties, NULL, with_empty};
	const char *const *const two[] = {treaties, NULL, places, with_comma};
	const char *const *const *tables[] = {one, two};
	const size_t sizes[] = {5, 4};
	size_t bad = 0, lost = 0, passed = 0;
	for (size_t t = 0; t < 2; ++t) {
		relkg_at_heads h;
		relkg_at_heads_init(&h, tables[t], sizes[t]);
		for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
			bad += differs(&h, tables[t], sizes[t], texts[k], &lost, &passed);
		}
	}
	EQ_INT(bad, 0);
	EQ_INT(lost, 0);
	OK(passed > 100, "lists pass at places (%zu)", passed);
}

/* Random texts over a small alphabet that makes matches likely. */
static void test_random(void)
{
	static const char alpha[] = "aAeEmMtTsShHn1 -',.'\xc3\xa9";
	static const char *const words[] = {"at", "AT", "a", "as", "ash", "the", "them", "these",
		"e", "em", "me", "met", "Mes", "-a", "'s", "s,", "t\xc3\xaate", "th", "the ",
		"a1", "tea-set", NULL};
	static const char *const more[] = {"n", "na", "she", "mesh", "shame", NULL};
	const char *const *const lists[] = {words, more};
	relkg_at_heads h;
	relkg_at_heads_init(&h, lists, 2);
	srand(11);
	size_t bad = 0, lost = 0, passed = 0;
	char t[24];
	for (int r = 0; r < 3000; ++r) {
		random_text(t, (size_t)(rand() % 20), alpha, sizeof(alpha) - 1);
		bad += differs(&h, lists, 2, t, &lost, &passed);
	}
	EQ_INT(bad, 0);
	EQ_INT(lost, 0);
	OK(passed > 1000, "random lists pass at places (%zu)", passed);
}

/* Tables over RELKG_AT_HEADS_MAX words check nothing. */
static void test_too_many(void)
{
	static const char *many[RELKG_AT_HEADS_MAX + 2];
	for (size_t k = 0; k <= RELKG_AT_HEADS_MAX; ++k) {
		many[k] = "word";
	}
	const char *const *const lists[] = {many};
	relkg_at_heads h;
	relkg_at_heads_init(&h, lists, 1);
	EQ_INT(h.checked, 0);
	many[RELKG_AT_HEADS_MAX] = NULL;
	relkg_at_heads_init(&h, lists, 1);
	EQ_INT(h.checked, 1);
	EQ_INT(relkg_at_heads_ok(&h, "Word up", 0, 7, 1), 1);
	EQ_INT(relkg_at_heads_ok(&h, "Words up", 0, 8, 1), 0);
}

int main(void)
{
	test_tables();
	test_random();
	test_too_many();
	return DONE();
}
