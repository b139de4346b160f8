/* Finding events: the driver over an article's sentences (see
 * event_find.h; the parts are listed in event_finder.h).  Each trigger
 * found becomes an event when nothing blocks it and it has an agent; an
 * event of the same class and actor in the sentence is merged into the
 * first, and one told again in a later sentence with the same date is
 * folded into the earlier telling. */
#include "event_find.h"

#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "event_finder.h"
#include "event_match.h"
#include "event_words.h"
#include "stem.h"

#define RETOLD_REACH 256 /* earlier events a retelling is compared with */

static void remember(finder *f, const char *cls, const relkg_event *e)
{
	if (f->n_refs == REFS) {
		memmove(f->refs, f->refs + 1, (REFS - 1) * sizeof(f->refs[0]));
		--f->n_refs;
	}
	referent *r = &f->refs[f->n_refs++];
	r->cls = cls;
	r->sentence = f->sent;
	memcpy(r->agents, e->agents, sizeof(r->agents));
	r->n_agents = e->n_agents;
	memcpy(r->targets, e->targets, sizeof(r->targets));
	r->n_targets = e->n_targets;
}

/* Merges e into an event of the same class and actor in this sentence,
 * unless the sentence gives each a date of its own and they differ. */
static int merge(finder *f, const relkg_event *e)
{
	size_t from = f->out->n - f->first_event > RETOLD_REACH ? f->out->n - RETOLD_REACH
								 : f->first_event;
	for (size_t k = from; k < f->out->n; ++k) {
		relkg_event *x = &f->out->e[k];
		int shared = 0;
		for (size_t a = 0; a < e->n_agents; ++a) {
			shared |= relkg_ids_has(x->agents, x->n_agents, e->agents[a]);
		}
		if (x->trig->cls_id != e->trig->cls_id) {
			continue;
		}
		if (!shared || (x->dated && e->dated && x->date_own && e->date_own &&
				strcmp(x->date.iso, e->date.iso) != 0)) {
			continue; /* "after clashes in July 2020, A launched an offensive
				   * on 27 September 2020": two */
		}
		for (size_t t = 0; t < e->n_targets; ++t) {
			relkg_ids_add(x->targets, &x->n_targets, e->targets[t]);
		}
		if (x->place == RELKG_NONE) {
			x->place = e->place;
		}
		return 1;
	}
	return 0;
}

relkg_status relkg_event_list_append(relkg_event_list *l, const relkg_event *e)
{
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 32;
		relkg_event *ne = realloc(l->e, nc * sizeof(*ne));
		if (!ne) {
			return RELKG_ERR_NOMEM;
		}
		l->e = ne;
		l->cap = nc;
	}
	l->e[l->n++] = *e;
	return RELKG_OK;
}

static relkg_status push_event(finder *f, const relkg_event *e)
{
	if (merge(f, e)) {
		return RELKG_OK;
	}
	return relkg_event_list_append(f->out, e);
}

/* "British-occupied India", "Soviet-backed forces": a verb glued by a
 * hyphen to a name before it is an adjective, no event ("re-established"
 * still is: its prefix is no name). */
static int compound_modifier(const relkg_toks *w, size_t i)
{
	return i >= 2 && relkg_tok_is(w, i - 1, "-") && w->w[i - 1].end == w->w[i].begin &&
	       w->w[i - 2].end == w->w[i - 1].begin && (w->w[i - 2].flags & RELKG_TK_CAP);
}

/* A year: four digits ("in 2018 restored", "on 17 December 2002
 * awarded": a date ends right before the verb, no number counting it). */
static int year_word(const relkg_tok *t)
{
	const char *x = t->lower;
	return strlen(x) == 4 && x[0] >= '1' && x[0] <= '2' && x[1] >= '0' && x[1] <= '9' &&
	       x[2] >= '0' && x[2] <= '9' && x[3] >= '0' && x[3] <= '9';
}

/* "two abducted couples", "the occupied territories": a participle after
 * a determiner or a number (not a year) is an adjective, no event. */
