/* Word hashes (word_hash.h): read eight bytes at a time from a padded
 * buffer they are the hash the careful reading gives, whatever follows
 * the word; words differing anywhere in their first sixteen bytes hash
 * apart; words sharing their first three bytes (what the trigger scan's
 * first test once looked at) get different top sixteen bits. */
#include "word_hash.h"
#include "harness.h"

#include <stdio.h>

/* Lengths 0 to 40, junk or zeros after the word: the padded reading and
 * the careful one agree. */
static void padded_equals_careful(void)
{
	size_t bad = 0;
	for (size_t n = 0; n <= 40; ++n) {
		char a[64], b[64];
		memset(a, 'q', sizeof(a));
		memset(b, '\0', sizeof(b));
		for (size_t k = 0; k < n; ++k) {
			a[k] = b[k] = (char)('a' + (k * 7) % 26);
		}
		a[n] = '\0';
		uint32_t h = relkg_word_hash_of(a);
		bad += relkg_word_hash_padded(a, n) != h || relkg_word_hash_padded(b, n) != h ||
		       relkg_word_hash_of(b) != h;
	}
	EQ_INT(bad, 0);
}

/* One byte changed at each place of a word of 1 to 16 bytes changes the
 * hash; so does the length. */
static void bytes_count(void)
{
	size_t same = 0;
	for (size_t n = 1; n <= 16; ++n) {
		char w[24] = {0}, v[24];
		for (size_t k = 0; k < n; ++k) {
			w[k] = (char)('a' + k);
		}
		uint32_t h = relkg_word_hash_of(w);
		for (size_t k = 0; k < n; ++k) {
			memcpy(v, w, sizeof(v));
			v[k] = 'z';
			same += relkg_word_hash_of(v) == h;
		}
		memcpy(v, w, sizeof(v));
		v[n] = 'a';
		same += relkg_word_hash_of(v) == h;
	}
	EQ_INT(same, 0);
}

/* Words that begin alike ("con...") get different top bits. */
static void prefixes_apart(void)
{
	static const char *const like[] = {"condemn", "continu", "contain", "control", "convers",
		"conclud", "confirm", "consult", "con", "cont"};
	size_t same = 0;
	for (size_t i = 0; i < 10; ++i) {
		for (size_t j = i + 1; j < 10; ++j) {
			same += relkg_word_hash_of(like[i]) >> 16 == relkg_word_hash_of(like[j]) >> 16;
		}
	}
	OK(same <= 1, "%zu pairs of 45 share their top bits", same);
}

int main(void)
{
	padded_equals_careful();
	bytes_count();
	prefixes_apart();
	return DONE();
}
