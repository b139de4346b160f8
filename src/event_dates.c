/* An event's date: the sentence's date nearest the trigger, in its own
 * comma-delimited part when there is one, else one carried from an
 * earlier sentence of the paragraph (never an attributive "the 1956
 * pledge" nor one "since 1953", never to a verb in the present), moved by a time the sentence
 * tells relative to it ("Two days later", "The following year"): see
 * event_finder.h. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "event_finder.h"
#include "event_match.h"
#include "event_time.h"
#include "event_words.h"

/* A date used as a modifier of a noun ("the 1956 Soviet pledge", "a 2012
 * survey", "its 2004 accession"): it dates that thing, not the sentence,
 * so it is never carried to later sentences. */
static int attributive(const finder *f, const relkg_date *d)
{
	static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "this",
					  "that", NULL};
	const char *t = f->doc->text;
	size_t e = d->span.begin;
	while (e > 0 && t[e - 1] == ' ') {
		--e;
	}
	size_t b = e;
	while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n') {
		--b;
	}
	for (const char *const *w = det; *w; ++w) {
		size_t n = strlen(*w);
		if (e - b == n && strncasecmp(t + b, *w, n) == 0) {
			return 1;
		}
	}
	return 0;
}

/* A date in a "since ..." phrase ("the first time since the end of the
 * war in 1953", "since 1991"): the start of a state of things, not the
 * time of what the sentence tells, so never carried either.  Looks back
 * a few words, within the comma-delimited part. */
static int since_phrase(const finder *f, const relkg_date *d)
{
	const char *t = f->doc->text;
	size_t b = d->span.begin, lo = f->doc->sentences[d->sentence].span.begin;
	for (int words = 0; b > lo && words < 8; ++words) {
		size_t e = b;
		while (e > lo && t[e - 1] == ' ') {
			--e;
		}
		b = e;
		while (b > lo && t[b - 1] != ' ') {
			--b;
		}
		if (b < e && (t[e - 1] == ',' || t[e - 1] == ';')) {
			return 0;
		}
		if (e - b == 5 && strncasecmp(t + b, "since", 5) == 0) {
			return 1;
		}
	}
	return 0;
}

/* Does byte at stand inside parentheses opened in its sentence? */
static int in_parens(const finder *f, size_t at)
{
	const char *t = f->doc->text;
	size_t b = f->doc->sentences[f->sent].span.begin;
	/* a ')' before the first '(' changes nothing: start there */
	const char *open = at > b ? memchr(t + b, '(', at - b) : NULL;
	if (!open) {
		return 0;
	}
	int depth = 0;
	for (size_t p = (size_t)(open - t); p < at; ++p) {
		depth += t[p] == '(' ? 1 : t[p] == ')' && depth > 0 ? -1 : 0;
	}
	return depth > 0;
}

/* An attributive date of another noun than the trigger's ("declared the
 * 1975 agreement void ... on 17 September 1980"): it dates that thing, so
 * another date of the sentence is the event's.  Not one right before the
 * trigger, up to three words between ("the 1956 Soviet pledge"). */
static int foreign_attributive(const finder *f, const relkg_date *d, const relkg_span *near)
{
	if (!attributive(f, d)) {
		return 0;
	}
	if (d->span.end > near->begin) {
		return 1;
	}
	const char *t = f->doc->text;
	int spaces = 0;
	for (size_t p = d->span.end; p < near->begin; ++p) {
		if (t[p] == ',' || t[p] == ';' || t[p] == '(' || (t[p] == ' ' && ++spaces > 3)) {
			return 1;
		}
	}
	return 0;
}

/* Is d the own date of an event found before in this sentence ("Clashes
 * in October 1959 were followed by talks ... in April 1960": 1959 is the
 * clashes')? */
static int taken(const finder *f, const relkg_date *d)
{
	for (size_t k = f->first_event; k < f->out->n; ++k) {
		const relkg_event *e = &f->out->e[k];
		if (e->sentence == f->sent && e->dated && e->date_own &&
		    e->date.span.begin == d->span.begin) {
			return 1;
		}
	}
	return 0;
}

/* The date of sentence s nearest span `near` among those overlapping
 * [lo, hi) (bytes), one no earlier event of the sentence took preferred;
 * (an attributive date of another noun counts as taken); the sentence's
 * last date that is not attributive when near is NULL (a date carried to
 * a later sentence). */
