#include "event_find.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stem.h"
#include "tokens.h"

#define BLOCK_BEFORE 5 /* words before a trigger a negation may stand in */
#define BLOCK_AFTER 3
#define PREP_REACH 6   /* words after the trigger a preposition may stand */
#define REFS 16
#define REACH 60       /* words a clause may reach either side of a trigger */
#define MENTION_WORDS 30 /* words a mention may span */
#define RETOLD_REACH 256 /* earlier events a retelling is compared with */

/* A mention mapped onto the sentence's words [w0, w1). */
typedef struct {
	size_t ent;
	size_t w0, w1;
	unsigned flags;
} cand;

/* An event the paragraph named, for "The visit took place on ...". */
typedef struct {
	const char *cls;
	size_t sentence;
	size_t agents[RELKG_EVENT_ARGS], n_agents;
	size_t targets[RELKG_EVENT_ARGS], n_targets;
} referent;

typedef struct {
	const relkg_doc *doc;
	const relkg_mentions *m;
	const relkg_triggers *lex;
	relkg_event_list *out;
	relkg_toks w;
	cand *c;               /* in text order (w0 ascending) */
	size_t nc, cap_c;
	unsigned char *cov;    /* per word: covered by a mention */
	size_t cap_cov;
	size_t sent;
	size_t first_event; /* first event of this sentence in out */
	referent refs[REFS];
	size_t n_refs;
	size_t block;
} finder;

typedef enum { ROLE_ACTOR, ROLE_TARGET, ROLE_PLACE } role;

/* ---------------------------------------------------------------- words */

static int in_list(const char *s, const char *const *list)
{
	for (; *list; ++list) {
		if (strcmp(s, *list) == 0) {
			return 1;
		}
	}
	return 0;
}

static const char *const preps[] = {"with", "to", "in", "into", "from", "for", "on", "at",
	"against", "between", "over", "after", "since", "under", "near", "around", "toward",
	"towards", "about", "by", "during", "following", "than", "via", "among", "across",
	"upon", "within", "without", NULL};
static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her", NULL};
static const char *const adverbs[] = {"also", "then", "later", "again", "subsequently",
	"soon", "thereafter", "afterwards", NULL};

static int is_clause_break(const relkg_tok *x)
{
	return (x->flags & RELKG_TK_PUNCT) &&
	       (strcmp(x->lower, ";") == 0 || strcmp(x->lower, ":") == 0 ||
		strcmp(x->lower, "\"") == 0);
}

/* A word a "*" gap may skip: not a clause break or comma. */
static int gap_ok(const relkg_tok *x)
{
	return !is_clause_break(x) && strcmp(x->lower, ",") != 0;
}

static int is_adverb(const relkg_tok *x)
{
	size_t n = strlen(x->lower);
	return in_list(x->lower, adverbs) || (n > 4 && strcmp(x->lower + n - 2, "ly") == 0);
}

/* Does pattern p[0..np) match from word i?  *end = the word after. */
static int match_at(const relkg_toks *w, size_t i, char *const *p, size_t np, size_t *end)
{
	if (np == 0) {
		*end = i;
		return 1;
	}
	if (p[0][0] == '*') {
		size_t gap = p[0][1] == '*' ? RELKG_TRIGGER_LONG_GAP : RELKG_TRIGGER_GAP;
		for (size_t k = 0; k <= gap && i + k <= w->n; ++k) {
			if (k && !gap_ok(&w->w[i + k - 1])) {
				return 0;
			}
			if (match_at(w, i + k, p + 1, np - 1, end)) {
				return 1;
			}
		}
		return 0;
	}
	if (i >= w->n || (w->w[i].flags & RELKG_TK_PUNCT)) {
		return 0;
	}
	const relkg_tok *x = &w->w[i];
	int same = p[0][0] == '=' ? strcmp(x->lower, p[0] + 1) == 0 : strcmp(x->stem, p[0]) == 0;
	return same && match_at(w, i + 1, p + 1, np - 1, end);
}

/* The patterns of index x that can start at word i (trigger_index.h);
 * a punctuation mark starts only gap-led ones (match_at). */
static void starting_at(const relkg_trigger_index *x, const relkg_toks *w, size_t i,
			relkg_trigger_ids c[RELKG_LED_KINDS])
{
	const relkg_tok *t = &w->w[i];
	int punct = (t->flags & RELKG_TK_PUNCT) != 0;
	relkg_trigger_index_at(x, punct ? NULL : t->stem, punct ? NULL : t->lower, c);
}

/* The best trigger starting at word i: most words, then shortest span,
 * then first in the lexicon. */
