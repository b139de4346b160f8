/* Sentence words: one relkg_toks reused across sentences (its arena grown
 * in the middle of a split, strings moved) gives the words a fresh one
 * gives, and every word's strings are its lower-cased text and that
 * text's stem. */
#include "tokens.h"
#include "harness.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>

#include "input.h"
#include "word_hash.h"

/* Is tok the word text[begin, end) lower-cased, stemmed as another
 * stemmer (ref) stems it, with the hash bits of both strings? */
static int word_right(const relkg_tok *x, const char *text, relkg_stemmer *ref)
{
	/* the trigger scan's bits: the top of relkg_word_hash of each string */
	if (x->key_lower != relkg_word_hash_of(x->lower) >> 16 ||
	    x->key_stem != relkg_word_hash_of(x->stem) >> 16) {
		return 0;
	}
	if (x->flags & RELKG_TK_PUNCT) {
		return strlen(x->lower) <= 1 && x->stem == x->lower;
	}
	size_t n = x->end - x->begin;
	if (strlen(x->lower) != n) {
		return 0;
	}
	for (size_t k = 0; k < n; ++k) {
		if (x->lower[k] != (char)tolower((unsigned char)text[x->begin + k])) {
			return 0;
		}
	}
	const char *s = relkg_stem(ref, x->lower, n);
	return s && strcmp(s, x->stem) == 0;
}

static int same_tok(const relkg_tok *a, const relkg_tok *b)
{
	return a->begin == b->begin && a->end == b->end && a->flags == b->flags &&
	       strcmp(a->lower, b->lower) == 0 && strcmp(a->stem, b->stem) == 0;
}

/* Splits text[b, e) into the reused words and a fresh one; counts words
 * that differ or are wrong. */
static size_t check_span(relkg_toks *reused, const char *text, size_t b, size_t e,
			 relkg_stemmer *ref, size_t *words)
{
	relkg_toks fresh = {0};
	relkg_stemmer *st = relkg_stemmer_new();
	size_t bad = 0;
	if (!st || relkg_toks_split(reused, text, b, e, relkg_stemmer_thread()) != RELKG_OK ||
	    relkg_toks_split(&fresh, text, b, e, st) != RELKG_OK || fresh.n != reused->n) {
		bad = 1;
	}
	for (size_t i = 0; !bad && i < reused->n; ++i) {
		bad += !same_tok(&reused->w[i], &fresh.w[i]) ||
		       !word_right(&reused->w[i], text, ref);
		++*words;
	}
	relkg_toks_clear(&fresh);
	relkg_stemmer_free(st);
	return bad;
}

