/* Stems: Porter2 after lower-casing, irregular verbs through their base
 * form; and the per-thread cache returns what a cold stemmer returns, for
 * repeated words, words that share a cache slot, long words and case
 * variants. */
#include "stem.h"
#include "harness.h"
#include "word_hash.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdlib.h>

/* Stem of w from st, copied (the stemmer's string lives until its next
 * call). */
static void stem_into(relkg_stemmer *st, const char *w, char *out, size_t cap)
{
	const char *s = relkg_stem(st, w, strlen(w));
	snprintf(out, cap, "%s", s ? s : "(null)");
}

/* Stems of thousands of words (more than the cache has slots, so slots
 * are filled and overwritten), asked three times over, equal what
 * libstemmer itself says. */
static void cache_equals_snowball(void)
{
	relkg_stemmer *st = relkg_stemmer_new();
	struct sb_stemmer *sb = sb_stemmer_new("english", "UTF_8");
	OK(st && sb, "stemmers");
	if (!st || !sb) {
		relkg_stemmer_free(st);
		sb_stemmer_delete(sb);
		return;
	}
	char w[64], a[80], b[80];
	size_t bad = 0, tried = 0;
	for (int round = 0; round < 3; ++round) {
		for (unsigned i = 0; i < 6000; ++i) {
			snprintf(w, sizeof(w), "%cword%uing%s", 'a' + (int)(i % 26), i * 7919u % 10007u,
				 i % 3 ? "s" : "ed");
			stem_into(st, w, a, sizeof(a));
			const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)strlen(w));
			snprintf(b, sizeof(b), "%.*s", r ? sb_stemmer_length(sb) : 0, r ? (const char *)r : "");
			bad += strcmp(a, b) != 0;
			++tried;
		}
	}
	OK(bad == 0 && tried == 18000, "%zu of %zu stems differ from libstemmer", bad, tried);
	relkg_stemmer_free(st);
	sb_stemmer_delete(sb);
}

/* relkg_stem_lower's shortcut for words of two bytes or fewer (returned
 * as they are) against the whole path, relkg_stem through the irregular
 * table and Snowball: every string of one or two bytes a lower-cased
 * word may hold (ASCII lower-case letters and digits, bytes >= 0x80). */
static void short_words_own_stems(void)
{
	relkg_stemmer *st = relkg_stemmer_new(), *ref = relkg_stemmer_new();
	OK(st && ref, "stemmers");
	unsigned char bytes[256];
	size_t n_bytes = 0, bad = 0, tried = 0;
	for (unsigned c = 1; c < 256; ++c) {
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
			bytes[n_bytes++] = (unsigned char)c;
		}
	}
	for (size_t i = 0; st && ref && i < n_bytes; ++i) {
		for (size_t j = 0; j <= n_bytes; ++j) { /* j == n_bytes: one byte */
			char w[3] = {(char)bytes[i], j < n_bytes ? (char)bytes[j] : '\0', '\0'};
			size_t n = strlen(w);
			const char *got = relkg_stem_lower(st, w, n), *want = relkg_stem(ref, w, n);
			bad += !got || !want || strcmp(got, want) != 0;
			++tried;
		}
	}
	/* and every three-letter word, which is no longer its own stem
	 * always ("met" is "meet"): the shortcut must stop at two */
	for (char a = 'a'; st && ref && a <= 'z'; ++a) {
		for (char b = 'a'; b <= 'z'; ++b) {
			for (char c = 'a'; c <= 'z'; ++c) {
				char w[4] = {a, b, c, '\0'};
				const char *got = relkg_stem_lower(st, w, 3);
				char keep[80];
				snprintf(keep, sizeof(keep), "%s", got ? got : "(null)");
				const char *want = relkg_stem(ref, w, 3);
				bad += !want || strcmp(keep, want) != 0;
				++tried;
			}
		}
	}
	OK(bad == 0 && tried > 40000, "%zu of %zu short words differ", bad, tried);
	relkg_stemmer_free(st);
	relkg_stemmer_free(ref);
}