static int participle_adjective(const relkg_toks *w, size_t i)
{
	static const char *const dets[] = {"a", "an", "the", "its", "their", "his", "her", "these",
		"those", "two", "three", "four", "five", "several", "many", NULL};
	const char *x = w->w[i].lower;
	size_t n = strlen(x);
	return i > 0 && n > 4 && strcmp(x + n - 2, "ed") == 0 &&
	       (relkg_ew_in_list(w->w[i - 1].lower, dets) ||
		((w->w[i - 1].flags & RELKG_TK_NUMBER) && !year_word(&w->w[i - 1])));
}

/* "refused to recognize the annexation of North Marsh": a noun trigger
 * with a definite determiner names an event the negation before it does not
 * deny (the negation is of the verb before). */
static int definite_noun(const relkg_toks *w, size_t i)
{
	static const char *const dets[] = {"the", "its", "their", "his", "her", NULL};
	return i > 0 && relkg_ew_in_list(w->w[i - 1].lower, dets);
}

/* Is word k a month's name (dates.h: "February", "Dec")? */
static int month_word(const finder *f, size_t k)
{
	const relkg_tok *w = &f->w.w[k];
	size_t len, n = w->end - w->begin;
	return relkg_month_name(f->doc->text + w->begin, n, &len) && len >= n;
}

/* The capitalized name that follows "at", "near", "in" or "outside"
 * within the clause after the trigger (words end..), or the trigger's own
 * last preposition ("attacks on the Pathankot air base"), no month ("at
 * Pulwama on 14 February", not "in January 2016"): the place of an event
 * that no mention names, its words' span; empty when there is none. */
static relkg_span named_place_after(const finder *f, size_t end)
{
	static const char *const preps[] = {"at", "near", "in", "outside", "on", "against", NULL};
	relkg_span none = {0, 0};
	if (end == 0) {
		return none;
	}
	size_t ce = relkg_finder_clause_end(f, end - 1);
	for (size_t k = end - 1; k + 1 < ce && k < end + 4; ++k) {
		if (!relkg_ew_in_list(f->w.w[k].lower, preps) ||
		    (k >= end && (strcmp(f->w.w[k].lower, "on") == 0 ||
				  strcmp(f->w.w[k].lower, "against") == 0))) {
			continue; /* "on" and "against" only as the trigger's own */
		}
		size_t n = k + 1 + (k + 2 < ce && strcmp(f->w.w[k + 1].lower, "the") == 0);
		size_t last = n;
		while (last < ce && last < n + 4 && (f->w.w[last].flags & RELKG_TK_CAP) &&
		       !month_word(f, last)) {
			++last;
		}
		if (last > n) {
			return (relkg_span){f->w.w[n].begin, f->w.w[last - 1].end};
		}
	}
	return none;
}

/* Does e's sentence tell its date, not as the noun's own modifier ("the
 * 1949 ceasefire line", "the 2003 ceasefire": a ceasefire made before,
 * named again)? */
static int own_date_told(const finder *f, const relkg_event *e)
{
	if (!e->dated || !e->date_own) {
		return 0;
	}
	const char *t = f->doc->text;
	size_t p = e->date.span.end;
	while (p < e->span.begin && t[p] == ' ') {
		++p;
	}
	return !(e->date.span.end <= e->span.begin && p == e->span.begin);
}

/* May e, whose actor the text does not name, stand without one?  Only
 * where its frame says so ("none") and the sentence itself dates it and
 * names what it struck or where: "an attack on the Indian Parliament on
 * 13 December 2001", "clashes at the Kongka Pass in October 1959"; never
 * an undated "the attacks". */
static int unattributed(const finder *f, const relkg_trigger *t, size_t end, relkg_event *e)
{
	if (!relkg_frame_has(&t->agent, "none") || !e->dated || !e->date_own ||
	    (end < f->w.n && relkg_tok_is(&f->w, end, "by"))) {
		return 0; /* "overthrown by the military": someone the text names */
	}
	if (!e->n_targets && e->place == RELKG_NONE) {
		e->where = named_place_after(f, end);
		if (e->where.end == e->where.begin) {
			return 0;
		}
	}
	e->how = RELKG_HOW_NONE;
	e->confidence = 0.6;
	return 1;
}

