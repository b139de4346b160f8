#include "eval_match.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* The reference scorer's tables, verbatim. */
static const char *const generic_words[] = {
	"the", "of", "and", "island", "islands", "isles", "rocks", "region",
	"territory", "territories", "republic", NULL,
};

static const char *const alias_sets[][6] = {
	{"russia", "russian federation"},
	{"soviet union", "ussr"},
	{"united states", "usa", "us", "united states of america", "america"},
	{"united kingdom", "uk", "britain", "great britain"},
	{"china", "people s republic of china", "prc"},
	{"south korea", "republic of korea", "rok"},
	{"saint petersburg", "st petersburg"},
	{"north korea", "democratic people s republic of korea", "dprk"},
};

int relkg_py_space(long c)
{
	return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
	       c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
	       c == 0x202f || c == 0x205f || c == 0x3000;
}

static int ascii_word(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Appends c (after lowering) or a pending separator; *gap says a separator
 * is pending, *any that a word was written. */
static relkg_status put_char(relkg_buf *out, long c, int *gap, int *any)
{
	if (c >= 'A' && c <= 'Z') {
		c += 'a' - 'A';
	}
	if (c < 0 || c > 0x7f || !ascii_word((int)c)) {
		*gap = 1;
		return RELKG_OK;
	}
	relkg_status st = RELKG_OK;
	if (*gap && *any) {
		st = relkg_buf_putc(out, ' ');
	}
	*gap = 0;
	*any = 1;
	return st == RELKG_OK ? relkg_buf_putc(out, (char)c) : st;
}

/* Not valid UTF-8 (Python would not have read it): ASCII letters and
 * digits only. */
static relkg_status norm_bytes(const char *s, relkg_buf *out)
{
	int gap = 0, any = 0;
	relkg_status st = RELKG_OK;
	for (const unsigned char *p = (const unsigned char *)s; *p && st == RELKG_OK; ++p) {
		st = put_char(out, *p < 0x80 ? *p : -1, &gap, &any);
	}
	return st;
}

relkg_status relkg_name_norm(const char *s, relkg_buf *out)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
		UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT);
	if (len == UTF8PROC_ERROR_NOMEM) {
		return RELKG_ERR_NOMEM;
	}
	if (len < 0) {
		return norm_bytes(s, out);
	}
	relkg_status st = relkg_buf_append(out, "", 0);
	int gap = 0, any = 0;
	for (utf8proc_ssize_t i = 0; i < len && st == RELKG_OK;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &c);
		if (k <= 0) {
			break;
		}
		i += k;
		if (utf8proc_get_property(c)->combining_class != 0) {
			continue; /* unicodedata.combining(c) */
		}
		st = put_char(out, c, &gap, &any);
	}
	free(m);
	return st;
}

static int is_generic(const char *w)
{
	for (const char *const *g = generic_words; *g; ++g) {
		if (strcmp(*g, w) == 0) {
			return 1;
		}
	}
	return 0;
}

