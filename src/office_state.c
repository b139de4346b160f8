/* The state of an office title that names none: see office_state.h. */
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "names.h"
#include "office_state.h"
#include "words.h"

static int same_post(const relkg_gz_office *go, const relkg_gz_office *g2);

/* Is the country mention x no subject the sentence gives the title go:
 * the state of another office's title ("Turkish" of "the Turkish Prime
 * Minister, Bulent Ecevit, ... President Makarios"), or one of "between A
 * and B"? */
static int bound_country(const relkg_ctx *ctx, size_t si, const relkg_mention *x,
			 const relkg_gz_office *go)
{
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = 0; i < m->n; ++i) { /* all: this sentence's are appended, unsorted */
		const relkg_mention *y = &m->ms[i];
		if ((y->flags & RELKG_MF_TITLE) && y->span.begin <= x->span.begin &&
		    y->span.end >= x->span.end && y->span.begin >= sb &&
		    strncmp(m->ents[y->entity].label, go->canonical, strlen(go->canonical)) != 0) {
			return 1; /* another office's state; the same office's is not_taken's */
		}
	}
	size_t we, w = relkg_prev_word(t, sb, x->span.begin, &we);
	if (w != (size_t)-1 && relkg_word_is(t, w, we, "and")) {
		w = relkg_prev_word(t, sb, w, &we);
		w = w != (size_t)-1 ? relkg_prev_word(t, sb, w, &we) : w; /* "between A and" */
	}
	return w != (size_t)-1 && relkg_word_is(t, w, we, "between");
}

/* "Japanese Prime Minister Tanaka and Foreign Minister Ohira": a title
 * right after "and" and a holder of a stated office shares its state;
 * of the same post ("Premier Li and Prime Minister Singh"), one holder at
 * a time, it is the other party's. */
static size_t coordinated_country(const relkg_ctx *ctx, size_t si, size_t at,
				  const relkg_gz_office *go)
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, at, &we);
	for (int k = 0; k < 3 && w != (size_t)-1 && relkg_is_upper_at(t + w, we - w); ++k) {
		w = relkg_prev_word(t, sb, w, &we); /* a portfolio: "and State Security Minister" */
	}
	if (w == (size_t)-1 || !relkg_word_is(t, w, we, "and")) {
		return RELKG_NONE;
	}
	size_t before = w;
	while (before > sb && (t[before - 1] == ' ' || t[before - 1] == ',')) {
		--before;
	}
	for (size_t i = 0; i < m->n; ++i) { /* all: this sentence's are appended, unsorted */
		const relkg_mention *x = &m->ms[i];
		if (x->span.end == before && m->ents[x->entity].kind == RELKG_ENT_PERSON &&
		    m->ents[x->entity].office != RELKG_NONE) {
			size_t o = m->ents[x->entity].office;
			return same_post(go, relkg_office_title(ctx, o))
				       ? relkg_office_other_party(ctx, m->ents[o].country)
				       : m->ents[o].country;
		}
	}
	return RELKG_NONE;
}

int relkg_office_possible(const relkg_ctx *ctx, const relkg_gz_office *go, size_t c)
{
	size_t gz = go && c != RELKG_NONE ? relkg_ent_country_gz(ctx, c) : RELKG_GZ_NONE;
	return gz == RELKG_GZ_NONE ||
	       relkg_gazetteer_office_in(relkg_ctx_gaz(ctx), go->canonical, gz);
}

/* The party a meeting before `at` took place in, told in [from, at): the
 * last city or capital of one of the article's parties named after "to",
 * "in", "at" or "visited", or the party itself named after "in", "visit"
 * or "visited" ("made a visit to Harare, where he held talks with
 * President X", "travelled to Kyiv to meet President X", "the first
 * president to visit Greece"); else NONE.  The holder met there is that
 * state's host. */