/* "met Suharto at Wonosobo in September 1974 and again at Townsville in
 * April 1975", "In 1975, and again in 1977, Guatemala concentrated
 * troops": the event told once more, with a date (and place) of its own
 * on the other side of "and again", is another event. */
static relkg_status told_again(finder *f, const relkg_event *e, size_t i, size_t end)
{
	if (f->again < 0) { /* most sentences have none: one scan each, not one an event */
		f->again = 0;
		for (size_t k = 0; k + 2 < f->w.n && !f->again; ++k) {
			f->again = relkg_tok_is(&f->w, k, "and") && relkg_tok_is(&f->w, k + 1, "again");
		}
	}
	if (!f->again) {
		return RELKG_OK;
	}
	size_t from = i; /* the trigger's part of the sentence: after a ";" */
	while (from > 0 && !relkg_tok_is(&f->w, from - 1, ";")) {
		--from;
	}
	for (size_t k = from; k + 2 < f->w.n; ++k) {
		if (relkg_tok_is(&f->w, k, ";") && k >= end) {
			return RELKG_OK;
		}
		if (!relkg_tok_is(&f->w, k, "and") || !relkg_tok_is(&f->w, k + 1, "again") ||
		    (k >= i && k < end)) {
			continue;
		}
		relkg_event again = *e;
		if (!relkg_finder_date_from(f, k + 2, &again.date)) {
			return RELKG_OK;
		}
		if (k < i && strcmp(e->date.iso, again.date.iso) == 0) {
			/* "In 1975, and again in 1977, X concentrated troops": the
			 * trigger took the date after "again"; the one before
			 * is the first time */
			if (!relkg_finder_date_before(f, k, &again.date)) {
				return RELKG_OK;
			}
		} else if (k < i || strcmp(e->date.iso, again.date.iso) == 0) {
			return RELKG_OK;
		}
		again.dated = again.date_own = 1;
		again.span = (relkg_span){f->w.w[k + 1].begin, f->w.w[k + 1].end};
		const cand *c = relkg_finder_after_word(f, k + 2, "at", ROLE_PLACE, &again);
		if (!c) {
			c = relkg_finder_after_word(f, k + 2, "in", ROLE_PLACE, &again);
		}
		again.place = c ? relkg_finder_as_role(f->m, c->ent, ROLE_PLACE) : RELKG_NONE;
		return push_event(f, &again);
	}
	return RELKG_OK;
}

/* "58% of Serbian respondents said ...", "a 2006 survey by X found that
 * 71% of Xians ...": what people polled answered, or a survey's
 * finding in percentages, is a survey's result (rules_surveys.c), no
 * statement of a state. */
static int polled_sentence(const finder *f)
{
	static const char *const polled[] = {"respondents", "polled", "surveyed", "interviewees",
		NULL};
	static const char *const polls[] = {"survey", "poll", NULL};
	int poll = 0, percent = 0;
	for (size_t k = 0; k < f->w.n; ++k) {
		if (relkg_ew_in_list(f->w.w[k].lower, polled)) {
			return 1;
		}
		poll |= relkg_ew_in_list(f->w.w[k].lower, polls);
		percent |= relkg_tok_is(&f->w, k, "%");
	}
	return poll && percent;
}

static int poll_answer(finder *f, const relkg_trigger *t)
{
	if (strcmp(t->cls, "Statement") != 0) {
		return 0;
	}
	if (f->polled < 0) { /* the sentence's, asked once of its words */
		f->polled = polled_sentence(f);
	}
	return f->polled;
}

/* "captured Y", "captured the port city of X", "captured most of the
 * region": what a "place=" line takes, within five words and before any
 * preposition but "of", is a place (a city or territory named, or a
 * place noun of a general kind), so the event is of the place class: a
 * town taken is occupied (CAMEO 192), a pilot or a boat "in the waters
 * around" an island is seized (171). */
