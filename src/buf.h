/* A growable byte buffer, always NUL-terminated.  The buffer owns `data`;
 * relkg_buf_steal hands it to the caller. */
#ifndef RELKG_BUF_H
#define RELKG_BUF_H
#include <stddef.h>
#include "relkg/relkg.h"

typedef struct {
	char *data;
	size_t len;
	size_t cap;
} relkg_buf;

void relkg_buf_init(relkg_buf *b);
void relkg_buf_clear(relkg_buf *b); /* frees data */
RELKG_NODISCARD relkg_status relkg_buf_append(relkg_buf *b, const char *s, size_t n);
RELKG_NODISCARD relkg_status relkg_buf_puts(relkg_buf *b, const char *s);
RELKG_NODISCARD relkg_status relkg_buf_putc(relkg_buf *b, char c);
RELKG_NODISCARD relkg_status relkg_buf_printf(relkg_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Makes room for extra more bytes (and the NUL) without changing the
 * content: data[len .. len + extra] may then be written directly. */
RELKG_NODISCARD relkg_status relkg_buf_reserve(relkg_buf *b, size_t extra);
/* Appends v in decimal (what printf's %llu writes). */
RELKG_NODISCARD relkg_status relkg_buf_putu(relkg_buf *b, unsigned long long v);
char *relkg_buf_steal(relkg_buf *b); /* caller frees; b is empty after */

/* malloc'd copy of s[0..n), or NULL on no memory. */
char *relkg_strndup(const char *s, size_t n);

#endif