static int alias_of(const char *norm)
{
	size_t n_sets = sizeof(alias_sets) / sizeof(alias_sets[0]);
	for (size_t i = 0; i < n_sets; ++i) {
		for (size_t j = 0; j < 6 && alias_sets[i][j]; ++j) {
			if (strcmp(alias_sets[i][j], norm) == 0) {
				return (int)i;
			}
		}
	}
	return -1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Splits wbuf (a copy of norm) into words, builds core, sorts and
 * de-duplicates the words. */
static relkg_status split_words(relkg_name *n)
{
	size_t cap = 1;
	for (const char *p = n->norm; *p; ++p) {
		cap += *p == ' ';
	}
	n->words = malloc(cap * sizeof(char *));
	relkg_buf core;
	relkg_buf_init(&core);
	relkg_status st = n->words ? relkg_buf_append(&core, "", 0) : RELKG_ERR_NOMEM;
	char *save = NULL;
	for (char *w = strtok_r(n->wbuf, " ", &save); w && st == RELKG_OK;
	     w = strtok_r(NULL, " ", &save)) {
		n->words[n->n_words++] = w;
		if (!is_generic(w)) {
			if (core.len) {
				st = relkg_buf_putc(&core, ' ');
			}
			if (st == RELKG_OK) {
				st = relkg_buf_puts(&core, w);
			}
		}
	}
	n->core = relkg_buf_steal(&core);
	if (st != RELKG_OK) {
		return st;
	}
	qsort(n->words, n->n_words, sizeof(char *), cmp_str);
	size_t k = 0;
	for (size_t i = 0; i < n->n_words; ++i) {
		if (k == 0 || strcmp(n->words[k - 1], n->words[i]) != 0) {
			n->words[k++] = n->words[i];
		}
	}
	n->n_words = k;
	return RELKG_OK;
}

relkg_status relkg_name_init(relkg_name *n, const char *s)
{
	memset(n, 0, sizeof(*n));
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_name_norm(s, &b);
	if (st != RELKG_OK) {
		relkg_buf_clear(&b);
		return st;
	}
	n->norm = relkg_buf_steal(&b);
	n->wbuf = n->norm ? strdup(n->norm) : NULL;
	if (!n->norm || !n->wbuf) {
		relkg_name_clear(n);
		return RELKG_ERR_NOMEM;
	}
	n->alias = alias_of(n->norm);
	st = split_words(n);
	if (st != RELKG_OK) {
		relkg_name_clear(n);
	}
	return st;
}

void relkg_name_clear(relkg_name *n)
{
	free(n->norm);
	free(n->core);
	free(n->words);
	free(n->wbuf);
	memset(n, 0, sizeof(*n));
	n->alias = -1;
}

/* Every word of a is a word of b (both sorted, distinct). */
static int subset(const relkg_name *a, const relkg_name *b)
{
	size_t j = 0;
	for (size_t i = 0; i < a->n_words; ++i) {
		while (j < b->n_words && strcmp(b->words[j], a->words[i]) < 0) {
			++j;
		}
		if (j == b->n_words || strcmp(b->words[j], a->words[i]) != 0) {
			return 0;
		}
	}
	return 1;
}

int relkg_name_same(const relkg_name *gold, const relkg_name *cand, int person)
{
	if (gold->n_words == 0) {
		return 0;
	}
	if (person) {
		if (cand->n_words && (subset(gold, cand) || subset(cand, gold))) {
			return 1;
		}
	} else if (gold->core[0] && strcmp(gold->core, cand->core) == 0) {
		return 1;
	}
	return gold->alias >= 0 && gold->alias == cand->alias;
}

int relkg_date_ok(const char *gold, const char *got)
{
	if (strcmp(gold, "-") == 0) {
		return 1;
	}
	return got && strncmp(got, gold, strlen(gold)) == 0;
}

/* Skips Python white space (UTF-8) from s; returns the first other byte. */
static const char *skip_space(const char *s)
{
	for (;;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &c);
		if (k <= 0 || !relkg_py_space(c)) {
			return s;
		}
		s += k;
	}
}

/* The text between leading and trailing white space, as a malloc'd copy
 * with '_' between digits removed; NULL if empty or '_' is misplaced. */
static char *trimmed_digits(const char *s)
{
	s = skip_space(s);
	size_t n = strlen(s);
	while (n > 0) {
		size_t k = n - 1;
		while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80) {
			--k;
		}
		utf8proc_int32_t c;
		if (utf8proc_iterate((const utf8proc_uint8_t *)s + k, (utf8proc_ssize_t)(n - k), &c) <= 0 ||
		    !relkg_py_space(c)) {
			break;
		}
		n = k;
	}
	char *out = n ? malloc(n + 1) : NULL;
	size_t o = 0;
	for (size_t i = 0; out && i < n; ++i) {
		if (s[i] == '_') {
			int ok = i > 0 && i + 1 < n && s[i - 1] >= '0' && s[i - 1] <= '9' &&
				 s[i + 1] >= '0' && s[i + 1] <= '9';
			if (!ok) {
				free(out);
				return NULL;
			}
			continue;
		}
		out[o++] = s[i];
	}
	if (out) {
		out[o] = '\0';
	}
	return out;
}

static size_t digits(const char *s)
{
	size_t n = 0;
	while (s[n] >= '0' && s[n] <= '9') {
		++n;
	}
	return n;
}

/* Python float syntax (after trimming and dropping '_'). */
static int float_syntax(const char *s)
{
	if (*s == '+' || *s == '-') {
		++s;
	}
	if (!strcasecmp(s, "inf") || !strcasecmp(s, "infinity") || !strcasecmp(s, "nan")) {
		return 1;
	}
	size_t a = digits(s);
	s += a;
	size_t b = 0;
	if (*s == '.') {
		b = digits(++s);
		s += b;
	}
	if (a + b == 0) {
		return 0;
	}
	if (*s == 'e' || *s == 'E') {
		++s;
		if (*s == '+' || *s == '-') {
			++s;
		}
		size_t e = digits(s);
		if (e == 0) {
			return 0;
		}
		s += e;
	}
	return *s == '\0';
}

int relkg_py_float(const char *s, double *out)
{
	char *t = trimmed_digits(s);
	int ok = t && float_syntax(t);
	if (ok) {
		*out = strtod(t, NULL);
	}
	free(t);
	return ok;
}

int relkg_py_int(const char *s, long long *out)
{
	char *t = trimmed_digits(s);
	const char *p = t;
	if (p && (*p == '+' || *p == '-')) {
		++p;
	}
	int ok = p && *p && digits(p) == strlen(p);
	if (ok) {
		const long long cap = 1LL << 62;
		long long v = 0;
		for (; *p; ++p) {
			v = v > cap / 10 ? cap : v * 10 + (*p - '0');
		}
		v = v > cap ? cap : v;
		*out = t[0] == '-' ? -v : v;
	}
	free(t);
	return ok;
}