static size_t meeting_place_in(const relkg_ctx *ctx, size_t from, size_t at)
{
	static const char *const before[] = {"to", "in", "at", "visited", NULL};
	static const char *const before_state[] = {"in", "visit", "visited", NULL};
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	size_t best = RELKG_NONE, best_at = 0;
	for (size_t i = 0; i < m->n; ++i) { /* all: this sentence's are appended, unsorted */
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin < from || x->span.end > at || x->span.begin < best_at) {
			continue;
		}
		const relkg_entity *e = &m->ents[x->entity];
		const char *const *words = before;
		size_t c = RELKG_NONE;
		if (e->kind == RELKG_ENT_CITY) {
			c = e->country;
		} else if (e->kind == RELKG_ENT_COUNTRY && (x->flags & RELKG_MF_CAPITAL)) {
			c = x->entity;
		} else if (e->kind == RELKG_ENT_COUNTRY && (x->flags & RELKG_MF_NAME)) {
			c = x->entity;
			words = before_state;
		}
		if (c == RELKG_NONE || (c != m->parties[0] && c != m->parties[1])) {
			continue;
		}
		size_t we, w = relkg_prev_word(t, from, x->span.begin, &we);
		if (w != (size_t)-1 && relkg_word_in(t, w, we, words)) {
			best = c;
			best_at = x->span.begin;
		}
	}
	return best;
}

/* The start of the two sentences before si within its paragraph (si's own
 * start when none). */
static size_t context_start(const relkg_ctx *ctx, size_t si)
{
	size_t from = ctx->doc->sentences[si].span.begin;
	for (size_t k = 1; k <= 2 && k <= si; ++k) {
		if (ctx->doc->sentences[si - k].block != ctx->doc->sentences[si].block) {
			break;
		}
		from = ctx->doc->sentences[si - k].span.begin;
	}
	return from;
}

static size_t meeting_place_state(const relkg_ctx *ctx, size_t si, size_t at)
{
	return meeting_place_in(ctx, ctx->doc->sentences[si].span.begin, at);
}

/* The state of a title that names none: the first country named earlier in
 * the sentence (with go: the first not bound_country to another office,
 * when there is one), else the last named in the two sentences before. */
static size_t context_country(const relkg_ctx *ctx, size_t si, size_t at,
			      const relkg_gz_office *go)
{
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin, first = RELKG_NONE;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin >= sb && x->span.begin < at &&
		    m->ents[x->entity].kind == RELKG_ENT_COUNTRY && !(x->flags & RELKG_MF_PRONOUN) &&
		    relkg_office_possible(ctx, go, x->entity)) {
			if (!go || !bound_country(ctx, si, x, go)) {
				return x->entity;
			}
			if (first == RELKG_NONE) {
				first = x->entity;
			}
		}
	}
	if (first != RELKG_NONE) { /* every state named is bound: a party's city the */
		size_t place = meeting_place_state(ctx, si, at); /* sentence is "in", */
		return place != RELKG_NONE ? place : first;      /* else the first of them */
	}
	size_t from = context_start(ctx, si); /* the two sentences before */
	/* only one of the article's parties, when it has them */
	size_t best = RELKG_NONE;
	int parties = m->parties[0] != RELKG_NONE;
	for (size_t i = 0; i < m->n && m->ms[i].span.begin < sb; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin >= from && m->ents[x->entity].kind == RELKG_ENT_COUNTRY &&
		    !(x->flags & RELKG_MF_PRONOUN) && relkg_office_possible(ctx, go, x->entity) &&
		    (!parties || x->entity == m->parties[0] || x->entity == m->parties[1])) {
			best = x->entity;
		}
	}
	return best;
}

/* The state of the same title the person held earlier in the article
 * ("Prime Minister of Japan" before a bare "Prime Minister"), or NONE. */
static size_t known_country(relkg_ctx *ctx, size_t known, const char *name, size_t n,
			    const relkg_gz_office *go)
{
	size_t before = ctx->mentions->n_ents;
	size_t p = known != RELKG_NONE ? known : relkg_ent_person(ctx, name, n);
	if (p == RELKG_NONE || ctx->mentions->n_ents > before) {
		return RELKG_NONE; /* new: the caller adds its mention */
	}
	size_t o = ctx->mentions->ents[p].office;
	if (o == RELKG_NONE) {
		return RELKG_NONE;
	}
	const char *label = ctx->mentions->ents[o].label;
	size_t k = strlen(go->canonical);
	if (strncmp(label, go->canonical, k) == 0 && strncmp(label + k, " of ", 4) == 0) {
		return ctx->mentions->ents[o].country;
	}
	return RELKG_NONE;
}

