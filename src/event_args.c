/* An event's targets and place, read off the clause around its trigger by
 * the sources the lexicon's frame names, passives and targets taken up
 * from the clause before; its agents come from event_agents.c: see
 * event_finder.h. */
#include <string.h>

#include "event_finder.h"
#include "event_words.h"

#define PREP_REACH 6 /* words after the trigger a preposition may stand */

const relkg_event *relkg_finder_prev_event(const finder *f)
{
	return f->out->n > f->first_event ? &f->out->e[f->out->n - 1] : NULL;
}






/* Does the class name the state its agent took over ("became President
 * of Russia")?  Then the agent's own state may be the target. */
static int own_state_ok(const relkg_event *e)
{
	return e && (strcmp(e->trig->cls, "Succession") == 0 ||
		     strcmp(e->trig->cls, "Election") == 0);
}

/* Are words [a, b) only a title before a name ("President", "Prime
 * Minister", "Foreign Minister", a mention)?  Not "after Colombian
 * President" nor "in 2019 through his envoy": the person then is no
 * part of the phrase. */
static int titles_only(const finder *f, size_t a, size_t b)
{
	for (size_t j = a; j < b; ++j) {
		if (!(f->w.w[j].flags & RELKG_TK_CAP) && !f->cov[j] && !relkg_tok_is(&f->w, j, "-") &&
		    !relkg_tok_is(&f->w, j, "of") && !relkg_tok_is(&f->w, j, ".")) {
			return 0;
		}
	}
	return 1;
}

