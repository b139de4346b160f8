/* Trigger matching on a sentence's words: see event_match.h. */
#include "event_match.h"

#include <string.h>

#include "event_words.h"

#define BLOCK_BEFORE 5 /* words before a trigger a negation may stand in */
#define BLOCK_AFTER 3
#define NO_TRIGGER ((size_t)-1)

/* A number, or the point inside one ("1.66"): an amount ("$1.66
 * billion in aid") costs a gap one word, "billion", not four. */
static int figure_part(const relkg_toks *w, size_t j)
{
	return (w->w[j].flags & RELKG_TK_NUMBER) ||
	       (relkg_tok_is(w, j, ".") && j > 0 && j + 1 < w->n &&
		(w->w[j - 1].flags & RELKG_TK_NUMBER) && (w->w[j + 1].flags & RELKG_TK_NUMBER) &&
		w->w[j].begin == w->w[j - 1].end && w->w[j + 1].begin == w->w[j].end);
}

/* Can word i match the solid (not gap) pattern word p: a stem, or "=" and
 * a surface form? */
static int solid_at(const relkg_toks *w, size_t i, const char *p)
{
	if (i >= w->n || (w->w[i].flags & RELKG_TK_PUNCT)) {
		return 0;
	}
	const char *s = p[0] == '=' ? w->w[i].lower : w->w[i].stem;
	const char *q = p[0] == '=' ? p + 1 : p;
	return s[0] == q[0] && strcmp(s, q) == 0;
}

int relkg_pattern_at(const relkg_toks *w, size_t i, char *const *p, size_t np, size_t *end)
{
	/* solid words one after another: a loop, not a call each */
	while (np > 0 && p[0][0] != '*') {
		if (!solid_at(w, i, p[0])) {
			return 0;
		}
		++i;
		++p;
		--np;
	}
	if (np == 0) {
		*end = i;
		return 1;
	}
	size_t gap = p[0][1] == '*' ? RELKG_TRIGGER_LONG_GAP : RELKG_TRIGGER_GAP;
	/* a long gap may cross a parenthetical between commas ("signed, at
	 * the headquarters in X, an agreement", "signed in X, on 15 June
	 * 1972, a convention"): three commas at most */
	int commas = gap == RELKG_TRIGGER_LONG_GAP ? 3 : 0;
	for (size_t k = 0, words = 0; words <= gap && i + k <= w->n; ++k) {
		if (k && !relkg_ew_gap_ok(&w->w[i + k - 1]) &&
		    !(commas > 0 && relkg_ew_is_mark(&w->w[i + k - 1], ',') && commas--)) {
			return 0;
		}
		/* a solid word next must match here first: most gap
		 * positions fail on it without a call */
		int fails = np > 1 && p[1][0] != '*' && !solid_at(w, i + k, p[1]);
		if (!fails && relkg_pattern_at(w, i + k, p + 1, np - 1, end)) {
			return 1;
		}
		words += i + k < w->n && !figure_part(w, i + k);
	}
	return 0;
}

/* The patterns of index x that can start at word i (trigger_index.h);
 * a punctuation mark starts only gap-led ones (relkg_pattern_at).  0
 * when there are none: most words start no pattern, and the index says
 * so at a glance. */
static int starting_at(const relkg_trigger_index *x, const relkg_toks *w, size_t i,
		       relkg_trigger_ids c[RELKG_LED_KINDS])
{
	const relkg_tok *t = &w->w[i];
	int punct = (t->flags & RELKG_TK_PUNCT) != 0;
	const char *stem = punct ? NULL : t->stem, *lower = punct ? NULL : t->lower;
	if (!relkg_trigger_index_may_start(x, stem, lower)) {
		return 0;
	}
	relkg_trigger_index_at(x, stem, lower, c);
	return 1;
}

/* relkg_pattern_at for a pattern the index gave at word i (kind: how
 * it is led): a stem- or surface-led one's first word is word i's stem or
 * lower-cased form, the very key the index found it by, so only the rest
 * is matched, from word i + 1. */
static int rest_at(const relkg_toks *w, size_t i, int kind, char *const *p, size_t np,
		   size_t *end)
{
	if (kind == RELKG_LED_GAP) {
		return relkg_pattern_at(w, i, p, np, end);
	}
	return relkg_pattern_at(w, i + 1, p + 1, np - 1, end);
}