size_t relkg_office_other_party(const relkg_ctx *ctx, size_t c)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	for (int k = 0; k < 2; ++k) {
		size_t a = m->parties[k], b = m->parties[1 - k];
		if (a != RELKG_NONE && b != RELKG_NONE &&
		    relkg_gazetteer_same_lineage(gaz, relkg_ent_country_gz(ctx, a),
						 relkg_ent_country_gz(ctx, c))) {
			return b;
		}
	}
	return RELKG_NONE;
}

/* Does the title at `at` follow a verb of meeting ("met Premier Zhou",
 * "talks with President X")?  Then its holder is the counterpart of the
 * sentence's first state. */
static int after_meeting_verb(const relkg_ctx *ctx, size_t si, size_t at)
{
	static const char *const verbs[] = {"met", "meet", "meets", "meeting", "received",
		"hosted", "welcomed", "invited", "phoned", "called", "by", "counterpart", NULL};
	static const char *const preps[] = {"with", "to", NULL};
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, at, &we);
	if (w == (size_t)-1) {
		return 0;
	}
	if (relkg_word_in(t, w, we, preps)) {
		w = relkg_prev_word(t, sb, w, &we);
		if (w == (size_t)-1) {
			return 0;
		}
		static const char *const with_verbs[] = {"met", "meeting", "talks", "talked",
			"spoke", "negotiated", "meet", "meets", "counterpart", "talk", "wrote",
			"writes", "write", "letter", "message", "sent", "replied", "appealed", NULL};
		return relkg_word_in(t, w, we, with_verbs);
	}
	if (relkg_word_is(t, w, we, "by")) { /* "was received by President X" */
		static const char *const hosts[] = {"received", "welcomed", "hosted", "greeted",
			"met", NULL};
		w = relkg_prev_word(t, sb, w, &we);
		return w != (size_t)-1 && relkg_word_in(t, w, we, hosts);
	}
	return relkg_word_in(t, w, we, verbs);
}

const relkg_gz_office *relkg_office_title(const relkg_ctx *ctx, size_t o)
{
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	const char *label = ctx->mentions->ents[o].label;
	size_t len, k = relkg_gazetteer_office(gaz, label, strlen(label), &len);
	return k == RELKG_GZ_NONE ? NULL : relkg_gazetteer_office_at(gaz, k);
}

/* Are go and g2 one post: the same canonical title, or the same role of
 * head of state, head of government or foreign minister ("Premier" and
 * "Prime Minister" are both a head of government)? */
static int same_post(const relkg_gz_office *go, const relkg_gz_office *g2)
{
	if (!go || !g2) {
		return 0;
	}
	if (strcmp(go->canonical, g2->canonical) == 0) {
		return 1;
	}
	return go->role == g2->role &&
	       (go->role == RELKG_ROLE_HEAD_OF_STATE || go->role == RELKG_ROLE_HEAD_OF_GOVERNMENT ||
		go->role == RELKG_ROLE_FOREIGN_MINISTER);
}

size_t relkg_office_held_state(const relkg_ctx *ctx, size_t p, const relkg_gz_office *go)
{
	const relkg_mentions *m = ctx->mentions;
	if (p == RELKG_NONE || m->ents[p].office == RELKG_NONE) {
		return RELKG_NONE;
	}
	size_t o = m->ents[p].office;
	return same_post(go, relkg_office_title(ctx, o)) ? m->ents[o].country : RELKG_NONE;
}

/* Are go and g2 both the post of a leader: head of state or of
 * government? */
static int both_leaders(const relkg_gz_office *go, const relkg_gz_office *g2)
{
	return go && g2 &&
	       (go->role == RELKG_ROLE_HEAD_OF_STATE || go->role == RELKG_ROLE_HEAD_OF_GOVERNMENT) &&
	       (g2->role == RELKG_ROLE_HEAD_OF_STATE || g2->role == RELKG_ROLE_HEAD_OF_GOVERNMENT);
}

