/* line_scan.c against the plain versions it replaced in the text reader:
 * a word count read to the end of the line, and strncasecmp of every
 * word at every position.  Random lines mix spaces, tabs, letters of both
 * cases, bytes above 0x7F and pieces of the keywords (whole, cut short,
 * at the line's end), looked for in random lists that include one-byte
 * and non-ASCII words. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "line_scan.h"

static unsigned long seed = 4242;

static unsigned next_rand(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

static size_t plain_words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; ++i) {
		int sp = s[i] == ' ' || s[i] == '\t';
		if (!sp && !in) {
			++w;
		}
		in = !sp;
	}
	return w;
}

static int plain_has_any(const char *s, size_t n, const char *const *words)
{
	for (size_t i = 0; i < n; ++i) {
		for (const char *const *w = words; *w; ++w) {
			size_t k = strlen(*w);
			if (i + k <= n && strncasecmp(s + i, *w, k) == 0) {
				return 1;
			}
		}
	}
	return 0;
}

static const char *const pool[] = {"licence", "license", "copyright", "\xC2\xA9",
	"terms of use", "privacy policy", "trademark", "rights reserved", "creative commons",
	"retrieved from \"http", "this page was last", "a", "Z", "\xE2\x80\x93", "x y",
	"tt", "T\tT", "\xC3\xA9t\xC3\xA9", "Lic", "e"};
#define N_POOL (sizeof(pool) / sizeof(*pool))

/* A random line into s (at most 200 bytes): filler and keyword pieces. */
static size_t random_line(char *s)
{
	static const char filler[] = " \t bBcCdDlLtTzZ.,\xC2\xA9\xE2\x80\x93\xC3\xA9\xFF";
	size_t n = 0, want = next_rand() % 200;
	while (n < want) {
		if (next_rand() % 16 == 0) {
			const char *w = pool[next_rand() % N_POOL];
			size_t k = strlen(w), cut = next_rand() % 3 == 0 ? next_rand() % (k + 1) : k;
			if (n + cut > 200) {
				break;
			}
			for (size_t i = 0; i < cut; ++i) { /* in either case */
				char c = w[i];
				s[n + i] = next_rand() % 2 && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
			}
			n += cut;
		} else {
			s[n++] = filler[next_rand() % (sizeof(filler) - 1)];
		}
	}
	return n;
}

static void test_words_upto(void)
{
	char s[256];
	size_t wrong = 0;
	for (int round = 0; round < 20000; ++round) {
		size_t n = random_line(s), max = next_rand() % 40;
		size_t all = plain_words(s, n), want = all < max ? all : max;
		wrong += relkg_line_words_upto(s, n, max) != want;
	}
	OK(wrong == 0, "word counts up to a bound as counted in full (%zu wrong)", wrong);
}

static void test_has_any(void)
{
	char s[256];
	size_t wrong = 0, found = 0;
	for (int round = 0; round < 20000; ++round) {
		const char *words[N_POOL + 1];
		size_t k = 0;
		for (size_t i = 0; i < N_POOL; ++i) {
			if (next_rand() % 3 == 0) {
				words[k++] = pool[i];
			}
		}
		words[k] = NULL;
		relkg_line_keys keys;
		if (!relkg_line_keys_init(&keys, words)) {
			++wrong;
			continue;
		}
		size_t n = random_line(s);
		int want = plain_has_any(s, n, words);
		found += (size_t)want;
		wrong += relkg_line_has_any(s, n, &keys) != want;
	}
	OK(wrong == 0, "keyword scan as strncasecmp everywhere (%zu wrong)", wrong);
	OK(found > 2000 && found < 18000, "lines with and without a keyword (%zu with)", found);
}

static void test_too_many(void)
{
	const char *words[RELKG_LINE_KEYS_MAX + 2];
	for (size_t i = 0; i < RELKG_LINE_KEYS_MAX + 1; ++i) {
		words[i] = "w";
	}
	words[RELKG_LINE_KEYS_MAX + 1] = NULL;
	relkg_line_keys keys;
	OK(relkg_line_keys_init(&keys, words) == 0, "a list too long is refused");
	words[RELKG_LINE_KEYS_MAX] = NULL;
	OK(relkg_line_keys_init(&keys, words) == 1, "a list of the most words is taken");
}

int main(void)
{
	test_words_upto();
	test_has_any();
	test_too_many();
	return DONE();
}