/* relkg_stem_lower8 reads eight bytes at the word whatever its length:
 * the bytes after the word's NUL (here junk that would extend it, 'x')
 * change nothing.  Words of 3 to 22 bytes (the memo's entries tell words
 * of sixteen bytes or fewer apart by their first and last eight), each
 * asked twice (the memo answers the second time), equal a fresh
 * relkg_stem's, with the stem's length and both hashes, and the word
 * itself is returned exactly when it is its own stem. */
static void lower8_ignores_after(void)
{
	relkg_stemmer *st = relkg_stemmer_new(), *ref = relkg_stemmer_new();
	OK(st && ref, "stemmers");
	static const char *const words[] = {"met", "visits", "signing", "agreement",
		"negotiations", "ratification", "normalizations", "counterrevolutionaries",
		"visitsx", "took", "relations", "abcdefgh", "abcdefghi", "x12345678",
		"abcdefghqqqqabcdefgh", "abcdefghrrrrabcdefgh", "internationalization",
		"internationalisation", "negotiatingnegotiat"};
	size_t bad = 0, tried = 0;
	for (int pass = 0; st && ref && pass < 2; ++pass) {
		for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); ++i) {
			for (size_t n = 3; n <= strlen(words[i]); ++n) {
				char buf[40];
				memset(buf, 'x', sizeof(buf));
				memcpy(buf, words[i], n);
				buf[n] = '\0';
				size_t len = 999;
				uint32_t h[2] = {0, 0};
				const char *got = relkg_stem_lower8(st, buf, n, &len, h);
				char keep[80];
				snprintf(keep, sizeof(keep), "%s", got ? got : "(null)");
				/* w itself exactly when the word is its own stem */
				int own = got == buf;
				const char *want = relkg_stem(ref, buf, n);
				bad += !want || strcmp(keep, want) != 0 || len != strlen(keep) ||
				       own != (strcmp(want, buf) == 0);
				/* the hashes of the word and of its stem */
				bad += h[0] != relkg_word_hash_of(buf) || h[1] != relkg_word_hash_of(keep);
				++tried;
			}
		}
	}
	OK(bad == 0 && tried > 100, "%zu of %zu words differ", bad, tried);
	relkg_stemmer_free(st);
	relkg_stemmer_free(ref);
}

/* The memo grows (doubling, every entry placed again by the hash made
 * anew from its first and last eight bytes and length) and still answers
 * as a fresh stemmer does: 6000 distinct words, several of them longer
 * than sixteen bytes and equal but in the middle (one hash, told apart by
 * their bytes), each asked before and after the growths, with the stem's
 * length and hash. */
static void memo_grows_keeps_answers(void)
{
	relkg_stemmer *st = relkg_stemmer_new(), *ref = relkg_stemmer_new();
	OK(st && ref, "stemmers");
	size_t bad = 0, tried = 0;
	for (int pass = 0; st && ref && pass < 2; ++pass) {
		for (unsigned i = 0; i < 6000; ++i) {
			char buf[48];
			memset(buf, 'x', sizeof(buf));
			int n = i % 3 ? snprintf(buf, 40, "%s%u%s", i % 2 ? "visit" : "negotiat", i,
						 i % 5 ? "ions" : "ed")
				      : snprintf(buf, 40, "internation%05ualizations", i);
			buf[n] = '\0';
			size_t len = 999;
			uint32_t h[2] = {0, 0};
			const char *got = relkg_stem_lower8(st, buf, (size_t)n, &len, h);
			char keep[80];
			snprintf(keep, sizeof(keep), "%s", got ? got : "(null)");
			const char *want = relkg_stem(ref, buf, (size_t)n);
			bad += !want || strcmp(keep, want) != 0 || len != strlen(keep) ||
			       (got == buf) != (strcmp(want, buf) == 0) ||
			       h[0] != relkg_word_hash_of(buf) || h[1] != relkg_word_hash_of(keep);
			++tried;
		}
	}
	OK(bad == 0 && tried == 12000, "%zu of %zu words differ", bad, tried);
	relkg_stemmer_free(st);
	relkg_stemmer_free(ref);
}

