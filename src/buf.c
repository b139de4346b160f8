#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void relkg_buf_init(relkg_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void relkg_buf_clear(relkg_buf *b)
{
	free(b->data);
	relkg_buf_init(b);
}

static relkg_status reserve(relkg_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap) {
		return RELKG_OK;
	}
	/* a buffer starts with room for an IRI or a label (most never grow
	 * past it): at 64 bytes most were copied once more, to 128 */
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1) {
		if (cap > ((size_t)-1) / 2) {
			return RELKG_ERR_NOMEM;
		}
		cap *= 2;
	}
	char *d = realloc(b->data, cap);
	if (!d) {
		return RELKG_ERR_NOMEM;
	}
	b->data = d;
	b->cap = cap;
	return RELKG_OK;
}

relkg_status relkg_buf_reserve(relkg_buf *b, size_t extra)
{
	return reserve(b, extra);
}

relkg_status relkg_buf_append(relkg_buf *b, const char *s, size_t n)
{
	if (reserve(b, n) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	if (n) {
		memcpy(b->data + b->len, s, n);
	}
	b->len += n;
	b->data[b->len] = '\0';
	return RELKG_OK;
}

relkg_status relkg_buf_puts(relkg_buf *b, const char *s)
{
	return relkg_buf_append(b, s, strlen(s));
}

relkg_status relkg_buf_putc(relkg_buf *b, char c)
{
	if (b->len + 2 <= b->cap) { /* room for c and the NUL */
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
		return RELKG_OK;
	}
	return relkg_buf_append(b, &c, 1);
}

/* Does fmt use only %s, %d, %zu and %% (no flag, width or precision)?
 * Those relkg_buf_printf writes itself: vsnprintf cost ~900 instructions
 * a call, for IRIs and labels made of a few strings and numbers. */
static int plain_format(const char *fmt)
{
	for (const char *p = fmt; (p = strchr(p, '%')) != NULL; p += 2) {
		if (p[1] == 'z' && p[2] == 'u') {
			++p;
		} else if (p[1] != 's' && p[1] != 'd' && p[1] != '%') {
			return 0;
		}
	}
	return 1;
}

/* Appends what vsnprintf writes for a plain_format fmt.  On failure the
 * buffer is left as it was. */
static relkg_status put_plain(relkg_buf *b, const char *fmt, va_list ap)
{
	size_t len0 = b->len;
	relkg_status st = RELKG_OK;
	for (const char *p = fmt; *p && st == RELKG_OK;) {
		const char *q = strchr(p, '%');
		size_t lit = q ? (size_t)(q - p) : strlen(p);
		st = relkg_buf_append(b, p, lit);
		if (!q || st != RELKG_OK) {
			break;
		}
		if (q[1] == 's') {
			const char *a = va_arg(ap, const char *);
			st = relkg_buf_puts(b, a ? a : "(null)"); /* what glibc writes */
		} else if (q[1] == 'd') {
			int v = va_arg(ap, int);
			unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
			st = v < 0 ? relkg_buf_putc(b, '-') : RELKG_OK;
			st = st ? st : relkg_buf_putu(b, u);
		} else if (q[1] == 'z') {
			st = relkg_buf_putu(b, va_arg(ap, size_t));
			++q;
		} else {
			st = relkg_buf_putc(b, '%');
		}
		p = q + 2;
	}
	if (st != RELKG_OK && b->data) {
		b->len = len0;
		b->data[len0] = '\0';
	}
	return st;
}

/* Formats straight into the room the buffer has; only output that does
 * not fit is formatted a second time, after the buffer grows. */
relkg_status relkg_buf_printf(relkg_buf *b, const char *fmt, ...)
{
	if (reserve(b, 0) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	va_list ap;
	if (plain_format(fmt)) {
		va_start(ap, fmt);
		relkg_status st = put_plain(b, fmt, ap);
		va_end(ap);
		return st == RELKG_OK ? RELKG_OK : RELKG_ERR_NOMEM;
	}
	size_t room = b->cap - b->len;
	va_start(ap, fmt);
	int n = vsnprintf(b->data + b->len, room, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n >= room) {
		b->data[b->len] = '\0'; /* the cut attempt is not content */
		if (reserve(b, (size_t)n) != RELKG_OK) {
			return RELKG_ERR_NOMEM;
		}
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	if (n < 0) {
		b->data[b->len] = '\0';
		return RELKG_ERR_NOMEM;
	}
	b->len += (size_t)n;
	return RELKG_OK;
}

relkg_status relkg_buf_putu(relkg_buf *b, unsigned long long v)
{
	char num[24], *q = num + sizeof(num);
	do {
		*--q = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return relkg_buf_append(b, q, (size_t)(num + sizeof(num) - q));
}

char *relkg_buf_steal(relkg_buf *b)
{
	char *d = b->data;
	if (!d) {
		d = calloc(1, 1);
	}
	relkg_buf_init(b);
	return d;
}

char *relkg_strndup(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}