static const relkg_date *sentence_date_in(const finder *f, size_t s, const relkg_span *near,
					  size_t lo, size_t hi)
{
	const relkg_date *best = NULL;
	size_t best_d = 0;
	int best_taken = 0;
	const relkg_span *sp = &f->doc->sentences[s].span;
	size_t k0 = 0, k1 = f->m->n_dates;
	while (k0 < k1) { /* dates are in text order */
		size_t mid = k0 + (k1 - k0) / 2;
		if (f->m->dates[mid].span.begin < sp->begin) {
			k0 = mid + 1;
		} else {
			k1 = mid;
		}
	}
	for (size_t k = k0; k < f->m->n_dates && f->m->dates[k].span.begin < sp->end; ++k) {
		const relkg_date *d = &f->m->dates[k];
		if (d->sentence != s || d->span.end <= lo || d->span.begin >= hi) {
			continue;
		}
		if (!near) {
			if (!attributive(f, d) && !since_phrase(f, d)) {
				best = d; /* the last one */
			}
			continue;
		}
		if (in_parens(f, d->span.begin) && !in_parens(f, near->begin)) {
			continue; /* "signed X in 2003 (amended in 2006)" */
		}
		size_t dist = d->span.end <= near->begin ? near->begin - d->span.end
			      : d->span.begin >= near->end ? d->span.begin - near->end : 0;
		int tk = (s == f->sent && taken(f, d)) || foreign_attributive(f, d, near);
		if (!best || (tk == best_taken && dist < best_d) || (!tk && best_taken)) {
			best = d;
			best_d = dist;
			best_taken = tk;
		}
	}
	return best;
}

/* A comma not inside a number, or a semicolon: the end of a part of the
 * sentence. */
static int is_break_comma(const finder *f, size_t j)
{
	if (relkg_tok_is(&f->w, j, ";")) {
		return 1;
	}
	return relkg_tok_is(&f->w, j, ",") &&
	       !(j + 1 < f->w.n && (f->w.w[j + 1].flags & RELKG_TK_NUMBER));
}

/* The trigger's date: one in its own comma- or semicolon-delimited part of the
 * sentence ("Despite A and B signing a treaty on 4 May 1932, the X-Y Pact
 * of August 1939 ..."), else (unless part_only) the sentence's date
 * nearest it. */
static const relkg_date *sentence_date(const finder *f, size_t s, const relkg_span *near,
					int part_only)
{
	if (!near) {
		return sentence_date_in(f, s, NULL, 0, (size_t)-1);
	}
	size_t at = relkg_finder_first_word(f, near->begin, 1);
	size_t a = at > REACH ? at - REACH : 0, b = f->w.n;
	size_t lim = at + REACH < f->w.n ? at + REACH : f->w.n;
	for (size_t j = a; j < lim; ++j) {
		if (is_break_comma(f, j) && f->w.w[j].end <= near->begin) {
			a = j + 1;
		}
		if (is_break_comma(f, j) && f->w.w[j].begin >= near->end && b == f->w.n) {
			b = j;
		}
	}
	size_t lo = a < f->w.n ? f->w.w[a].begin : near->begin;
	size_t hi = b < f->w.n ? f->w.w[b].begin : (size_t)-1;
	const relkg_date *d = sentence_date_in(f, s, near, lo, hi);
	return d || part_only ? d : sentence_date_in(f, s, near, 0, (size_t)-1);
}

/* A verb in the present ("India says", "Japan has extended") tells no
 * past event the paragraph's earlier date could belong to. */
static int present_tense(const finder *f, size_t i)
{
	const char *w = f->w.w[i].lower;
	size_t n = strlen(w);
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u') {
		return 1;
	}
	while (i > 0 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return i > 0 && relkg_ew_in_list(f->w.w[i - 1].lower, (const char *const[]){"has", "have",
											     "is", "are", NULL});
}

/* "had abducted", "had been severed": a verb in the pluperfect tells
 * what came before the time the paragraph is at, so its date is not the
 * paragraph's (unless the clause says how long before: "Earlier that
 * month, X had met Y"). */