/* Every line of the dev articles through one reused relkg_toks. */
static void test_corpus(relkg_stemmer *ref)
{
	static const char *const corpus[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/russia-united-states.txt", "tests/corpus/estonia-russia.txt", NULL};
	relkg_toks w = {0};
	size_t words = 0, bad = 0;
	for (const char *const *f = corpus; *f; ++f) {
		char *text = NULL;
		size_t len = 0;
		relkg_diag d = {{0}};
		OK(relkg_input_read(*f, &text, &len, &d) == RELKG_OK, "%s: %s", *f, d.msg);
		for (size_t b = 0; text && b < len;) {
			size_t e = b;
			while (e < len && text[e] != '\n') {
				++e;
			}
			bad += check_span(&w, text, b, e, ref, &words);
			b = e + 1;
		}
		free(text);
	}
	EQ_INT(bad, 0);
	OK(words > 2000, "%zu words", words);
	relkg_toks_clear(&w);
}

/* A short sentence, then one long enough that the arena grows (and
 * moves) while it is split, then the short one again. */
static void test_growth(relkg_stemmer *ref)
{
	static const char *const parts[] = {"Visitations ", "\xE2\x80\x9CQuoted\xE2\x80\x9D ",
		"took, ", "MEETINGS; ", "1993 ", "l\xC3\xA9gations ", "sanctioned-", "$5 "};
	char *text = malloc(64 * 1024);
	OK(text != NULL, "memory");
	if (!text) {
		return;
	}
	size_t len = 0;
	for (size_t k = 0; len < 60000; ++k) {
		len += (size_t)snprintf(text + len, 64, "%s%zuth ", parts[k % 8], k);
	}
	relkg_toks w = {0};
	size_t words = 0, bad = 0;
	bad += check_span(&w, text, 0, 40, ref, &words);
	char *before = w.chars;
	bad += check_span(&w, text, 0, len, ref, &words);
	OK(w.chars != before && w.ccap >= w.clen, "the arena grew");
	bad += check_span(&w, text, 0, 40, ref, &words);
	EQ_INT(bad, 0);
	OK(words > 10000, "%zu words", words);
	relkg_toks_clear(&w);
	free(text);
}

/* Sentences, each split by a fresh relkg_toks, of marks and short words
 * whose stems are longer than they are ("met" is "meet"): the densest
 * arena, the stems put between the lower-cased words the split reserved
 * room for first.  Random orders and lengths about where that reserve,
 * twice the bytes, passes the arena's first size (1024), so the stems
 * reach its end at every byte in turn. */
static void test_dense_stems(relkg_stemmer *ref)
{
	static const char *const parts[] = {"met,", "led;", "shot.", "Met ", "won-", "(", "a)",
		"ab "};
	char text[1200];
	size_t bad = 0, words = 0;
	srand(11);
	for (int round = 0; round < 3000; ++round) {
		size_t len = 0, want = 380 + (size_t)rand() % 160;
		while (len < want) {
			len += (size_t)snprintf(text + len, sizeof(text) - len, "%s",
						parts[(size_t)rand() % 8]);
		}
		relkg_toks w = {0};
		bad += check_span(&w, text, 0, len, ref, &words);
		relkg_toks_clear(&w);
	}
	EQ_INT(bad, 0);
}

/* A word whose stem is another string gets a lending stemmer's kept copy
 * (relkg_stem_kept), not one of its own in the arena, and it is right;
 * a word its own stem and a mark keep theirs in the arena. */
static void test_kept_stems(relkg_stemmer *ref)
{
	static const char text[] = "Visitations took place, ratified by Met officials.";
	relkg_stemmer *st = relkg_stemmer_new_lending();
	relkg_toks w = {0};
	OK(st && relkg_toks_split(&w, text, 0, sizeof(text) - 1, st) == RELKG_OK, "split");
	size_t bad = 0, kept = 0;
	for (size_t i = 0; st && i < w.n; ++i) {
		const relkg_tok *x = &w.w[i];
		int in_arena = (uintptr_t)x->stem - (uintptr_t)w.chars < w.clen;
		bad += !word_right(x, text, ref);
		if (x->stem == x->lower) {
			bad += !in_arena;
		} else {
			bad += in_arena || !relkg_stem_kept(st, x->stem);
			++kept;
		}
	}
	EQ_INT(bad, 0);
	OK(kept >= 4, "%zu stems kept", kept); /* visitations took ratified officials */
	relkg_toks_clear(&w);
	relkg_stemmer_free(st);
}

/* A split with no stemmer: stems are the lower-cased words. */
static void test_no_stemmer(void)
{
	relkg_toks w = {0};
	const char *s = "Japan Visited \"Russia\" 1993.";
	OK(relkg_toks_split(&w, s, 0, strlen(s), NULL) == RELKG_OK, "split");
	EQ_INT(w.n, 7);
	if (w.n == 7) {
		EQ_STR(w.w[1].lower, "visited");
		OK(w.w[1].stem == w.w[1].lower, "no stem without a stemmer");
		OK((w.w[3].flags & RELKG_TK_QUOTED) && (w.w[3].flags & RELKG_TK_CAP), "quoted cap");
		OK(w.w[5].flags & RELKG_TK_NUMBER, "number");
		OK(relkg_tok_is(&w, 6, ".") && !relkg_tok_is(&w, 7, "."), "tok_is");
	}
	relkg_toks_clear(&w);
	relkg_toks_clear(&w);
}

/* Every byte between two letters splits as <ctype.h> classes it: a
 * letter or digit (or a UTF-8 byte) joins the word, white space and '$'
 * are dropped, anything else is a mark of its own. */
static void test_byte_classes(void)
{
	size_t bad = 0;
	relkg_toks w = {0};
	for (int c = 1; c < 256; ++c) {
		char s[4] = {'X', (char)c, 'b', '\0'};
		if (relkg_toks_split(&w, s, 0, 3, NULL) != RELKG_OK) {
			++bad;
			continue;
		}
		int word = isalnum(c) || c >= 0x80, drop = isspace(c) || c == '$';
		size_t want = word ? 1 : drop ? 2 : 3;
		char low[4] = {'x', (char)tolower(c), 'b', '\0'};
		bad += w.n != want || (word && strcmp(w.w[0].lower, low) != 0) ||
		       (want == 3 && w.w[1].lower[0] != (char)c);
		bad += word && (w.w[0].flags & RELKG_TK_NUMBER);
	}
	const char *d = "1994 Q9";
	bad += relkg_toks_split(&w, d, 0, strlen(d), NULL) != RELKG_OK || w.n != 2 ||
	       w.w[0].flags != RELKG_TK_NUMBER || w.w[1].flags != RELKG_TK_CAP;
	EQ_INT(bad, 0);
	relkg_toks_clear(&w);
}

/* The scan eight bytes at a time (a word with eight bytes or more left
 * before the span's end) against the byte loop (a word at the span's
 * end): every byte c at every place k of a long run of letters or of
 * digits splits the run as test_byte_classes says, lower-cases it and
 * flags a run of digits only as a number. */
static void test_long_words(void)
{
	size_t bad = 0;
	relkg_toks w = {0};
	for (int c = 1; c < 256; ++c) {
		for (size_t k = 0; k < 20; ++k) {
			for (int digits = 0; digits < 2; ++digits) {
				char s[24];
				for (size_t j = 0; j < 21; ++j) {
					s[j] = digits ? (char)('0' + j % 10) : (char)("QwErTyUiOp"[j % 10]);
				}
				s[k] = (char)c;
				s[21] = '\0';
				if (relkg_toks_split(&w, s, 0, 21, NULL) != RELKG_OK) {
					++bad;
					continue;
				}
				int word = isalnum(c) || c >= 0x80, drop = isspace(c) || c == '$';
				size_t runs = (k > 0) + (k < 20); /* the letters before c, after */
				size_t want = word ? 1 : drop ? runs : runs + 1;
				bad += w.n != want;
				for (size_t j = 0; j < w.n && j < want; ++j) {
					const relkg_tok *x = &w.w[j];
					size_t n = x->end - x->begin;
					int number = 1;
					for (size_t q = 0; q < n; ++q) {
						number = number && isdigit((unsigned char)s[x->begin + q]);
						bad += x->lower[q] != (char)tolower((unsigned char)s[x->begin + q]);
					}
					bad += x->lower[n] != '\0' ||
					       !(x->flags & RELKG_TK_PUNCT) != !(n == 1 && !word && !drop &&
										 x->begin == k);
					bad += !(x->flags & RELKG_TK_PUNCT) &&
					       !(x->flags & RELKG_TK_NUMBER) != !number;
				}
			}
		}
	}
	EQ_INT(bad, 0);
	relkg_toks_clear(&w);
}

int main(void)
{
	relkg_stemmer *ref = relkg_stemmer_new();
	OK(ref != NULL, "stemmer");
	if (ref) {
		test_corpus(ref);
		test_growth(ref);
		test_dense_stems(ref);
		test_kept_stems(ref);
	}
	test_no_stemmer();
	test_byte_classes();
	test_long_words();
	relkg_stemmer_free(ref);
	return DONE();
}