static const relkg_trigger *best_trigger(const finder *f, size_t i, size_t *end)
{
	relkg_trigger_ids c[RELKG_LED_KINDS];
	starting_at(f->lex->index, &f->w, i, c);
	size_t best = RELKG_NONE, best_n = 0, best_end = 0;
	for (int kind = 0; kind < RELKG_LED_KINDS; ++kind) {
		for (size_t k = 0; k < c[kind].n; ++k) {
			size_t id = c[kind].ids[k];
			const relkg_trigger *t = &f->lex->t[id];
			size_t e;
			if (!match_at(&f->w, i, t->words, t->n_words, &e)) {
				continue;
			}
			size_t n = t->n_solid;
			if (best == RELKG_NONE || n > best_n ||
			    (n == best_n && (e < best_end || (e == best_end && id < best)))) {
				best = id;
				best_n = n;
				best_end = e;
			}
		}
	}
	*end = best_end;
	return best == RELKG_NONE ? NULL : &f->lex->t[best];
}

/* Does a blocker of index x (patterns b) start at word j and end by
 * word `by`? */
static int blocker_at(const relkg_toks *w, const relkg_trigger_index *x, const relkg_blocker *b,
		      size_t j, size_t by)
{
	relkg_trigger_ids c[RELKG_LED_KINDS];
	starting_at(x, w, j, c);
	for (int kind = 0; kind < RELKG_LED_KINDS; ++kind) {
		for (size_t k = 0; k < c[kind].n; ++k) {
			const relkg_blocker *bl = &b[c[kind].ids[k]];
			size_t e;
			if (match_at(w, j, bl->words, bl->n_words, &e) && e <= by) {
				return 1;
			}
		}
	}
	return 0;
}

static int blocked(const finder *f, size_t i, size_t end)
{
	const relkg_toks *w = &f->w;
	for (size_t j = i, k = 0; j > 0 && k < BLOCK_BEFORE; --j, ++k) {
		if (!gap_ok(&w->w[j - 1])) {
			break;
		}
		if (blocker_at(w, f->lex->before_index, f->lex->before, j - 1, i)) {
			return 1;
		}
	}
	for (size_t j = end; j < w->n && j < end + BLOCK_AFTER; ++j) {
		if (!gap_ok(&w->w[j])) {
			break;
		}
		if (blocker_at(w, f->lex->after_index, f->lex->after, j, (size_t)-1)) {
			return 1;
		}
	}
	return 0;
}

/* ---------------------------------------------------------------- entities */

/* The entity a mention stands for in a role, or NONE. */
static size_t as_role(const relkg_mentions *m, size_t ent, role r)
{
	const relkg_entity *e = &m->ents[ent];
	switch (e->kind) {
	case RELKG_ENT_PERSON:
	case RELKG_ENT_ORGANIZATION:
		return r == ROLE_PLACE ? RELKG_NONE : ent;
	case RELKG_ENT_COUNTRY:
		return ent;
	case RELKG_ENT_CITY:
		return r == ROLE_ACTOR ? e->country : ent;
	case RELKG_ENT_TERRITORY:
		return r == ROLE_ACTOR ? RELKG_NONE : ent;
	default:
		return RELKG_NONE;
	}
}

static int has(const size_t *ids, size_t n, size_t id)
{
	for (size_t i = 0; i < n; ++i) {
		if (ids[i] == id) {
			return 1;
		}
	}
	return 0;
}

static void add_id(size_t *ids, size_t *n, size_t id)
{
	if (id != RELKG_NONE && *n < RELKG_EVENT_ARGS && !has(ids, *n, id)) {
		ids[(*n)++] = id;
	}
}

/* The state an actor stands for: itself for a country, else its country. */
static size_t state_of(const relkg_mentions *m, size_t ent)
{
	const relkg_entity *e = &m->ents[ent];
	if (e->kind == RELKG_ENT_COUNTRY) {
		return ent;
	}
	if (e->country != RELKG_NONE) {
		return e->country;
	}
	if (e->office != RELKG_NONE) {
		return m->ents[e->office].country;
	}
	return RELKG_NONE;
}

static int is_parties(const relkg_mentions *m)
{
	return m->parties[0] != RELKG_NONE && m->parties[1] != RELKG_NONE;
}

