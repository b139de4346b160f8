#include "dates.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bytes8.h"
#include "doc.h"
#include "try.h"

static const char *const months[] = {"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"};

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The month whose name's first three bytes s (n >= 3) starts with, or
 * -1.  Every name and abbreviation below starts so, and the twelve
 * prefixes differ, so at most one month can match s at all; most words
 * fail here cheaply: the three bytes as a number, hashed (a multiply and
 * a shift that send the twelve prefixes to twelve of sixteen slots), and
 * one compare with the prefix kept in the slot, whose branch is almost
 * never taken (a search by first letter mispredicted at most capitals). */
#define MONTH_HASH(k) ((uint32_t)((k) * UINT32_C(0x67e5)) >> 28)
#define MONTH_KEY(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
static int month_of_prefix(const char *s)
{
	/* by slot: the prefix's key and the month (0-11); an empty slot's
	 * key 0 is that of no three bytes hashing there (0 hashes to slot 0,
	 * July's) */
#define MONTH_SLOT(a, b, c, m) [MONTH_HASH(MONTH_KEY(a, b, c))] = {MONTH_KEY(a, b, c), m}
	static const struct {
		uint32_t key;
		int month;
	} slots[16] = {
		MONTH_SLOT('J', 'a', 'n', 0), MONTH_SLOT('F', 'e', 'b', 1), MONTH_SLOT('M', 'a', 'r', 2),
		MONTH_SLOT('A', 'p', 'r', 3), MONTH_SLOT('M', 'a', 'y', 4), MONTH_SLOT('J', 'u', 'n', 5),
		MONTH_SLOT('J', 'u', 'l', 6), MONTH_SLOT('A', 'u', 'g', 7), MONTH_SLOT('S', 'e', 'p', 8),
		MONTH_SLOT('O', 'c', 't', 9), MONTH_SLOT('N', 'o', 'v', 10), MONTH_SLOT('D', 'e', 'c', 11),
	};
#undef MONTH_SLOT
	const unsigned char *u = (const unsigned char *)s;
	uint32_t k = MONTH_KEY(u[0], u[1], u[2]);
	unsigned h = MONTH_HASH(k);
	return slots[h].key == k ? slots[h].month : -1;
}

int relkg_month_name(const char *s, size_t n, size_t *len)
{
	int m = n < 3 ? -1 : month_of_prefix(s);
	if (m < 0) {
		return 0;
	}
	size_t k = strlen(months[m]);
	if (n >= k && strncmp(s, months[m], k) == 0 && (n == k || !is_alpha(s[k]))) {
		*len = k;
		return m + 1;
	}
	/* "Sept." and three-letter abbreviations ("Aug.", "Dec") */
	if (n >= 4 && strncmp(s, "Sept", 4) == 0 && (n == 4 || !is_alpha(s[4]))) {
		*len = (n > 4 && s[4] == '.') ? 5 : 4;
		return 9;
	}
	if (n == 3 || !is_alpha(s[3])) {
		*len = (n > 3 && s[3] == '.') ? 4 : 3;
		return m == 4 ? 0 : m + 1; /* "May" is only the full name */
	}
	return 0;
}

/* Digits at s: their count (at most max+1, so callers can reject longer
 * runs) and value. */
static size_t digits(const char *s, size_t n, size_t max, int *val)
{
	size_t k = 0;
	int v = 0;
	while (k < n && k <= max && is_digit(s[k])) {
		v = v * 10 + (s[k] - '0');
		++k;
	}
	*val = v;
	return k;
}

static int plausible_year(int y)
{
	return y >= 1000 && y <= 2099;
}

