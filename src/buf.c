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
	return relkg_buf_append(b, &c, 1);
}

relkg_status relkg_buf_printf(relkg_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || reserve(b, (size_t)n) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return RELKG_OK;
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