/* The first word whose end (by_end) or begin is past / at `at`. */
static size_t first_word(const finder *f, size_t at, int by_end)
{
	size_t lo = 0, hi = f->w.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int before = by_end ? f->w.w[mid].end <= at : f->w.w[mid].begin < at;
		if (before) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/* Maps the sentence's mentions onto its words. */
static relkg_status load_cands(finder *f)
{
	const relkg_sentence *s = &f->doc->sentences[f->sent];
	size_t first, last = relkg_mentions_range(f->m, s->span.begin, s->span.end, &first);
	f->nc = 0;
	for (size_t k = first; k < last; ++k) {
		const relkg_mention *mm = &f->m->ms[k];
		if (mm->entity >= f->m->n_ents) {
			continue;
		}
		/* words are in text order: the first ending after the mention's
		 * start, and the first starting at or after its end */
		cand c = {mm->entity, first_word(f, mm->span.begin, 1), 0, mm->flags};
		c.w1 = first_word(f, mm->span.end, 0);
		if (c.w0 >= c.w1 || c.w1 > f->w.n) {
			continue;
		}
		if (f->nc == f->cap_c) {
			size_t nc = f->cap_c ? f->cap_c * 2 : 32;
			cand *n = realloc(f->c, nc * sizeof(*n));
			if (!n) {
				return RELKG_ERR_NOMEM;
			}
			f->c = n;
			f->cap_c = nc;
		}
		f->c[f->nc++] = c;
	}
	if (f->w.n > f->cap_cov) {
		unsigned char *nc = realloc(f->cov, f->w.n);
		if (!nc) {
			return RELKG_ERR_NOMEM;
		}
		f->cov = nc;
		f->cap_cov = f->w.n;
	}
	if (f->w.n) {
		memset(f->cov, 0, f->w.n);
	}
	for (size_t k = 0; k < f->nc; ++k) {
		memset(f->cov + f->c[k].w0, 1, f->c[k].w1 - f->c[k].w0);
	}
	return RELKG_OK;
}

static int quoted(const finder *f, const cand *c)
{
	return (f->w.w[c->w0].flags & RELKG_TK_QUOTED) != 0;
}

static int covered(const finder *f, size_t j);

/* Is the mention the object of a preposition other than "of"? */
static int after_prep(const finder *f, const cand *c)
{
	size_t j = c->w0;
	while (j > 0 && (in_list(f->w.w[j - 1].lower, dets) || relkg_tok_is(&f->w, j - 1, "-") ||
			 covered(f, j - 1))) {
		--j;
	}
	return j > 0 && in_list(f->w.w[j - 1].lower, preps);
}

static size_t clause_start(const finder *f, size_t i)
{
	size_t lim = i > REACH ? i - REACH : 0;
	while (i > lim && !is_clause_break(&f->w.w[i - 1])) {
		--i;
	}
	return i;
}

/* The end of the clause after word i; a quotation belongs to it ("said
 * Russia would \"continue the dialogue with ...\""). */
static size_t clause_end(const finder *f, size_t i)
{
	size_t lim = i + REACH < f->w.n ? i + REACH : f->w.n;
	while (i < lim && !(is_clause_break(&f->w.w[i]) && !relkg_tok_is(&f->w, i, "\""))) {
		++i;
	}
	return i;
}

static int covered(const finder *f, size_t j)
{
	return j < f->w.n && f->cov[j];
}

/* Index of the first candidate with w0 >= w. */
static size_t cand_from(const finder *f, size_t w)
{
	size_t lo = 0, hi = f->nc;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->c[mid].w0 < w) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/* The candidate ending last at or before word j with w1 == j + 1 in role. */
static const cand *cand_ending(const finder *f, size_t j, role r, int person)
{
	const cand *best = NULL;
	for (size_t k = cand_from(f, j > MENTION_WORDS ? j - MENTION_WORDS : 0);
	     k < f->nc && f->c[k].w0 <= j; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 != j + 1 || as_role(f->m, c->ent, r) == RELKG_NONE) {
			continue;
		}
		if (person >= 0 && (f->m->ents[c->ent].kind == RELKG_ENT_PERSON) != person) {
			continue;
		}
		if (!best || c->w0 < best->w0) {
			best = c;
		}
	}
	return best;
}

/* Adds the actors coordinated before c ("X and Y", "X, Y and Z"). */
static void coordinated(const finder *f, const cand *c, size_t cs, size_t *ids, size_t *n)
{
	int person = f->m->ents[c->ent].kind == RELKG_ENT_PERSON;
	int seen_and = 0, listing = 0; /* listing: an "and" was seen, so commas join too */
	size_t j = c->w0;
	while (j > cs) {
		const relkg_tok *x = &f->w.w[j - 1];
		const cand *d = seen_and ? cand_ending(f, j - 1, ROLE_ACTOR, person) : NULL;
		if (d) {
			add_id(ids, n, as_role(f->m, d->ent, ROLE_ACTOR));
			seen_and = 0;
			j = d->w0;
			continue;
		}
		if (strcmp(x->lower, "and") == 0) {
			seen_and = listing = 1;
		} else if (listing && strcmp(x->lower, ",") == 0) {
			seen_and = 1; /* "X, Y and Z" */
		} else if (!(x->flags & RELKG_TK_CAP) && !covered(f, j - 1) &&
			   !in_list(x->lower, (const char *const[]){",", "the", "(", ")", "-",
								  ".", "both", NULL})) {
			break;
		}
		--j;
	}
}

/* "the two countries", "both sides" right before word i. */
/* "the two countries", "both sides" right before word i: 1; "the two
 * leaders" (people): 2; else 0. */
