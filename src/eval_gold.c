#include "eval_gold.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "eval_match.h"

const char *const relkg_kind_names[RELKG_N_KINDS] = {
	"person", "holds", "treaty", "dispute", "territory", "event", "survey", "mission",
};

const int relkg_kind_fields[RELKG_N_KINDS] = {1, 3, 3, 2, 1, 4, 6, 3};

static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static relkg_status fail(relkg_diag *d, relkg_status st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return st;
}

void relkg_gold_clear(relkg_gold *gold)
{
	free(gold->rows);
	free(gold->text);
	free(gold->field_store);
	memset(gold, 0, sizeof(*gold));
}

/* Python's `not line.strip()`. */
static int blank(const char *s)
{
	while (*s) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &c);
		if (k <= 0 || !relkg_py_space(c)) {
			return 0;
		}
		s += k;
	}
	return 1;
}

static int kind_of(const char *name)
{
	for (int k = 0; k < RELKG_N_KINDS; ++k) {
		if (strcmp(relkg_kind_names[k], name) == 0) {
			return k;
		}
	}
	return -1;
}

/* Splits one line (NUL-terminated, in gold->text) into a row. */
static relkg_status add_row(relkg_gold *gold, char *line, size_t n, char ***store, relkg_diag *d)
{
	char *kind = line;
	int optional = *kind == '?';
	while (*kind == '?') {
		++kind;
	}
	char *tab = strchr(kind, '\t');
	if (tab) {
		*tab = '\0';
	}
	int k = kind_of(kind);
	if (k < 0) {
		return fail(d, RELKG_ERR_SYNTAX, "line %zu: unknown kind '%s'", n, kind);
	}
	relkg_gold_row *row = &gold->rows[gold->n_rows];
	*row = (relkg_gold_row){(relkg_kind)k, optional, *store, 0, n};
	for (char *f = tab ? tab + 1 : NULL; f;) {
		char *next = strchr(f, '\t');
		if (next) {
			*next++ = '\0';
		}
		row->fields[row->n_fields++] = f;
		f = next;
	}
	if ((int)row->n_fields < relkg_kind_fields[k]) {
		return fail(d, RELKG_ERR_SYNTAX, "line %zu: %s needs %d field%s after the kind, has %zu",
			    n, kind, relkg_kind_fields[k], relkg_kind_fields[k] > 1 ? "s" : "",
			    row->n_fields);
	}
	*store += row->n_fields;
	gold->n_rows++;
	return RELKG_OK;
}

/* Checks the text is UTF-8 without NUL. */
static relkg_status check_text(const char *data, size_t len, relkg_diag *d)
{
	size_t line = 1;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)data + i,
						      (utf8proc_ssize_t)(len - i), &c);
		if (k <= 0 || c == 0) {
			return fail(d, RELKG_ERR_ENCODING, "line %zu: %s", line,
				    k <= 0 ? "not UTF-8" : "NUL byte");
		}
		line += c == '\n';
		i += (size_t)k;
	}
	return RELKG_OK;
}

static relkg_status split_lines(relkg_gold *gold, size_t len, relkg_diag *d)
{
	char *t = gold->text;
	size_t n_lines = 1, n_tabs = 0;
	for (size_t i = 0; i < len; ++i) {
		n_lines += t[i] == '\n' || t[i] == '\r';
		n_tabs += t[i] == '\t';
	}
	gold->rows = malloc(n_lines * sizeof(relkg_gold_row));
	gold->field_store = malloc((n_tabs + 1) * sizeof(char *));
	if (!gold->rows || !gold->field_store) {
		return RELKG_ERR_NOMEM;
	}
	char **store = gold->field_store;
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		size_t end = i;
		while (end < len && t[end] != '\n' && t[end] != '\r') {
			++end;
		}
		size_t next = end + (end < len) + (end + 1 < len && t[end] == '\r' && t[end + 1] == '\n');
		t[end] = '\0';
		++n;
		if (!blank(t + i) && t[i] != '#') {
			relkg_status st = add_row(gold, t + i, n, &store, d);
			if (st != RELKG_OK) {
				return st;
			}
		}
		i = next;
	}
	return RELKG_OK;
}

relkg_status relkg_gold_parse(relkg_gold *gold, const char *data, size_t len, relkg_diag *d)
{
	memset(gold, 0, sizeof(*gold));
	relkg_status st = check_text(data, len, d);
	if (st != RELKG_OK) {
		return st;
	}
	gold->text = malloc(len + 1);
	if (!gold->text) {
		return RELKG_ERR_NOMEM;
	}
	memcpy(gold->text, data, len);
	gold->text[len] = '\0';
	st = split_lines(gold, len, d);
	if (st != RELKG_OK) {
		relkg_gold_clear(gold);
	}
	return st;
}

static relkg_status slurp(FILE *fh, relkg_buf *b)
{
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), fh)) > 0) {
		relkg_status st = relkg_buf_append(b, chunk, n);
		if (st != RELKG_OK) {
			return st;
		}
	}
	return ferror(fh) ? RELKG_ERR_IO : RELKG_OK;
}

relkg_status relkg_gold_read(relkg_gold *gold, const char *path, relkg_diag *d)
{
	memset(gold, 0, sizeof(*gold));
	FILE *fh = fopen(path, "rb");
	struct stat sb;
	if (fh && fstat(fileno(fh), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(fh);
		fh = NULL;
		errno = EISDIR;
	}
	if (!fh) {
		return fail(d, RELKG_ERR_IO, "%s", strerror(errno));
	}
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = slurp(fh, &b);
	int err = errno;
	fclose(fh);
	if (st == RELKG_OK) {
		st = relkg_gold_parse(gold, b.data ? b.data : "", b.len, d);
	} else if (st == RELKG_ERR_IO) {
		fail(d, st, "%s", strerror(err));
	}
	relkg_buf_clear(&b);
	return st;
}
