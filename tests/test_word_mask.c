/* relkg_word_class_mask and relkg_word_bit_mask answer what a test of
 * each word would, on random text, word starts, class sets and bit sets;
 * no bit past the words given or past 64; the key sets hold the words
 * their tests may hold at, and relkg_word_key_mask reads them;
 * relkg_mask_next walks the set bits in increasing order. */
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "word_mask.h"

static void mask_is_plain(void)
{
	static const char alpha[] = "aZ Mm\xc3\xa9.-qT1";
	char text[301];
	size_t ws[200], bad = 0, set = 0;
	srand(11);
	for (int round = 0; round < 400; ++round) {
		random_text(text, sizeof(text) - 1, alpha, sizeof(alpha) - 1);
		size_t n = (size_t)(rand() % 200);
		for (size_t w = 0; w < n; ++w) {
			ws[w] = (size_t)(rand() % 300);
		}
		uint64_t classes = (uint64_t)rand() << 40 ^ (uint64_t)rand() << 20 ^ (uint64_t)rand();
		if (round % 4 == 0) {
			classes = RELKG_WC_CAPITAL;
		}
		for (size_t w0 = 0; w0 < n || (n == 0 && w0 == 0); w0 += 64) {
			uint64_t got = relkg_word_class_mask(text, ws + w0, n - w0, classes), want = 0;
			for (size_t w = 0; w < 64 && w0 + w < n; ++w) {
				if (relkg_wc_of((unsigned char)text[ws[w0 + w]]) & classes) {
					want |= UINT64_C(1) << w;
				}
			}
			bad += got != want;
			set += got != 0;
			if (n == 0) {
				break;
			}
		}
	}
	OK(bad == 0 && set > 100, "masks equal the word-by-word test (%zu differ, %zu nonzero)",
	   bad, set);
}

/* relkg_word_bit_mask: the bits of a set at the words, none past it. */
static void bit_mask_is_plain(void)
{
	uint64_t set[3];
	size_t ws[100], bad = 0, on = 0;
	srand(5);
	for (int round = 0; round < 300; ++round) {
		for (int k = 0; k < 3; ++k) {
			set[k] = (uint64_t)rand() << 40 ^ (uint64_t)rand() << 20 ^ (uint64_t)rand();
		}
		size_t n_set = (size_t)(rand() % 4), n = (size_t)(rand() % 100);
		for (size_t w = 0; w < n; ++w) {
			ws[w] = (size_t)(rand() % 260); /* past the set too: 0 there */
		}
		for (size_t w0 = 0; w0 < n; w0 += 64) {
			uint64_t got = relkg_word_bit_mask(set, n_set, ws + w0, n - w0), want = 0;
			for (size_t w = 0; w < 64 && w0 + w < n; ++w) {
				size_t p = ws[w0 + w];
				if (p < 64 * n_set && (set[p / 64] >> (p % 64) & 1u)) {
					want |= UINT64_C(1) << w;
				}
			}
			bad += got != want;
			on += got != 0;
		}
	}
	OK(bad == 0 && on > 100, "bit masks equal the word-by-word test (%zu differ, %zu nonzero)",
	   bad, on);
}

/* The key sets hold a word's key exactly when the tests they stand for
 * may hold there (the filter's second byte before the end): every pair
 * of first and second bytes, and a word at the end; and the key mask
 * reads them word by word. */
static void keysets(void)
{
	static const char *const list[] = {"the government of", "met", "Chief", "a letter to",
					   NULL};
	relkg_written_filter f;
	relkg_written_filter_init(&f, list, 0);
	relkg_word_keyset ks = {{0}}, cs = {{0}};
	relkg_word_keyset_add_filter(&ks, &f);
	uint64_t classes = RELKG_WC_CAPITAL | RELKG_WC_LOWER('q');
	relkg_word_keyset_add_classes(&cs, classes);
	size_t bad = 0, in = 0;
	for (unsigned a = 1; a < 256; ++a) {
		for (unsigned b = 0; b < 256; ++b) {
			char two[3] = {(char)a, (char)b, '\0'};
			for (size_t end = 1; end <= 2; ++end) {
				unsigned k = relkg_word_key(two, 0, end);
				int has = (int)(ks.bits[k / 64] >> (k % 64) & 1u);
				int want = (f.at[a] & 1u) && end == 2 && (f.at[b] & 2u);
				/* a superset: a key shared with a byte that passes */
				bad += want && !has;
				in += has;
				int chas = (int)(cs.bits[k / 64] >> (k % 64) & 1u);
				bad += chas != ((relkg_wc_of((unsigned char)a) & classes) != 0);
			}
		}
	}
	/* exact for ASCII letters and spaces: the keys tell those bytes apart */
	const char *yes[] = {"th", "TH", "me", "Ch", "a ", "A "}, *no[] = {"tx", "xh", "a-", "cx", "mq"};
	for (size_t k = 0; k < sizeof(yes) / sizeof(*yes); ++k) {
		unsigned key = relkg_word_key(yes[k], 0, 2);
		bad += !(ks.bits[key / 64] >> (key % 64) & 1u);
	}
	for (size_t k = 0; k < sizeof(no) / sizeof(*no); ++k) {
		unsigned key = relkg_word_key(no[k], 0, 2);
		bad += (int)(ks.bits[key / 64] >> (key % 64) & 1u);
	}
	uint16_t keys[70];
	for (size_t w = 0; w < 70; ++w) {
		keys[w] = (uint16_t)relkg_word_key(w % 3 ? "th" : "tx", 0, 2);
	}
	uint64_t got = relkg_word_key_mask(&ks, keys, 70), want = 0;
	for (size_t w = 0; w < 64; ++w) {
		want |= (uint64_t)(w % 3 != 0) << w;
	}
	OK(bad == 0 && in > 0 && got == want && relkg_word_key_mask(&ks, keys + 64, 6) == 0x1b,
	   "key sets hold the tests' words (%zu wrong)", bad);
}

static void walk_bits(void)
{
	uint64_t bits = UINT64_C(0x8000000000000105);
	unsigned got[4], k = 0;
	while (bits && k < 4) {
		got[k++] = relkg_mask_next(&bits);
	}
	OK(k == 4 && got[0] == 0 && got[1] == 2 && got[2] == 8 && got[3] == 63 && !bits,
	   "bits 0, 2, 8, 63 then none (%u: %u %u %u %u)", k, got[0], got[1], got[2], got[3]);
	bits = UINT64_C(1) << 63;
	OK(relkg_mask_next(&bits) == 63 && bits == 0, "bit 63 alone");
}

int main(void)
{
	mask_is_plain();
	bit_mask_is_plain();
	keysets();
	walk_bits();
	return DONE();
}
