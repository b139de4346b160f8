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

relkg_status relkg_slug(relkg_buf *out, const char *s, size_t n)
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
			if (st == RELKG_OK) {
				st = relkg_buf_append(out, (const char *)m + i, (size_t)k);
			}
		} else {
			dash = 1;
		}
		i += k;
	}
	free(m);
	return st;
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
