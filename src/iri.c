#include "iri.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "slug_fold.h"

static int is_word(utf8proc_int32_t c)
{
	if (c < 0x80) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
	       k == UTF8PROC_CATEGORY_LT || k == UTF8PROC_CATEGORY_LM ||
	       k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_ND;
}

/* Shortens the slug that starts at out->data[from] when it is longer than
 * RELKG_SLUG_MAX: the first RELKG_SLUG_KEEP bytes (cut at a code point),
 * "-", and 8 hex digits of a hash of the whole slug, so long names stay
 * distinct and IRIs stay short (a 50 MB first line is not an IRI). */
static relkg_status cap_slug(relkg_buf *out, size_t from)
{
	size_t n = out->len - from;
	if (n <= RELKG_SLUG_MAX) {
		return RELKG_OK;
	}
	unsigned long h = 2166136261UL; /* FNV-1a, 32 bits */
	for (size_t i = from; i < out->len; ++i) {
		h = ((h ^ (unsigned char)out->data[i]) * 16777619UL) & 0xFFFFFFFFUL;
	}
	size_t keep = RELKG_SLUG_KEEP;
	while (keep > 0 && ((unsigned char)out->data[from + keep] & 0xC0) == 0x80) {
		--keep; /* not inside a UTF-8 sequence */
	}
	while (keep > 0 && out->data[from + keep - 1] == '-') {
		--keep;
	}
	out->len = from + keep;
	out->data[out->len] = '\0';
	return relkg_buf_printf(out, "-%08lx", h);
}

/* Latin letters that have no decomposition, so stripping marks leaves them
 * as they are: their usual ASCII spelling ("Đỗ Mười" -> "do-muoi", "Łódź"
 * -> "lodz"), so that a name's IRI does not depend on one stroke.  Lower
 * case only: the slug is case-folded first.  NULL when c is none of them. */
static const char *latin_base(utf8proc_int32_t c)
{
	switch (c) {
	case 0x00E6: return "ae"; /* æ */
	case 0x00F0: return "d";  /* ð */
	case 0x00F8: return "o";  /* ø */
	case 0x00FE: return "th"; /* þ */
	case 0x0111: return "d";  /* đ */
	case 0x0127: return "h";  /* ħ */
	case 0x0131: return "i";  /* ı */
	case 0x0142: return "l";  /* ł */
	case 0x0153: return "oe"; /* œ */
	case 0x0167: return "t";  /* ŧ */
	default: return NULL;
	}
}

/* Appends what one code point c (bytes[0..k) of UTF-8) of the mapped
 * text contributes to the slug: *dash and *any carry the state between
 * code points (a separator pending, a word written). */
static relkg_status slug_cp(relkg_buf *out, utf8proc_int32_t c, const char *bytes, size_t k,
			    int *dash, int *any)
{
	if (c == '\'' || c == 0x2019) { /* "O'Brien" -> "obrien" */
		return RELKG_OK;
	}
	if (!is_word(c)) {
		*dash = 1;
		return RELKG_OK;
	}
	relkg_status st = *dash && *any ? relkg_buf_putc(out, '-') : RELKG_OK;
	*dash = 0;
	*any = 1;
	const char *base = latin_base(c);
	if (st == RELKG_OK) {
		st = base ? relkg_buf_puts(out, base) : relkg_buf_append(out, bytes, k);
	}
	return st;
}

/* slug_cp for each code point of m[0..len). */
static relkg_status slug_mapped(relkg_buf *out, const utf8proc_uint8_t *m, utf8proc_ssize_t len,
				int *dash, int *any)
{
	relkg_status st = RELKG_OK;
	for (utf8proc_ssize_t i = 0; i < len && st == RELKG_OK;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &c);
		if (k <= 0) {
			break;
		}
		st = slug_cp(out, c, (const char *)m + i, (size_t)k, dash, any);
		i += k;
	}
	return st;
}

static relkg_status slug_words(relkg_buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
		UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	if (len < 0) {
		return len == UTF8PROC_ERROR_NOMEM ? RELKG_ERR_NOMEM : RELKG_ERR_ENCODING;
	}
	int dash = 0, any = 0;
	relkg_status st = slug_mapped(out, m, len, &dash, &any);
	free(m);
	return st;
}

/* The code point of the two- or three-byte UTF-8 sequence at s[0..n)
 * (n > 0, s[0] >= 0x80) and its length in *k; -1 for anything else (a
 * code point slug_fold.h covers never needs four bytes). */
