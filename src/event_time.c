/* Times told relative to the paragraph's date: see event_time.h. */
#include "event_time.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

/* A count word: "a", "one" ... "twelve" or digits; 0 when none. */
static int count_of(const relkg_tok *x)
{
	static const char *const words[] = {"a", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
	if (x->flags & RELKG_TK_NUMBER) {
		int n = atoi(x->lower);
		return n > 0 && n < 100 ? n : 0;
	}
	for (int k = 0; words[k]; ++k) {
		if (x->lower[0] == words[k][0] && strcmp(x->lower, words[k]) == 0) {
			return k ? k : 1;
		}
	}
	return 0;
}

/* A unit of time at word j ("day", "weeks", "year"): 'd', 'w', 'm',
 * 'y', or 0. */
static int unit_at(const relkg_toks *w, size_t j)
{
	static const char *const units[][2] = {{"day", "d"}, {"days", "d"}, {"week", "w"},
		{"weeks", "w"}, {"month", "m"}, {"months", "m"}, {"year", "y"}, {"years", "y"}};
	const char *x = j < w->n ? w->w[j].lower : "";
	if (x[0] != 'd' && x[0] != 'w' && x[0] != 'm' && x[0] != 'y') {
		return 0; /* the units' initials: most words fail here */
	}
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); ++k) {
		if (x[0] == units[k][0][0] && strcmp(x, units[k][0]) == 0) {
			return units[k][1][0];
		}
	}
	return 0;
}

/* The shift and precision a unit counted n times makes. */
static void by_unit(int unit, int n, int shift[3], int *keep)
{
	shift[0] = unit == 'y' ? n : 0;
	shift[1] = unit == 'm' ? n : 0;
	shift[2] = unit == 'd' ? n : unit == 'w' ? 7 * n : 0;
	*keep = unit == 'y' ? 1 : unit == 'm' ? 2 : 3;
}

/* "two days later", "the following year", "the next month", "later
 * that year", "that same month". */
int relkg_time_relative_at(const relkg_toks *w, size_t j, int shift[3], int *keep)
{
	/* a unit right after word j ("two days later", "that year") is rare:
	 * it is looked for first; "the next year" has none there */
	int unit = unit_at(w, j + 1);
	if (!unit) {
		if (relkg_tok_is(w, j, "the") &&
		    (relkg_tok_is(w, j + 1, "next") || relkg_tok_is(w, j + 1, "following")) &&
		    (unit = unit_at(w, j + 2)) != 0) {
			by_unit(unit, 1, shift, keep);
			return 1;
		}
		return 0;
	}
	int n = count_of(&w->w[j]);
	if (n && (relkg_tok_is(w, j + 2, "later") || relkg_tok_is(w, j + 2, "afterwards"))) {
		by_unit(unit, n, shift, keep);
		return 1;
	}
	if ((relkg_tok_is(w, j, "that") || relkg_tok_is(w, j, "same")) && unit != 'd' &&
	    unit != 'w') {
		by_unit(unit, 0, shift, keep);
		return 1; /* "later that year": that year, no more precise */
	}
	return 0;
}

/* The month a capitalized month's name at word j names (1-12), else 0.
 * The flag first: it fails for most words, the name look-up is dearer. */
static int month_at(const relkg_toks *w, const char *text, size_t j)
{
	size_t len;
	if (j >= w->n || !(w->w[j].flags & RELKG_TK_CAP)) {
		return 0;
	}
	const relkg_tok *m = &w->w[j];
	int month = relkg_month_name(text + m->begin, m->end - m->begin, &len);
	return month && len == m->end - m->begin ? month : 0;
}

int relkg_time_that_month(const relkg_toks *w, const char *text, size_t j)
{
	if (relkg_tok_is(w, j, "that")) {
		return month_at(w, text, j + 1);
	}
	int month = month_at(w, text, j);
	if (!month || !relkg_tok_is(w, j + 1, "of")) {
		return 0;
	}
	if (relkg_tok_is(w, j + 2, "that") && relkg_tok_is(w, j + 3, "year")) {
		return month;
	}
	return relkg_tok_is(w, j + 2, "the") && relkg_tok_is(w, j + 3, "same") &&
			       relkg_tok_is(w, j + 4, "year")
		       ? month
		       : 0;
}

/* The first two bytes of word j (the second NUL for a one-byte word),
 * as one number; 0 past the last word. */
static unsigned head2(const relkg_toks *w, size_t j)
{
	if (j >= w->n) {
		return 0;
	}
	const unsigned char *l = (const unsigned char *)w->w[j].lower;
	return (unsigned)l[0] << 8 | l[1];
}

