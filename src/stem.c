#include "stem.h"

#include <ctype.h>
#include <libstemmer.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytes8.h"
#include "word_hash.h"

#define STEM_MAX RELKG_STEM_MAX /* longer words are stemmed as their first STEM_MAX bytes */
#define MEMO_MAX 65536 /* words remembered per stemmer; then stemmed afresh */

/* A word stemmed before: offsets + 1 of key and stem in the arena (0:
 * an empty slot; stem == key when the word is its own stem), the key's
 * length, first eight bytes (zero-padded) and last eight (past eight
 * bytes; else 0), so that a probe is answered without reading the arena
 * for a word of sixteen bytes or fewer (nearly all), and the stem's
 * length and hash.  The key's hash is not kept: it is a function of
 * head, tail and len (relkg_word_hash), made again when the table grows.
 * Thirty-two bytes, in a table aligned to a cache line: a probe reads one
 * line, never two (forty bytes straddled a line at every other slot, and
 * the memo of a corpus is megabytes: most probes miss the caches). */
typedef struct {
	uint64_t head, tail;
	uint32_t key, stem;
	uint32_t shash; /* relkg_word_hash of the stem */
	uint16_t len, slen;
} memo;
_Static_assert(sizeof(memo) == 32, "a memo entry is half a cache line");
#define MEMO_ALIGN 64

struct relkg_stemmer {
	struct sb_stemmer *sb;
	char word[STEM_MAX + 1];
	char out[STEM_MAX + 1];
	/* the memo: a text repeats its words, and a stem costs a thousand
	 * times a look-up (open addressing, at most half full) */
	memo *slot;
	size_t mask, used;
	/* "key\0stem\0" pairs, in one block made at the first word
	 * remembered, big enough for MEMO_MAX pairs: it never moves, so a
	 * stem in it stays where it is while the stemmer lives
	 * (relkg_stem_kept) */
	char *arena;
	size_t alen;
	int lends; /* relkg_stem_kept lends the arena's stems (stem.h) */
};

/* Irregular past forms of verbs that event triggers use; the stemmer
 * leaves them alone.  Sorted by the first column. */
