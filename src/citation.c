/* Reference-list entries, as the common citation styles write them:
 *
 *   "Title". Publisher. 2012. Retrieved 12 August 2013.     (cite templates)
 *   Author (2010). "Title". Publisher.                      (author first)
 *   Title Month D, YYYY Publisher                           (mirror flattening)
 *   Title, Publisher, Accessed 2008-07-19                   (comma form)
 *   Title AGENCY                                            (trailing acronym)
 *
 * "Retrieved"/"Accessed" dates are access dates, never the publication date.
 * Dates come out as ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
#include "citation.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

typedef struct {
	size_t begin, end; /* span in the entry text */
	char iso[11];
} date_match;

/* ---- dates ---- */

static const char *const months[] = {"january", "february", "march", "april", "may",
				     "june", "july", "august", "september", "october",
				     "november", "december"};

/* Month name (full, or three letters with an optional period, "Sept") at
 * s+i; advances *i and returns 1..12, 0 when none. */
/* the months' first letters, a bit each ('a' bit 0): most words begin
 * with another, and month_at's loop would find none */
enum { MONTH_FIRSTS = 1 << ('j' - 'a') | 1 << ('f' - 'a') | 1 << ('m' - 'a') | 1 << ('a' - 'a') |
		      1 << ('s' - 'a') | 1 << ('o' - 'a') | 1 << ('n' - 'a') | 1 << ('d' - 'a') };

/* Does byte c start a month's name as month_at tests it first (its
 * letter in either case in MONTH_FIRSTS)? */
static int month_first(unsigned char c)
{
	unsigned f = (c | 0x20u) - 'a';
	return f < 26u && ((unsigned)MONTH_FIRSTS >> f & 1u);
}

static int month_at(const char *s, size_t n, size_t *i)
{
	if (*i >= n || !month_first((unsigned char)s[*i])) {
		return 0;
	}
	size_t k = *i;
	while (k < n && isalpha((unsigned char)s[k])) {
		++k;
	}
	size_t w = k - *i;
	if (w < 3) {
		return 0;
	}
	unsigned first = (unsigned char)s[*i] | 0x20u; /* a letter: its lower case */
	for (int m = 0; m < 12; ++m) {
		if ((unsigned char)months[m][0] != first) {
			continue; /* what strncasecmp would find at once */
		}
		size_t full = strlen(months[m]);
		int ok = (w == full || w == 3 || (m == 8 && w == 4)) && w <= full &&
			 strncasecmp(s + *i, months[m], w) == 0;
		if (ok) {
			if (w < full && k < n && s[k] == '.') {
				++k;
			}
			*i = k;
			return m + 1;
		}
	}
	return 0;
}

/* Up to `max` digits at s+i (at least `min`); -1 when fewer. */
static int number_at(const char *s, size_t n, size_t *i, int min, int max)
{
	int v = 0, d = 0;
	size_t k = *i;
	while (k < n && d < max && isdigit((unsigned char)s[k])) {
		v = v * 10 + (s[k] - '0');
		++k;
		++d;
	}
	if (d < min || (k < n && isdigit((unsigned char)s[k]))) {
		return -1;
	}
	*i = k;
	return v;
}

static int plausible(int y, int m, int d)
{
	return y >= 1000 && y <= 2199 && m >= 0 && m <= 12 && d >= 0 && d <= 31 &&
	       !(d && !m);
}

