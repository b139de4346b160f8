/* An event's agents by the sources its trigger's frame names (subj,
 * psubj, nsubj, by, nby, between, gen, poss, mods, ref, both): see
 * event_finder.h. */
#include <string.h>

#include "event_finder.h"
#include "event_words.h"

/* "... visited Moscow and met with ...": the earlier verb's agents. */
static int and_agents(const finder *f, size_t i, relkg_event *e)
{
	while (i > 0 && relkg_ew_adverb(&f->w.w[i - 1])) {
		--i;
	}
	const relkg_event *p = relkg_finder_prev_event(f);
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
	const relkg_event *p = relkg_finder_prev_event(f);
	if (!p) {
		return 0;
	}
	for (size_t k = 0; k < p->n_agents; ++k) {
		relkg_ids_add(e->agents, &e->n_agents, p->agents[k]);
	}
	for (size_t k = 0; k < p->n_targets; ++k) {
		if (f->m->ents[p->targets[k]].kind == RELKG_ENT_PERSON) {
			relkg_ids_add(e->agents, &e->n_agents, p->targets[k]);
		}
	}
	e->how = RELKG_HOW_BOTH;
	return e->n_agents > 1;
}

/* "China protested against the visit", "during the visits": a noun
 * trigger right after a definite determiner takes up an event told
 * before; its clause's subject did not act (a verb never follows "the").
 * Unless a verb of command comes first: "Pakistan ordered the closure". */
static int definite_noun(const finder *f, size_t i)
{
	static const char *const dets[] = {"the", "these", "those", NULL};
	return i > 0 && relkg_ew_in_list(f->w.w[i - 1].lower, dets) &&
	       !(i > 1 && relkg_ew_in_list(f->w.w[i - 2].lower, relkg_ew_ordering));
}

/* "the G20 summit", "the NATO summit": a noun trigger headed by "the"
 * and a name that is no person or country is some body's gathering, not
 * one of the clause's subject. */
static int definite_named(const finder *f, size_t i)
{
	size_t j = i;
	while (j > 0 && i - j < 3 && (f->w.w[j - 1].flags & (RELKG_TK_CAP | RELKG_TK_NUMBER)) &&
	       !(f->w.w[j - 1].flags & RELKG_TK_PUNCT)) {
		--j;
	}
	if (j == i || j == 0 || !relkg_tok_is(&f->w, j - 1, "the")) {
		return 0;
	}
	const cand *c = relkg_finder_cand_ending(f, i - 1, ROLE_ACTOR, -1);
	return !c || f->m->ents[c->ent].kind == RELKG_ENT_ORGANIZATION;
}

/* "They signed a trade agreement in 2000": a sentence opening with
 * "They" and no actor before a joint act (agreeing, talking, meeting,
 * cooperating, establishing relations) tells of the article's two
 * countries. */
static int they_both(const finder *f, size_t i, relkg_event *e)
{
	static const char *const joint[] = {"Agreement", "Talks", "Meeting", "Cooperation",
		"Recognition", NULL};
	if (i == 0 || !relkg_tok_is(&f->w, 0, "they") || !relkg_finder_parties(f->m) ||
	    !relkg_ew_in_list(e->trig->cls, joint) || relkg_finder_clause_start(f, i) != 0) {
		return 0;
	}
	relkg_finder_set_parties(f, e->agents, &e->n_agents);
	e->how = RELKG_HOW_BOTH;
	return 1;
}

/* The relative pronoun right before the verb at word i, adverbs and
 * auxiliaries aside ("that subsequently recognised", "which had
 * signed"): its index, or 0. */
static size_t relative_pronoun(const finder *f, size_t i)
{
	static const char *const aux[] = {"had", "has", "have", "was", "were", "also", NULL};
	static const char *const rel[] = {"that", "which", "who", NULL};
	size_t j = i;
	while (j > 0 && (relkg_ew_adverb(&f->w.w[j - 1]) ||
			 relkg_ew_in_list(f->w.w[j - 1].lower, aux))) {
		--j;
	}
	return j > 1 && relkg_ew_in_list(f->w.w[j - 1].lower, rel) ? j - 1 : 0;
}

