#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#include <stdarg.h>
#include <stdint.h>
static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return st;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 and *why
 * names what is wrong with it. */
static size_t utf8_valid(const unsigned char *s, size_t n, const char **why)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		return 1;
	}
	size_t k;
	unsigned cp;
	if (c >= 0x80 && c <= 0xBF) {
		*why = "a stray continuation byte";
		return 0;
	} else if (c == 0xC0 || c == 0xC1) {
		*why = "an overlong encoding";
		return 0;
	} else if (c <= 0xDF) {
		k = 2;
		cp = c & 0x1F;
	} else if (c <= 0xEF) {
		k = 3;
		cp = c & 0x0F;
	} else if (c <= 0xF4) {
		k = 4;
		cp = c & 0x07;
	} else {
		*why = "a byte that never occurs in UTF-8";
		return 0;
	}
	for (size_t i = 1; i < k; ++i) {
		if (i >= n) {
			*why = "a sequence cut off by the end of the input";
			return 0;
		}
		if ((s[i] & 0xC0) != 0x80) {
			*why = "a lead byte without its continuation bytes";
			return 0;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000)) {
		*why = "an overlong encoding";
	} else if (cp > 0x10FFFF) {
		*why = "a code point above U+10FFFF";
	} else if (cp >= 0xD800 && cp <= 0xDFFF) {
		*why = "a UTF-16 surrogate (CESU-8 or WTF-8, not UTF-8)";
	} else if (cp == 0xFFFE || cp == 0xFFFF) {
		*why = "the noncharacter U+FFFE or U+FFFF";
	} else {
		return k;
	}
	return 0;
}

/* Printable ASCII (0x20-0x7F): valid UTF-8 that the check copies as is. */
static int plain_ascii(unsigned char c)
{
	return c >= 0x20 && c < 0x80;
}

/* The number of leading printable ASCII bytes of s[0..8) (8 when all):
 * bytes with the top bit set are marked, and bytes below 0x20 by a
 * borrow (x - 0x20 sets no top bit of another byte below 0x80); a borrow
 * reaches only bytes after a byte below 0x20, so the lowest mark is
 * exact.  A run and the byte that ends it are found with
 * one test of the result, not a word loop and a byte loop that each
 * mispredict their exit. */
static unsigned plain_prefix8(const unsigned char *s)
{
	const uint64_t hi = 0x8080808080808080ULL, spaces = 0x2020202020202020ULL;
	uint64_t x;
	memcpy(&x, s, sizeof(x));
	uint64_t m = (x | (x - spaces)) & hi;
	return m ? (unsigned)__builtin_ctzll(m) / 8 : 8;
}

/* Number of leading printable ASCII bytes of s[i..n), copied to s + w
 * (w <= i) in the same pass: the fast path of relkg_input_check.  Only
 * the plain bytes are moved: the bytes after them, not read yet, may lie
 * where they would land. */
static size_t copy_plain(unsigned char *s, size_t n, size_t i, size_t w)
{
	size_t k = 0;
	while (i + k + 8 <= n) {
		unsigned p = plain_prefix8(s + i + k);
		if (w != i) {
			memmove(s + w + k, s + i + k, p);
		}
		k += p;
		if (p < 8) {
			return k;
		}
	}
	while (i + k < n && plain_ascii(s[i + k])) {
		s[w + k] = s[i + k];
		++k;
	}
	return k;
}

/* Does the start of the input look like binary data rather than text
 * with a few bad bytes: in the first 4 KiB, more than 1 in 16 bytes a
 * NUL, a control character or the start of an invalid UTF-8 sequence? */
static int looks_binary(const unsigned char *s, size_t n)
{
	size_t lim = n < 4096 ? n : 4096, bad = 0;
	for (size_t i = 0; i < lim;) {
		if (i + 8 <= lim) { /* most of an article: 8 at once */
			unsigned p = plain_prefix8(s + i);
			i += p;
			if (p == 8) {
				continue;
			}
		} else if (plain_ascii(s[i])) {
			++i;
			continue;
		}
		const char *why;
		size_t k = utf8_valid(s + i, n - i, &why);
		if (k == 0 || (s[i] < 0x20 && !strchr("\n\r\t\f", s[i])) || s[i] == 0) {
			++bad;
			k = 1;
		}
		i += k;
	}
	return lim >= 64 && bad * 16 > lim;
}