static const char *const irregular[][2] = {
	{"became", "becom"}, {"begun", "begin"}, {"broke", "break"},
	{"brought", "bring"}, {"came", "come"}, {"chose", "choose"}, {"chosen", "choose"},
	{"drove", "drive"},
	{"fought", "fight"}, {"froze", "freez"}, {"frozen", "freez"},
	{"gave", "give"}, {"given", "give"},
	{"held", "hold"}, {"kept", "keep"}, {"led", "lead"},
	{"left", "leav"}, {"made", "make"}, {"met", "meet"},
	{"paid", "pay"}, {"put", "put"}, {"said", "say"},
	{"sent", "send"}, {"shook", "shake"}, {"shot", "shoot"}, {"sought", "seek"},
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

relkg_stemmer *relkg_stemmer_new_lending(void)
{
	relkg_stemmer *s = relkg_stemmer_new();
	if (s) {
		s->lends = 1;
	}
	return s;
}

void relkg_stemmer_free(relkg_stemmer *s)
{
	if (s) {
		sb_stemmer_delete(s->sb);
		free(s->slot);
		free(s->arena);
		free(s);
	}
}

/* The thread stemmers: the key's destructor frees a thread's stemmer
 * when the thread ends; the thread-local pointer finds it fast (and keeps
 * the main thread's reachable until exit, for leak checkers). */
static pthread_once_t thread_once = PTHREAD_ONCE_INIT;
static pthread_key_t thread_key;
static int thread_key_ok;

static void thread_stemmer_end(void *s)
{
	relkg_stemmer_free(s);
}

static void thread_key_make(void)
{
	thread_key_ok = pthread_key_create(&thread_key, thread_stemmer_end) == 0;
}

relkg_stemmer *relkg_stemmer_thread(void)
{
	static _Thread_local relkg_stemmer *mine;
	if (mine) {
		return mine;
	}
	if (pthread_once(&thread_once, thread_key_make) != 0 || !thread_key_ok) {
		return NULL;
	}
	relkg_stemmer *s = relkg_stemmer_new_lending();
	if (s && pthread_setspecific(thread_key, s) != 0) {
		relkg_stemmer_free(s);
		s = NULL;
	}
	mine = s;
	return s;
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

/* A word to find in the memo: its bytes, length, first eight bytes
 * zero-padded and hash. */
typedef struct {
	const char *w;
	size_t n;
	uint64_t head, tail; /* as memo's */
	uint32_t hash;
} probe;

/* The probe for w[0..n), its bytes read at r (w itself, or a copy of a
 * short word): r[0..8) and, past eight bytes, r[n-8..n) readable.  Bytes
 * from r[n] on are dropped.  No branch on the length: the word's length
 * is a coin toss for the branch predictor. */
static probe probe_of(const char *w, size_t n, const unsigned char *r)
{
	probe p = {w, n, relkg_word_head(r, n), relkg_word_tail(r, n), 0};
	p.hash = relkg_word_hash(p.head, p.tail, n);
	return p;
}

/* The probe for w[0..n), read with no byte past w[n]. */
static probe probe_safe(const char *w, size_t n)
{
	unsigned char b[8] = {0};
	if (n >= 8) {
		return probe_of(w, n, (const unsigned char *)w);
	}
	memcpy(b, w, n);
	return probe_of(w, n, b);
}

/* Is memo entry m the word of probe p? */
static int memo_is(const relkg_stemmer *s, const memo *m, const probe *p)
{
	/* up to sixteen bytes, the first eight and the last eight are all */
	return m->head == p->head && m->tail == p->tail && m->len == p->n &&
	       (p->n <= 16 || memcmp(s->arena + m->key - 1 + 8, p->w + 8, p->n - 8) == 0);
}

/* The slot of the word of p: its entry, or the empty slot it would
 * take. */
static memo *memo_slot(const relkg_stemmer *s, const probe *p)
{
	size_t i = p->hash & s->mask;
	while (s->slot[i].key && !memo_is(s, &s->slot[i], p)) {
		i = (i + 1) & s->mask;
	}
	return &s->slot[i];
}

/* The entry remembered for the word of p, or NULL. */
static const memo *memo_get(const relkg_stemmer *s, const probe *p)
{
	if (!s->slot) {
		return NULL;
	}
	const memo *m = memo_slot(s, p);
	return m->key ? m : NULL;
}

/* Doubles the table (from 1024 slots) and re-inserts every entry. */
static int memo_grow(relkg_stemmer *s)
{
	size_t size = s->slot ? 2 * (s->mask + 1) : 1024;
	memo *old = s->slot;
	size_t old_size = s->slot ? s->mask + 1 : 0;
	s->slot = aligned_alloc(MEMO_ALIGN, size * sizeof(*s->slot)); /* a multiple of 64 */
	if (!s->slot) {
		s->slot = old;
		return 0;
	}
	memset(s->slot, 0, size * sizeof(*s->slot));
	s->mask = size - 1;
	for (size_t i = 0; i < old_size; ++i) {
		if (old[i].key) {
			/* the keys are distinct */
			size_t j = relkg_word_hash(old[i].head, old[i].tail, old[i].len) & s->mask;
			while (s->slot[j].key) {
				j = (j + 1) & s->mask;
			}
			s->slot[j] = old[i];
		}
	}
	free(old);
	return 1;
}

/* The arena's bytes: MEMO_MAX pairs of at most STEM_MAX bytes and a NUL
 * each, and eight bytes more after the last NUL, so that every stem in
 * it may be read eight bytes at a time (tokens.h); those eight are
 * zeroed as it fills.  Memory touched only as it fills (not calloc: that
 * may clear megabytes first). */
#define ARENA_CAP ((size_t)MEMO_MAX * 2 * (STEM_MAX + 1) + 8)

/* Appends text[0..n] (with its NUL) to the arena: its offset + 1, or 0. */
static size_t arena_put(relkg_stemmer *s, const char *text, size_t n)
{
	if (!s->arena && !(s->arena = malloc(ARENA_CAP))) {
		return 0;
	}
	if (s->alen + n + 1 + 8 > ARENA_CAP) {
		return 0;
	}
	memcpy(s->arena + s->alen, text, n + 1);
	s->alen += n + 1;
	memset(s->arena + s->alen, 0, 8);
	return s->alen - n;
}

char *relkg_stem_kept(relkg_stemmer *s, const char *stem)
{
	size_t at = (uintptr_t)stem - (uintptr_t)s->arena;
	return s->lends && s->arena && at < s->alen ? s->arena + at : NULL;
}

/* Remembers the word of p -> stem: the entry, or NULL, silently, when
 * full, out of memory or past the offsets' range (the memo only saves
 * work). */
static const memo *memo_put(relkg_stemmer *s, const probe *p, const char *stem)
{
	size_t size = s->slot ? s->mask + 1 : 0;
	if (s->used == MEMO_MAX || s->alen > UINT32_MAX / 2 ||
	    (2 * (s->used + 1) > size && !memo_grow(s)) || !s->slot) {
		return NULL;
	}
	size_t sn = strlen(stem);
	size_t k = arena_put(s, p->w, p->n);
	size_t v = k && strcmp(stem, p->w) == 0 ? k : k ? arena_put(s, stem, sn) : 0;
	if (v) {
		memo *m = memo_slot(s, p);
		m->head = p->head;
		m->tail = p->tail;
		m->key = (uint32_t)k;
		m->stem = (uint32_t)v;
		m->shash = v == k ? p->hash : relkg_word_hash_of(stem);
		m->len = (uint16_t)p->n; /* both at most STEM_MAX */
		m->slen = (uint16_t)sn;
		++s->used;
		return m;
	}
	return NULL;
}

/* Snowball's stem of the lower-cased word[0..n), in s->out. */
static const char *snowball(relkg_stemmer *s, const char *word, size_t n)
{
	memcpy(s->word, word, n);
	s->word[n] = '\0';
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

/* The stem of the lower-cased key, not remembered, in s->out.  An
 * irregular form is stemmed as its base ("took" as "take", so "took" and
 * "taking" agree); the base goes straight to Snowball, never back through
 * the table (a form that is its own base, "put", once recursed forever). */
static const char *stem_fresh(relkg_stemmer *s, const char *key, size_t n)
{
	const char *irr = irregular_stem(key);
	return irr ? snowball(s, irr, strlen(irr)) : snowball(s, key, n);
}

/* The stem of the word of p (lower-cased, NUL-terminated, no NUL
 * before), from the memo or stemmed and remembered: the word itself
 * (p->w) when it is its own stem, else the stem, its length in *len. */
__attribute__((noinline)) static const char *stem_key(relkg_stemmer *s, const probe *p,
						      size_t *len, uint32_t *shash)
{
	const memo *m = memo_get(s, p);
	if (m) {
		*len = m->slen;
		*shash = m->shash;
		return m->stem == m->key ? p->w : s->arena + m->stem - 1;
	}
	const char *r = stem_fresh(s, p->w, p->n);
	if (!r) {
		return NULL;
	}
	if (r != s->out) {
		/* the memo may move when it grows */
		memmove(s->out, r, strlen(r) + 1);
	}
	const memo *m2 = memo_put(s, p, s->out);
	*len = strlen(s->out);
	*shash = relkg_word_hash_of(s->out);
	if (strcmp(s->out, p->w) == 0) {
		return p->w;
	}
	return m2 ? s->arena + m2->stem - 1 : s->out; /* the kept copy when one */
}

/* Words of two bytes or fewer are their own stems: Porter2 leaves a word
 * of under three letters alone ("not hop 3"), and the irregular table has
 * none so short.  A sentence's words are a third such ("of", "to", "is"). */
#define STEM_SHORT 2

const char *relkg_stem_lower(relkg_stemmer *s, const char *w, size_t n)
{
	if (n <= STEM_SHORT) {
		return w;
	}
	if (n > STEM_MAX) {
		return relkg_stem(s, w, n);
	}
	probe p = probe_safe(w, n);
	size_t len;
	uint32_t h;
	return stem_key(s, &p, &len, &h);
}

const char *relkg_stem_lower8(relkg_stemmer *s, const char *w, size_t n, size_t *len,
			      uint32_t hash[2])
{
	probe p = probe_of(w, n, (const unsigned char *)w);
	*len = n;
	hash[0] = hash[1] = p.hash;
	if (n <= STEM_SHORT) {
		return w;
	}
	if (n > STEM_MAX) { /* its stem, of STEM_MAX bytes or fewer, is not w */
		const char *r = relkg_stem(s, w, n);
		*len = r ? strlen(r) : 0;
		hash[1] = r ? relkg_word_hash_of(r) : p.hash;
		return r;
	}
	/* the common case first: a word of sixteen bytes or fewer found in
	 * its home slot */
	const memo *m = s->slot ? &s->slot[p.hash & s->mask] : NULL;
	if (m && n <= 16 && m->head == p.head && m->tail == p.tail && m->len == n) {
		*len = m->slen;
		hash[1] = m->shash;
		return m->stem == m->key ? w : s->arena + m->stem - 1;
	}
	return stem_key(s, &p, len, &hash[1]);
}

const char *relkg_stem(relkg_stemmer *s, const char *w, size_t n)
{
	char key[STEM_MAX + 1];
	if (n > STEM_MAX) {
		n = STEM_MAX;
	}
	for (size_t i = 0; i < n; ++i) {
		key[i] = (char)tolower((unsigned char)w[i]);
	}
	key[n] = '\0';
	if (memchr(key, '\0', n)) {
		return stem_fresh(s, key, n); /* the memo's keys are C strings */
	}
	probe p = probe_safe(key, n);
	size_t len;
	uint32_t h;
	const char *r = stem_key(s, &p, &len, &h);
	if (r == key) { /* the word is its own stem: not this frame's copy */
		memcpy(s->out, key, n + 1);
		return s->out;
	}
	return r;
}