/* May c act for a gerund after a comma?  A person always ("X paid a
 * visit to Iraq, signing agreements"); a state or body only in words
 * ("Indonesia froze placements, accusing Malaysia of ...", not "a bomb
 * exploded in Jakarta, killing nine"). */
static int gerund_actor(const finder *f, const cand *c, const relkg_event *e)
{
	relkg_ent_kind k = f->m->ents[c->ent].kind;
	const char *cls = e->trig->cls;
	return k == RELKG_ENT_PERSON ||
	       ((k == RELKG_ENT_COUNTRY || k == RELKG_ENT_ORGANIZATION) &&
		(strcmp(cls, "Criticism") == 0 || strcmp(cls, "Statement") == 0));
}

static int agent_subj(const finder *f, size_t i, int gerund, relkg_event *e)
{
	if (definite_noun(f, i)) {
		return 0;
	}
	if (and_agents(f, i, e)) {
		return 1;
	}
	int two = relkg_finder_two_parties(f, i);
	if (two == 2 && two_people(f, e)) {
		return 1;
	}
	if (two && relkg_finder_parties(f->m)) {
		relkg_finder_set_parties(f, e->agents, &e->n_agents);
		e->how = RELKG_HOW_BOTH;
		return 1;
	}
	size_t rel = relative_pronoun(f, i);
	if (rel) {
		/* "countries that recognised X": the noun before the pronoun
		 * acts, else no one we know */
		size_t before = rel - 1; /* "Jacob Zuma, who became": past the comma */
		if (before > 0 && relkg_tok_is(&f->w, before, ",")) {
			--before;
		}
		const cand *a = relkg_finder_cand_ending(f, before, ROLE_ACTOR, -1);
		if (!a) {
			return 0;
		}
		relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, a->ent, ROLE_ACTOR));
		e->how = RELKG_HOW_SUBJ;
		return 1;
	}
	const cand *c = relkg_finder_subject(f, i, ROLE_ACTOR);
	if (!c && !gerund && they_both(f, i, e)) {
		return 1;
	}
	/* a gerund acts for the subject right before it ("Japan's signing"),
	 * or, after a comma, for the person the clause is about ("X paid a
	 * visit to Iraq, signing agreements on trade"; not "a bomb exploded
	 * in Jakarta, killing ...") */
	if (!c || (gerund && c->w1 != i &&
		   !(relkg_tok_is(&f->w, i - 1, ",") && gerund_actor(f, c, e)))) {
		return 0;
	}
	relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
	relkg_finder_coordinated(f, c, relkg_finder_clause_start(f, i), e->agents, &e->n_agents);
	e->how = RELKG_HOW_SUBJ;
	return e->n_agents > 0;
}

/* The first actor mention starting at word k, titles before it skipped
 * ("Chancellor Konrad Adenauer"), the longest; NULL when none. */
static const cand *actor_at(const finder *f, size_t k)
{
	size_t lim = k + 3;
	for (;; ++k) {
		const cand *best = NULL;
		for (size_t x = relkg_finder_cand_from(f, k); x < f->nc && f->c[x].w0 == k; ++x) {
			const cand *c = &f->c[x];
			if (relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR) != RELKG_NONE &&
			    (!best || c->w1 > best->w1)) {
				best = c;
			}
		}
		if (best || k >= lim || k >= f->w.n || !(f->w.w[k].flags & RELKG_TK_CAP)) {
			return best; /* titles, office mentions too, are skipped */
		}
	}
}

/* Adds the actors coordinated after c ("by X and Y", "between X, Y and
 * Z", "between X and his Indian counterpart Y") to ids. */
static void coordinated_after(const finder *f, const cand *c, size_t *ids, size_t *n)
{
	size_t lim = relkg_finder_clause_end(f, c->w1);
	for (size_t j = c->w1; j + 1 < lim;) {
		if (!relkg_tok_is(&f->w, j, "and") && !relkg_tok_is(&f->w, j, ",")) {
			return;
		}
		size_t k = j + 1 +
			   (relkg_ew_is_det(f->w.w[j + 1].lower) ? 1 : 0);
		const cand *d = actor_at(f, k);
		if (!d) {
			return;
		}
		relkg_ids_add(ids, n, relkg_finder_as_role(f->m, d->ent, ROLE_ACTOR));
		j = d->w1;
	}
}