/* Does a leader of `country` the article named before (with an office
 * of it) come later in the sentence, after ne ("President X pursued quiet
 * diplomacy, declining to criticise Mugabe")?  A leader's title without a
 * state is then not that country's. */
static int leader_after(const relkg_ctx *ctx, size_t si, size_t ne, const relkg_gz_office *go,
			size_t country)
{
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t end = ctx->doc->sentences[si].span.end;
	if (!go || (go->role != RELKG_ROLE_HEAD_OF_STATE &&
		    go->role != RELKG_ROLE_HEAD_OF_GOVERNMENT)) {
		return 0;
	}
	for (size_t p = ne; p < end;) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			++p;
			continue;
		}
		if (relkg_is_upper_at(t + p, e - p)) {
			size_t q = relkg_name_known_person(ctx, p, e);
			size_t o = q != RELKG_NONE ? m->ents[q].office : RELKG_NONE;
			if (o != RELKG_NONE && m->ents[o].country == country &&
			    both_leaders(go, relkg_office_title(ctx, o))) {
				return 1;
			}
		}
		p = e;
	}
	return 0;
}

/* Does the sentence tell two times, one holder's and the next's: a date
 * between `from` and `at` whose year differs from that of a date after
 * `at` ("X in March 1999 and President Y in 2007")?  One year throughout
 * ("Premier Zhou visited in June 1954, and Prime Minister Nehru travelled
 * in October 1954"), or no date after, is one time. */
static int other_time(const relkg_ctx *ctx, size_t si, size_t from, size_t at)
{
	const relkg_mentions *m = ctx->mentions;
	size_t se = ctx->doc->sentences[si].span.end;
	for (size_t d = 0; d < m->n_dates; ++d) {
		const relkg_date *a = &m->dates[d];
		if (a->span.begin < from || a->span.end > at) {
			continue;
		}
		for (size_t e = 0; e < m->n_dates; ++e) {
			const relkg_date *b = &m->dates[e];
			if (b->span.begin >= at && b->span.end <= se && strncmp(a->iso, b->iso, 4) != 0) {
				return 1;
			}
		}
	}
	return 0;
}

/* An office has one holder at a time: when another person of this
 * sentence already holds the context state's office ("Japanese Prime
 * Minister Tanaka visited Beijing and met Premier Zhou"), the title is the
 * other party's. */
static size_t not_taken(relkg_ctx *ctx, size_t si, size_t at, size_t ne,
			const relkg_gz_office *go, size_t country)
{
	if (country == RELKG_NONE) {
		return country;
	}
	relkg_mentions *m = ctx->mentions;
	if (leader_after(ctx, si, ne, go, country)) {
		return relkg_office_other_party(ctx, country);
	}
	size_t sb = ctx->doc->sentences[si].span.begin;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin < sb || x->span.begin >= at ||
		    m->ents[x->entity].kind != RELKG_ENT_PERSON) {
			continue;
		}
		size_t o = m->ents[x->entity].office;
		if (o == RELKG_NONE || m->ents[o].country != country ||
		    !same_post(go, relkg_office_title(ctx, o))) {
			continue;
		}
		if (other_time(ctx, si, x->span.end, at)) {
			continue;
		}
		for (int k = 0; k < 2; ++k) {
			if (m->parties[k] == country && m->parties[1 - k] != RELKG_NONE) {
				return m->parties[1 - k];
			}
		}
		return RELKG_NONE;
	}
	return country;
}


/* What the sentence says right after the name: "NAME and [his] DEMONYM
 * TITLE2 ..." or "NAME and his DEMONYM counterpart" (TITLE2 the same
 * post: NAME holds it in the other state, the article's other party),
 * "NAME became the first DEMONYM TITLE2" (the same post: that state).
 * Sets *told when it says so; returns the state (NONE: the other state is
 * not one of the article's parties). */
