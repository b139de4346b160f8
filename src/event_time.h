/* Times a sentence tells relative to the date its paragraph is at, read
 * off its words (tokens.h): "two days later", "the following year",
 * "later that year", "that October", "October of the same year".  Used by
 * the event finder's dates (event_dates.c).
 *
 * Ownership: pure; reads the words and the text they are spans of. */
#ifndef RELKG_EVENT_TIME_H
#define RELKG_EVENT_TIME_H
#include <stddef.h>
#include "tokens.h"
#include "word_keys.h"

/* A time told relative to the paragraph's date at word j: 1 with the
 * shift (years, months, days) and the precision it leaves (*keep: 1 a
 * year, 2 a month, 3 a day), else 0. */
int relkg_time_relative_at(const relkg_toks *w, size_t j, int shift[3], int *keep);

/* "that October", "October of that year", "October of the same year" at
 * word j: the month (1-12) told relative to the paragraph's year, else
 * 0.  text is what the words are spans of. */
int relkg_time_that_month(const relkg_toks *w, const char *text, size_t j);

/* What relkg_time_find found. */
typedef struct {
	int relative;  /* relkg_time_relative_at's answer, shift and keep */
	int shift[3], keep;
	int month;     /* else relkg_time_that_month's answer */
} relkg_time;

/* The first word of [from, to) where one of the two above answers (the
 * relative time tried first), its answer in *out; `to` when there is
 * none (*out then says neither).  Most words are passed over by a test of
 * their first bytes and flags: see event_time.c. */
size_t relkg_time_find(const relkg_toks *w, const char *text, size_t from, size_t to,
		       relkg_time *out);

/* The times of one sentence's words, found in one scan when first asked:
 * relkg_time_find over any span of them, answered from it (an answer at a
 * word reads only the words from it on, never the span's end).  A
 * sentence that tells more than RELKG_TIME_HITS is scanned span by span.
 * Reset it for each sentence (the words it reads must stay the same
 * until then). */
#define RELKG_TIME_HITS 8

typedef struct {
	int ready;  /* the hits below are the sentence's */
	int full;   /* it tells more: each span is scanned */
	size_t n;
	size_t at[RELKG_TIME_HITS];
	relkg_time tm[RELKG_TIME_HITS];
} relkg_time_memo;

/* May words whose keys (word_keys.h) are `have` tell a time?  0 when
 * surely not: each of the two answers needs a unit ("day", "days",
 * "week", "weeks", "month", "months", "year", "years") or "that" among
 * the words. */
int relkg_time_words_in(const relkg_word_keys *have);

/* Tells m its sentence tells no time (relkg_time_words_in said so): every
 * find answers none without a scan. */
static inline void relkg_time_memo_none(relkg_time_memo *m)
{
	m->ready = 1;
	m->full = 0;
	m->n = 0;
}

/* Forgets the sentence: the next find scans its words. */
static inline void relkg_time_memo_reset(relkg_time_memo *m)
{
	m->ready = 0;
}

/* relkg_time_find(w, text, from, to, out), the same answer. */
size_t relkg_time_memo_find(relkg_time_memo *m, const relkg_toks *w, const char *text,
			    size_t from, size_t to, relkg_time *out);

#endif