static int valid_day(int y, int m, int d)
{
	static const int dim[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > dim[m - 1]) {
		return 0;
	}
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

/* Writes v (0-9999) as `width` digits at p, zero-padded; p past them. */
static char *put_digits(char *p, int v, int width)
{
	for (int k = width - 1; k >= 0; --k) {
		p[k] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + width;
}

size_t relkg_date_iso(char *tmp, int y, int m, int d)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		/* no date of the text: snprintf's own forms (a sign, more
		 * digits) */
		int n = d ? snprintf(tmp, RELKG_DATE_ISO_MAX, "%04d-%02d-%02d", y, m, d)
			: m ? snprintf(tmp, RELKG_DATE_ISO_MAX, "%04d-%02d", y, m)
			    : snprintf(tmp, RELKG_DATE_ISO_MAX, "%04d", y);
		return n > 0 ? (size_t)n : 0;
	}
	char *p = put_digits(tmp, y, 4);
	if (m || d) {
		*p++ = '-';
		p = put_digits(p, m, 2);
	}
	if (d) {
		*p++ = '-';
		p = put_digits(p, d, 2);
	}
	*p = '\0';
	return (size_t)(p - tmp);
}

/* Writes the date into out->iso, cut to its size as snprintf into it
 * would (a year beyond four digits; none is today). */
static void set_iso(relkg_date *out, int y, int m, int d)
{
	char tmp[RELKG_DATE_ISO_MAX];
	size_t n = relkg_date_iso(tmp, y, m, d);
	n = n < sizeof(out->iso) ? n : sizeof(out->iso) - 1;
	memcpy(out->iso, tmp, n);
	out->iso[n] = '\0';
}

static void set_date(relkg_date *out, int y, int m, int d)
{
	out->end_year = 0;
	set_iso(out, y, m, d);
	out->xsd = d ? "xsd:date" : m ? "xsd:gYearMonth" : "xsd:gYear";
}

static int days_in(int y, int m)
{
	static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : dim[m - 1];
}

void relkg_date_shift(const relkg_date *d, int years, int n_months, int days, int keep,
		      relkg_date *out)
{
	int y = 0, m = 0, dd = 0;
	*out = *d;
	if (sscanf(d->iso, "%d-%d-%d", &y, &m, &dd) < 1) {
		return;
	}
	int prec = dd ? 3 : m ? 2 : 1;
	for (; prec == 3 && days > 0; --days) {
		if (++dd > days_in(y, m)) {
			dd = 1;
			m = m % 12 + 1;
			y += m == 1;
		}
	}
	if (prec >= 2 && n_months) {
		int mm = (m - 1) + n_months;
		y += mm >= 0 ? mm / 12 : -((11 - mm) / 12);
		m = ((mm % 12) + 12) % 12 + 1;
		dd = dd > days_in(y, m) ? days_in(y, m) : dd;
	}
	y += years;
	prec = prec < keep ? prec : keep;
	dd = prec == 3 ? (dd > days_in(y, m) ? days_in(y, m) : dd) : 0;
	set_date(out, y, prec >= 2 ? m : 0, dd);
}

/* A four-digit year at s standing alone (not "1980s", not "12345"). */
static size_t year_at(const char *s, size_t n, int *y)
{
	size_t k = digits(s, n, 4, y);
	if (k != 4 || !plausible_year(*y)) {
		return 0;
	}
	if (k < n && (is_alpha(s[k]) || is_digit(s[k]))) {
		return 0;
	}
	return 4;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ') {
		++i;
	}
	return i;
}

/* "July and August 2024", "May to June 2019", "March–April 2020": a
 * month joined to a second one with the year; the bytes covered, the
 * year in *y, or 0.  ml is the first month's length. */
static size_t month_range(const char *s, size_t n, size_t ml, int *y)
{
	size_t i = ml;
	if (i + 5 < n && strncmp(s + i, " and ", 5) == 0) {
		i += 5;
	} else if (i + 4 < n && strncmp(s + i, " to ", 4) == 0) {
		i += 4;
	} else if (i + 3 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		   (unsigned char)s[i + 2] == 0x93) {
		i += 3;
	} else {
		return 0;
	}
	size_t ml2;
	if (!relkg_month_name(s + i, n - i, &ml2)) {
		return 0;
	}
	size_t j = skip_spaces(s, n, i + ml2);
	size_t yl = j > i + ml2 ? year_at(s + j, n - j, y) : 0;
	return yl ? j + yl : 0;
}