static int two_parties_before(const finder *f, size_t i)
{
	static const char *const states[] = {"countries", "sides", "nations", "governments",
		"states", "parties", NULL};
	static const char *const people[] = {"leaders", "ministers", "presidents", "premiers",
		"men", NULL};
	while (i > 0 && is_adverb(&f->w.w[i - 1])) {
		--i;
	}
	if (i < 2 || !(relkg_tok_is(&f->w, i - 2, "two") || relkg_tok_is(&f->w, i - 2, "both"))) {
		return 0;
	}
	return in_list(f->w.w[i - 1].lower, states) ? 1 : in_list(f->w.w[i - 1].lower, people) ? 2 : 0;
}

/* ---------------------------------------------------------------- arguments */

static void set_parties(const finder *f, size_t *ids, size_t *n)
{
	add_id(ids, n, f->m->parties[0]);
	add_id(ids, n, f->m->parties[1]);
}

/* Does c end right before word i (adverbs aside)?  "after the United
 * States imposed": the subject, though a preposition leads it. */
static int right_before(const finder *f, const cand *c, size_t i)
{
	while (i > c->w1 && is_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return c->w1 == i;
}

/* The subject before word i: nearest actor, a person preferred. */
static const cand *subject(const finder *f, size_t i, role r)
{
	size_t cs = clause_start(f, i);
	const cand *near = NULL, *person = NULL;
	for (size_t k = cand_from(f, cs); k < f->nc && f->c[k].w0 < i; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 > i || quoted(f, c) || as_role(f->m, c->ent, r) == RELKG_NONE) {
			continue;
		}
		if (r == ROLE_ACTOR && after_prep(f, c) && !right_before(f, c, i)) {
			continue;
		}
		if (!near || c->w1 > near->w1 || (c->w1 == near->w1 && c->w0 < near->w0)) {
			near = c;
		}
		if (f->m->ents[c->ent].kind == RELKG_ENT_PERSON &&
		    (!person || c->w1 > person->w1)) {
			person = c;
		}
	}
	return (r == ROLE_ACTOR && person) ? person : near;
}

static const relkg_event *prev_event(const finder *f)
{
	return f->out->n > f->first_event ? &f->out->e[f->out->n - 1] : NULL;
}

/* "... visited Moscow and met with ...": the earlier verb's agents. */
static int and_agents(const finder *f, size_t i, relkg_event *e)
{
	while (i > 0 && is_adverb(&f->w.w[i - 1])) {
		--i;
	}
	const relkg_event *p = prev_event(f);
	if (!p || i == 0 || !relkg_tok_is(&f->w, i - 1, "and")) {
		return 0;
	}
	memcpy(e->agents, p->agents, sizeof(e->agents));
	e->n_agents = p->n_agents;
	e->how = p->how;
	e->inherited = 1;
	return 1;
}

/* "X met Y ..., and the two leaders signed": the people of the event
 * before in the sentence. */
static int two_people(const finder *f, relkg_event *e)
{
	const relkg_event *p = prev_event(f);
	if (!p) {
		return 0;
	}
	for (size_t k = 0; k < p->n_agents; ++k) {
		add_id(e->agents, &e->n_agents, p->agents[k]);
	}
	for (size_t k = 0; k < p->n_targets; ++k) {
		if (f->m->ents[p->targets[k]].kind == RELKG_ENT_PERSON) {
			add_id(e->agents, &e->n_agents, p->targets[k]);
		}
	}
	e->how = RELKG_HOW_BOTH;
	return e->n_agents > 1;
}

static int agent_subj(const finder *f, size_t i, int gerund, relkg_event *e)
{
	if (and_agents(f, i, e)) {
		return 1;
	}
	int two = two_parties_before(f, i);
	if (two == 2 && two_people(f, e)) {
		return 1;
	}
	if (two && is_parties(f->m)) {
		set_parties(f, e->agents, &e->n_agents);
		e->how = RELKG_HOW_BOTH;
		return 1;
	}
	const cand *c = subject(f, i, ROLE_ACTOR);
	if (!c || (gerund && c->w1 != i)) {
		return 0;
	}
	add_id(e->agents, &e->n_agents, as_role(f->m, c->ent, ROLE_ACTOR));
	coordinated(f, c, clause_start(f, i), e->agents, &e->n_agents);
	e->how = RELKG_HOW_SUBJ;
	return e->n_agents > 0;
}

static int and_between(const finder *f, size_t a, size_t b)
{
	for (size_t j = a; j < b; ++j) {
		if (relkg_tok_is(&f->w, j, "and")) {
			return 1;
		}
	}
	return 0;
}

static int comma_between(const finder *f, size_t a, size_t b)
{
	for (size_t j = a; j < b; ++j) {
		if (relkg_tok_is(&f->w, j, ",")) {
			return 1;
		}
	}
	return 0;
}

/* Does the class name the state its agent took over ("became President
 * of Russia")?  Then the agent's own state may be the target. */