relkg_status relkg_input_check(char *data, size_t *len, relkg_diag *d)
{
	unsigned char *s = (unsigned char *)data;
	size_t n = *len;
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		return fail(d, RELKG_ERR_ENCODING, "UTF-16 text (byte-order mark); convert it to UTF-8, e.g. with iconv");
	}
	if (looks_binary(s, n)) {
		return fail(d, RELKG_ERR_BINARY, "binary data, not text (NUL bytes, control characters or invalid UTF-8 throughout)");
	}
	size_t i = 0;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		i = 3; /* UTF-8 BOM: dropped */
	}
	size_t w = 0, line = 1, controls = 0;
	for (; i < n;) {
		size_t plain = copy_plain(s, n, i, w);
		i += plain;
		w += plain;
		if (i >= n) {
			break;
		}
		unsigned char c = s[i];
		if (c == 0) {
			return fail(d, RELKG_ERR_ENCODING, "NUL byte at byte %zu (line %zu): binary data or UTF-16?", i, line);
		}
		const char *why = "";
		size_t k = utf8_valid(s + i, n - i, &why);
		if (k == 0) {
			return fail(d, RELKG_ERR_ENCODING, "invalid UTF-8 at byte %zu (line %zu): %s", i,
				    line, why);
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
		if (e == EBADF) {
			return fail(d, RELKG_ERR_IO, "cannot read: the file descriptor is closed");
		}
		return fail(d, RELKG_ERR_IO, "read error: %s", strerror(e));
	}
	*len = b.len;
	*out = relkg_buf_steal(&b);
	return RELKG_OK;
}

/* The read error message slurp gives for errno e. */
static relkg_status read_error(relkg_diag *d, int e)
{
	if (e == EBADF) {
		return fail(d, RELKG_ERR_IO, "cannot read: the file descriptor is closed");
	}
	return fail(d, RELKG_ERR_IO, "read error: %s", strerror(e));
}

/* Reads fd to its end into *out (NUL-terminated, *len bytes): straight
 * into one buffer of the size fstat gave (hint, 0 when unknown), grown
 * when the file is longer; slurp's limits and messages. */
static relkg_status read_fd(int fd, size_t hint, char **out, size_t *len, relkg_diag *d)
{
	size_t cap = hint + 1 > 4096 ? hint + 1 : 4096, n = 0;
	char *b = malloc(cap + 1);
	if (!b) {
		return fail(d, RELKG_ERR_NOMEM, "out of memory");
	}
	for (;;) {
		if (n == cap) {
			char *nb = realloc(b, 2 * cap + 1); /* n <= RELKG_INPUT_MAX: bounded */
			if (!nb) {
				free(b);
				return fail(d, RELKG_ERR_NOMEM, "out of memory");
			}
			b = nb;
			cap *= 2;
		}
		ssize_t k = read(fd, b + n, cap - n);
		if (k < 0 && errno == EINTR) {
			continue;
		}
		if (k < 0) {
			int e = errno;
			free(b);
			return read_error(d, e);
		}
		if (k == 0) {
			break;
		}
		if (n + (size_t)k > RELKG_INPUT_MAX) {
			free(b);
			return fail(d, RELKG_ERR_TOO_BIG, "larger than %zu MiB, the limit for one article", RELKG_INPUT_MAX >> 20);
		}
		n += (size_t)k;
	}
	b[n] = '\0';
	*out = b;
	*len = n;
	return RELKG_OK;
}

/* Opens path and reads it whole: one open, one fstat (directory, size
 * limit) and reads straight into the article's buffer, not stat, stdio
 * and a copy through a 64 KiB chunk (a corpus reads thousands). */
static relkg_status read_path(const char *path, char **out, size_t *len, relkg_diag *d)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return fail(d, RELKG_ERR_IO, "cannot open: %s", strerror(errno));
	}
	struct stat sb;
	relkg_status st = RELKG_OK;
	if (fstat(fd, &sb) != 0) {
		st = fail(d, RELKG_ERR_IO, "cannot open: %s", strerror(errno));
	} else if (S_ISDIR(sb.st_mode)) {
		st = fail(d, RELKG_ERR_IO, "is a directory");
	} else if (S_ISREG(sb.st_mode) && (unsigned long long)sb.st_size > RELKG_INPUT_MAX) {
		st = fail(d, RELKG_ERR_TOO_BIG, "%llu bytes, larger than %zu MiB, the limit for one article",
			  (unsigned long long)sb.st_size, RELKG_INPUT_MAX >> 20);
	} else {
		st = read_fd(fd, S_ISREG(sb.st_mode) ? (size_t)sb.st_size : 0, out, len, d);
	}
	close(fd);
	return st;
}

relkg_status relkg_input_read(const char *path, char **out, size_t *len, relkg_diag *d)
{
	d->msg[0] = '\0';
	relkg_status st = strcmp(path, "-") == 0 ? slurp(stdin, out, len, d)
						 : read_path(path, out, len, d);
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