/* "August 16, 2006", "March 2014" */
static size_t parse_month_first(const char *s, size_t n, relkg_date *out)
{
	size_t ml;
	int m = relkg_month_name(s, n, &ml);
	if (!m) {
		return 0;
	}
	size_t i = skip_spaces(s, n, ml);
	int d = 0, y;
	size_t k = digits(s + i, n - i, 2, &d);
	if (k >= 1 && k <= 2 && (i + k >= n || !is_digit(s[i + k]))) {
		size_t j = i + k;
		if (j < n && s[j] == ',') {
			++j;
		}
		j = skip_spaces(s, n, j);
		size_t yl = year_at(s + j, n - j, &y);
		if (yl && valid_day(y, m, d)) {
			set_date(out, y, m, d);
			return j + yl;
		}
		return 0; /* "March 5" without a year: no date */
	}
	size_t yl = year_at(s + i, n - i, &y);
	if (yl && i > ml) {
		set_date(out, y, m, 0);
		return i + yl;
	}
	size_t r = month_range(s, n, ml, &y);
	if (r) {
		set_date(out, y, m, 0);
		return r;
	}
	return 0;
}

/* A span of days before the month ("7 to 10 April 2017", "7–10 April",
 * "7-10 April", "14 and 16 July"): where the month starts after the second day, or 0.  k
 * is the first day's length. */
static size_t day_range(const char *s, size_t n, size_t k)
{
	size_t i = k;
	if (i + 4 < n && strncmp(s + i, " to ", 4) == 0) {
		i += 4;
	} else if (i + 5 < n && strncmp(s + i, " and ", 5) == 0) { /* "14 and 16 July" */
		i += 5;
	} else if (i + 3 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		   (unsigned char)s[i + 2] == 0x93) {
		i += 3;
	} else if (i < n && s[i] == '-') {
		i += 1;
	} else {
		return 0;
	}
	int d;
	size_t dl = digits(s + i, n - i, 2, &d);
	if (dl < 1 || dl > 2 || i + dl >= n || s[i + dl] != ' ' || d < 1 || d > 31) {
		return 0;
	}
	return i + dl + 1;
}

/* "9 March 2007", "04.02.2011", "2008-07-19", "1991–99", "1917-1991", "2010" */
static size_t parse_digit_first(const char *s, size_t n, relkg_date *out)
{
	int a;
	size_t k = digits(s, n, 4, &a);
	size_t r = k >= 1 && k <= 2 ? day_range(s, n, k) : 0;
	if (r || (k >= 1 && k <= 2 && k < n && s[k] == ' ')) { /* day month year */
		size_t ml, i = r ? r : k + 1;
		int m = relkg_month_name(s + i, n - i, &ml);
		int y;
		if (m) {
			size_t j = skip_spaces(s, n, i + ml);
			size_t yl = year_at(s + j, n - j, &y);
			if (yl && j > i + ml && valid_day(y, m, a)) {
				set_date(out, y, m, a);
				return j + yl;
			}
		}
		return 0;
	}
	if (k == 2 && n >= 10 && s[2] == '.' && s[5] == '.') { /* DD.MM.YYYY */
		int m, y;
		if (digits(s + 3, 2, 2, &m) == 2 && year_at(s + 6, n - 6, &y) && valid_day(y, m, a)) {
			set_date(out, y, m, a);
			return 10;
		}
		return 0;
	}
	if (k != 4 || !plausible_year(a) || (k < n && (is_alpha(s[k]) || is_digit(s[k])))) {
		return 0;
	}
	if (n >= 10 && s[4] == '-' && s[7] == '-') { /* ISO 8601 */
		int m, d;
		if (digits(s + 5, 2, 2, &m) == 2 && digits(s + 8, 2, 2, &d) == 2 &&
		    (n == 10 || !is_digit(s[10])) && valid_day(a, m, d)) {
			set_date(out, a, m, d);
			return 10;
		}
	}
	set_date(out, a, 0, 0);
	/* a range: "-" or an en dash (E2 80 93), then two or four digits */
	size_t i = 4, dash = 0;
	if (i < n && s[i] == '-') {
		dash = 1;
	} else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		   (unsigned char)s[i + 2] == 0x93) {
		dash = 3;
	}
	if (dash) {
		int e;
		size_t el = digits(s + i + dash, n - i - dash, 4, &e);
		size_t end = i + dash + el;
		if ((el == 2 || el == 4) && (end >= n || !(is_alpha(s[end]) || is_digit(s[end])))) {
			if (el == 2) {
				e += a / 100 * 100;
				if (e < a) {
					e += 100;
				}
			}
			if (e > a && e - a < 200) {
				out->end_year = e;
				return end;
			}
		}
	}
	return 4;
}

