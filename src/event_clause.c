/* A sentence's mentions on its words, and the clause around a trigger:
 * see event_finder.h. */
#include <stdlib.h>
#include <string.h>

#include "event_finder.h"
#include "event_words.h"

/* The entity a mention stands for in a role, or NONE. */
size_t relkg_finder_as_role(const relkg_mentions *m, size_t ent, role r)
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

int relkg_ids_has(const size_t *ids, size_t n, size_t id)
{
	for (size_t i = 0; i < n; ++i) {
		if (ids[i] == id) {
			return 1;
		}
	}
	return 0;
}

void relkg_ids_add(size_t *ids, size_t *n, size_t id)
{
	if (id != RELKG_NONE && *n < RELKG_EVENT_ARGS && !relkg_ids_has(ids, *n, id)) {
		ids[(*n)++] = id;
	}
}

/* The state an actor stands for: itself for a country, else its country. */
size_t relkg_finder_state_of(const relkg_mentions *m, size_t ent)
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

int relkg_finder_parties(const relkg_mentions *m)
{
	return m->parties[0] != RELKG_NONE && m->parties[1] != RELKG_NONE;
}

/* The first word whose end (by_end) or begin is past / at `at`. */
/* The binary searches narrow by a count that does not depend on the data
 * and choose the base by a conditional move: which half is taken depends
 * on the text, and a branch on it was mispredicted at every other step. */
size_t relkg_finder_first_word(const finder *f, size_t at, int by_end)
{
	const relkg_tok *w = f->w.w;
	size_t lo = 0, n = f->w.n;
	if (n == 0) {
		return 0;
	}
	if (by_end) {
		while (n > 1) {
			size_t half = n / 2;
			lo = w[lo + half - 1].end <= at ? lo + half : lo;
			n -= half;
		}
		return lo + (w[lo].end <= at);
	}
	while (n > 1) {
		size_t half = n / 2;
		lo = w[lo + half - 1].begin < at ? lo + half : lo;
		n -= half;
	}
	return lo + (w[lo].begin < at);
}

/* Maps the sentence's mentions onto its words. */
relkg_status relkg_finder_load(finder *f)
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
		cand c = {mm->entity, relkg_finder_first_word(f, mm->span.begin, 1), 0, mm->flags};
		c.w1 = relkg_finder_first_word(f, mm->span.end, 0);
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

static int covered(const finder *f, size_t j)
{
	return j < f->w.n && f->cov[j];
}

int relkg_finder_quoted(const finder *f, const cand *c)
{
	return (f->w.w[c->w0].flags & RELKG_TK_QUOTED) != 0;
}

/* Is the mention the object of a preposition other than "of"?  A
 * parenthesis belongs to the noun before it ("ended ties with the
 * Republic of Norland (Norland) and recognized ..."). */
static int after_prep(const finder *f, const cand *c)
{
	size_t j = c->w0;
	while (j > 0 && (relkg_ew_is_det(f->w.w[j - 1].lower) ||
			 relkg_tok_is(&f->w, j - 1, "-") || relkg_tok_is(&f->w, j - 1, "(") ||
			 relkg_tok_is(&f->w, j - 1, ")") || covered(f, j - 1))) {
		--j;
	}
	return j > 0 && relkg_ew_is_prep(f->w.w[j - 1].lower);
}

size_t relkg_finder_clause_start(const finder *f, size_t i)
{
	size_t lim = i > REACH ? i - REACH : 0;
	while (i > lim && !relkg_ew_clause_break(&f->w.w[i - 1])) {
		--i;
	}
	return i;
}

/* The end of the clause after word i; a quotation belongs to it ("said
 * Russia would \"continue the dialogue with ...\""). */
size_t relkg_finder_clause_end(const finder *f, size_t i)
{
	size_t lim = i + REACH < f->w.n ? i + REACH : f->w.n;
	while (i < lim && !(relkg_ew_clause_break(&f->w.w[i]) && !relkg_tok_is(&f->w, i, "\""))) {
		++i;
	}
	return i;
}