/* A stem the memo of a lending stemmer keeps (relkg_stem_kept) stays
 * where it is, unchanged,
 * while tens of thousands of words more are stemmed (the memo fills to
 * its bound); once the memo is full a new word's stem is the scratch
 * buffer's, not kept, and still right; the caller's own word and foreign
 * pointers are never kept. */
static void kept_stems_stay(void)
{
	relkg_stemmer *st = relkg_stemmer_new_lending(), *ref = relkg_stemmer_new();
	OK(st && ref, "stemmers");
	if (!st || !ref) {
		relkg_stemmer_free(st);
		relkg_stemmer_free(ref);
		return;
	}
	char probe[32] = "x";
	OK(!relkg_stem_kept(st, probe), "nothing kept by a new stemmer");
	char w[40] = "visitations";
	size_t len;
	uint32_t h[2];
	const char *first = relkg_stem_lower8(st, w, strlen(w), &len, h);
	OK(first && relkg_stem_kept(st, first) == first && strcmp(first, "visit") == 0,
	   "visitations kept, the very string");
	const char *again = relkg_stem_lower8(st, w, strlen(w), &len, h);
	OK(again == first, "the memo's copy, again");
	char own[16] = "visit";
	const char *self = relkg_stem_lower8(st, own, 5, &len, h);
	OK(self == own && !relkg_stem_kept(st, self), "a word its own stem: the word, not kept");
	OK(!relkg_stem_kept(st, probe) && !relkg_stem_kept(st, w), "foreign pointers");
	size_t bad = 0, kept = 0, scratch = 0;
	for (unsigned i = 0; i < 70000; ++i) {
		int n = snprintf(w, sizeof(w), "w%05uizations", i);
		const char *got = relkg_stem_lower8(st, w, (size_t)n, &len, h);
		int k = got && relkg_stem_kept(st, got);
		kept += k;
		scratch += got && !k && got != w;
		if (i % 97 == 0 || i > 65000) {
			char keep[64];
			snprintf(keep, sizeof(keep), "%s", got ? got : "(null)");
			const char *want = relkg_stem(ref, w, (size_t)n);
			bad += !want || strcmp(keep, want) != 0 || len != strlen(keep);
		}
	}
	EQ_INT(bad, 0);
	OK(kept > 60000 && scratch > 0, "%zu kept, %zu in the scratch buffer", kept, scratch);
	OK(strcmp(first, "visit") == 0 && relkg_stem_kept(st, first), "the first stem stayed");
	/* a stemmer that does not lend: never kept, however often asked */
	const char *other = relkg_stem_lower8(ref, "visitations", 11, &len, h);
	other = relkg_stem_lower8(ref, "visitations", 11, &len, h);
	OK(other && strcmp(other, "visit") == 0 && !relkg_stem_kept(ref, other),
	   "a plain stemmer lends nothing");
	relkg_stemmer_free(st);
	relkg_stemmer_free(ref);
}

/* A word of digits only, of up to RELKG_STEM_MAX bytes, is its own stem
 * (what tokens.c relies on to skip the stemmer for numbers): every length,
 * every digit in every place, as Snowball itself stems them. */
static void numbers_own_stems(void)
{
	struct sb_stemmer *sb = sb_stemmer_new("english", "UTF_8");
	relkg_stemmer *st = relkg_stemmer_new();
	OK(sb && st, "stemmers");
	size_t bad = 0;
	char w[RELKG_STEM_MAX + 1];
	for (size_t n = 1; sb && st && n <= RELKG_STEM_MAX; ++n) {
		for (unsigned v = 0; v < 200; ++v) {
			for (size_t k = 0; k < n; ++k) {
				w[k] = (char)('0' + (v * 7u + k * (v % 13u + 1u) + (k == n - 1 ? v : 0)) % 10u);
			}
			w[n] = '\0';
			const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)w, (int)n);
			bad += !r || (size_t)sb_stemmer_length(sb) != n || memcmp(r, w, n) != 0;
			const char *s = relkg_stem(st, w, n);
			bad += !s || strcmp(s, w) != 0;
		}
	}
	EQ_INT(bad, 0);
	sb_stemmer_delete(sb);
	relkg_stemmer_free(st);
}