/* "12 June", "12–14 June", "June 12", "June 12," with no year after it:
 * the month and day, the bytes covered (without a comma), or 0. */
size_t relkg_date_parse_yearless(const char *s, size_t n, int *month, int *day)
{
	size_t ml = 0, end;
	int m, d = 0;
	if (n > 0 && is_digit(s[0])) {
		size_t k = digits(s, n, 2, &d);
		if (k < 1 || k > 2) {
			return 0;
		}
		size_t r = day_range(s, n, k);
		size_t i = r ? r : k + 1;
		if (!r && (k >= n || s[k] != ' ')) {
			return 0;
		}
		m = relkg_month_name(s + i, n - i, &ml);
		end = i + ml;
	} else {
		m = relkg_month_name(s, n, &ml);
		size_t i = m ? skip_spaces(s, n, ml) : 0;
		size_t k = i > ml ? digits(s + i, n - i, 2, &d) : 0;
		if (k < 1 || k > 2 || (i + k < n && (is_digit(s[i + k]) || is_alpha(s[i + k])))) {
			return 0;
		}
		end = i + k;
	}
	if (!m || !valid_day(2000, m, d)) { /* 2000: a leap year, 29 February may be */
		return 0;
	}
	size_t j = skip_spaces(s, n, end);
	int y;
	if (j < n && is_digit(s[j])) {
		return 0; /* a number follows ("12 May 1990s"): not year-less */
	}
	j = j < n && s[j] == ',' ? skip_spaces(s, n, j + 1) : j;
	if (year_at(s + j, n - j, &y)) {
		return 0; /* "June 12, 2019" that parse refused (a bad day) */
	}
	*month = m;
	*day = d;
	return end;
}

size_t relkg_date_parse(const char *s, size_t n, relkg_date *out)
{
	if (n == 0) {
		return 0;
	}
	if (is_digit(s[0])) {
		return parse_digit_first(s, n, out);
	}
	return parse_month_first(s, n, out);
}

/* ---------------------------------------------------------------- rule set */

static int word_start(const char *text, size_t i)
{
	if (i == 0) {
		return 1;
	}
	char p = text[i - 1];
	return !(is_alpha(p) || is_digit(p) || p == '$' || p == '.' || p == '/' || p == '-' ||
		 p == ',');
}

/* Does the word before text[i] read "in" (or "in early", "in late")? */
static int after_in(const char *text, size_t from, size_t i)
{
	static const char *const before[] = {"in ", "In ", "in early ", "In early ", "in late ",
		"In late ", NULL};
	for (size_t k = 0; before[k]; ++k) {
		size_t l = strlen(before[k]);
		if (i >= from + l && strncmp(text + i - l, before[k], l) == 0 &&
		    (i == from + l || !is_alpha(text[i - l - 1]))) {
			return 1;
		}
	}
	return 0;
}