static void format_iso(char iso[11], int y, int m, int d)
{
	if (d) {
		snprintf(iso, 11, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	} else if (m) {
		snprintf(iso, 8, "%04d-%02d", y % 10000, m % 100);
	} else {
		snprintf(iso, 5, "%04d", y % 10000);
	}
}

/* "2008-07-19", "2008-07", "04.02.2011" (day first), "12 August 2013",
 * "April 26, 2013", "March 2007", "2012" at s+p.  Returns its length, 0
 * when no date starts there. */
static size_t date_at(const char *s, size_t n, size_t p, char iso[11])
{
	size_t i = p;
	int y = -1, m = 0, d = 0, v;
	if ((v = number_at(s, n, &i, 4, 4)) >= 0) { /* YYYY[-MM[-DD]] */
		y = v;
		size_t j = i;
		if (j + 1 < n && s[j] == '-' && (v = number_at(s, n, &(size_t){j + 1}, 2, 2)) > 0) {
			m = v;
			i = j + 3;
			if (i + 1 < n && s[i] == '-' && (v = number_at(s, n, &(size_t){i + 1}, 2, 2)) > 0) {
				d = v;
				i += 3;
			}
		}
	} else if ((v = number_at(s, n, &i, 1, 2)) > 0) { /* DD.MM.YYYY or D Month YYYY */
		d = v;
		if (i < n && s[i] == '.') {
			++i;
			if ((m = number_at(s, n, &i, 1, 2)) <= 0 || i >= n || s[i] != '.') {
				return 0;
			}
			++i;
		} else {
			if (i < n && s[i] == ' ') {
				++i;
			}
			if (!(m = month_at(s, n, &i))) {
				return 0;
			}
			if (i < n && s[i] == ' ') {
				++i;
			}
		}
		if ((y = number_at(s, n, &i, 4, 4)) < 0) {
			return 0;
		}
	} else if ((m = month_at(s, n, &i)) > 0) { /* Month [D,] YYYY */
		if (i < n && s[i] == ' ') {
			++i;
		}
		size_t j = i;
		if ((v = number_at(s, n, &j, 1, 2)) > 0) {
			d = v;
			i = j;
			if (i < n && s[i] == ',') {
				++i;
			}
			if (i < n && s[i] == ' ') {
				++i;
			}
		}
		if ((y = number_at(s, n, &i, 4, 4)) < 0) {
			return 0;
		}
	}
	if (y < 0 || !plausible(y, m, d) || (i < n && isalnum((unsigned char)s[i]))) {
		return 0;
	}
	format_iso(iso, y, m, d);
	return i - p;
}

static int word_begins(const char *s, size_t i)
{
	return i == 0 || !isalnum((unsigned char)s[i - 1]);
}

/* Can date_at find a date that starts with byte c?  Each of its forms
 * starts with a digit or a month's name (month_first): last_date asks
 * this of every byte of an entry first, and nearly every byte is no such
 * start (date_at would then cost its calls and branches for nothing). */
static int date_may_start(unsigned char c)
{
	return (unsigned)(c - '0') < 10u || month_first(c);
}

/* The last date in s[0..n) with a month in it, or a bare year that ends
 * the text; 0 when none. */
static int last_date(const char *s, size_t n, date_match *out)
{
	int found = 0;
	for (size_t i = 0; i < n; ++i) {
		char iso[11];
		size_t k;
		if (!date_may_start((unsigned char)s[i]) || !word_begins(s, i) ||
		    !(k = date_at(s, n, i, iso))) {
			continue;
		}
		if (strlen(iso) == 4 && (i + k < n || (i > 0 && s[i - 1] != ' '))) {
			continue;
		}
		out->begin = i;
		out->end = i + k;
		memcpy(out->iso, iso, sizeof(iso));
		found = 1;
		i += k - 1;
	}
	return found;
}

/* ---- small string helpers ---- */

static void trim(const char *s, size_t *b, size_t *e)
{
	while (*b < *e && (isspace((unsigned char)s[*b]) || s[*b] == '.' || s[*b] == ',')) {
		++*b;
	}
	while (*e > *b && (isspace((unsigned char)s[*e - 1]) || s[*e - 1] == '.' ||
			   s[*e - 1] == ',' || s[*e - 1] == ':' || s[*e - 1] == '-' ||
			   s[*e - 1] == ';')) {
		--*e;
	}
}

static relkg_status set_field(char **field, const char *s, size_t b, size_t e)
{
	trim(s, &b, &e);
	if (*field || e <= b) {
		return RELKG_OK;
	}
	*field = relkg_strndup(s + b, e - b);
	return *field ? RELKG_OK : RELKG_ERR_NOMEM;
}

static relkg_status set_date(char **field, const char *iso)
{
	if (*field) {
		return RELKG_OK;
	}
	*field = relkg_strndup(iso, strlen(iso));
	return *field ? RELKG_OK : RELKG_ERR_NOMEM;
}

static size_t find_ci(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	/* what strncasecmp compares first, without a tolower per byte: a
	 * byte is a letter in either case when it is that letter with bit 5
	 * set (C locale); anything else only as itself */
	unsigned first = (unsigned char)tolower((unsigned char)w[0]);
	unsigned fold = isalpha((unsigned char)w[0]) ? 0x20u : 0u;
	for (size_t i = 0; i + k <= n; ++i) {
		if (((unsigned char)s[i] | fold) == first && word_begins(s, i) &&
		    strncasecmp(s + i, w, k) == 0) {
			return i;
		}
	}
	return n;
}

/* ---- access dates ---- */

/* Cuts "Retrieved 12 August 2013." / "Accessed 2008-07-19" / "Archived from
 * the original on ..." off the end; fills c->accessed.  Returns the new end. */
static size_t cut_access(relkg_citation *c, size_t n, relkg_status *st)
{
	static const char *const words[] = {"Retrieved", "Accessed", "Archived from",
					    "Archived on", NULL};
	const char *s = c->text;
	size_t cut = n;
	for (const char *const *w = words; *w; ++w) {
		size_t at = find_ci(s, n, *w);
		if (at >= cut) {
			continue;
		}
		cut = at;
		if (w - words < 2) {
			size_t p = at + strlen(*w);
			while (p < n && (s[p] == ' ' || s[p] == ':')) {
				++p;
			}
			if (strncasecmp(s + p, "on ", 3) == 0) {
				p += 3;
			}
			char iso[11];
			if (date_at(s, n, p, iso)) {
				free(c->accessed);
				c->accessed = relkg_strndup(iso, strlen(iso));
				*st = c->accessed ? RELKG_OK : RELKG_ERR_NOMEM;
			}
		}
	}
	return cut;
}

/* ---- the styles ---- */

static int is_open_quote(const char *s, size_t i, size_t n, size_t *w)
{
	if (s[i] == '"') {
		*w = 1;
		return 1;
	}
	if (i + 2 < n && memcmp(s + i, "\xE2\x80\x9C", 3) == 0) {
		*w = 3;
		return 1;
	}
	return 0;
}

static size_t close_quote(const char *s, size_t i, size_t n, size_t *w)
{
	for (size_t k = i; k < n; ++k) {
		if (s[k] == '"') {
			*w = 1;
			return k;
		}
		if (k + 2 < n && memcmp(s + k, "\xE2\x80\x9D", 3) == 0) {
			*w = 3;
			return k;
		}
	}
	return n;
}

/* End of a ". "-separated segment; a month abbreviation's period ("Sept.")
 * does not end one. */
static size_t segment_end(const char *s, size_t b, size_t e)
{
	for (size_t k = b; k < e; ++k) {
		if (s[k] != '.' || (k + 1 < e && s[k + 1] != ' ')) {
			continue;
		}
		size_t w = k;
		while (w > b && isalpha((unsigned char)s[w - 1])) {
			--w;
		}
		size_t p = w;
		if (k - w >= 3 && k - w <= 4 && month_at(s, k, &p) && p == k) {
			continue;
		}
		return k;
	}
	return e;
}

/* After the quoted title: ". Publisher. 2012." segments split at ". ". */
static relkg_status parse_segments(relkg_citation *c, size_t b, size_t e)
{
	const char *s = c->text;
	relkg_status st = RELKG_OK;
	while (b < e && st == RELKG_OK) {
		size_t k = segment_end(s, b, e);
		size_t sb = b, se = k;
		trim(s, &sb, &se);
		char iso[11];
		size_t dl = se > sb ? date_at(s, se, sb, iso) : 0;
		if ((dl && sb + dl == se) ||
		    (se > sb && s[sb] == '(' && date_at(s, se, sb + 1, iso) > 0)) {
			st = set_date(&c->date, iso); /* "2012." or "(2012)" */
		} else if (se > sb && !isdigit((unsigned char)s[sb]) &&
			   strncmp(s + sb, "p. ", 3) != 0 && strncmp(s + sb, "pp", 2) != 0) {
			st = set_field(&c->publisher, s, sb, se);
		}
		b = k + 1;
	}
	return st;
}

/* "Author (2010). "Title". Publisher." and ""Title". Publisher. 2012." */
static int parse_quoted(relkg_citation *c, size_t n, relkg_status *st)
{
	const char *s = c->text;
	for (size_t i = 0; i < n; ++i) {
		size_t ow, cw;
		if (!is_open_quote(s, i, n, &ow)) {
			continue;
		}
		size_t q = close_quote(s, i + ow, n, &cw);
		if (q == n || q == i + ow) {
			return 0;
		}
		*st = set_field(&c->title, s, i + ow, q);
		for (size_t k = 0; k + 1 < i && *st == RELKG_OK; ++k) {
			char iso[11];
			if (s[k] == '(' && date_at(s, i, k + 1, iso)) {
				*st = set_date(&c->date, iso); /* "Author (2010)." */
			}
		}
		if (*st == RELKG_OK) {
			*st = parse_segments(c, q + cw, n);
		}
		return 1;
	}
	return 0;
}

static int capitalised_words(const char *s, size_t b, size_t e, size_t max_words)
{
	static const char *const small[] = {"of", "and", "the", "for", "de", "&", NULL};
	size_t words = 0;
	size_t i = b;
	while (i < e) {
		size_t k = i;
		while (k < e && s[k] != ' ') {
			++k;
		}
		int ok = isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]);
		for (const char *const *w = small; *w && !ok; ++w) {
			ok = strlen(*w) == k - i && strncmp(s + i, *w, k - i) == 0;
		}
		if (!ok) {
			return 0;
		}
		++words;
		i = k + 1;
	}
	return words >= 1 && words <= max_words;
}