static int place_taken(const finder *f, size_t end)
{
	static const char *const nouns[] = {"territory", "territories", "region", "regions",
		"province", "provinces", "town", "towns", "city", "cities", "village", "villages",
		"island", "islands", "capital", "port", "heights", "district", "enclave", NULL};
	size_t pe = relkg_finder_phrase_end(f, end);
	for (size_t j = end; j < pe && j < end + 5; ++j) {
		size_t k = relkg_finder_cand_from(f, j);
		if (k < f->nc && f->c[k].w0 == j) {
			relkg_ent_kind kind = f->m->ents[f->c[k].ent].kind;
			return kind == RELKG_ENT_CITY || kind == RELKG_ENT_TERRITORY;
		}
		if (relkg_ew_in_list(f->w.w[j].lower, nouns)) {
			return 1;
		}
		if (strcmp(f->w.w[j].lower, "of") != 0 &&
		    relkg_ew_is_prep(f->w.w[j].lower)) {
			return 0;
		}
	}
	return 0;
}

/* May words [a, b) stand between "and" and a second date of the same act
 * ("and Y in", "and at Z, in", "and on an army
 * camp at W in")?  Names, prepositions, determiners, commas and at most
 * two other lower-case words, none a verb form ("-ed", an auxiliary):
 * "and Sweden ratified it in" tells another act. */
static int same_act_between(const finder *f, size_t a, size_t b)
{
	static const char *const aux[] = {"was", "were", "is", "are", "had", "has", "have",
		"did", "again", "then", "later", NULL};
	int other = 0;
	for (size_t j = a; j < b; ++j) {
		const relkg_tok *x = &f->w.w[j];
		size_t n = strlen(x->lower);
		if ((x->flags & RELKG_TK_CAP) || relkg_tok_is(&f->w, j, ",") ||
		    relkg_ew_is_prep(x->lower) || relkg_ew_is_det(x->lower)) {
			continue;
		}
		if (relkg_ew_in_list(x->lower, aux) || (n > 3 && strcmp(x->lower + n - 2, "ed") == 0) ||
		    (x->flags & RELKG_TK_PUNCT) || ++other > 2) {
			return 0;
		}
	}
	return 1;
}

/* "captured X in May 1992 and Y in April 1993", "held talks in X in
 * March 2001 and at Y in April 2001": the act told
 * with its own date, then after "and" again with another date of its
 * own and nothing but its new object or place between, is a second
 * event: that date, and the name after "and" as its target (or place,
 * when the first had no target). */
static relkg_status told_with_another_date(finder *f, const relkg_event *e, size_t end)
{
	if (!e->date_own || e->date.span.begin < f->w.w[end - 1].end) {
		return RELKG_OK; /* its date must follow the trigger */
	}
	size_t k = relkg_finder_first_word(f, e->date.span.end, 0);
	size_t lim = k + 12 < f->w.n ? k + 12 : f->w.n;
	for (; k < lim && !relkg_tok_is(&f->w, k, "and"); ++k) {
		if (!(f->w.w[k].flags & RELKG_TK_NUMBER)) {
			return RELKG_OK; /* only "and" right after the date; not ", and"
					  * (a clause of its own may follow) */
		}
	}
	relkg_event again = *e;
	if (k >= lim || !relkg_finder_date_from(f, k + 1, &again.date) ||
	    strcmp(again.date.iso, e->date.iso) == 0) {
		return RELKG_OK;
	}
	size_t d = relkg_finder_first_word(f, again.date.span.begin, 0);
	size_t after = relkg_finder_first_word(f, again.date.span.end, 0);
	if (d > k + 9 || !same_act_between(f, k + 1, d) ||
	    (after < f->w.n && !(f->w.w[after].flags & RELKG_TK_PUNCT) &&
	     !relkg_tok_is(&f->w, after, "and"))) {
		return RELKG_OK; /* the date must close the phrase: "and in May
				  * Somaliland declared" tells another act */
	}
	size_t c = relkg_finder_cand_from(f, k + 1);
	if (c < f->nc && f->c[c].w0 < d) {
		role r = e->n_targets ? ROLE_TARGET : ROLE_PLACE;
		size_t id = relkg_finder_as_role(f->m, f->c[c].ent, r);
		relkg_ent_kind kind = f->m->ents[f->c[c].ent].kind;
		if (id != RELKG_NONE && r == ROLE_TARGET) {
			again.targets[0] = id;
			again.n_targets = 1;
			if (e->trig->place_trig &&
			    (kind == RELKG_ENT_CITY || kind == RELKG_ENT_TERRITORY)) {
				again.trig = e->trig->place_trig; /* "and Y": a place taken */
			}
		} else if (id != RELKG_NONE) {
			again.place = id;
		}
	}
	again.dated = again.date_own = 1;
	again.span = (relkg_span){f->w.w[k].begin, f->w.w[k].end};
	return push_event(f, &again);
}