/* Does the date d tell the time of its sentence: at the sentence's start
 * or after a preposition of time ("In 2018,", "on 4 May 2001")?  Not
 * one naming a thing ("the 1965 treaties", "Japan's 2019 survey"). */
static int tells_time(const relkg_doc *doc, const relkg_date *d)
{
	static const char *const preps[] = {"in", "on", "by", "since", "from", "until", "till",
		"during", "early", "late", "mid", "around", "after", "before", "of", NULL};
	size_t from = doc->sentences[d->sentence].span.begin, e = d->span.begin;
	while (e > from && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '-')) {
		--e;
	}
	size_t b = e;
	while (b > from && is_alpha(doc->text[b - 1])) {
		--b;
	}
	if (b == e) {
		return e == from; /* the sentence starts with it */
	}
	for (size_t k = 0; preps[k]; ++k) {
		if (e - b == strlen(preps[k]) && strncasecmp(doc->text + b, preps[k], e - b) == 0) {
			return 1;
		}
	}
	return 0;
}

/* A month alone, after "in" ("In June, ..."), written in full, no number
 * after it: its number and length, or 0. */
static size_t month_alone(const char *text, size_t from, size_t i, size_t end, int *m)
{
	size_t ml;
	*m = relkg_month_name(text + i, end - i, &ml);
	if (!*m || ml != strlen(months[*m - 1]) || !after_in(text, from, i)) {
		return 0;
	}
	size_t j = skip_spaces(text, end, i + ml);
	return j < end && is_digit(text[j]) ? 0 : ml;
}

/* A day and month without a year ("On 12 June, ...", "June 30,"), or a
 * month alone after "in" ("In June, ..."): the year of the date last
 * named before it in the paragraph, when that date tells the time
 * (tells_time), gives a single year
 * and (with a month) not a later month than this one (after "December
 * 2014", "2 January" may be the next year: no date).  Fills d, returns
 * the bytes covered, or 0. */
static size_t yearless(const relkg_ctx *ctx, size_t si, size_t i, size_t end, relkg_date *d)
{
	const char *text = ctx->doc->text;
	int m, day = 0;
	size_t k = relkg_date_parse_yearless(text + i, end - i, &m, &day);
	if (!k) {
		k = month_alone(text, ctx->doc->sentences[si].span.begin, i, end, &m);
	}
	const relkg_mentions *ms = ctx->mentions;
	if (!k || ms->n_dates == 0) {
		return 0;
	}
	const relkg_date *prev = &ms->dates[ms->n_dates - 1]; /* added in text order */
	const relkg_doc *doc = ctx->doc;
	if (doc->sentences[prev->sentence].block != doc->sentences[si].block ||
	    prev->end_year || strlen(prev->iso) < 4 || !tells_time(doc, prev)) {
		return 0;
	}
	int y = atoi(prev->iso), pm = strlen(prev->iso) >= 7 ? atoi(prev->iso + 5) : 0;
	if (pm > m || (day && !valid_day(y, m, day))) {
		return 0;
	}
	set_date(d, y, m, day);
	return k;
}

/* The digits and capitals of the eight bytes in x, as bit 7 of each. */
static uint64_t digits_capitals8(uint64_t x)
{
	return relkg_b8_within(x, '0', '9') | relkg_b8_within(x, 'A', 'Z');
}

size_t relkg_date_next_start(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	for (; i + 8 <= end; i += 8) {
		uint64_t m = digits_capitals8(relkg_b8_load(u + i));
		if (m) {
			return i + relkg_b8_first(m);
		}
	}
	while (i < end && (unsigned)(u[i] - '0') >= 10u && (unsigned)(u[i] - 'A') >= 26u) {
		++i;
	}
	return i;
}

/* Of the eight bytes after those in y (y holds the byte before each of
 * x's), those no date may start at as word_start has it: after an ASCII
 * letter or digit, '$', ',', '-', '.' or '/' (',' to '/' are 0x2C-0x2F). */
