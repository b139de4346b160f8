/* Date expressions normalized to the precision the text gives. */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "harness.h"

static const char *parse(const char *s, size_t *len, int *end_year, const char **xsd)
{
	static relkg_date d;
	memset(&d, 0, sizeof(d));
	*len = relkg_date_parse(s, strlen(s), &d);
	*end_year = d.end_year;
	*xsd = d.xsd;
	return *len ? d.iso : "";
}

/* relkg_date_shift on a parsed date: its iso and xsd after the move. */
static const char *shift(const char *s, int y, int m, int d, int keep, const char **xsd)
{
	static relkg_date out;
	relkg_date in;
	memset(&in, 0, sizeof(in));
	if (!relkg_date_parse(s, strlen(s), &in)) {
		return "";
	}
	relkg_date_shift(&in, y, m, d, keep, &out);
	*xsd = out.xsd;
	return out.iso;
}

static void test_shift(void)
{
	const char *x;
	/* "Two days later", "a week later", over a month's and a year's end */
	EQ_STR(shift("12 June 1990", 0, 0, 2, 3, &x), "1990-06-14");
	EQ_STR(x, "xsd:date");
	EQ_STR(shift("27 February 2024", 0, 0, 3, 3, &x), "2024-03-01");
	EQ_STR(shift("27 February 2023", 0, 0, 3, 3, &x), "2023-03-02");
	EQ_STR(shift("28 December 1999", 0, 0, 7, 3, &x), "2000-01-04");
	/* a day's move keeps a month's or a year's date as it is */
	EQ_STR(shift("October 1987", 0, 0, 2, 3, &x), "1987-10");
	EQ_STR(x, "xsd:gYearMonth");
	/* "The following year", "three months later": no finer than the unit */
	EQ_STR(shift("5 May 2001", 1, 0, 0, 1, &x), "2002");
	EQ_STR(x, "xsd:gYear");
	EQ_STR(shift("November 2010", 0, 3, 0, 2, &x), "2011-02");
	EQ_STR(shift("2010", 0, 3, 0, 2, &x), "2010");
	/* "later that year" */
	EQ_STR(shift("3 March 1975", 0, 0, 0, 1, &x), "1975");
}

/* "M-D" of a year-less day and month, with the bytes covered, or "". */
static const char *yearless(const char *s, size_t *len)
{
	static char out[16];
	int m = 0, d = 0;
	*len = relkg_date_parse_yearless(s, strlen(s), &m, &d);
	snprintf(out, sizeof(out), "%d-%d", m, d);
	return *len ? out : "";
}

static void test_yearless(void)
{
	size_t n;
	EQ_STR(yearless("12 June, the", &n), "6-12");
	EQ_INT(n, 7);
	EQ_STR(yearless("June 12, they", &n), "6-12");
	EQ_INT(n, 7);
	EQ_STR(yearless("14 and 16 July a", &n), "7-14");
	EQ_STR(yearless("7–10 April", &n), "4-7");
	EQ_STR(yearless("Sept. 3 talks", &n), "9-3");
	EQ_STR(yearless("29 February", &n), "2-29"); /* the year decides */
	EQ_STR(yearless("June 12, 2019", &n), ""); /* a year: relkg_date_parse's */
	EQ_STR(yearless("12 June 2019", &n), "");
	EQ_STR(yearless("12 May 1990s", &n), "");
	EQ_STR(yearless("June 31", &n), "");
	EQ_STR(yearless("June 123", &n), "");
	EQ_STR(yearless("June 12th", &n), "");
	EQ_STR(yearless("12 Junes", &n), "");
	EQ_STR(yearless("May", &n), "");
	EQ_STR(yearless("12 days", &n), "");
}

/* The rule set asks a capitalized word for a date only when it names a
 * month (relkg_month_name): held here to every parse on words that are,
 * nearly are and are not months, with the tails dates have. */
