#include "xsd_lexical.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Reads n or more digits (n exact when exact) into *v; returns chars read. */
static size_t digits(const char *s, size_t n, int exact, long *v)
{
	size_t i = 0;
	*v = 0;
	while (isdigit((unsigned char)s[i]) && (!exact || i < n)) {
		*v = *v * 10 + (s[i] - '0');
		++i;
	}
	return i >= n ? i : 0;
}

static int timezone_ok(const char *s)
{
	long h, m;
	if (*s == '\0' || (s[0] == 'Z' && s[1] == '\0')) {
		return 1;
	}
	if ((*s != '+' && *s != '-') || !digits(s + 1, 2, 1, &h) || s[3] != ':' ||
	    !digits(s + 4, 2, 1, &m) || s[6] != '\0') {
		return 0;
	}
	return (h < 14 && m < 60) || (h == 14 && m == 0);
}

/* Year of 4+ digits (no leading zero beyond 4), returns chars read. */
static size_t year(const char *s, long *y)
{
	size_t neg = *s == '-';
	size_t n = digits(s + neg, 4, 0, y);
	if (!n || (n > 4 && s[neg] == '0') || *y == 0) {
		return 0;
	}
	return n + neg;
}

static int days_in(long y, long m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : d[m - 1];
}

static int date_like(const char *s, int parts)
{
	long y, m = 1, d = 1;
	size_t n = year(s, &y);
	if (!n) {
		return 0;
	}
	s += n;
	if (parts >= 2) {
		if (*s != '-' || !digits(s + 1, 2, 1, &m) || m < 1 || m > 12) {
			return 0;
		}
		s += 3;
	}
	if (parts >= 3) {
		if (*s != '-' || !digits(s + 1, 2, 1, &d) || d < 1 || d > days_in(y, m)) {
			return 0;
		}
		s += 3;
	}
	return timezone_ok(s);
}

static int decimal_ok(const char *s, int allow_point, int sign_mode)
{
	/* sign_mode: 0 any sign, 1 no '-' (except -0), 2 positive */
	const char *start = s;
	int neg = *s == '-';
	if (*s == '+' || *s == '-') {
		++s;
	}
	size_t before = strspn(s, "0123456789");
	s += before;
	size_t after = 0;
	if (allow_point && *s == '.') {
		after = strspn(s + 1, "0123456789");
		s += 1 + after;
	}
	if (*s != '\0' || before + after == 0) {
		return 0;
	}
	long long v = strtoll(start + (*start == '+' || *start == '-'), NULL, 10);
	if (sign_mode == 1 && neg && v != 0) {
		return 0;
	}
	return sign_mode != 2 || (!neg && v > 0);
}

int relkg_xsd_valid(const char *dt, const char *lex)
{
	size_t n = strlen(RELKG_NS_XSD);
	if (strncmp(dt, RELKG_NS_XSD, n) != 0) {
		return -1;
	}
	const char *t = dt + n;
	if (!strcmp(t, "date")) {
		return date_like(lex, 3);
	}
	if (!strcmp(t, "gYearMonth")) {
		return date_like(lex, 2);
	}
	if (!strcmp(t, "gYear")) {
		return date_like(lex, 1);
	}
	if (!strcmp(t, "decimal")) {
		return decimal_ok(lex, 1, 0);
	}
	if (!strcmp(t, "integer")) {
		return decimal_ok(lex, 0, 0);
	}
	if (!strcmp(t, "nonNegativeInteger")) {
		return decimal_ok(lex, 0, 1);
	}
	if (!strcmp(t, "positiveInteger")) {
		return decimal_ok(lex, 0, 2);
	}
	if (!strcmp(t, "boolean")) {
		return !strcmp(lex, "true") || !strcmp(lex, "false") || !strcmp(lex, "1") ||
		       !strcmp(lex, "0");
	}
	if (!strcmp(t, "string")) {
		return 1;
	}
	return -1;
}