static size_t said_after(const relkg_ctx *ctx, size_t si, size_t ne, const relkg_gz_office *go,
			 int *told)
{
	static const char *const dets[] = {"his", "her", "the", "first", NULL};
	const char *t = ctx->doc->text;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	size_t end = ctx->doc->sentences[si].span.end;
	*told = 0;
	size_t p = relkg_skip_space(t, ne, end);
	int other = 1;
	size_t k = relkg_starts_with(t, p, end, "and");
	if (!k) {
		k = relkg_starts_with(t, p, end, "met");
	}
	if (!k) {
		k = relkg_starts_with(t, p, end, "became");
		other = 0;
	}
	if (!k) {
		return RELKG_NONE;
	}
	p = relkg_skip_space(t, p + k, end);
	for (int w = 0; w < 2; ++w) {
		size_t e = relkg_word_end(t, p, end);
		if (e > p && relkg_word_in(t, p, e, dets)) {
			p = relkg_skip_space(t, e, end);
		}
	}
	size_t ce, c = relkg_country_at(ctx, p, &ce);
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	p = relkg_skip_space(t, ce, end);
	if (!(other && relkg_starts_with(t, p, end, "counterpart"))) {
		size_t len, o = relkg_gazetteer_office(gaz, t + p, end - p, &len);
		if (o == RELKG_GZ_NONE || !same_post(go, relkg_gazetteer_office_at(gaz, o))) {
			return RELKG_NONE;
		}
	}
	*told = 1;
	return other ? relkg_office_other_party(ctx, c) : c;
}

/* "Foreign Minister X and Y, the Indonesian foreign minister, signed",
 * "Trade Minister X and Y, Indonesia's Minister of Trade": the name after
 * "and" holds the same post of a state its apposition names (its name or
 * demonym, "'s" after it, before the title); X's state is the article's
 * other party than that one, or NONE. */
static size_t later_counterpart(const relkg_ctx *ctx, size_t si, size_t ne,
				const relkg_gz_office *go)
{
	const char *t = ctx->doc->text;
	const relkg_gazetteer *gaz = relkg_ctx_gaz(ctx);
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, ne, end);
	size_t k = relkg_starts_with(t, p, end, "and");
	if (!k) {
		return RELKG_NONE;
	}
	p = relkg_skip_space(t, p + k, end);
	int words;
	size_t e = relkg_name_parse(ctx, p, end, &words);
	if (e == p || e >= end || t[e] != ',') {
		return RELKG_NONE;
	}
	p = relkg_skip_space(t, e + 1, end);
	k = relkg_starts_with(t, p, end, "the");
	p = k ? relkg_skip_space(t, p + k, end) : p;
	size_t ce, c = relkg_country_at(ctx, p, &ce);
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	if (ce + 2 < end && t[ce] == '\'' && t[ce + 1] == 's') {
		ce += 2;
	}
	ce = relkg_skip_space(t, ce, end);
	size_t len, o = relkg_gazetteer_office(gaz, t + ce, end - ce, &len);
	return o != RELKG_GZ_NONE && same_post(go, relkg_gazetteer_office_at(gaz, o))
		       ? relkg_office_other_party(ctx, c)
		       : RELKG_NONE;
}

/* "Prime Minister Nehru travelled to China", "Minister X visited
 * Beijing", "made a state visit to": the state (its name, or a city of it) the holder went to,
 * when it is one of the article's parties; else NONE. */