/* What one thread saw of its own stemmer. */
typedef struct {
	relkg_stemmer *first, *again;
	size_t bad;
} thread_seen;

/* Stems a run of words with the thread's stemmer, comparing each with a
 * private stemmer's. */
static void *stem_in_thread(void *arg)
{
	thread_seen *t = arg;
	relkg_stemmer *own = relkg_stemmer_new();
	t->first = relkg_stemmer_thread();
	char w[64], a[80], b[80];
	for (unsigned i = 0; own && t->first && i < 3000; ++i) {
		snprintf(w, sizeof(w), "%s%u%s", i % 2 ? "Visit" : "negotiat", i % 700,
			 i % 3 ? "ions" : "ed");
		stem_into(relkg_stemmer_thread(), w, a, sizeof(a));
		stem_into(own, w, b, sizeof(b));
		t->bad += strcmp(a, b) != 0;
	}
	t->again = relkg_stemmer_thread();
	relkg_stemmer_free(own);
	return NULL;
}

/* Each thread has one stemmer of its own, kept between calls, and its
 * stems are everyone's. */
static void thread_stemmers(void)
{
	thread_seen seen[3];
	memset(seen, 0, sizeof(seen));
	pthread_t tid[2];
	int started = 0;
	for (int k = 0; k < 2; ++k) {
		started += pthread_create(&tid[k], NULL, stem_in_thread, &seen[k]) == 0;
	}
	stem_in_thread(&seen[2]);
	for (int k = 0; k < started; ++k) {
		pthread_join(tid[k], NULL);
	}
	EQ_INT(started, 2);
	for (int k = 0; k < 3; ++k) {
		OK(seen[k].first && seen[k].first == seen[k].again, "thread %d keeps its stemmer", k);
		EQ_INT(seen[k].bad, 0);
	}
	OK(seen[0].first != seen[2].first && seen[1].first != seen[2].first,
	   "threads have stemmers of their own");
	OK(relkg_stemmer_thread() == seen[2].first, "the main thread's, again");
}

int main(void)
{
	short_words_own_stems();
	lower8_ignores_after();
	memo_grows_keeps_answers();
	kept_stems_stay();
	numbers_own_stems();
	relkg_stemmer *st = relkg_stemmer_new();
	OK(st != NULL, "stemmer");
	if (!st) {
		return DONE();
	}
	char a[80], b[80];
	/* known stems, asked twice: the second comes from the cache */
	static const char *const known[][2] = {{"relations", "relat"}, {"Relations", "relat"},
		{"took", "take"}, {"taking", "take"}, {"met", "meet"}, {"meetings", "meet"},
		{"signed", "sign"}, {"visited", "visit"}, {"withdrew", "withdraw"},
		{"became", "becom"}, {"ratified", "ratifi"}, {"x", "x"},
		/* a form that is its own base in the irregular table (once an
		 * endless recursion, found by fuzz_pipeline) */
		{"put", "put"}, {"Put", "put"}, {"puts", "put"},
		{"counterrevolutionaries", "counterrevolutionari"},
		{"antidisestablishmentarianism", "antidisestablishmentarian"}};
	for (int pass = 0; pass < 2; ++pass) {
		for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); ++i) {
			stem_into(st, known[i][0], a, sizeof(a));
			OK(strcmp(a, known[i][1]) == 0, "stem(%s) == %s, want %s (pass %d)", known[i][0], a,
			   known[i][1], pass);
		}
	}
	/* a word and its case variants share one stem; n cuts the word */
	stem_into(st, "VISITS", a, sizeof(a));
	stem_into(st, "visits", b, sizeof(b));
	OK(strcmp(a, b) == 0 && strcmp(a, "visit") == 0, "VISITS %s, visits %s", a, b);
	const char *s = relkg_stem(st, "visitsxyz", 6);
	EQ_STR(s ? s : "(null)", "visit");
	s = relkg_stem(st, "", 0);
	EQ_STR(s ? s : "(null)", "");
	relkg_stemmer_free(st);
	relkg_stemmer_free(NULL);
	cache_equals_snowball();
	thread_stemmers();
	return DONE();
}
