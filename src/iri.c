#include "iri.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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

static relkg_status slug_words(relkg_buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
		UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	if (len < 0) {
		return len == UTF8PROC_ERROR_NOMEM ? RELKG_ERR_NOMEM : RELKG_ERR_ENCODING;
	}
	relkg_status st = RELKG_OK;
	int dash = 0, any = 0;
	for (utf8proc_ssize_t i = 0; i < len && st == RELKG_OK;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &c);
		if (k <= 0) {
			break;
		}
		if (c == '\'' || c == 0x2019) { /* "O'Brien" -> "obrien" */
			i += k;
			continue;
		}
		if (is_word(c)) {
			if (dash && any) {
				st = relkg_buf_putc(out, '-');
			}
			dash = 0;
			any = 1;
			const char *base = latin_base(c);
			if (st == RELKG_OK) {
				st = base ? relkg_buf_puts(out, base)
					  : relkg_buf_append(out, (const char *)m + i, (size_t)k);
			}
		} else {
			dash = 1;
		}
		i += k;
	}
	free(m);
	return st;
}

static int all_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; ++i) {
		if ((unsigned char)s[i] >= 0x80) {
			return 0;
		}
	}
	return 1;
}

/* slug_words for ASCII, where NFC and stripping marks change nothing and
 * case folding is lower-casing: no utf8proc_map, no copy.  The slug is
 * never longer than s (a '-' stands for at least one byte of s). */
static relkg_status slug_ascii(relkg_buf *out, const char *s, size_t n)
{
	if (relkg_buf_reserve(out, n) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	char *w = out->data + out->len;
	int dash = 0, any = 0;
	for (size_t i = 0; i < n; ++i) {
		int c = (unsigned char)s[i];
		if (c == '\'') {
			continue;
		}
		if (c >= 'A' && c <= 'Z') {
			c += 'a' - 'A';
		} else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
			dash = 1;
			continue;
		}
		if (dash && any) {
			*w++ = '-';
		}
		dash = 0;
		any = 1;
		*w++ = (char)c;
	}
	out->len = (size_t)(w - out->data);
	*w = '\0';
	return RELKG_OK;
}

relkg_status relkg_slug(relkg_buf *out, const char *s, size_t n)
{
	size_t from = out->len;
	relkg_status st = all_ascii(s, n) ? slug_ascii(out, s, n) : slug_words(out, s, n);
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