static size_t went_to(const relkg_ctx *ctx, size_t si, size_t ne)
{
	static const char *const verbs[] = {"visited", "travelled", "traveled", "went", "flew",
		"arrived", "came", "made", "paid", NULL};
	static const char *const preps[] = {"to", "in", NULL};
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, ne, end), e = relkg_word_end(t, p, end);
	if (e == p || !relkg_word_in(t, p, e, verbs)) {
		return RELKG_NONE;
	}
	if (relkg_word_is(t, p, e, "made") || relkg_word_is(t, p, e, "paid")) {
		/* "made a landmark visit to China", "paid an official visit to" */
		size_t q = p;
		for (int w = 0; w < 4; ++w) {
			q = relkg_skip_space(t, relkg_word_end(t, q, end), end);
			size_t qe = relkg_word_end(t, q, end);
			if (qe == q) {
				return RELKG_NONE;
			}
			if (relkg_word_is(t, q, qe, "visit") || relkg_word_is(t, q, qe, "trip")) {
				e = qe;
				break;
			}
			if (w == 3) {
				return RELKG_NONE;
			}
		}
	}
	p = relkg_skip_space(t, e, end);
	e = relkg_word_end(t, p, end);
	if (e > p && relkg_word_in(t, p, e, preps)) {
		p = relkg_skip_space(t, e, end);
	}
	e = relkg_word_end(t, p, end);
	if (e > p && relkg_word_is(t, p, e, "the")) { /* "to the Chinese capital" */
		size_t q = relkg_skip_space(t, e, end);
		size_t j = relkg_mentions_at(m, q, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN);
		size_t qe = j != RELKG_NONE ? relkg_skip_space(t, m->ms[j].span.end, end) : q;
		if (j != RELKG_NONE && relkg_word_is(t, qe, relkg_word_end(t, qe, end), "capital")) {
			p = q;
		}
	}
	size_t i = relkg_mentions_at(m, p, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN), c;
	if (i != RELKG_NONE) {
		c = m->ms[i].entity;
	} else { /* a city of the state */
		i = relkg_mentions_at(m, p, RELKG_ENT_CITY, 0);
		c = i != RELKG_NONE ? m->ents[m->ms[i].entity].country : RELKG_NONE;
	}
	if (c == RELKG_NONE) {
		return RELKG_NONE;
	}
	return c == m->parties[0] || c == m->parties[1] ? c : RELKG_NONE;
}

/* The state of a country or city mention at p, not a pronoun, or NONE. */
static size_t place_state_at(const relkg_ctx *ctx, size_t p)
{
	const relkg_mentions *m = ctx->mentions;
	size_t i = relkg_mentions_at(m, p, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN);
	if (i != RELKG_NONE) {
		return m->ms[i].entity;
	}
	i = relkg_mentions_at(m, p, RELKG_ENT_CITY, 0);
	return i != RELKG_NONE ? m->ents[m->ms[i].entity].country : RELKG_NONE;
}

/* Where the people named are sent, from `from` to the clause's end (a
 * ';'): the state of the place after the first "to" (with `envoy`: after
 * "envoy to", "envoys to", "emissary to"), when it is one of the
 * article's parties; else NONE. */
static size_t sent_to(const relkg_ctx *ctx, size_t si, size_t from, int envoy)
{
	static const char *const envoys[] = {"envoy", "envoys", "emissary", "emissaries", NULL};
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t end = ctx->doc->sentences[si].span.end, prev_b = 0, prev_e = 0;
	for (size_t p = from; p < end && t[p] != ';';) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			++p;
			continue;
		}
		if (relkg_word_is(t, p, e, "to") &&
		    (!envoy || (prev_e > prev_b && relkg_word_in(t, prev_b, prev_e, envoys)))) {
			size_t c = place_state_at(ctx, relkg_skip_space(t, e, end));
			return c == m->parties[0] || c == m->parties[1] ? c : RELKG_NONE;
		}
		prev_b = p;
		prev_e = e;
		p = e;
	}
	return RELKG_NONE;
}

/* "X pledged A$1 billion in aid to Indonesia", "X offered help to": a
 * verb of giving right after the holder's name and the party given to
 * later in the clause; else NONE. */
static size_t gave_to(const relkg_ctx *ctx, size_t si, size_t ne)
{
	static const char *const verbs[] = {"pledged", "offered", "gave", "promised", "provided",
		"donated", "extended", "delivered", "granted", NULL};
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	size_t p = relkg_skip_space(t, ne, end), e = relkg_word_end(t, p, end);
	if (e == p || !relkg_word_in(t, p, e, verbs)) {
		return RELKG_NONE;
	}
	return sent_to(ctx, si, e, 0);
}

/* "Zuma sent Defence Minister X to Harare", "he named former minister X
 * as special envoy to Zimbabwe": the state of the sender, a person named
 * before "sent" who holds an office of a state; else the other party of
 * the place the holder (named at [nb, ne)) is sent to; else NONE. */
