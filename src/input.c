#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"

static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#include <stdarg.h>
static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return st;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		return 1;
	}
	size_t k;
	unsigned cp;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < k) {
		return 0;
	}
	for (size_t i = 1; i < k; ++i) {
		if ((s[i] & 0xC0) != 0x80) {
			return 0;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
		return 0;
	}
	return k;
}

relkg_status relkg_input_check(char *data, size_t *len, relkg_diag *d)
{
	unsigned char *s = (unsigned char *)data;
	size_t n = *len;
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		return fail(d, RELKG_ERR_ENCODING, "UTF-16 text (byte-order mark); convert it to UTF-8, e.g. with iconv");
	}
	size_t i = 0;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		i = 3; /* UTF-8 BOM: dropped */
	}
	size_t w = 0, line = 1, controls = 0;
	for (; i < n;) {
		unsigned char c = s[i];
		if (c == 0) {
			return fail(d, RELKG_ERR_ENCODING, "NUL byte at byte %zu (line %zu): binary data or UTF-16?", i, line);
		}
		size_t k = utf8_valid(s + i, n - i);
		if (k == 0) {
			return fail(d, RELKG_ERR_ENCODING, "invalid UTF-8 at byte %zu (line %zu)", i, line);
		}
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
			if (++controls > 8) {
				return fail(d, RELKG_ERR_BINARY, "control characters (byte %zu): binary data, not text", i);
			}
			c = ' '; /* stray control: a space */
		}
		if (c == '\r') {
			s[w++] = '\n';
			i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
			++line;
			continue;
		}
		if (c == '\n') {
			++line;
		}
		if (k == 1) {
			s[w++] = c;
		} else {
			memmove(s + w, s + i, k);
			w += k;
		}
		i += k;
	}
	s[w] = '\0';
	*len = w;
	for (size_t j = 0; j < w; ++j) {
		if (s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\f') {
			return RELKG_OK;
		}
	}
	return fail(d, RELKG_ERR_EMPTY, w ? "only white space, no text" : "empty input");
}

static relkg_status slurp(FILE *fh, char **out, size_t *len, relkg_diag *d)
{
	relkg_buf b;
	relkg_buf_init(&b);
	char chunk[65536];
	size_t k;
	while ((k = fread(chunk, 1, sizeof(chunk), fh)) > 0) {
		if (b.len + k > RELKG_INPUT_MAX) {
			relkg_buf_clear(&b);
			return fail(d, RELKG_ERR_TOO_BIG, "larger than %zu MiB, the limit for one article", RELKG_INPUT_MAX >> 20);
		}
		if (relkg_buf_append(&b, chunk, k) != RELKG_OK) {
			relkg_buf_clear(&b);
			return fail(d, RELKG_ERR_NOMEM, "out of memory");
		}
	}
	if (ferror(fh)) {
		int e = errno;
		relkg_buf_clear(&b);
		return fail(d, RELKG_ERR_IO, "read error: %s", strerror(e));
	}
	*len = b.len;
	*out = relkg_buf_steal(&b);
	return RELKG_OK;
}

relkg_status relkg_input_read(const char *path, char **out, size_t *len, relkg_diag *d)
{
	FILE *fh = stdin;
	d->msg[0] = '\0';
	if (strcmp(path, "-") != 0) {
		struct stat sb;
		if (stat(path, &sb) != 0) {
			return fail(d, RELKG_ERR_IO, "cannot open: %s", strerror(errno));
		}
		if (S_ISDIR(sb.st_mode)) {
			return fail(d, RELKG_ERR_IO, "is a directory");
		}
		fh = fopen(path, "rb");
		if (!fh) {
			return fail(d, RELKG_ERR_IO, "cannot open: %s", strerror(errno));
		}
	}
	relkg_status st = slurp(fh, out, len, d);
	if (fh != stdin) {
		fclose(fh);
	}
	if (st != RELKG_OK) {
		return st;
	}
	st = relkg_input_check(*out, len, d);
	if (st != RELKG_OK) {
		free(*out);
		*out = NULL;
	}
	return st;
}
