#include "tokens.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "bytes8.h"
#include "word_hash.h"

/* Bytes kept free after the last word's NUL: relkg_stem_lower8 reads
 * eight bytes at a word however short. */
#define TK_PAD 8

void relkg_toks_clear(relkg_toks *w)
{
	free(w->w);
	free(w->chars);
	memset(w, 0, sizeof(*w));
}

/* Bytes of the UTF-8 punctuation mark at p (p < end), and its ASCII
 * stand-in; 0 when p starts no mark we know. */
static size_t utf8_punct(const unsigned char *p, const unsigned char *end, char *as)
{
	if (p[0] != 0xE2 || end - p < 3 || p[1] != 0x80) {
		return 0;
	}
	switch (p[2]) {
	case 0x9C: case 0x9D: *as = '"'; return 3;   /* curly double quotes */
	case 0x98: case 0x99: *as = '\''; return 3;  /* curly single quotes */
	case 0x93: case 0x94: *as = '-'; return 3;   /* en and em dash */
	default: return 0;
	}
}

/* ASCII classes, what <ctype.h> says in the C locale relkg runs in,
 * without a locale look-up per byte.  Bytes of UTF-8 sequences (>= 0x80)
 * are word bytes. */
static int is_upper(unsigned char c)
{
	return (unsigned)(c - 'A') < 26u;
}

/* The classes by table, for the scan of every byte of a sentence: bit 1
 * a word byte (a letter, a digit, a byte >= 0x80), bit 2 a digit
 * (constant expressions: no state).  White space is ' ' and \t \n \v
 * \f \r (TK_KIND below). */
#define TK_CLASS(c)                                                                  \
	((((unsigned)(((c) | 0x20) - 'a') < 26u || (unsigned)((c) - '0') < 10u ||   \
	   (c) >= 0x80)                                                              \
		  ? 1u                                                               \
		  : 0u) |                                                            \
	 ((unsigned)((c) - '0') < 10u ? 2u : 0u))
#define TK_C4(c) TK_CLASS(c), TK_CLASS((c) + 1), TK_CLASS((c) + 2), TK_CLASS((c) + 3)
#define TK_C16(c) TK_C4(c), TK_C4((c) + 4), TK_C4((c) + 8), TK_C4((c) + 12)
#define TK_C64(c) TK_C16(c), TK_C16((c) + 16), TK_C16((c) + 32), TK_C16((c) + 48)
static const unsigned char tk_class[256] = {TK_C64(0), TK_C64(64), TK_C64(128), TK_C64(192)};

/* What a byte starts, by table: nothing (white space and '$' are
 * dropped), a word, a mark, or either (0xE2: a mark when utf8_punct knows
 * it, else a word byte). */
enum { TK_SKIP, TK_WORD, TK_MARK, TK_E2 };
#define TK_KIND(c)                                                                   \
	((c) == 0xE2 ? TK_E2                                                         \
	 : (TK_CLASS(c) & 1u) ? TK_WORD                                              \
	 : ((c) == ' ' || (unsigned)((c) - '\t') < 5u || (c) == '$') ? TK_SKIP : TK_MARK)
#define TK_K4(c) TK_KIND(c), TK_KIND((c) + 1), TK_KIND((c) + 2), TK_KIND((c) + 3)
#define TK_K16(c) TK_K4(c), TK_K4((c) + 4), TK_K4((c) + 8), TK_K4((c) + 12)
#define TK_K64(c) TK_K16(c), TK_K16((c) + 16), TK_K16((c) + 32), TK_K16((c) + 48)
static const unsigned char tk_kind[256] = {TK_K64(0), TK_K64(64), TK_K64(128), TK_K64(192)};

/* Each byte lower-cased (ASCII only, as in the C locale), by table: the
 * scan of a word writes its lower-cased form as it goes. */
#define TK_LOWER(c) ((unsigned char)((unsigned)((c) - 'A') < 26u ? (c) + ('a' - 'A') : (c)))
#define TK_L4(c) TK_LOWER(c), TK_LOWER((c) + 1), TK_LOWER((c) + 2), TK_LOWER((c) + 3)
#define TK_L16(c) TK_L4(c), TK_L4((c) + 4), TK_L4((c) + 8), TK_L4((c) + 12)
#define TK_L64(c) TK_L16(c), TK_L16((c) + 16), TK_L16((c) + 32), TK_L16((c) + 48)
static const unsigned char tk_lower[256] = {TK_L64(0), TK_L64(64), TK_L64(128), TK_L64(192)};

