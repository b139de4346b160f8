/* Date expressions, normalized to the precision the text gives:
 * "On August 16, 2006" and "9 March 2007" and "04.02.2011" -> xsd:date,
 * "In March 2014" -> xsd:gYearMonth, "in late 1991" -> xsd:gYear, ranges
 * "1991–99" and "1917-1991" -> the first year with end_year set.
 *
 * relkg_date_parse reads one expression at the start of a string; the
 * "dates" rule set fills the mention table with every date of the article.
 * Nothing here allocates. */
#ifndef RELKG_DATES_H
#define RELKG_DATES_H
#include <stddef.h>
#include "extract.h"
#include "mentions.h"

/* Month number (1-12) of the English month name at s (full name, or a
 * three-letter abbreviation with optional '.'), with its length in *len;
 * 0 when none. */
int relkg_month_name(const char *s, size_t n, size_t *len);

/* Parses a date expression at the start of s[0..n) into out (iso, xsd,
 * end_year; span and sentence are left to the caller).  Returns the bytes
 * it covers, or 0 when s does not start with one. */
size_t relkg_date_parse(const char *s, size_t n, relkg_date *out);

/* A day and month with no year after them ("12 June", "June 12"):
 * *month and *day, the bytes covered, or 0.  The "dates" rule set gives
 * them the year of the paragraph's date before them. */
size_t relkg_date_parse_yearless(const char *s, size_t n, int *month, int *day);

/* A date told relative to d ("two days later", "the following year",
 * "later that year"): d moved by years, months and days, at the
 * precision of d or `keep` (3 a day, 2 a month, 1 a year), whichever is
 * coarser.  Days move a day's date only and months a month's (a year
 * two days later is still that year).  out's span and sentence are d's. */
void relkg_date_shift(const relkg_date *d, int years, int months, int days, int keep,
		      relkg_date *out);

/* The ISO form of year y, month m and day d (0: not told; "%04d",
 * "%04d-%02d", "%04d-%02d-%02d" as snprintf writes them) into tmp
 * (RELKG_DATE_ISO_MAX bytes, NUL-terminated): its length.  Digits
 * written by hand for the dates text tells (a year of four digits);
 * snprintf for any other. */
#define RELKG_DATE_ISO_MAX 48
size_t relkg_date_iso(char *tmp, int y, int m, int d);

/* The first byte of text[i..end) that is an ASCII digit or capital (where
 * a date may begin), or end.  Eight bytes at a time: most text is
 * neither. */
size_t relkg_date_next_start(const char *text, size_t i, size_t end);

/* The first byte of text[i..end) where the "dates" rule set tries a date:
 * an ASCII digit or capital at a word start (the text's first byte, or
 * after a byte that is none of an ASCII letter or digit, '$', ',', '-',
 * '.' and '/'; the byte before i is read when i > 0), or end.  Eight bytes
 * at a time. */
size_t relkg_date_next_candidate(const char *text, size_t i, size_t end);

/* The "dates" rule set: every date of every sentence into ctx->mentions. */
RELKG_NODISCARD relkg_status relkg_rules_dates(relkg_ctx *ctx);

/* The date mention nearest to byte range [begin,end) in the same sentence
 * (after it preferred when equally near), or NULL. */
const relkg_date *relkg_date_near(const relkg_mentions *m, size_t sentence, size_t begin,
	size_t end);

#endif