static void test_letter_starts(void)
{
	static const char *const heads[] = {"January", "Jan", "Jan.", "June", "Jun", "Junior",
		"July", "Jul.", "May", "Mayor", "Mar", "March", "Marching", "Sept", "Sept.",
		"Septa", "September", "Sep", "Dec", "Dec.", "Decem", "December", "August", "Aug",
		"Augustine", "Apr", "Apricot", "October", "Oct", "Octet", "November", "Nov.",
		"February", "Feb", "Fe", "Ma", "J", "Kenya", "Russia", "The", "In", "Moscow",
		"Japan", "JUNE", "june", "Zz", "N", "Sunday"};
	static const char *const tails[] = {"", " 2014", " 5, 2014", " 5", " 12,", " and June 2014",
		"\xE2\x80\x93July 2010", ", 1999", " to May 1990", "s", ". 3", " 31", "1999"};
	char s[96];
	size_t tried = 0, bad = 0;
	for (size_t h = 0; h < sizeof(heads) / sizeof(heads[0]); ++h) {
		for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); ++t) {
			snprintf(s, sizeof(s), "%s%s", heads[h], tails[t]);
			size_t n = strlen(s), ml;
			relkg_date d;
			memset(&d, 0, sizeof(d));
			int m = 0, day = 0;
			size_t parsed = relkg_date_parse(s, n, &d);
			size_t yl = relkg_date_parse_yearless(s, n, &m, &day);
			++tried;
			if (!relkg_month_name(s, n, &ml) && (parsed || yl)) {
				fprintf(stderr, "\"%s\": a date, but no month\n", s);
				++bad;
			}
		}
	}
	OK(bad == 0 && tried > 500, "letter starts: %zu of %zu", bad, tried);
}

/* relkg_date_next_start, eight bytes at a time, against the byte-by-byte
 * search on texts of every byte value, digits and capitals placed at each
 * offset of the eight and at the ends. */
static void test_next_start(void)
{
	unsigned char t[64];
	unsigned seed = 12345;
	size_t tried = 0, bad = 0;
	for (int round = 0; round < 4000; ++round) {
		for (size_t k = 0; k < sizeof(t); ++k) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) & 0xFFu;
			/* mostly lower case and spaces, some of every other byte */
			t[k] = (unsigned char)(round % 4 == 0 ? r : r < 200 ? 'a' + r % 26 : r < 230 ? ' ' : r);
		}
		for (size_t b = 0; b < 20; ++b) {
			for (size_t e = b; e <= sizeof(t); e += 7) {
				size_t want = b;
				while (want < e && !(t[want] >= '0' && t[want] <= '9') &&
				       !(t[want] >= 'A' && t[want] <= 'Z')) {
					++want;
				}
				++tried;
				bad += relkg_date_next_start((const char *)t, b, e) != want;
			}
		}
	}
	static const char *const edges[] = {"/:@[`{", "\x80\xB0\xB9\xC1\xDA/", "@@@@@@@@Z",
		"::::::::9", "////////0", "[[[[[[[[A"};
	for (size_t k = 0; k < sizeof(edges) / sizeof(edges[0]); ++k) {
		size_t n = strlen(edges[k]), want = 0;
		while (want < n && !strchr("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", edges[k][want])) {
			++want;
		}
		EQ_INT(relkg_date_next_start(edges[k], 0, n), want);
	}
	OK(bad == 0, "next start: %zu of %zu differ", bad, tried);
}

/* The byte-by-byte reading of relkg_date_next_candidate. */
static size_t candidate_ref(const unsigned char *t, size_t i, size_t end)
{
	for (; i < end; ++i) {
		unsigned char p = i > 0 ? t[i - 1] : ' ';
		int start = i == 0 || !((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') ||
				       (p >= '0' && p <= '9') || p == '$' || p == '.' || p == '/' ||
				       p == '-' || p == ',');
		if (((t[i] >= '0' && t[i] <= '9') || (t[i] >= 'A' && t[i] <= 'Z')) && start) {
			return i;
		}
	}
	return end;
}

/* relkg_date_next_candidate, eight bytes at a time, against the
 * byte-by-byte search on texts of every byte value, with digits,
 * capitals and the bytes that stop a word start (and their neighbours
 * '+', '0', '#', '%') placed at each offset, from every start. */
static void test_next_candidate(void)
{
	static const unsigned char some[] = "aZ9$,-./+#%0 \x80\xC3Ma";
	unsigned char t[72];
	unsigned seed = 777;
	size_t tried = 0, bad = 0;
	for (int round = 0; round < 4000; ++round) {
		for (size_t k = 0; k < sizeof(t); ++k) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) & 0xFFu;
			t[k] = (unsigned char)(round % 4 == 0 ? r : r < 150 ? 'a' + r % 26 : r < 180 ? ' '
					       : some[r % (sizeof(some) - 1)]);
		}
		for (size_t b = 0; b < 20; ++b) {
			for (size_t e = b; e <= sizeof(t); e += 5) {
				++tried;
				bad += relkg_date_next_candidate((const char *)t, b, e) != candidate_ref(t, b, e);
			}
		}
	}
	static const char *const texts[] = {"A", "1 May", "x1", "$5 and 6", "-2019", "in 1999",
		"aaaaaaaaaaaaaaaaZ", "........ ......9", "\xC3\xA9June", "USA 2001", ",,,,,,,,J"};
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); ++k) {
		const unsigned char *s = (const unsigned char *)texts[k];
		size_t n = strlen(texts[k]);
		for (size_t b = 0; b <= n; ++b) {
			++tried;
			bad += relkg_date_next_candidate(texts[k], b, n) != candidate_ref(s, b, n);
		}
	}
	EQ_INT(relkg_date_next_candidate("x 1", 0, 3), 2);
	EQ_INT(relkg_date_next_candidate("x1 Y", 0, 4), 3);
	OK(bad == 0, "next candidate: %zu of %zu differ", bad, tried);
}

