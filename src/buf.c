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
	size_t cap = b->cap ? b->cap : 64;
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

/* Formats straight into the room the buffer has; only output that does
 * not fit is formatted a second time, after the buffer grows. */
relkg_status relkg_buf_printf(relkg_buf *b, const char *fmt, ...)
{
	if (reserve(b, 0) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	size_t room = b->cap - b->len;
	va_list ap;
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