void relkg_toks_keys(const relkg_toks *w, size_t from, size_t to, relkg_word_keys *out)
{
	/* a local set: stores to out could alias the words' size_t fields,
	 * which the loop would then load again each time */
	relkg_word_keys k = *out;
	const relkg_tok *t = w->w;
	for (size_t i = from; i < to; ++i) {
		relkg_word_keys_add(&k, t[i].key_lower);
		relkg_word_keys_add(&k, t[i].key_stem);
	}
	*out = k;
}

const relkg_trigger *relkg_trigger_at(const relkg_triggers *lex, const relkg_toks *w, size_t i,
				      size_t *end)
{
	return relkg_trigger_at_in(lex, w, NULL, i, end);
}

const relkg_trigger *relkg_trigger_at_in(const relkg_triggers *lex, const relkg_toks *w,
					 const relkg_word_keys *have, size_t i, size_t *end)
{
	relkg_trigger_ids c[RELKG_LED_KINDS];
	size_t best = NO_TRIGGER, best_n = 0, best_end = 0;
	/* no quick test first (starting_at): the caller asks at words
	 * relkg_trigger_next let through, a finer test than the index's
	 * quick one, which would pass them all again */
	const relkg_tok *x = &w->w[i];
	int punct = (x->flags & RELKG_TK_PUNCT) != 0;
	relkg_trigger_index_at(lex->index, punct ? NULL : x->stem, punct ? NULL : x->lower, c);
	for (int kind = 0; kind < RELKG_LED_KINDS; ++kind) {
		for (size_t k = 0; k < c[kind].n; ++k) {
			size_t id = c[kind].ids[k];
			const relkg_trigger *t = &lex->t[id];
			size_t e;
			if ((have && !relkg_word_keys_within(&t->solid_keys, have)) ||
			    !rest_at(w, i, kind, t->words, t->n_words, &e)) {
				continue;
			}
			size_t n = t->n_solid;
			if (best == NO_TRIGGER || n > best_n ||
			    (n == best_n && (e < best_end || (e == best_end && id < best)))) {
				best = id;
				best_n = n;
				best_end = e;
			}
		}
	}
	*end = best_end;
	return best == NO_TRIGGER ? NULL : &lex->t[best];
}

size_t relkg_trigger_next(const relkg_triggers *lex, const relkg_toks *w, size_t i)
{
	relkg_trigger_heads h = relkg_trigger_index_heads(lex->index);
	/* a punctuation mark is tested as a word (starting_at asks only
	 * gap-led patterns of it): a bit it shares only costs the exact
	 * look-up, which says no */
	/* the whole-word test alone: its bits are kept with each word */
	while (i < w->n && !relkg_trigger_keys_may_start(&h, w->w[i].key_stem, w->w[i].key_lower)) {
		++i;
	}
	return i;
}

/* Does a blocker of index x (patterns b) start at word j and end by
 * word `by`? */
static int blocker_at(const relkg_toks *w, const relkg_trigger_index *x, const relkg_blocker *b,
		      size_t j, size_t by)
{
	relkg_trigger_ids c[RELKG_LED_KINDS];
	if (!starting_at(x, w, j, c)) {
		return 0;
	}
	for (int kind = 0; kind < RELKG_LED_KINDS; ++kind) {
		for (size_t k = 0; k < c[kind].n; ++k) {
			const relkg_blocker *bl = &b[c[kind].ids[k]];
			size_t e;
			/* "a no-necktie summit", "non-aggression": a compound,
			 * no negation */
			if (rest_at(w, j, kind, bl->words, bl->n_words, &e) && e <= by &&
			    !(e < w->n && relkg_tok_is(w, e, "-") && w->w[e].begin == w->w[e - 1].end)) {
				return 1;
			}
		}
	}
	return 0;
}

int relkg_trigger_blocked(const relkg_triggers *lex, const relkg_toks *w, size_t i, size_t end)
{
	for (size_t j = i, k = 0; j > 0 && k < BLOCK_BEFORE; --j, ++k) {
		if (!relkg_ew_gap_ok(&w->w[j - 1])) {
			break;
		}
		/* "On 2 May 1971": a capital inside the sentence is no "may" */
		if ((w->w[j - 1].flags & RELKG_TK_CAP) && j - 1 > 0) {
			continue;
		}
		if (blocker_at(w, lex->before_index, lex->before, j - 1, i)) {
			return 1;
		}
	}
	for (size_t j = end; j < w->n && j < end + BLOCK_AFTER; ++j) {
		if (!relkg_ew_gap_ok(&w->w[j])) {
			break;
		}
		if (blocker_at(w, lex->after_index, lex->after, j, (size_t)-1)) {
			return 1;
		}
	}
	return 0;
}