#define H2(a, b) ((unsigned)(a) << 8 | (unsigned)(b))

/* The second letters a month's name may have after initial c (bit
 * letter - 'a'; 0 for any byte that is no month's initial): "ja", "ju",
 * "fe", "ma", "ap", "au", "se", "oc", "no", "de". */
#define BIT(c) (1u << ((c) - 'a'))
static const uint32_t month_second[256] = { /* by the initial byte itself */
	['a'] = BIT('p') | BIT('u'), ['d'] = BIT('e'), ['f'] = BIT('e'),
	['j'] = BIT('a') | BIT('u'), ['m'] = BIT('a'), ['n'] = BIT('o'),
	['o'] = BIT('c'), ['s'] = BIT('e'),
};

/* Can relkg_time_relative_at or relkg_time_that_month answer at word
 * j (first two bytes `here`, the next word's `next`)?  0 when both
 * surely give 0: a relative time needs a unit after word j ("day",
 * "weeks", "month", "years": "da", "we", "mo", "ye") or "the next", "the
 * following"; a month is "that" and a month, or a capitalized word that
 * begins as a month's name does.  Two bytes of two words and a flag
 * answer for nearly every word. */
static int may_tell_time(const relkg_toks *w, size_t j, unsigned here, unsigned next)
{
	if (next == H2('d', 'a') || next == H2('w', 'e') || next == H2('m', 'o') ||
	    next == H2('y', 'e')) {
		return 1;
	}
	if (here == H2('t', 'h')) {
		const char *l = w->w[j].lower;
		int the = l[2] == 'e' && l[3] == '\0' && (next >> 8 == 'n' || next >> 8 == 'f');
		return the || (l[2] == 'a' && l[3] == 't' && l[4] == '\0');
	}
	/* no branch: whether a word is capitalized and begins as a month
	 * does is a coin toss for the branch predictor */
	unsigned c1 = (here & 0xFFu) - 'a';
	return (int)(((w->w[j].flags & RELKG_TK_CAP) != 0) & (c1 < 26u) &
		     (month_second[here >> 8] >> (c1 & 31u)));
}

size_t relkg_time_find(const relkg_toks *w, const char *text, size_t from, size_t to,
		       relkg_time *out)
{
	memset(out, 0, sizeof(*out));
	unsigned here = head2(w, from);
	for (size_t j = from; j < to; ++j) {
		unsigned next = head2(w, j + 1);
		if (may_tell_time(w, j, here, next)) {
			out->relative = relkg_time_relative_at(w, j, out->shift, &out->keep);
			out->month = out->relative ? 0 : relkg_time_that_month(w, text, j);
			if (out->relative || out->month) {
				return j;
			}
		}
		here = next;
	}
	return to;
}

/* The keys of "day", "days", "week", "weeks", "month", "months", "year",
 * "years" and "that" (relkg_word_keys_add_word: test_event_time_memo
 * checks them), a constant: a set made at each call would cost more
 * than it saves. */
static const relkg_word_keys time_words = {{UINT64_C(0x0040000000000210),
	UINT64_C(0x0010010000000000), UINT64_C(0x0000000000000000), UINT64_C(0x0040000001008010)}};

int relkg_time_words_in(const relkg_word_keys *have)
{
	return ((time_words.b[0] & have->b[0]) | (time_words.b[1] & have->b[1]) |
		(time_words.b[2] & have->b[2]) | (time_words.b[3] & have->b[3])) != 0;
}

/* Every time the words tell, in m (full when there are too many). */
static void memo_fill(relkg_time_memo *m, const relkg_toks *w, const char *text)
{
	relkg_time tm;
	m->n = 0;
	m->full = 0;
	for (size_t j = relkg_time_find(w, text, 0, w->n, &tm); j < w->n;
	     j = relkg_time_find(w, text, j + 1, w->n, &tm)) {
		if (m->n == RELKG_TIME_HITS) {
			m->full = 1;
			break;
		}
		m->at[m->n] = j;
		m->tm[m->n++] = tm;
	}
	m->ready = 1;
}

size_t relkg_time_memo_find(relkg_time_memo *m, const relkg_toks *w, const char *text,
			    size_t from, size_t to, relkg_time *out)
{
	if (!m->ready) {
		memo_fill(m, w, text);
	}
	if (m->full) {
		return relkg_time_find(w, text, from, to, out);
	}
	for (size_t k = 0; k < m->n && m->at[k] < to; ++k) {
		if (m->at[k] >= from) {
			*out = m->tm[k];
			return m->at[k];
		}
	}
	memset(out, 0, sizeof(*out));
	return to;
}