/* Every month's name, abbreviation and three-letter prefix, and each
 * other capitalized three bytes that differ from one in one byte, against
 * the names: relkg_month_name finds a month only where its name is. */
static void test_month_prefixes(void)
{
	static const char *const names[] = {"January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December"};
	size_t bad = 0, tried = 0, ml;
	for (int m = 0; m < 12; ++m) {
		char s[16];
		snprintf(s, sizeof(s), "%s", names[m]);
		bad += relkg_month_name(s, strlen(s), &ml) != m + 1 || ml != strlen(names[m]);
		for (int k = 0; k < 3; ++k) {
			for (int c = 1; c < 256; ++c) {
				char w[4] = {names[m][0], names[m][1], names[m][2], 0};
				if (c == (unsigned char)w[k]) {
					continue;
				}
				w[k] = (char)c;
				int want = 0;
				for (int j = 0; j < 12; ++j) {
					want = strncmp(w, names[j], 3) == 0 ? j + 1 : want;
				}
				++tried;
				bad += relkg_month_name(w, 3, &ml) != want;
			}
		}
		tried += 2;
	}
	OK(bad == 0 && tried > 9000, "month prefixes: %zu of %zu wrong", bad, tried);
}

/* relkg_date_iso's digits written by hand against snprintf's forms, the
 * plain version: every year 0-10050 at a few months and days, and every
 * month and day from -5 to 105 at years either side of four digits. */
static int iso_as_snprintf(int y, int m, int d)
{
	char got[RELKG_DATE_ISO_MAX], want[RELKG_DATE_ISO_MAX];
	size_t n = relkg_date_iso(got, y, m, d);
	if (d) {
		snprintf(want, sizeof(want), "%04d-%02d-%02d", y, m, d);
	} else if (m) {
		snprintf(want, sizeof(want), "%04d-%02d", y, m);
	} else {
		snprintf(want, sizeof(want), "%04d", y);
	}
	return n == strlen(want) && strcmp(got, want) == 0;
}

static void test_iso(void)
{
	static const int few[] = {0, 1, 9, 10, 12, 31};
	static const int years[] = {-10000, -1, 0, 7, 999, 1993, 9999, 10000, 123456};
	size_t bad = 0, tried = 0;
	for (int y = 0; y <= 10050; ++y) {
		for (size_t a = 0; a < 6; ++a) {
			for (size_t b = 0; b < 6; ++b) {
				bad += !iso_as_snprintf(y, few[a], few[b]);
				++tried;
			}
		}
	}
	for (size_t k = 0; k < sizeof(years) / sizeof(years[0]); ++k) {
		for (int m = -5; m <= 105; ++m) {
			for (int d = -5; d <= 105; ++d) {
				bad += !iso_as_snprintf(years[k], m, d);
				++tried;
			}
		}
	}
	OK(bad == 0, "%zu of %zu ISO forms differ from snprintf's", bad, tried);
}