/* The word that starts at t[i] (a word byte): its end, its lower-cased
 * form written at lower, and whether it is digits only.  Eight bytes at a
 * time while eight are left before end (lower gets all eight: the arena
 * has room for the sentence's every byte twice); a byte 0xE2 (maybe a
 * mark: utf8_punct) stops that scan and the byte loop decides. */
static size_t word_end(const unsigned char *t, size_t i, size_t end, unsigned char *lower,
		       int *number)
{
	size_t j = i;
	uint64_t other = 0; /* bit 7 of each word byte that is no digit */
	while (end - j >= 8) {
		uint64_t x = relkg_b8_load(t + j);
		uint64_t letters = relkg_b8_letters(x), digits = relkg_b8_within(x, '0', '9');
		uint64_t word = (letters | digits | relkg_b8_high(x)) & ~relkg_b8_eq(x, 0xE2);
		/* an upper-case letter has bit 5 clear: set it */
		uint64_t lx = x | ((letters & ~(x << 2)) >> 2);
		memcpy(lower + (j - i), &lx, sizeof(lx));
		uint64_t stop = ~word & RELKG_B8_HIGH;
		uint64_t below = (stop & (0 - stop)) - 1; /* all ones when no stop */
		other |= word & ~digits & below;
		if (stop) {
			j += relkg_b8_first(stop);
			if (t[j] != 0xE2) { /* a byte that surely ends the word */
				*number = other == 0;
				return j;
			}
			break;
		}
		j += 8;
	}
	char as;
	while (j < end && (tk_class[t[j]] & 1u) &&
	       (t[j] != 0xE2 || !utf8_punct(t + j, t + end, &as))) {
		other |= (tk_class[t[j]] & 2u) ? 0 : 1;
		lower[j - i] = tk_lower[t[j]];
		++j;
	}
	*number = other == 0;
	return j;
}

/* Makes room for need more bytes in the arena.  A bigger arena is a new
 * block: the words' strings move with it. */
static relkg_status chars_reserve(relkg_toks *out, size_t need)
{
	if (out->clen + need <= out->ccap) {
		return RELKG_OK;
	}
	size_t cap = out->ccap ? out->ccap : 1024;
	while (cap < out->clen + need) {
		cap *= 2;
	}
	char *c = malloc(cap);
	if (!c) {
		return RELKG_ERR_NOMEM;
	}
	if (out->clen) {
		memcpy(c, out->chars, out->clen);
	}
	for (size_t i = 0; i < out->n; ++i) {
		relkg_tok *w = &out->w[i];
		/* a stem the stemmer keeps is not in the arena: it stays */
		int here = (uintptr_t)w->stem - (uintptr_t)out->chars < out->clen;
		w->lower = c + (size_t)(w->lower - out->chars);
		w->stem = here ? c + (size_t)(w->stem - out->chars) : w->stem;
	}
	free(out->chars);
	out->chars = c;
	out->ccap = cap;
	return RELKG_OK;
}

/* Copies s[0..n) into the arena (room reserved) with a NUL. */
static char *chars_put(relkg_toks *out, const char *s, size_t n)
{
	char *p = out->chars + out->clen;
	memcpy(p, s, n);
	p[n] = '\0';
	out->clen += n + 1;
	return p;
}

/* Appends a word whose lower-cased form was written at the arena's end
 * (n bytes, room for its NUL reserved), and its stem, keeping `rest`
 * bytes of room after it for the words still to come. */
/* Doubles the words' array (kept out of push: rare). */
__attribute__((noinline)) static relkg_status grow_words(relkg_toks *out)
{
	size_t nc = out->cap ? out->cap * 2 : 64;
	relkg_tok *nw = realloc(out->w, nc * sizeof(*nw));
	if (!nw) {
		return RELKG_ERR_NOMEM;
	}
	out->w = nw;
	out->cap = nc;
	return RELKG_OK;
}

/* Puts stem s (sn bytes) of the last word into the arena, keeping `rest`
 * bytes of room after it (kept out of push: a word in three). */