static int pluperfect(const finder *f, size_t i)
{
	while (i > 0 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	if (i > 0 && relkg_tok_is(&f->w, i - 1, "been")) {
		--i;
	}
	return i > 0 && relkg_tok_is(&f->w, i - 1, "had");
}

/* A noun trigger after a definite determiner, the object of a word
 * before it: "recognize the annexation of" (not the subject of its own
 * clause: "The agreement was signed"). */
static int definite(const finder *f, size_t i)
{
	static const char *const dets[] = {"the", "its", "their", "his", "her", NULL};
	return i > 1 && relkg_ew_in_list(f->w.w[i - 1].lower, dets) &&
	       !(f->w.w[i - 2].flags & RELKG_TK_PUNCT) &&
	       !relkg_ew_in_list(f->w.w[i - 2].lower, relkg_ew_ordering); /* "ordered the closure" */
}

/* d in month `month` of its year, at a month's precision. */
static void in_month(const relkg_date *d, int month, relkg_date *out)
{
	*out = *d;
	snprintf(out->iso, sizeof(out->iso), "%.4s-%02d", d->iso, month % 100);
	out->xsd = "xsd:gYearMonth";
	out->end_year = 0;
}

/* The sentence's date nearest the trigger, else the paragraph's last,
 * moved by a relative time the trigger's clause tells ("Two days later,
 * X visited", "X expelled Y the next day"). */
int relkg_finder_date(finder *f, size_t i, const relkg_span *span, relkg_date *out,
		      int *own)
{
	relkg_time tm;
	if (!f->times.ready) { /* the sentence's first date: does it name a unit or "that"? */
		relkg_word_keys all = f->keys;
		relkg_toks_keys(&f->w, 0, f->keys_from, &all);
		if (!relkg_time_words_in(&all)) {
			relkg_time_memo_none(&f->times);
		}
	}
	size_t end = relkg_finder_clause_end(f, i);
	size_t at = relkg_time_memo_find(&f->times, &f->w, f->doc->text,
					 relkg_finder_clause_start(f, i), end, &tm);
	int relative = tm.relative, month = tm.month;
	size_t rel_at = at < end ? f->w.w[at].begin : 0;
	/* "In 2003, X admitted Y had abducted ...": the pluperfect takes a
	 * date of its own part of the sentence only; so does an event named
	 * by a definite noun ("refused to recognize the annexation of
	 * North Marsh"), known to the reader, not told at the paragraph's time */
	int before = !relative && (pluperfect(f, i) || definite(f, i));
	const relkg_date *d = sentence_date(f, f->sent, span, before);
	*own = d != NULL;
	size_t block = f->doc->sentences[f->sent].block;
	for (size_t s = f->sent; !d && !present_tense(f, i) && !before && s > 0 &&
	     f->doc->sentences[s - 1].block == block; --s) {
		d = sentence_date(f, s - 1, NULL, 0);
	}
	if (!d) {
		return 0;
	}
	*out = *d;
	/* relative to the paragraph's date, or to the sentence's when that is
	 * told before ("in February 2018 and made a visit the following
	 * month", "in June 1954, and X made a return visit that October") */
	int after_own = *own && d->span.end <= rel_at && d->span.end <= f->w.w[i].begin;
	if (relative && (!*own || after_own)) {
		relkg_date_shift(d, tm.shift[0], tm.shift[1], tm.shift[2], tm.keep, out);
	}
	if (month && (!*own || after_own)) {
		in_month(d, month, out);
	}
	return 1;
}

int relkg_finder_date_from(const finder *f, size_t k, relkg_date *out)
{
	if (k >= f->w.n) {
		return 0;
	}
	size_t ce = relkg_finder_clause_end(f, k);
	size_t lo = f->w.w[k].begin;
	size_t hi = ce < f->w.n ? f->w.w[ce].begin : f->doc->sentences[f->sent].span.end;
	relkg_span from = {lo, lo};
	const relkg_date *d = sentence_date_in(f, f->sent, &from, lo, hi);
	if (!d || d->span.begin < lo) {
		return 0;
	}
	*out = *d;
	return 1;
}

int relkg_finder_date_before(const finder *f, size_t k, relkg_date *out)
{
	if (k >= f->w.n) {
		return 0;
	}
	const relkg_date *last = NULL;
	size_t lim = f->w.w[k].begin;
	for (size_t j = 0; j < f->m->n_dates; ++j) {
		const relkg_date *d = &f->m->dates[j];
		if (d->sentence == f->sent && d->span.end <= lim) {
			last = d;
		}
	}
	if (!last) {
		return 0;
	}
	*out = *last;
	return 1;
}