/* Index of the first candidate with w0 >= w. */
size_t relkg_finder_cand_from(const finder *f, size_t w)
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
const cand *relkg_finder_cand_ending(const finder *f, size_t j, role r, int person)
{
	const cand *best = NULL;
	for (size_t k = relkg_finder_cand_from(f, j > MENTION_WORDS ? j - MENTION_WORDS : 0);
	     k < f->nc && f->c[k].w0 <= j; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 != j + 1 || relkg_finder_as_role(f->m, c->ent, r) == RELKG_NONE) {
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

/* A lower-case particle inside a name ("Omar al-Bashir", "Pieter van
 * Dam") when a hyphen or a capitalized word follows it: a person mention
 * may stop before it, and the rest of the name is then not a mention. */
static int name_particle(const finder *f, size_t j)
{
	static const char *const particles[] = {"al", "el", "bin", "ibn", "bint",
		"abu", "de", "da", "di", "del", "della", "dos", "du", "van", "von", "der", "den",
		"la", "le", NULL};
	return j + 1 < f->w.n && relkg_ew_in_list(f->w.w[j].lower, particles) &&
	       (relkg_tok_is(&f->w, j + 1, "-") || (f->w.w[j + 1].flags & RELKG_TK_CAP));
}

/* Adds the actors coordinated before c ("X and Y", "X, Y and Z"). */
void relkg_finder_coordinated(const finder *f, const cand *c, size_t cs, size_t *ids,
			      size_t *n)
{
	int person = f->m->ents[c->ent].kind == RELKG_ENT_PERSON;
	int seen_and = 0, listing = 0; /* listing: an "and" was seen, so commas join too */
	size_t j = c->w0;
	while (j > cs) {
		const relkg_tok *x = &f->w.w[j - 1];
		const cand *d = seen_and ? relkg_finder_cand_ending(f, j - 1, ROLE_ACTOR, person) : NULL;
		if (d && after_prep(f, d)) {
			break; /* "a car in Beijing, and Sweden expelled": no list */
		}
		if (d) {
			relkg_ids_add(ids, n, relkg_finder_as_role(f->m, d->ent, ROLE_ACTOR));
			seen_and = 0;
			j = d->w0;
			continue;
		}
		if (strcmp(x->lower, "and") == 0) {
			seen_and = listing = 1;
		} else if (listing && strcmp(x->lower, ",") == 0) {
			seen_and = 1; /* "X, Y and Z" */
		} else if (!(x->flags & RELKG_TK_CAP) && !covered(f, j - 1) &&
			   !name_particle(f, j - 1) &&
			   !relkg_ew_in_list(x->lower, (const char *const[]){",", "the", "(", ")", "-",
								  ".", "both", NULL})) {
			break;
		}
		--j;
	}
}

/* "the two countries", "both sides" right before word i: 1; "the two
 * leaders" (people): 2; else 0. */
int relkg_finder_two_parties(const finder *f, size_t i)
{
	static const char *const states[] = {"countries", "sides", "nations", "governments",
		"states", "parties", NULL};
	static const char *const people[] = {"leaders", "ministers", "presidents", "premiers",
		"men", NULL};
	while (i > 0 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	if (i < 2 || !(relkg_tok_is(&f->w, i - 2, "two") || relkg_tok_is(&f->w, i - 2, "both"))) {
		return 0;
	}
	const char *w = f->w.w[i - 1].lower;
	return relkg_ew_in_list(w, states) ? 1 : relkg_ew_in_list(w, people) ? 2 : 0;
}

void relkg_finder_set_parties(const finder *f, size_t *ids, size_t *n)
{
	relkg_ids_add(ids, n, f->m->parties[0]);
	relkg_ids_add(ids, n, f->m->parties[1]);
}

/* Does c end right before word i (adverbs aside)?  "after the United
 * States imposed": the subject, though a preposition leads it. */
static int right_before(const finder *f, const cand *c, size_t i)
{
	while (i > c->w1 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return c->w1 == i;
}

/* "the Kenya-mediated talks", "Finnish-backed forces": a name
 * glued by a hyphen to the word after it modifies that word; it is no
 * subject. */
static int hyphen_modifier(const finder *f, const cand *c)
{
	size_t j = c->w1;
	return j + 1 < f->w.n && relkg_tok_is(&f->w, j, "-") && f->w.w[j].begin == f->w.w[j - 1].end &&
	       f->w.w[j + 1].begin == f->w.w[j].end && !(f->w.w[j + 1].flags & RELKG_TK_CAP);
}

/* Does c end right before the verb group of word i, auxiliaries and
 * adverbs aside ("Kenya had abducted", "Japan has long supported")?  It
 * is then that verb's subject, a person named before it or not. */
static int right_before_verb(const finder *f, const cand *c, size_t i)
{
	static const char *const aux[] = {"had", "has", "have", "was", "were", "is", "are",
		"been", "did", NULL};
	size_t j = i;
	while (j > c->w1 && (relkg_ew_adverb(&f->w.w[j - 1]) ||
			     relkg_ew_in_list(f->w.w[j - 1].lower, aux))) {
		--j;
	}
	return j < i && c->w1 == j && f->m->ents[c->ent].kind == RELKG_ENT_COUNTRY &&
	       !(c->flags & (RELKG_MF_DEMONYM | RELKG_MF_MODIFIER));
}

/* Does a conjunction joining clauses stand in words [a, b): ", and",
 * ", but", ", where", "while", "whereas", "when", "because", "although",
 * "though", "until", "unless"?  Then an actor after it is the subject of
 * its own clause, not the person of the clause before ("he cut the trip
 * short when China attacked Vietnam"). */
static int clause_joined(const finder *f, size_t a, size_t b)
{
	static const char *const subordinators[] = {"while", "whereas", "when", "because",
		"although", "though", "until", "unless", NULL};
	for (size_t j = a; j < b; ++j) {
		if (relkg_ew_in_list(f->w.w[j].lower, subordinators) ||
		    (j > a && relkg_tok_is(&f->w, j - 1, ",") &&
		     (relkg_tok_is(&f->w, j, "and") || relkg_tok_is(&f->w, j, "but") ||
		      relkg_tok_is(&f->w, j, "where")))) {
			return 1;
		}
	}
	return 0;
}

/* Does the verb at word i follow "and" with no subject of its own ("X
 * replaced Y as president and made a visit")?  Adverbs aside. */
static int shared_subject(const finder *f, size_t i)
{
	size_t j = i;
	while (j > 0 && relkg_ew_adverb(&f->w.w[j - 1])) {
		--j;
	}
	return j > 1 && relkg_tok_is(&f->w, j - 1, "and") && !relkg_tok_is(&f->w, j - 2, ",");
}

/* The first actor of the clause before word i (a person preferred when
 * it begins the clause), or NULL. */
static const cand *first_actor(const finder *f, size_t cs, size_t i, role r)
{
	for (size_t k = relkg_finder_cand_from(f, cs); k < f->nc && f->c[k].w0 < i; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 > i || relkg_finder_quoted(f, c) || hyphen_modifier(f, c) ||
		    relkg_finder_as_role(f->m, c->ent, r) == RELKG_NONE || after_prep(f, c)) {
			continue;
		}
		return c;
	}
	return NULL;
}

/* The subject before word i: nearest actor, a person preferred; after
 * "and" with no subject of its own, the clause's first actor when it is a
 * person ("Ramaphosa replaced Zuma as president and made a visit"). */
const cand *relkg_finder_subject(const finder *f, size_t i, role r)
{
	size_t cs = relkg_finder_clause_start(f, i);
	if (r == ROLE_ACTOR && shared_subject(f, i)) {
		const cand *c = first_actor(f, cs, i, r);
		if (c && c->w0 == cs && f->m->ents[c->ent].kind == RELKG_ENT_PERSON) {
			return c;
		}
	}
	const cand *near = NULL, *person = NULL;
	for (size_t k = relkg_finder_cand_from(f, cs); k < f->nc && f->c[k].w0 < i; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 > i || relkg_finder_quoted(f, c) || hyphen_modifier(f, c) ||
		    relkg_finder_as_role(f->m, c->ent, r) == RELKG_NONE) {
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
	if (r == ROLE_ACTOR && person && near != person &&
	    (clause_joined(f, person->w1, near->w0) || right_before_verb(f, near, i))) {
		return near; /* "X said ..., and Canada expelled", "X admitted Y had" */
	}
	return (r == ROLE_ACTOR && person) ? person : near;
}

/* The end of the object phrase after word i: the clause end or a comma
 * ("occupied positions in X, and Y launched ..."). */
size_t relkg_finder_phrase_end(const finder *f, size_t i)
{
	size_t ce = relkg_finder_clause_end(f, i);
	while (i < ce && !(relkg_tok_is(&f->w, i, ",") && /* not "July 16, 2008" */
			   !(i + 1 < f->w.n && (f->w.w[i + 1].flags & RELKG_TK_NUMBER)))) {
		++i;
	}
	return i;
}