__attribute__((noinline)) static relkg_status put_stem(relkg_toks *out, const char *s, size_t sn,
						       size_t rest)
{
	if (chars_reserve(out, sn + 1 + rest) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	out->w[out->n - 1].stem = chars_put(out, s, sn); /* the arena may have moved */
	return RELKG_OK;
}

static inline relkg_status push(relkg_toks *out, size_t b, size_t e, size_t n, unsigned flags,
				relkg_stemmer *st, size_t rest)
{
	if (out->n == out->cap && grow_words(out) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	relkg_tok *w = &out->w[out->n];
	w->begin = b;
	w->end = e;
	w->flags = flags;
	w->lower = out->chars + out->clen;
	w->lower[n] = '\0';
	out->clen += n + 1;
	w->stem = w->lower;
	++out->n;
	/* a number is its own stem (stem.h): no look-up */
	if (!(flags & RELKG_TK_PUNCT) && st && !((flags & RELKG_TK_NUMBER) && n <= RELKG_STEM_MAX)) {
		/* a word's bytes hold no NUL, so lower is the whole word */
		size_t sn;
		uint32_t h[2];
		const char *s = relkg_stem_lower8(st, w->lower, n, &sn, h);
		w->key_lower = (uint16_t)(h[0] >> 16);
		w->key_stem = (uint16_t)(h[1] >> 16);
		if (s && s != w->lower) { /* another string: another stem */
			char *kept = relkg_stem_kept(st, s);
			if (kept) { /* it stays: no copy */
				w->stem = kept;
				return RELKG_OK;
			}
			return put_stem(out, s, sn, rest);
		}
	} else {
		w->key_lower = w->key_stem = (uint16_t)(relkg_word_hash_padded(w->lower, n) >> 16);
	}
	return RELKG_OK;
}

/* Appends the punctuation mark c at text[b..e). */
static relkg_status push_mark(relkg_toks *out, size_t b, size_t e, char c, unsigned flags)
{
	out->chars[out->clen] = c;
	return push(out, b, e, 1, flags, NULL, 0);
}

relkg_status relkg_toks_split(relkg_toks *out, const char *text, size_t begin, size_t end,
			       relkg_stemmer *st)
{
	out->n = 0;
	out->clen = 0;
	/* every word's lower-cased form at once: at most twice its bytes
	 * with the NULs (a one-byte mark is two), so the scan writes it
	 * without a check; stems reserve their own room.  TK_PAD more: the
	 * stemmer reads eight bytes at a word (relkg_stem_lower8) */
	if (chars_reserve(out, 2 * (end - begin) + 1 + TK_PAD) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	const unsigned char *t = (const unsigned char *)text;
	int quoted = 0;
	size_t i = begin;
	while (i < end) {
		unsigned kind = tk_kind[t[i]];
		if (kind == TK_SKIP) {
			++i;
			continue;
		}
		char as = 0;
		size_t pl = kind == TK_E2 ? utf8_punct(t + i, t + end, &as) : 0;
		if (pl || kind == TK_MARK) {
			char c = pl ? as : (char)t[i];
			if (c == '"') {
				quoted = pl ? (t[i + 2] == 0x9C) : !quoted;
			}
			relkg_status s = push_mark(out, i, i + (pl ? pl : 1), c,
						   RELKG_TK_PUNCT | (quoted ? RELKG_TK_QUOTED : 0));
			if (s != RELKG_OK) {
				return s;
			}
			i += pl ? pl : 1;
			i += i < end && t[i] == ' '; /* the space after it, if one */
			continue;
		}
		int number;
		size_t j = word_end(t, i, end, (unsigned char *)out->chars + out->clen, &number);
		unsigned f = (is_upper(t[i]) ? RELKG_TK_CAP : 0) | (quoted ? RELKG_TK_QUOTED : 0) |
			     (number ? RELKG_TK_NUMBER : 0);
		relkg_status s = push(out, i, j, j - i, f, st, 2 * (end - j) + 1 + TK_PAD);
		if (s != RELKG_OK) {
			return s;
		}
		/* a word is mostly followed by one space, then a word: skipped
		 * here, the next round starts at that word */
		i = j + (j < end && t[j] == ' ');
	}
	return RELKG_OK;
}