static size_t sender_state(const relkg_ctx *ctx, size_t si, size_t title_begin, size_t ne)
{
	static const char *const sent[] = {"sent", "dispatched", "send", "sends", "dispatch",
		NULL};
	static const char *const named[] = {"named", "appointed", "nominated", NULL};
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, title_begin, &we);
	if (w == (size_t)-1) {
		return RELKG_NONE;
	}
	int sending = relkg_word_in(t, w, we, sent);
	if (!sending && !relkg_word_in(t, w, we, named)) {
		return sent_to(ctx, si, ne, 1);
	}
	if (sending) { /* the sender: the last person before the verb */
		size_t best = RELKG_NONE;
		for (size_t p = sb; p < w;) {
			size_t e = relkg_word_end(t, p, w);
			if (e == p) {
				++p;
				continue;
			}
			size_t q = relkg_is_upper_at(t + p, e - p) ? relkg_name_known_person(ctx, p, e)
								   : RELKG_NONE;
			size_t o = q != RELKG_NONE ? m->ents[q].office : RELKG_NONE;
			if (o != RELKG_NONE && m->ents[o].country != RELKG_NONE) {
				best = m->ents[o].country;
			}
			p = e;
		}
		if (best != RELKG_NONE) {
			return best;
		}
	}
	return relkg_office_other_party(ctx, sent_to(ctx, si, ne, !sending));
}

/* The state of a title after a verb of meeting at `at`: the host's,
 * where the sentence tells the place of the meeting; else the other party
 * than the state the sentence names first; else the host's where the two
 * sentences before tell the place ("In 2017 X became the first president
 * to visit Greece. During talks with President Y he ..."); else the other
 * party than the context's. */
static size_t meeting_place_met(const relkg_ctx *ctx, size_t si, size_t at)
{
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t c = meeting_place_in(ctx, sb, at);
	if (c != RELKG_NONE) {
		return c;
	}
	for (size_t i = 0; i < ctx->mentions->n; ++i) { /* a state named in the sentence */
		const relkg_mention *x = &ctx->mentions->ms[i];
		if (x->span.begin >= sb && x->span.begin < at &&
		    ctx->mentions->ents[x->entity].kind == RELKG_ENT_COUNTRY &&
		    !(x->flags & RELKG_MF_PRONOUN)) {
			return relkg_office_other_party(ctx, context_country(ctx, si, at, NULL));
		}
	}
	c = meeting_place_in(ctx, context_start(ctx, si), sb);
	return c != RELKG_NONE ? c
			       : relkg_office_other_party(ctx, context_country(ctx, si, at, NULL));
}

/* The state the holder hosts someone in, told later in the sentence
 * (from p): "received", "hosted" or "welcomed", then "in" or "at" a city
 * (or the state) of one of the article's parties within eight words;
 * else NONE. */
static size_t host_later(const relkg_ctx *ctx, size_t si, size_t p)
{
	static const char *const hosts[] = {"received", "hosted", "welcomed", NULL};
	const char *t = ctx->doc->text;
	const relkg_mentions *m = ctx->mentions;
	size_t end = ctx->doc->sentences[si].span.end;
	for (int host = -1; p < end && t[p] != ';';) {
		size_t e = relkg_word_end(t, p, end);
		if (e == p) {
			++p;
			continue;
		}
		if (relkg_word_in(t, p, e, hosts)) {
			host = 0;
		} else if (host >= 0 && ++host > 8) {
			return RELKG_NONE;
		} else if (host >= 0 && (relkg_word_is(t, p, e, "in") || relkg_word_is(t, p, e, "at"))) {
			size_t c = place_state_at(ctx, relkg_skip_space(t, e, end));
			if (c != RELKG_NONE && (c == m->parties[0] || c == m->parties[1])) {
				return c;
			}
		}
		p = e;
	}
	return RELKG_NONE;
}

size_t relkg_office_context_state(relkg_ctx *ctx, size_t si, size_t title_begin, size_t nb,
				  size_t ne, size_t known, const relkg_gz_office *go)
{
	return relkg_office_context_state_after(ctx, si, title_begin, nb, ne, ne, known, go);
}

