#include "stem.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#define STEM_MAX 64 /* longer words are returned lower-cased, unstemmed */

/* Stems are remembered: articles repeat their words, and Snowball costs
 * some two thousand instructions a word.  A direct-mapped cache per thread
 * (the rule sets make a stemmer per article, and a stem is a pure function
 * of the word): a slot holds the last short word that hashed to it. */
#define CACHE_SLOTS 4096 /* a power of two */
#define CACHE_WORD 23    /* longer words and stems are not cached */

typedef struct {
	unsigned char len; /* 0: empty */
	char word[CACHE_WORD];
	char stem[CACHE_WORD + 1];
} stem_slot;

struct relkg_stemmer {
	struct sb_stemmer *sb;
	char word[STEM_MAX + 1];
	char out[STEM_MAX + 1];
};

static _Thread_local stem_slot cache[CACHE_SLOTS];

/* Irregular past forms of verbs that event triggers use; the stemmer
 * leaves them alone.  Sorted by the first column. */
static const char *const irregular[][2] = {
	{"became", "becom"}, {"begun", "begin"}, {"broke", "break"},
	{"brought", "bring"}, {"came", "come"}, {"drove", "drive"},
	{"fought", "fight"}, {"gave", "give"}, {"given", "give"},
	{"held", "hold"}, {"kept", "keep"}, {"led", "lead"},
	{"left", "leav"}, {"made", "make"}, {"met", "meet"},
	{"paid", "pay"}, {"put", "put"}, {"said", "say"},
	{"sent", "send"}, {"shot", "shoot"}, {"sought", "seek"},
	{"spoke", "speak"}, {"spoken", "speak"}, {"struck", "strike"},
	{"taken", "take"}, {"took", "take"}, {"went", "go"},
	{"withdrew", "withdraw"}, {"won", "win"}, {"wrote", "write"},
};

relkg_stemmer *relkg_stemmer_new(void)
{
	relkg_stemmer *s = calloc(1, sizeof(*s));
	if (!s) {
		return NULL;
	}
	s->sb = sb_stemmer_new("english", "UTF_8");
	if (!s->sb) {
		free(s);
		return NULL;
	}
	return s;
}

void relkg_stemmer_free(relkg_stemmer *s)
{
	if (s) {
		sb_stemmer_delete(s->sb);
		free(s);
	}
}

static const char *irregular_stem(const char *w)
{
	size_t lo = 0, hi = sizeof(irregular) / sizeof(irregular[0]);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w, irregular[mid][0]);
		if (c == 0) {
			return irregular[mid][1];
		}
		if (c < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return NULL;
}

static const char *stem_lowered(relkg_stemmer *s, size_t n);

const char *relkg_stem(relkg_stemmer *s, const char *w, size_t n)
{
	if (n > STEM_MAX) {
		n = STEM_MAX;
	}
	unsigned h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; ++i) {
		s->word[i] = (char)tolower((unsigned char)w[i]);
		h = (h ^ (unsigned char)s->word[i]) * 16777619u;
	}
	s->word[n] = '\0';
	if (n == 0 || n > CACHE_WORD) {
		return stem_lowered(s, n);
	}
	stem_slot *slot = &cache[h & (CACHE_SLOTS - 1)];
	if (slot->len == n && memcmp(slot->word, s->word, n) == 0) {
		memcpy(s->out, slot->stem, strlen(slot->stem) + 1);
		return s->out;
	}
	char key[CACHE_WORD];
	memcpy(key, s->word, n);
	const char *r = stem_lowered(s, n);
	size_t k = r ? strlen(r) : 0;
	if (r && k <= CACHE_WORD) {
		slot->len = (unsigned char)n;
		memcpy(slot->word, key, n);
		memcpy(slot->stem, r, k + 1);
	}
	return r;
}

/* The stem of s->word[0..n), already lower-cased. */
static const char *stem_lowered(relkg_stemmer *s, size_t n)
{
	const char *irr = irregular_stem(s->word);
	if (irr) {
		/* stem the base form too, so "took" and "taking" agree */
		return relkg_stem(s, irr, strlen(irr));
	}
	const sb_symbol *r = sb_stemmer_stem(s->sb, (const sb_symbol *)s->word, (int)n);
	if (!r) {
		return NULL;
	}
	size_t len = (size_t)sb_stemmer_length(s->sb);
	if (len > STEM_MAX) {
		len = STEM_MAX;
	}
	memcpy(s->out, r, len);
	s->out[len] = '\0';
	return s->out;
}