/* Does a date of the sentence start at word j? */
static int date_at(const finder *f, size_t j)
{
	for (size_t k = 0; k < f->m->n_dates; ++k) {
		const relkg_date *d = &f->m->dates[k];
		if (d->span.begin == f->w.w[j].begin) {
			return 1;
		}
	}
	return 0;
}

/* Does the name ending at word i carry its own date: words after it up
 * to a date are names or the words that join a name to its date ("the
 * X Pact and its Secret Protocol of August 1939", "the Y Treaty (1990)",
 * "signed in 1990"), no verb of another clause ("came into force in")? */
static int dated_name(const finder *f, size_t i)
{
	static const char *const joins[] = {"of", "and", "its", "their", "the", "in", "on",
		"signed", "concluded", "(", NULL};
	size_t end = relkg_finder_phrase_end(f, i + 1);
	for (size_t j = i + 1; j < end; ++j) {
		if (date_at(f, j)) {
			return 1;
		}
		if (!(f->w.w[j].flags & RELKG_TK_CAP) && !relkg_ew_in_list(f->w.w[j].lower, joins)) {
			return 0;
		}
	}
	return 0;
}

/* "the German-Soviet Nonaggression Pact of August 1939": the countries
 * named in the capitalized name before a capitalized noun, when the name
 * has its own date after it in its phrase; a name mentioned in passing
 * ("the entry into force of the X–Y Agreement") tells no signing. */
static void name_mods(const finder *f, size_t i, relkg_event *e)
{
	if (!(f->w.w[i].flags & RELKG_TK_CAP) ||
	    !dated_name(f, i)) {
		return;
	}
	size_t j = i;
	while (j > 0 && ((f->w.w[j - 1].flags & RELKG_TK_CAP) || relkg_tok_is(&f->w, j - 1, "-"))) {
		--j;
	}
	for (size_t k = relkg_finder_cand_from(f, j); k < f->nc && f->c[k].w0 < i; ++k) {
		const cand *c = &f->c[k];
		if (c->w1 <= i && f->m->ents[c->ent].kind == RELKG_ENT_COUNTRY) {
			relkg_ids_add(e->agents, &e->n_agents, c->ent);
		}
	}
	if (e->n_agents) {
		e->how = RELKG_HOW_NOUN;
	}
}

/* "psubj": only people act ("X arrived in Y" of a country or a demonym
 * is no visit: "Syrian migrants arrived in Greece").  Drops the agents
 * when any is not a person. */
static int people_only(const finder *f, relkg_event *e)
{
	for (size_t k = 0; k < e->n_agents; ++k) {
		if (f->m->ents[e->agents[k]].kind != RELKG_ENT_PERSON) {
			e->n_agents = 0;
			return 0;
		}
	}
	return e->n_agents > 0;
}

/* "gen": the actor a noun trigger belongs to by a genitive, a few
 * lower-case modifiers between ("Anna Berg's visit", "Holm's first
 * state visit", "the premier's two-day visit"): it acts, not the subject of the clause's verb
 * ("both countries celebrated ... during X's visit"). */
static void genitive(const finder *f, size_t i, relkg_event *e)
{
	size_t j = i;
	while (j > 0 && i - j < 4 && !(f->w.w[j - 1].flags & RELKG_TK_CAP) && !f->cov[j - 1] &&
	       (!(f->w.w[j - 1].flags & RELKG_TK_PUNCT) || relkg_tok_is(&f->w, j - 1, "-")) &&
	       !relkg_tok_is(&f->w, j - 1, "s")) {
		--j; /* "first", "official", "state", "two-day" */
	}
	if (j < 3 || !relkg_tok_is(&f->w, j - 1, "s") || !relkg_tok_is(&f->w, j - 2, "'")) {
		return;
	}
	const cand *c = relkg_finder_cand_ending(f, j - 3, ROLE_ACTOR, -1);
	if (c) {
		relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
		e->how = RELKG_HOW_NOUN;
	}
}

/* Is the trigger at word i a noun: a determiner before it, a few
 * lower-case modifiers between ("a state visit", "the first official
 * visit")? */