/* "Title, Publisher": the last comma part when it reads like a name. */
static int parse_comma(relkg_citation *c, size_t n, relkg_status *st)
{
	const char *s = c->text;
	size_t e = n;
	trim(s, &(size_t){0}, &e);
	size_t k = e;
	while (k > 1 && !(s[k - 2] == ',' && s[k - 1] == ' ')) {
		--k;
	}
	if (k <= 1 || isdigit((unsigned char)s[k]) || !capitalised_words(s, k, e, 5)) {
		return 0;
	}
	size_t words = 0;
	for (size_t i = 0; i + 2 < k; ++i) {
		words += s[i] == ' ';
	}
	if (words < 2) {
		return 0;
	}
	*st = set_field(&c->title, s, 0, k - 2);
	if (*st == RELKG_OK) {
		*st = set_field(&c->publisher, s, k, e);
	}
	return 1;
}

/* "Title AGENCY": a trailing all-capitals word names the publisher. */
static size_t trailing_acronym(const char *s, size_t b, size_t e)
{
	size_t k = e;
	while (k > b && s[k - 1] != ' ') {
		--k;
	}
	if (e - k < 2 || k <= b) {
		return e;
	}
	int letters = 0;
	for (size_t i = k; i < e; ++i) {
		if (isupper((unsigned char)s[i])) {
			++letters;
		} else if (s[i] != '-' && s[i] != '&') {
			return e;
		}
	}
	size_t words = 0;
	for (size_t i = b; i < k; ++i) {
		words += s[i] == ' ';
	}
	return letters >= 2 && words >= 3 ? k : e;
}