static relkg_status on_trigger(finder *f, const relkg_trigger *t, size_t i, size_t end)
{
	if (strcmp(t->cls, "-") == 0 || (f->w.w[i].flags & RELKG_TK_QUOTED) || poll_answer(f, t) ||
	    compound_modifier(&f->w, i) || participle_adjective(&f->w, i) ||
	    (!definite_noun(&f->w, i) && relkg_trigger_blocked(f->lex, &f->w, i, end))) {
		return RELKG_OK;
	}
	if (!f->loaded) { /* the first trigger kept: its arguments need the mentions */
		relkg_status rc = relkg_finder_load(f);
		if (rc != RELKG_OK) {
			return rc;
		}
		f->loaded = 1;
	}
	relkg_event e;
	memset(&e, 0, sizeof(e));
	e.trig = t;
	e.sentence = f->sent;
	e.span.begin = f->w.w[i].begin;
	e.span.end = f->w.w[end - 1].end;
	e.confidence = 0.8;
	relkg_finder_args(f, i, end, &e);
	e.dated = relkg_finder_date(f, i, &e.span, &e.date, &e.date_own);
	if ((t->dated && !own_date_told(f, &e)) || (!e.n_agents && !unattributed(f, t, end, &e))) {
		return RELKG_OK;
	}
	if (e.how == RELKG_HOW_REF || e.how == RELKG_HOW_BOTH) {
		e.confidence = 0.7;
	}
	if (t->place_trig && place_taken(f, end)) {
		e.trig = t->place_trig;
	}
	if (t->refer) {
		remember(f, t->refer, &e);
	}
	remember(f, e.trig->cls, &e);
	relkg_status rc = push_event(f, &e);
	if (rc == RELKG_OK && e.dated) {
		rc = told_again(f, &e, i, end);
	}
	return rc == RELKG_OK && e.dated ? told_with_another_date(f, &e, end) : rc;
}

static relkg_status run_sentence(finder *f, relkg_stemmer *st)
{
	const relkg_sentence *s = &f->doc->sentences[f->sent];
	/* the mentions are mapped onto the words when a trigger needs them
	 * (on_trigger): most sentences have none that passes */
	relkg_status rc = relkg_toks_split(&f->w, f->doc->text, s->span.begin, s->span.end, st);
	f->loaded = 0;
	f->polled = f->again = -1;
	relkg_time_memo_reset(&f->times);
	if (s->block != f->block) {
		f->block = s->block;
		f->n_refs = 0;
	}
	f->first_event = f->out->n;
	size_t i = relkg_trigger_next(f->lex, &f->w, 0);
	if (i < f->w.n) { /* a word may start a trigger: the keys of the words
			   * from it on, for all triggers tried */
		memset(&f->keys, 0, sizeof(f->keys));
		relkg_toks_keys(&f->w, i, f->w.n, &f->keys);
		f->keys_from = i;
	}
	for (; rc == RELKG_OK && i < f->w.n; i = relkg_trigger_next(f->lex, &f->w, i + 1)) {
		size_t end;
		const relkg_trigger *t = relkg_trigger_at_in(f->lex, &f->w, &f->keys, i, &end);
		if (t) {
			rc = on_trigger(f, t, i, end);
			i = end - 1;
		}
	}
	return rc;
}

static int same_targets(const relkg_event *a, const relkg_event *b)
{
	if (!a->n_targets && !b->n_targets) {
		return 1;
	}
	for (size_t k = 0; k < b->n_targets; ++k) {
		if (relkg_ids_has(a->targets, a->n_targets, b->targets[k])) {
			return 1;
		}
	}
	return 0;
}

/* Do a and b share an actor, a person and the state it acts for counted
 * as one ("signed by Mendes and Holm" and "Brazil and Sweden signed")? */