static int own_state_ok(const relkg_event *e)
{
	return e && (strcmp(e->trig->cls, "Succession") == 0 ||
		     strcmp(e->trig->cls, "Election") == 0);
}

/* "with Chinese Premier Wen Jiabao": the person a demonym introduces. */
static const cand *person_after(const finder *f, const cand *c)
{
	if (!(c->flags & (RELKG_MF_DEMONYM | RELKG_MF_MODIFIER | RELKG_MF_TITLE)) &&
	    f->m->ents[c->ent].kind != RELKG_ENT_COUNTRY) {
		return c; /* "U.S. President George W. Bush" too */
	}
	for (size_t k = cand_from(f, c->w1); k < f->nc && f->c[k].w0 <= c->w1 + 6; ++k) {
		const cand *p = &f->c[k];
		if (
		    f->m->ents[p->ent].kind == RELKG_ENT_PERSON && !comma_between(f, c->w1, p->w0) &&
		    !and_between(f, c->w1, p->w0)) {
			return p;
		}
	}
	return c;
}

/* First candidate in role starting in [from, to), not an agent or an
 * agent's state. */
static const cand *first_after(const finder *f, size_t from, size_t to, role r,
			       const relkg_event *e)
{
	const cand *best = NULL;
	for (size_t k = cand_from(f, from); k < f->nc && f->c[k].w0 < to; ++k) {
		const cand *c = &f->c[k];
		size_t id = as_role(f->m, c->ent, r);
		if ( id == RELKG_NONE || (r == ROLE_ACTOR && quoted(f, c))) {
			continue;
		}
		if (r != ROLE_PLACE && e && !own_state_ok(e)) {
			int own = has(e->agents, e->n_agents, id);
			for (size_t a = 0; !own && a < e->n_agents; ++a) {
				own = state_of(f->m, e->agents[a]) == id;
			}
			if (own) {
				continue;
			}
		}
		if (!best || c->w0 < best->w0 || (c->w0 == best->w0 && c->w1 > best->w1)) {
			best = c;
		}
	}
	return best && r != ROLE_PLACE ? person_after(f, best) : best;
}

/* The entity after preposition `prep` following the trigger [i, end). */
static const cand *after_word(const finder *f, size_t end, const char *prep, role r,
			      const relkg_event *e)
{
	size_t ce = clause_end(f, end);
	size_t j = end > 0 && relkg_tok_is(&f->w, end - 1, prep) ? end - 1 : end;
	for (; j < ce && j < end + PREP_REACH; ++j) {
		if (relkg_tok_is(&f->w, j, prep)) {
			/* the preposition's own noun phrase: up to a comma */
			size_t np = j + 1;
			while (np < ce && np < j + 6 && !relkg_tok_is(&f->w, np, ",")) {
				++np;
			}
			return first_after(f, j + 1, np, r, e);
		}
	}
	return NULL;
}

static const referent *find_ref(const finder *f, const char *cls)
{
	for (size_t k = f->n_refs; k > 0; --k) {
		const referent *r = &f->refs[k - 1];
		if (strcmp(r->cls, cls) == 0 && f->sent - r->sentence <= 3) {
			return r;
		}
	}
	return NULL;
}

/* "the German-Soviet Nonaggression Pact": the countries named in the
 * capitalized name before a capitalized noun. */
static void name_mods(const finder *f, size_t i, relkg_event *e)
{
	if (!(f->w.w[i].flags & RELKG_TK_CAP)) {
		return;
	}
	size_t j = i;
	while (j > 0 && ((f->w.w[j - 1].flags & RELKG_TK_CAP) || relkg_tok_is(&f->w, j - 1, "-"))) {
		--j;
	}
	for (size_t k = cand_from(f, j); k < f->nc && f->c[k].w0 < i; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 <= i && f->m->ents[c->ent].kind == RELKG_ENT_COUNTRY) {
			add_id(e->agents, &e->n_agents, c->ent);
		}
	}
	if (e->n_agents) {
		e->how = RELKG_HOW_NOUN;
	}
}