/* "Indonesia recalled its ambassador, X": after "its" right before the
 * title at `at`, the state named last before it in the sentence; else
 * NONE. */
static size_t possessor_state(const relkg_ctx *ctx, size_t si, size_t at)
{
	const relkg_mentions *m = ctx->mentions;
	const char *t = ctx->doc->text;
	size_t sb = ctx->doc->sentences[si].span.begin;
	size_t we, w = relkg_prev_word(t, sb, at, &we);
	if (w == (size_t)-1 || !relkg_word_is(t, w, we, "its")) {
		return RELKG_NONE;
	}
	size_t best = RELKG_NONE, best_at = 0;
	for (size_t i = 0; i < m->n; ++i) { /* all: this sentence's are appended, unsorted */
		const relkg_mention *x = &m->ms[i];
		if (x->span.begin >= sb && x->span.end <= w && x->span.begin >= best_at &&
		    m->ents[x->entity].kind == RELKG_ENT_COUNTRY && !(x->flags & RELKG_MF_PRONOUN)) {
			best = x->entity;
			best_at = x->span.begin;
		}
	}
	return best;
}

/* The one of the article's two parties title go can exist in, when
 * office-states.tsv rules the other out ("Prime Minister X" in an article
 * on Australia and Indonesia, which has had none since 1959); else NONE. */
static size_t only_party(const relkg_ctx *ctx, const relkg_gz_office *go)
{
	size_t a = ctx->mentions->parties[0], b = ctx->mentions->parties[1];
	if (!go || a == RELKG_NONE || b == RELKG_NONE) {
		return RELKG_NONE;
	}
	int pa = relkg_office_possible(ctx, go, a), pb = relkg_office_possible(ctx, go, b);
	return pa == pb ? RELKG_NONE : pa ? a : b;
}

size_t relkg_office_context_state_after(relkg_ctx *ctx, size_t si, size_t title_begin,
					size_t nb, size_t ne, size_t after, size_t known,
					const relkg_gz_office *go)
{
	size_t country = known_country(ctx, known, ctx->doc->text + nb, ne - nb, go);
	if (country == RELKG_NONE) { /* "Indonesia recalled its ambassador, X" */
		country = possessor_state(ctx, si, title_begin);
		country = relkg_office_possible(ctx, go, country) ? country : RELKG_NONE;
	}
	if (country == RELKG_NONE) { /* "President X and Chancellor Y": not X's state */
		country = coordinated_country(ctx, si, title_begin, go);
		country = relkg_office_possible(ctx, go, country) ? country : RELKG_NONE;
	}
	ne = after; /* what the sentence says next */
	if (country == RELKG_NONE) { /* "sent Defence Minister X to Harare" */
		country = sender_state(ctx, si, title_begin, ne);
		country = relkg_office_possible(ctx, go, country) ? country : RELKG_NONE;
	}
	if (country == RELKG_NONE) {
		int told;
		country = said_after(ctx, si, ne, go, &told);
		if (!told) {
			country = later_counterpart(ctx, si, ne, go);
			told = country != RELKG_NONE;
		}
		if (!told) {
			if (after_meeting_verb(ctx, si, title_begin)) {
				country = meeting_place_met(ctx, si, title_begin);
			} else {
				country = not_taken(ctx, si, title_begin, ne, go,
						    context_country(ctx, si, title_begin, go));
			}
			size_t went = went_to(ctx, si, ne);
			if (went == RELKG_NONE) { /* "X pledged A$1 billion in aid to Indonesia" */
				went = gave_to(ctx, si, ne);
			}
			if (went != RELKG_NONE && (country == RELKG_NONE || country == went)) {
				country = relkg_office_other_party(ctx, went);
			}
		}
	}
	if (country == RELKG_NONE) { /* "X was sworn in as president, and he received Y in
					Santa Marta" */
		country = host_later(ctx, si, ne);
	}
	if (!relkg_office_possible(ctx, go, country)) {
		country = RELKG_NONE;
	}
	if (country == RELKG_NONE) { /* "Prime Minister X" where one party has none */
		country = only_party(ctx, go);
	}
	return relkg_office_possible(ctx, go, country) ? country : RELKG_NONE;
}