static utf8proc_int32_t decode23(const unsigned char *s, size_t n, size_t *k)
{
	if (s[0] >= 0xC2 && s[0] <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*k = 2;
		return (utf8proc_int32_t)((s[0] & 0x1F) << 6 | (s[1] & 0x3F));
	}
	if ((s[0] & 0xF0) == 0xE0 && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		utf8proc_int32_t c = (utf8proc_int32_t)((s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 |
							(s[2] & 0x3F));
		*k = 3;
		return c >= 0x800 && (c < 0xD800 || c > 0xDFFF) ? c : -1;
	}
	return -1;
}

/* slug_words for text of ASCII and code points slug_fold.h covers, each
 * mapped alone (the same slug: see slug_fold.h), without utf8proc_map;
 * RELKG_NO_MATCH, out as it was, at anything else. */
static relkg_status slug_folded(relkg_buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t from = out->len;
	int dash = 0, any = 0;
	relkg_status st = RELKG_OK;
	for (size_t i = 0, k; i < n && st == RELKG_OK; i += k) {
		if (u[i] < 0x80) {
			char c = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] + ('a' - 'A') : u[i]);
			k = 1;
			st = slug_cp(out, (unsigned char)c, &c, 1, &dash, &any);
			continue;
		}
		const relkg_slug_fold *f = NULL;
		utf8proc_int32_t c = decode23(u + i, n - i, &k);
		if (c < 0 || !(f = relkg_slug_fold_of(c))) {
			out->len = from;
			if (out->data) {
				out->data[from] = '\0';
			}
			return RELKG_NO_MATCH;
		}
		st = slug_mapped(out, (const utf8proc_uint8_t *)f->bytes, f->len, &dash, &any);
	}
	return st;
}

/* Eight bytes at a time (no top bit set), then the rest. */
static int all_ascii(const char *s, size_t n)
{
	uint64_t any = 0, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		any |= w;
	}
	for (; i < n; ++i) {
		any |= (unsigned char)s[i];
	}
	return !(any & 0x8080808080808080ULL);
}

/* What slug_ascii makes of an ASCII byte: a letter lower-cased or a digit
 * (kept), 0 for an apostrophe (dropped), 1 for anything else (a
 * separator).  A constant table. */
#define SA(c)                                                                             \
	((c) >= 'A' && (c) <= 'Z'                                  ? (c) + ('a' - 'A')     \
	 : ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') ? (c)                  \
	 : (c) == '\''                                              ? 0                    \
								     : 1)
#define SA4(c) SA(c), SA((c) + 1), SA((c) + 2), SA((c) + 3)
#define SA16(c) SA4(c), SA4((c) + 4), SA4((c) + 8), SA4((c) + 12)
#define SA64(c) SA16(c), SA16((c) + 16), SA16((c) + 32), SA16((c) + 48)
static const unsigned char slug_ascii_map[128] = {SA64(0), SA64(64)};

/* slug_words for ASCII, where NFC and stripping marks change nothing and
 * case folding is lower-casing: no utf8proc_map, no copy.  The slug is
 * never longer than s (a '-' stands for at least one byte of s).  A
 * separator before the first letter or digit makes no '-' (dash is only
 * set once one is written). */
static relkg_status slug_ascii(relkg_buf *out, const char *s, size_t n)
{
	if (relkg_buf_reserve(out, n) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	char *w = out->data + out->len, *w0 = w;
	unsigned dash = 0;
	for (size_t i = 0; i < n; ++i) {
		unsigned m = slug_ascii_map[(unsigned char)s[i]];
		if (m > 1) {
			if (dash) {
				*w++ = '-';
			}
			dash = 0;
			*w++ = (char)m;
		} else {
			dash |= m & (w != w0);
		}
	}
	out->len = (size_t)(w - out->data);
	*w = '\0';
	return RELKG_OK;
}

relkg_status relkg_slug(relkg_buf *out, const char *s, size_t n)
{
	size_t from = out->len;
	relkg_status st;
	if (all_ascii(s, n)) {
		st = slug_ascii(out, s, n);
	} else if ((st = slug_folded(out, s, n)) == RELKG_NO_MATCH) {
		st = slug_words(out, s, n);
	}
	return st ? st : cap_slug(out, from);
}

relkg_status relkg_slug_general(relkg_buf *out, const char *s, size_t n)
{
	size_t from = out->len;
	relkg_status st = slug_words(out, s, n);
	return st ? st : cap_slug(out, from);
}

relkg_status relkg_iri_entity(relkg_buf *out, const char *base, const char *kind,
			      const char *name, size_t n)
{
	out->len = 0;
	relkg_status st = relkg_buf_puts(out, base);
	if (!st) {
		st = relkg_buf_puts(out, kind);
	}
	if (!st) {
		st = relkg_buf_putc(out, '/');
	}
	if (!st) {
		st = relkg_slug(out, name, n);
	}
	return st;
}