static uint64_t no_start8(uint64_t y)
{
	return relkg_b8_alnum(y) | relkg_b8_within(y, ',', '/') | relkg_b8_eq(y, '$');
}

size_t relkg_date_next_candidate(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	if (i == 0 && end > 0) {
		if ((unsigned)(u[0] - '0') < 10u || (unsigned)(u[0] - 'A') < 26u) {
			return 0; /* the text's start is a word start */
		}
		i = 1;
	}
	for (; i + 8 <= end; i += 8) {
		/* '0' to 'Z' first (one range: most eights have none), then
		 * without ':' to '@', then at a word start */
		uint64_t x = relkg_b8_load(u + i), m = relkg_b8_within(x, '0', 'Z');
		if (m) {
			m &= ~relkg_b8_within(x, ':', '@') & ~no_start8(relkg_b8_load(u + i - 1));
			if (m) {
				return i + relkg_b8_first(m);
			}
		}
	}
	if (i < end && end >= 9) {
		/* the last bytes: the eight that end at end, those before i
		 * (read already) shifted out; every mark is exact (no sum
		 * carries from one byte into the next) */
		size_t b = end - 8; /* b < i: 1 to 7 bytes read again */
		uint64_t x = relkg_b8_load(u + b);
		uint64_t m = relkg_b8_within(x, '0', 'Z') & ~relkg_b8_within(x, ':', '@') &
			     ~no_start8(relkg_b8_load(u + b - 1));
		m >>= 8 * (i - b);
		return m ? i + relkg_b8_first(m) : end;
	}
	for (; i < end; ++i) {
		if (((unsigned)(u[i] - '0') < 10u || (unsigned)(u[i] - 'A') < 26u) &&
		    word_start(text, i)) {
			return i;
		}
	}
	return end;
}

/* May a date (relkg_date_parse, or yearless's) start at s[0..n)?  One
 * that starts with a letter starts with a month's name: every path asks
 * relkg_month_name of s first, so a capitalized word that names no month
 * (most of them) is asked once, not by each. */
static int may_start_date(const char *s, size_t n)
{
	size_t ml; /* the month's prefix first, here: most capitals fail it */
	return is_digit(s[0]) ||
	       (n >= 3 && month_of_prefix(s) >= 0 && relkg_month_name(s, n, &ml) != 0);
}

relkg_status relkg_rules_dates(relkg_ctx *ctx)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		for (size_t i = relkg_date_next_candidate(doc->text, sp.begin, sp.end); i < sp.end;) {
			relkg_date d;
			size_t k = 0;
			if (may_start_date(doc->text + i, sp.end - i)) {
				memset(&d, 0, sizeof(d));
				k = relkg_date_parse(doc->text + i, sp.end - i, &d);
				if (k == 0) {
					k = yearless(ctx, si, i, sp.end, &d);
				}
			}
			if (k == 0) { /* the next byte a date may start at */
				i = relkg_date_next_candidate(doc->text, i + 1, sp.end);
				continue;
			}
			d.span = (relkg_span){i, i + k};
			d.sentence = si;
			TRY(st, relkg_mentions_add_date(ctx->mentions, &d));
			i = relkg_date_next_candidate(doc->text, i + k, sp.end);
		}
	}
	relkg_mentions_sort(ctx->mentions);
	return RELKG_OK;
}

const relkg_date *relkg_date_near(const relkg_mentions *m, size_t sentence, size_t begin,
				  size_t end)
{
	const relkg_date *best = NULL;
	size_t best_dist = (size_t)-1;
	for (size_t i = 0; i < m->n_dates; ++i) {
		const relkg_date *d = &m->dates[i];
		if (d->sentence != sentence) {
			continue;
		}
		size_t dist = d->span.begin >= end ? d->span.begin - end
			    : begin >= d->span.end ? begin - d->span.end + 1 : 0;
		if (dist < best_dist) {
			best = d;
			best_dist = dist;
		}
	}
	return best;
}