/* "with Chinese Premier Wen Jiabao": the person a demonym introduces. */
static const cand *person_after(const finder *f, const cand *c)
{
	if (!(c->flags & (RELKG_MF_DEMONYM | RELKG_MF_MODIFIER | RELKG_MF_TITLE)) &&
	    f->m->ents[c->ent].kind != RELKG_ENT_COUNTRY) {
		return c; /* "U.S. President George W. Bush" too */
	}
	for (size_t k = relkg_finder_cand_from(f, c->w1); k < f->nc && f->c[k].w0 <= c->w1 + 6; ++k) {
		const cand *p = &f->c[k];
		if (f->m->ents[p->ent].kind == RELKG_ENT_PERSON && titles_only(f, c->w1, p->w0)) {
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
	for (size_t k = relkg_finder_cand_from(f, from); k < f->nc && f->c[k].w0 < to; ++k) {
		const cand *c = &f->c[k];
		size_t id = relkg_finder_as_role(f->m, c->ent, r);
		if ( id == RELKG_NONE || (r == ROLE_ACTOR && relkg_finder_quoted(f, c))) {
			continue;
		}
		if (r != ROLE_PLACE && e && !own_state_ok(e)) {
			int own = relkg_ids_has(e->agents, e->n_agents, id);
			for (size_t a = 0; !own && a < e->n_agents; ++a) {
				own = relkg_finder_state_of(f->m, e->agents[a]) == id;
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
const cand *relkg_finder_after_word(const finder *f, size_t end, const char *prep, role r,
				    const relkg_event *e)
{
	size_t ce = relkg_finder_clause_end(f, end);
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



const referent *relkg_finder_ref(const finder *f, const char *cls)
{
	for (size_t k = f->n_refs; k > 0; --k) {
		const referent *r = &f->refs[k - 1];
		if (strcmp(r->cls, cls) == 0 && f->sent - r->sentence <= 3) {
			return r;
		}
	}
	return NULL;
}








/* The first person named in [from, to) who is not an agent. */
static const cand *person_in(const finder *f, size_t from, size_t to, const relkg_event *e)
{
	const cand *best = NULL;
	for (size_t k = relkg_finder_cand_from(f, from); k < f->nc && f->c[k].w0 < to; ++k) {
		const cand *c = &f->c[k];
		if (f->m->ents[c->ent].kind == RELKG_ENT_PERSON &&
		    !relkg_ids_has(e->agents, e->n_agents, c->ent) && (!best || c->w0 < best->w0)) {
			best = c;
		}
	}
	return best;
}

/* Targets or place (ids/n) from source src. */
/* Is src the frame source name w?  The first byte first: a preposition
 * source ("to", "with") is compared with every name below. */
static int src_is(const char *src, const char *w)
{
	return src[0] == w[0] && strcmp(src, w) == 0;
}

static void args_from(const finder *f, const char *src, size_t i, size_t end, role r,
		      relkg_event *e, size_t *ids, size_t *n)
{
	const cand *c = NULL;
	if (src_is(src, "obj")) {
		/* from inside a gapped phrase too: "supports Georgia's claims" */
		c = first_after(f, i + 1, relkg_finder_phrase_end(f, end), r, e);
	} else if (src_is(src, "person")) {
		c = person_in(f, end, relkg_finder_clause_end(f, end), e);
	} else if (src_is(src, "subj")) {
		c = relkg_finder_subject(f, i, r);
	} else if (src_is(src, "both")) {
		memcpy(ids, e->agents, sizeof(e->agents));
		*n = e->n_agents;
	} else if (src_is(src, "ref")) {
		const referent *rf = relkg_finder_ref(f, e->trig->cls);
		if (rf) {
			memcpy(ids, rf->targets, sizeof(rf->targets));
			*n = rf->n_targets;
		}
	} else if (!src_is(src, "other") && !src_is(src, "poss") && !src_is(src, "by")) {
		c = relkg_finder_after_word(f, end, src, r, e);
	}
	if (c) {
		relkg_ids_add(ids, n, relkg_finder_as_role(f->m, c->ent, r));
	}
}

/* "the occupation of Estonia" in an article about two countries: the
 * other one acted. */
static void other_party(const finder *f, relkg_event *e)
{
	if (!relkg_finder_parties(f->m)) {
		return;
	}
	for (size_t k = 0; k < e->n_targets; ++k) {
		for (int p = 0; p < 2; ++p) {
			if (e->targets[k] == f->m->parties[p]) {
				relkg_ids_add(e->agents, &e->n_agents, f->m->parties[1 - p]);
				e->how = RELKG_HOW_NOUN;
				e->confidence = 0.5;
				return;
			}
		}
	}
}

static int is_gerund(const finder *f, size_t i)
{
	const char *s = f->w.w[i].lower;
	size_t n = strlen(s);
	if (n < 5 || strcmp(s + n - 3, "ing") != 0) {
		return 0;
	}
	/* "in contributing": the main clause's subject acts; "was breaking":
	 * a verb in the progressive, no gerund */
	static const char *const before[] = {"in", "by", "was", "were", "is", "are", "been", "be",
		NULL};
	return !(i > 0 && relkg_ew_in_list(f->w.w[i - 1].lower, before));
}

/* "were killed (by X)": a verb trigger in the passive whose frame takes
 * its agent from the subject.  The agent is then the "by" phrase (or no
 * one) and the subject the target. */
static int passive_at(const finder *f, size_t i, const relkg_trigger *t)
{
	static const char *const be[] = {"was", "were", "is", "are", "been", "be", "being", NULL};
	if (!relkg_frame_has(&t->agent, "subj") && !relkg_frame_has(&t->agent, "psubj") &&
	    !relkg_frame_has(&t->agent, "nsubj")) {
		return 0;
	}
	const char *w = f->w.w[i].lower;
	size_t n = strlen(w);
	if (n > 4 && strcmp(w + n - 3, "ing") == 0) {
		return 0; /* "was breaking relations": the progressive */
	}
	while (i > 0 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	return i > 0 && relkg_ew_in_list(f->w.w[i - 1].lower, be);
}

static void passive_args(finder *f, size_t i, size_t end, relkg_event *e)
{
	relkg_finder_agent(f, "by", i, end, 0, e);
	const cand *c = relkg_finder_subject(f, i, ROLE_TARGET);
	if (c) {
		relkg_ids_add(e->targets, &e->n_targets, relkg_finder_as_role(f->m, c->ent, ROLE_TARGET));
	}
}

/* "met with Sisi": a capitalized word that is no mention stands right
 * after the trigger, so the event has an object of its own, unknown. */
static int named_object(const finder *f, size_t end)
{
	return end < f->w.n && (f->w.w[end].flags & RELKG_TK_CAP) && !f->cov[end];
}

/* Does the frame take a counterpart ("meet with", "talks with"): someone
 * met, never a place? */
static int counterpart_frame(const relkg_trigger *t)
{
	return relkg_frame_has(&t->target, "with") || relkg_frame_has(&t->target, "person");
}

/* "killed a Japanese fisherman and captured a boat": the verb before's
 * targets; a city it went to is no counterpart ("visited Cairo and met
 * with ..." meets no city). */
static void inherit_targets(const finder *f, const relkg_event *p, relkg_event *e)
{
	int counterpart = counterpart_frame(e->trig);
	for (size_t k = 0; k < p->n_targets; ++k) {
		relkg_ent_kind kind = f->m->ents[p->targets[k]].kind;
		if (!counterpart || (kind != RELKG_ENT_CITY && kind != RELKG_ENT_TERRITORY)) {
			relkg_ids_add(e->targets, &e->n_targets, p->targets[k]);
		}
	}
}

/* "criticized the measure", "protested against the move": the object is
 * a definite noun taking up an action told before. */
static int anaphoric_object(const finder *f, size_t end)
{
	static const char *const dets[] = {"the", "this", "that", "these", "those", NULL};
	static const char *const nouns[] = {"measure", "measures", "move", "moves", "decision",
		"decisions", "step", "steps", "action", "actions", "policy", "deployment", NULL};
	size_t j = end;
	if (j < f->w.n && relkg_ew_in_list(f->w.w[j].lower, (const char *const[]){"against",
			 "at", "over", NULL})) {
		++j;
	}
	return j + 1 < f->w.n && relkg_ew_in_list(f->w.w[j].lower, dets) &&
	       relkg_ew_in_list(f->w.w[j + 1].lower, nouns);
}

/* Is id one of e's agents or an agent's state? */
static int own_side(const finder *f, const relkg_event *e, size_t id)
{
	for (size_t a = 0; a < e->n_agents; ++a) {
		if (e->agents[a] == id || relkg_finder_state_of(f->m, e->agents[a]) == id) {
			return 1;
		}
	}
	return 0;
}

/* The actor of the action "the measure" takes up: the agents of the
 * sentence's event before ("the United States suspended its aid, and
 * Ethiopia criticized the decision"), else the first actor of the
 * sentence before the trigger's subject ("Brazil imposed licences on
 * Argentine cars, and Argentina criticized the measure", "a Chinese oil
 * rig was deployed ..., and Vietnam protested against the move"). */
static void anaphor_targets(const finder *f, size_t i, relkg_event *e)
{
	const relkg_event *p = relkg_finder_prev_event(f);
	if (p) {
		for (size_t k = 0; k < p->n_agents; ++k) {
			if (!own_side(f, e, p->agents[k])) {
				relkg_ids_add(e->targets, &e->n_targets, p->agents[k]);
			}
		}
		return;
	}
	size_t cs = relkg_finder_clause_start(f, i);
	for (size_t k = relkg_finder_cand_from(f, cs); k < f->nc && f->c[k].w1 <= i; ++k) {
		size_t id = relkg_finder_as_role(f->m, f->c[k].ent, ROLE_ACTOR);
		if (id != RELKG_NONE && !relkg_finder_quoted(f, &f->c[k])) {
			if (!own_side(f, e, id)) {
				relkg_ids_add(e->targets, &e->n_targets, id);
			}
			return; /* the first actor only, the critic's own side or not */
		}
	}
}

void relkg_finder_args(finder *f, size_t i, size_t end, relkg_event *e)
{
	const relkg_trigger *t = e->trig;
	int gerund = is_gerund(f, i);
	if (passive_at(f, i, t)) {
		passive_args(f, i, end, e);
		return;
	}
	for (size_t k = 0; k < t->agent.n && !e->n_agents; ++k) {
		relkg_finder_agent(f, t->agent.src[k], i, end, gerund, e);
	}
	for (size_t k = 0; k < t->target.n && !e->n_targets; ++k) {
		args_from(f, t->target.src[k], i, end, ROLE_TARGET, e, e->targets, &e->n_targets);
	}
	const relkg_event *p = relkg_finder_prev_event(f);
	if (!e->n_targets && e->inherited && p && !named_object(f, end)) {
		inherit_targets(f, p, e);
	}
	if (!e->n_targets && e->n_agents && !e->inherited && anaphoric_object(f, end)) {
		anaphor_targets(f, i, e);
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
		if (!relkg_ids_has(e->agents, e->n_agents, e->targets[k]) || e->how == RELKG_HOW_BOTH) {
			e->targets[n++] = e->targets[k];
		}
	}
	e->n_targets = n;
}