static int shares_agent(const relkg_mentions *m, const relkg_event *a, const relkg_event *b)
{
	for (size_t k = 0; k < b->n_agents; ++k) {
		if (relkg_ids_has(a->agents, a->n_agents, b->agents[k])) {
			return 1;
		}
		size_t st = relkg_finder_state_of(m, b->agents[k]);
		for (size_t j = 0; st != RELKG_NONE && j < a->n_agents; ++j) {
			if (a->agents[j] == st || relkg_finder_state_of(m, a->agents[j]) == st) {
				return 1;
			}
		}
	}
	return 0;
}

/* Do ids a and b hold the same entities? */
static int same_ids(const size_t *a, size_t na, const size_t *b, size_t nb)
{
	if (na != nb) {
		return 0;
	}
	for (size_t k = 0; k < nb; ++k) {
		if (!relkg_ids_has(a, na, b[k])) {
			return 0;
		}
	}
	return 1;
}

/* A later telling whose date is the earlier's, carried to it: the
 * same event when it names the very same targets, or no targets and
 * the very same actors ("On 3 May, Peru
 * recalled its ambassador to Chile. ... Peru downgraded its relations
 * with Chile"); with other targets it is another one
 * ("opposed ... NATO's expansion ... also criticized NATO's bombing of
 * Yugoslavia"). */
static int carried_retelling(const relkg_event *x, const relkg_event *e)
{
	if (e->n_targets != x->n_targets || (!e->n_targets && !same_ids(x->agents, x->n_agents,
									e->agents, e->n_agents))) {
		return 0; /* no targets: the very same actors ("Kenya and Uganda
			   * agreed ... The treaty was signed ...") */
	}
	return same_ids(x->targets, x->n_targets, e->targets, e->n_targets);
}

/* One event told in two sentences (same class and date, an actor or its
 * state in common, the later's date its own or carried from the earlier
 * with the same targets) becomes one: the later is folded into the
 * earlier. */
static void merge_retold(const relkg_mentions *m, relkg_event_list *l)
{
	size_t n = 0;
	for (size_t j = 0; j < l->n; ++j) {
		relkg_event *e = &l->e[j];
		relkg_event *into = NULL;
		for (size_t i = n > RETOLD_REACH ? n - RETOLD_REACH : 0; i < n && !into; ++i) {
			relkg_event *x = &l->e[i];
			if (x->trig->cls_id == e->trig->cls_id && x->dated && e->dated &&
			    x->date_own && strcmp(x->date.iso, e->date.iso) == 0 &&
			    x->sentence != e->sentence && shares_agent(m, x, e) &&
			    (e->date_own ? same_targets(x, e) : carried_retelling(x, e))) {
				into = x;
			}
		}
		if (!into) {
			l->e[n++] = *e;
			continue;
		}
		for (size_t k = 0; k < e->n_agents; ++k) {
			relkg_ids_add(into->agents, &into->n_agents, e->agents[k]);
		}
		for (size_t k = 0; k < e->n_targets; ++k) {
			relkg_ids_add(into->targets, &into->n_targets, e->targets[k]);
		}
		if (into->n_also < RELKG_EVENT_ARGS) {
			into->also[into->n_also++] = e->sentence;
		}
	}
	l->n = n;
}

relkg_status relkg_events_find(const relkg_doc *doc, const relkg_mentions *m,
			       const relkg_triggers *lex, relkg_event_list *out)
{
	finder f;
	memset(&f, 0, sizeof(f));
	f.doc = doc;
	f.m = m;
	f.lex = lex;
	f.out = out;
	f.block = RELKG_NONE;
	relkg_stemmer *st = relkg_stemmer_thread();
	relkg_status rc = st ? RELKG_OK : RELKG_ERR_NOMEM;
	for (size_t s = 0; rc == RELKG_OK && s < doc->n_sentences; ++s) {
		const relkg_block *b = &doc->blocks[doc->sentences[s].block];
		if (b->kind != RELKG_BLOCK_PARAGRAPH && b->kind != RELKG_BLOCK_CAPTION) {
			continue;
		}
		f.sent = s;
		rc = run_sentence(&f, st);
	}
	if (rc == RELKG_OK) {
		merge_retold(m, out);
	}
	relkg_toks_clear(&f.w);
	free(f.c);
	free(f.cov);
	return rc;
}