static int noun_with_det(const finder *f, size_t i)
{
	static const char *const dets[] = {"a", "an", "the", "his", "her", "their", "its", NULL};
	size_t j = i;
	while (j > 0 && i - j < 3 && !(f->w.w[j - 1].flags & (RELKG_TK_CAP | RELKG_TK_PUNCT)) &&
	       !f->cov[j - 1] && !relkg_ew_in_list(f->w.w[j - 1].lower, dets)) {
		--j;
	}
	return j > 0 && relkg_ew_in_list(f->w.w[j - 1].lower, dets);
}

/* Where the "by" of a trigger ending at `end` is: at its end, or after
 * the place or thing it is of or goes to ("the annexation of North Marsh
 * by", "a visit to the United States by"): names, "the" and to/in/of/at
 * only between; -1 when none ("a visit hosted by" is the host's). */
static size_t by_after(const finder *f, size_t end)
{
	static const char *const between[] = {"the", "to", "in", "of", "at", NULL};
	if (end > 0 && relkg_tok_is(&f->w, end - 1, "by")) {
		return end - 1;
	}
	for (size_t k = end; k < f->w.n && k < end + 6; ++k) {
		if (relkg_tok_is(&f->w, k, "by")) {
			return k;
		}
		if (!(f->w.w[k].flags & RELKG_TK_CAP) && !relkg_ew_in_list(f->w.w[k].lower, between)) {
			break;
		}
	}
	return (size_t)-1;
}

/* "pobj", "pof": the person an act of choosing or crowning is about,
 * named from word `from` on, titles and lower-case words before the name
 * ("appointed the former prime minister X as", "brought X to power", "the
 * election of X as president"), within seven words and before any comma
 * or preposition ("appointed a commission to study ..." has none), and
 * not the start of a longer name ("X Mohammed Abdullah Y" is no "Mohammed"). */
static const cand *person_chosen(const finder *f, size_t from)
{
	size_t ce = relkg_finder_clause_end(f, from);
	const cand *c = NULL; /* the first person, its longest mention */
	for (size_t k = relkg_finder_cand_from(f, from); k < f->nc && f->c[k].w0 < from + 7 &&
	     f->c[k].w0 < ce; ++k) {
		const cand *x = &f->c[k];
		if (f->m->ents[x->ent].kind == RELKG_ENT_PERSON &&
		    (!c || (x->w0 == c->w0 && x->w1 > c->w1))) {
			c = x;
		}
	}
	if (!c) {
		return NULL;
	}
	size_t w1 = c->w1; /* the name's end, over mentions of it that follow */
	for (size_t k = relkg_finder_cand_from(f, w1); k < f->nc && f->c[k].w0 == w1; ++k) {
		if (f->c[k].ent == c->ent) {
			w1 = f->c[k].w1;
		}
	}
	if (w1 < f->w.n && (f->w.w[w1].flags & RELKG_TK_CAP)) {
		return NULL; /* a part of a longer name we do not know */
	}
	for (size_t j = from; j < c->w0; ++j) {
		if (relkg_tok_is(&f->w, j, ",") ||
		    (relkg_ew_is_prep(f->w.w[j].lower) && !relkg_tok_is(&f->w, j, "of"))) {
			return NULL;
		}
	}
	return c;
}

/* Is the frame source src the name?  The first byte first: a frame
 * source is one of a dozen names, asked in turn. */
static int src_is(const char *src, const char *name)
{
	return src[0] == name[0] && strcmp(src, name) == 0;
}