static int agent_from(const finder *f, const char *src, size_t i, size_t end, int gerund,
		      relkg_event *e)
{
	if (strcmp(src, "subj") == 0) {
		return agent_subj(f, i, gerund, e);
	}
	if (strcmp(src, "by") == 0) {
		const cand *c = after_word(f, end, "by", ROLE_ACTOR, NULL);
		if (c && c->w0 <= end + 3) {
			add_id(e->agents, &e->n_agents, as_role(f->m, c->ent, ROLE_ACTOR));
			e->how = RELKG_HOW_PASSIVE;
		}
	} else if (strcmp(src, "poss") == 0) {
		size_t j = i;
		while (j > 0 && (in_list(f->w.w[j - 1].lower, (const char *const[]){"s", "'",
				 "the", "a", "an", "-", NULL}) || (f->w.w[j - 1].flags & RELKG_TK_NUMBER))) {
			--j;
		}
		const cand *c = j > 0 ? cand_ending(f, j - 1, ROLE_ACTOR, -1) : NULL;
		if (c) {
			add_id(e->agents, &e->n_agents, as_role(f->m, c->ent, ROLE_ACTOR));
			e->how = RELKG_HOW_NOUN;
		}
	} else if (strcmp(src, "mods") == 0) {
		name_mods(f, i, e);
	} else if (strcmp(src, "ref") == 0) {
		const referent *r = find_ref(f, e->trig->cls);
		if (r) {
			memcpy(e->agents, r->agents, sizeof(e->agents));
			e->n_agents = r->n_agents;
			e->how = RELKG_HOW_REF;
		}
	} else if (strcmp(src, "both") == 0) {
		size_t cs = clause_start(f, i);
		for (size_t k = cand_from(f, cs); k < f->nc && f->c[k].w0 < end; ++k) {
			const cand *c = &f->c[k];
			if (c->w1 <= end && f->m->ents[c->ent].kind == RELKG_ENT_COUNTRY) {
				add_id(e->agents, &e->n_agents, c->ent);
			}
		}
		if (e->n_agents < 2 && is_parties(f->m)) {
			e->n_agents = 0;
			set_parties(f, e->agents, &e->n_agents);
		}
		e->how = RELKG_HOW_BOTH;
	}
	return e->n_agents > 0;
}

/* The end of the object phrase after word i: the clause end or a comma
 * ("occupied positions in X, and Y launched ..."). */
static size_t phrase_end(const finder *f, size_t i)
{
	size_t ce = clause_end(f, i);
	while (i < ce && !(relkg_tok_is(&f->w, i, ",") && /* not "July 16, 2008" */
			   !(i + 1 < f->w.n && (f->w.w[i + 1].flags & RELKG_TK_NUMBER)))) {
		++i;
	}
	return i;
}

/* The first person named in [from, to) who is not an agent. */
static const cand *person_in(const finder *f, size_t from, size_t to, const relkg_event *e)
{
	const cand *best = NULL;
	for (size_t k = cand_from(f, from); k < f->nc && f->c[k].w0 < to; ++k) {
		const cand *c = &f->c[k];
		if (f->m->ents[c->ent].kind == RELKG_ENT_PERSON &&
		    !has(e->agents, e->n_agents, c->ent) && (!best || c->w0 < best->w0)) {
			best = c;
		}
	}
	return best;
}

/* Targets or place (ids/n) from source src. */
static void args_from(const finder *f, const char *src, size_t i, size_t end, role r,
		      relkg_event *e, size_t *ids, size_t *n)
{
	const cand *c = NULL;
	if (strcmp(src, "obj") == 0) {
		/* from inside a gapped phrase too: "supports Georgia's claims" */
		c = first_after(f, i + 1, phrase_end(f, end), r, e);
	} else if (strcmp(src, "person") == 0) {
		c = person_in(f, end, clause_end(f, end), e);
	} else if (strcmp(src, "subj") == 0) {
		c = subject(f, i, r);
	} else if (strcmp(src, "both") == 0) {
		memcpy(ids, e->agents, sizeof(e->agents));
		*n = e->n_agents;
	} else if (strcmp(src, "ref") == 0) {
		const referent *rf = find_ref(f, e->trig->cls);
		if (rf) {
			memcpy(ids, rf->targets, sizeof(rf->targets));
			*n = rf->n_targets;
		}
	} else if (strcmp(src, "other") != 0 && strcmp(src, "poss") != 0 &&
		   strcmp(src, "by") != 0) {
		c = after_word(f, end, src, r, e);
	}
	if (c) {
		add_id(ids, n, as_role(f->m, c->ent, r));
	}
}

/* "the occupation of Estonia" in an article about two countries: the
 * other one acted. */
static void other_party(const finder *f, relkg_event *e)
{
	if (!is_parties(f->m)) {
		return;
	}
	for (size_t k = 0; k < e->n_targets; ++k) {
		for (int p = 0; p < 2; ++p) {
			if (e->targets[k] == f->m->parties[p]) {
				add_id(e->agents, &e->n_agents, f->m->parties[1 - p]);
				e->how = RELKG_HOW_NOUN;
				e->confidence = 0.5;
				return;
			}
		}
	}
}

/* ---------------------------------------------------------------- dates */

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

/* The date of sentence s nearest span `near` among those overlapping
 * [lo, hi) (bytes); the sentence's last date that is not attributive when
 * near is NULL (a date carried to a later sentence). */