int main(void)
{
	test_iso();
	test_shift();
	test_yearless();
	test_letter_starts();
	test_next_start();
	test_next_candidate();
	test_month_prefixes();
	size_t n;
	int ey;
	const char *x;
	EQ_STR(parse("August 16, 2006, Russian", &n, &ey, &x), "2006-08-16");
	EQ_STR(x, "xsd:date");
	EQ_INT(n, 15);
	EQ_STR(parse("14 and 16 July 2001 in Agra", &n, &ey, &x), "2001-07-14");
	EQ_INT(n, 19);
	EQ_STR(parse("March 2014, following", &n, &ey, &x), "2014-03");
	EQ_STR(x, "xsd:gYearMonth");
	EQ_STR(parse("9 March 2007.", &n, &ey, &x), "2007-03-09");
	EQ_STR(parse("2 February 1920 after", &n, &ey, &x), "1920-02-02");
	EQ_STR(parse("04.02.2011. Check", &n, &ey, &x), "2011-02-04");
	EQ_STR(parse("2008-07-19", &n, &ey, &x), "2008-07-19");
	EQ_STR(parse("1991 upon", &n, &ey, &x), "1991");
	EQ_STR(x, "xsd:gYear");
	EQ_STR(parse("1991–99).", &n, &ey, &x), "1991");
	EQ_INT(ey, 1999);
	EQ_STR(parse("1917-1991, and", &n, &ey, &x), "1917");
	EQ_INT(ey, 1991);
	EQ_STR(parse("1998–2003", &n, &ey, &x), "1998");
	EQ_INT(ey, 2003);
	EQ_STR(parse("Sept. 11, 2001", &n, &ey, &x), "2001-09-11");
	/* a span of days: its first */
	EQ_STR(parse("7 to 10 April 2017, when", &n, &ey, &x), "2017-04-07");
	EQ_INT(n, 18);
	EQ_STR(parse("7\xE2\x80\x93" "10 April 2017", &n, &ey, &x), "2017-04-07");
	EQ_STR(parse("25-27 August 2022", &n, &ey, &x), "2022-08-25");
	EQ_STR(parse("7 to 40 April 2017", &n, &ey, &x), "");
	EQ_STR(parse("7 to 10 people", &n, &ey, &x), "");
	/* a span of months: its first */
	EQ_STR(parse("July and August 2024, which", &n, &ey, &x), "2024-07");
	EQ_INT(n, 20);
	EQ_STR(parse("May to June 2019", &n, &ey, &x), "2019-05");
	EQ_STR(parse("March and Peru", &n, &ey, &x), "");
	/* not dates */
	EQ_STR(parse("March 5 was", &n, &ey, &x), "");
	EQ_STR(parse("May we", &n, &ey, &x), "");
	EQ_STR(parse("1980s", &n, &ey, &x), "");
	EQ_STR(parse("12345", &n, &ey, &x), "");
	EQ_STR(parse("200 million", &n, &ey, &x), "");
	EQ_STR(parse("31 February 2001", &n, &ey, &x), "");
	EQ_STR(parse("29 February 2000", &n, &ey, &x), "2000-02-29");
	EQ_STR(parse("29 February 1900", &n, &ey, &x), "");
	size_t ml;
	EQ_INT(relkg_month_name("December", 8, &ml), 12);
	EQ_INT(relkg_month_name("Dec.", 4, &ml), 12);
	EQ_INT(ml, 4);
	EQ_INT(relkg_month_name("Mayor", 5, &ml), 0);
	/* every name and abbreviation, and near misses the first bytes reject */
	EQ_INT(relkg_month_name("Sept. 4", 7, &ml), 9);
	EQ_INT(ml, 5);
	EQ_INT(relkg_month_name("September", 9, &ml), 9);
	EQ_INT(ml, 9);
	EQ_INT(relkg_month_name("Jun", 3, &ml), 6);
	EQ_INT(relkg_month_name("May", 3, &ml), 5);
	EQ_INT(relkg_month_name("May.", 4, &ml), 5);
	EQ_INT(ml, 3);
	EQ_INT(relkg_month_name("Ju", 2, &ml), 0);
	EQ_INT(relkg_month_name("june", 4, &ml), 0);
	EQ_INT(relkg_month_name("Jux 1", 5, &ml), 0);
	EQ_INT(relkg_month_name("Japan", 5, &ml), 0);
	static const char *const names[] = {"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"};
	int all = 1;
	for (int m = 0; m < 12; ++m) {
		char abbr[8];
		snprintf(abbr, sizeof(abbr), "%.3s.", names[m]);
		all &= relkg_month_name(names[m], strlen(names[m]), &ml) == m + 1;
		all &= relkg_month_name(abbr, 4, &ml) == (m == 4 ? 5 : m + 1);
	}
	OK(all, "every month by name and abbreviation");
	return DONE();
}