int relkg_finder_agent(const finder *f, const char *src, size_t i, size_t end, int gerund,
		       relkg_event *e)
{
	if (src_is(src, "from")) {
		/* "drew protests from X": the actor right after "from" */
		const cand *c = relkg_finder_after_word(f, end, "from", ROLE_ACTOR, NULL);
		if (c && c->w0 <= end + 3) {
			relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
			coordinated_after(f, c, e->agents, &e->n_agents);
			e->how = RELKG_HOW_PASSIVE;
		}
		return e->n_agents > 0;
	}
	if (src_is(src, "pobj") || src_is(src, "pof")) {
		const cand *c = person_chosen(f, src_is(src, "pof") ? end : i + 1);
		if (c) {
			relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
			e->how = RELKG_HOW_SUBJ;
		}
		return e->n_agents > 0;
	}
	if (src_is(src, "subj")) {
		return agent_subj(f, i, gerund, e);
	}
	if (src_is(src, "nsubj")) {
		return !definite_named(f, i) && agent_subj(f, i, gerund, e);
	}
	if (src_is(src, "psubj")) {
		return agent_subj(f, i, gerund, e) && people_only(f, e);
	}
	if (src_is(src, "by")) {
		size_t by = by_after(f, end);
		const cand *c = by != (size_t)-1
			? relkg_finder_after_word(f, end, "by", ROLE_ACTOR, NULL) : NULL;
		if (c && (c->w0 <= end + 3 || (c->w0 <= by + 6 && f->m->ents[c->ent].kind ==
							       RELKG_ENT_PERSON))) {
			relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
			coordinated_after(f, c, e->agents, &e->n_agents);
			e->how = RELKG_HOW_PASSIVE;
		}
	} else if (src_is(src, "nby")) {
		/* "the first visit by a Greek prime minister in 49 years" tells of a
		 * kind of visitor, the one named elsewhere */
		size_t by = by_after(f, end);
		if (by != (size_t)-1 &&
		    (relkg_tok_is(&f->w, by + 1, "a") || relkg_tok_is(&f->w, by + 1, "an"))) {
			return 0;
		}
		return noun_with_det(f, i) && relkg_finder_agent(f, "by", i, end, gerund, e);
	} else if (src_is(src, "between")) {
		const cand *c = relkg_finder_after_word(f, end, "between", ROLE_ACTOR, NULL);
		if (c && c->w0 <= end + 3) {
			relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
			coordinated_after(f, c, e->agents, &e->n_agents);
			e->how = RELKG_HOW_BOTH;
		} else if ((relkg_finder_two_parties(f, end + 2) ||
			    (relkg_tok_is(&f->w, end, "the") && relkg_tok_is(&f->w, end + 1, "two"))) &&
			   relkg_finder_parties(f->m)) {
			/* "between the two countries", "between the two heads
			 * of state", "between the two": the article's two */
			relkg_finder_set_parties(f, e->agents, &e->n_agents);
			e->how = RELKG_HOW_BOTH;
		}
	} else if (src_is(src, "poss")) {
		size_t j = i;
		while (j > 0 && (relkg_ew_in_list(f->w.w[j - 1].lower, (const char *const[]){"s", "'",
				 "the", "a", "an", "-", NULL}) || (f->w.w[j - 1].flags & RELKG_TK_NUMBER))) {
			--j;
		}
		const cand *c = j > 0 ? relkg_finder_cand_ending(f, j - 1, ROLE_ACTOR, -1) : NULL;
		if (c) {
			relkg_ids_add(e->agents, &e->n_agents, relkg_finder_as_role(f->m, c->ent, ROLE_ACTOR));
			e->how = RELKG_HOW_NOUN;
		}
	} else if (src_is(src, "gen")) {
		genitive(f, i, e);
	} else if (src_is(src, "mods")) {
		name_mods(f, i, e);
	} else if (src_is(src, "ref")) {
		const referent *r = relkg_finder_ref(f, e->trig->cls);
		if (r) {
			memcpy(e->agents, r->agents, sizeof(e->agents));
			e->n_agents = r->n_agents;
			e->how = RELKG_HOW_REF;
		}
	} else if (src_is(src, "both")) {
		size_t cs = relkg_finder_clause_start(f, i);
		for (size_t k = relkg_finder_cand_from(f, cs); k < f->nc && f->c[k].w0 < end; ++k) {
			const cand *c = &f->c[k];
			if (c->w1 <= end && f->m->ents[c->ent].kind == RELKG_ENT_COUNTRY) {
				relkg_ids_add(e->agents, &e->n_agents, c->ent);
			}
		}
		if (e->n_agents < 2 && relkg_finder_parties(f->m)) {
			e->n_agents = 0;
			relkg_finder_set_parties(f, e->agents, &e->n_agents);
		}
		e->how = RELKG_HOW_BOTH;
	}
	return e->n_agents > 0;
}