static const relkg_date *sentence_date_in(const finder *f, size_t s, const relkg_span *near,
					  size_t lo, size_t hi)
{
	const relkg_date *best = NULL;
	size_t best_d = 0;
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
			if (!attributive(f, d)) {
				best = d; /* the last one */
			}
			continue;
		}
		size_t dist = d->span.end <= near->begin ? near->begin - d->span.end
			      : d->span.begin >= near->end ? d->span.begin - near->end : 0;
		if (!best || dist < best_d) {
			best = d;
			best_d = dist;
		}
	}
	return best;
}

static int is_break_comma(const finder *f, size_t j)
{
	return relkg_tok_is(&f->w, j, ",") &&
	       !(j + 1 < f->w.n && (f->w.w[j + 1].flags & RELKG_TK_NUMBER));
}

/* The trigger's date: one in its own comma-delimited part of the
 * sentence ("Despite A and B signing a treaty on 4 May 1932, the X-Y Pact
 * of August 1939 ..."), else the sentence's date nearest it. */
static const relkg_date *sentence_date(const finder *f, size_t s, const relkg_span *near)
{
	if (!near) {
		return sentence_date_in(f, s, NULL, 0, (size_t)-1);
	}
	size_t at = first_word(f, near->begin, 1);
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
	return d ? d : sentence_date_in(f, s, near, 0, (size_t)-1);
}

/* The sentence's date nearest the trigger, else the paragraph's last. */
/* A verb in the present ("India says", "Japan has extended") tells no
 * past event the paragraph's earlier date could belong to. */
static int present_tense(const finder *f, size_t i)
{
	const char *w = f->w.w[i].lower;
	size_t n = strlen(w);
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u') {
		return 1;
	}
	while (i > 0 && is_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return i > 0 && in_list(f->w.w[i - 1].lower, (const char *const[]){"has", "have",
											     "is", "are", NULL});
}

static const relkg_date *event_date(const finder *f, size_t i, const relkg_span *span, int *own)
{
	const relkg_date *d = sentence_date(f, f->sent, span);
	*own = d != NULL;
	size_t block = f->doc->sentences[f->sent].block;
	for (size_t s = f->sent; !d && !present_tense(f, i) && s > 0 &&
	     f->doc->sentences[s - 1].block == block; --s) {
		d = sentence_date(f, s - 1, NULL);
	}
	return d;
}

/* ---------------------------------------------------------------- events */

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

/* Merges e into an event of the same class and actor in this sentence. */
static int merge(finder *f, const relkg_event *e)
{
	size_t from = f->out->n - f->first_event > RETOLD_REACH ? f->out->n - RETOLD_REACH
								 : f->first_event;
	for (size_t k = from; k < f->out->n; ++k) {
		relkg_event *x = &f->out->e[k];
		int shared = 0;
		for (size_t a = 0; a < e->n_agents; ++a) {
			shared |= has(x->agents, x->n_agents, e->agents[a]);
		}
		if (x->trig->cls != e->trig->cls && strcmp(x->trig->cls, e->trig->cls) != 0) {
			continue;
		}
		if (!shared) {
			continue;
		}
		for (size_t t = 0; t < e->n_targets; ++t) {
			add_id(x->targets, &x->n_targets, e->targets[t]);
		}
		if (x->place == RELKG_NONE) {
			x->place = e->place;
		}
		return 1;
	}
	return 0;
}