/* "Title April 26, 2013 Publisher", "Title 2006", "Title AGENCY", "Title". */
static relkg_status parse_plain(relkg_citation *c, size_t n)
{
	const char *s = c->text;
	relkg_status st = RELKG_OK;
	date_match d;
	if (last_date(s, n, &d) && d.begin > 0) {
		st = set_date(&c->date, d.iso);
		if (st == RELKG_OK) {
			st = set_field(&c->title, s, 0, d.begin);
		}
		if (st == RELKG_OK) {
			st = set_field(&c->publisher, s, d.end, n);
		}
		return st;
	}
	size_t e = n;
	trim(s, &(size_t){0}, &e);
	size_t a = trailing_acronym(s, 0, e);
	st = set_field(&c->title, s, 0, a);
	if (st == RELKG_OK && a < e) {
		st = set_field(&c->publisher, s, a, e);
	}
	return st;
}

relkg_status relkg_citation_parse(relkg_citation *c)
{
	relkg_status st = RELKG_OK;
	if (!c->text || !c->text[0]) {
		return RELKG_OK;
	}
	size_t n = cut_access(c, strlen(c->text), &st);
	if (st != RELKG_OK || n == 0) {
		return st;
	}
	if (parse_quoted(c, n, &st) || st != RELKG_OK) {
		return st;
	}
	date_match d;
	int dated = last_date(c->text, n, &d) && d.begin > 0;
	if (!dated && strchr(c->text, ',') && parse_comma(c, n, &st)) {
		return st;
	}
	return parse_plain(c, n);
}