static relkg_status push_event(finder *f, const relkg_event *e)
{
	if (merge(f, e)) {
		return RELKG_OK;
	}
	relkg_event_list *l = f->out;
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

static int is_gerund(const finder *f, size_t i)
{
	const char *s = f->w.w[i].lower;
	size_t n = strlen(s);
	if (n < 5 || strcmp(s + n - 3, "ing") != 0) {
		return 0;
	}
	/* "in contributing": the main clause's subject acts */
	return !(i > 0 && (relkg_tok_is(&f->w, i - 1, "in") || relkg_tok_is(&f->w, i - 1, "by")));
}

/* "were killed (by X)": a verb trigger in the passive whose frame takes
 * its agent from the subject.  The agent is then the "by" phrase (or no
 * one) and the subject the target. */
static int passive_at(const finder *f, size_t i, const relkg_trigger *t)
{
	static const char *const be[] = {"was", "were", "is", "are", "been", "be", "being", NULL};
	if (t->agent.n == 0 || strcmp(t->agent.src[0], "subj") != 0) {
		return 0;
	}
	while (i > 0 && is_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return i > 0 && in_list(f->w.w[i - 1].lower, be);
}

static void passive_args(finder *f, size_t i, size_t end, relkg_event *e)
{
	agent_from(f, "by", i, end, 0, e);
	const cand *c = subject(f, i, ROLE_TARGET);
	if (c) {
		add_id(e->targets, &e->n_targets, as_role(f->m, c->ent, ROLE_TARGET));
	}
}

static void find_args(finder *f, size_t i, size_t end, relkg_event *e)
{
	const relkg_trigger *t = e->trig;
	int gerund = is_gerund(f, i);
	if (passive_at(f, i, t)) {
		passive_args(f, i, end, e);
		return;
	}
	for (size_t k = 0; k < t->agent.n && !e->n_agents; ++k) {
		agent_from(f, t->agent.src[k], i, end, gerund, e);
	}
	for (size_t k = 0; k < t->target.n && !e->n_targets; ++k) {
		args_from(f, t->target.src[k], i, end, ROLE_TARGET, e, e->targets, &e->n_targets);
	}
	const relkg_event *p = prev_event(f);
	if (!e->n_targets && e->inherited && p) {
		/* "killed a Japanese fisherman and captured a boat" */
		memcpy(e->targets, p->targets, sizeof(e->targets));
		e->n_targets = p->n_targets;
	}
	size_t place[RELKG_EVENT_ARGS], np = 0;
	for (size_t k = 0; k < t->place.n && !np; ++k) {
		args_from(f, t->place.src[k], i, end, ROLE_PLACE, e, place, &np);
	}
	e->place = np ? place[0] : RELKG_NONE;
	if (!e->n_agents && relkg_frame_has(&t->agent, "other")) {
		other_party(f, e);
	}
	/* an actor is not its own target */
	size_t n = 0;
	for (size_t k = 0; k < e->n_targets; ++k) {
		if (!has(e->agents, e->n_agents, e->targets[k]) || e->how == RELKG_HOW_BOTH) {
			e->targets[n++] = e->targets[k];
		}
	}
	e->n_targets = n;
}

static relkg_status on_trigger(finder *f, const relkg_trigger *t, size_t i, size_t end)
{
	if (strcmp(t->cls, "-") == 0 || (f->w.w[i].flags & RELKG_TK_QUOTED) || blocked(f, i, end)) {
		return RELKG_OK;
	}
	relkg_event e;
	memset(&e, 0, sizeof(e));
	e.trig = t;
	e.sentence = f->sent;
	e.span.begin = f->w.w[i].begin;
	e.span.end = f->w.w[end - 1].end;
	e.confidence = 0.8;
	find_args(f, i, end, &e);
	if (!e.n_agents) {
		return RELKG_OK;
	}
	if (e.how == RELKG_HOW_REF || e.how == RELKG_HOW_BOTH) {
		e.confidence = 0.7;
	}
	e.date = event_date(f, i, &e.span, &e.date_own);
	if (t->refer) {
		remember(f, t->refer, &e);
	}
	remember(f, t->cls, &e);
	return push_event(f, &e);
}

static relkg_status run_sentence(finder *f, relkg_stemmer *st)
{
	const relkg_sentence *s = &f->doc->sentences[f->sent];
	relkg_status rc = relkg_toks_split(&f->w, f->doc->text, s->span.begin, s->span.end, st);
	if (rc == RELKG_OK) {
		rc = load_cands(f);
	}
	if (s->block != f->block) {
		f->block = s->block;
		f->n_refs = 0;
	}
	f->first_event = f->out->n;
	for (size_t i = 0; rc == RELKG_OK && i < f->w.n; ++i) {
		size_t end;
		const relkg_trigger *t = best_trigger(f, i, &end);
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
		if (has(a->targets, a->n_targets, b->targets[k])) {
			return 1;
		}
	}
	return 0;
}

static int shares_agent(const relkg_event *a, const relkg_event *b)
{
	for (size_t k = 0; k < b->n_agents; ++k) {
		if (has(a->agents, a->n_agents, b->agents[k])) {
			return 1;
		}
	}
	return 0;
}

/* One event told in two sentences (same class and date, an actor in
 * common) becomes one: the later is folded into the earlier. */
static void merge_retold(relkg_event_list *l)
{
	size_t n = 0;
	for (size_t j = 0; j < l->n; ++j) {
		relkg_event *e = &l->e[j];
		relkg_event *into = NULL;
		for (size_t i = n > RETOLD_REACH ? n - RETOLD_REACH : 0; i < n && !into; ++i) {
			relkg_event *x = &l->e[i];
			if (strcmp(x->trig->cls, e->trig->cls) == 0 && x->date && e->date &&
			    x->date_own && e->date_own && strcmp(x->date->iso, e->date->iso) == 0 &&
			    x->sentence != e->sentence && shares_agent(x, e) && same_targets(x, e)) {
				into = x;
			}
		}
		if (!into) {
			l->e[n++] = *e;
			continue;
		}
		for (size_t k = 0; k < e->n_agents; ++k) {
			add_id(into->agents, &into->n_agents, e->agents[k]);
		}
		for (size_t k = 0; k < e->n_targets; ++k) {
			add_id(into->targets, &into->n_targets, e->targets[k]);
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
	relkg_stemmer *st = relkg_stemmer_new();
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
		merge_retold(out);
	}
	relkg_toks_clear(&f.w);
	free(f.c);
	free(f.cov);
	relkg_stemmer_free(st);
	return rc;
}
