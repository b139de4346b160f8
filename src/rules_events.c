/* Event rules (issue 4): trigger phrases from the lexicon (triggers.h)
 * found in each sentence, their arguments read off the clause around them
 * from the mention table (mentions.h), written as rkg:Event nodes with
 * class, CAMEO and PLOVER codes, agent, target, participant, place, date,
 * label and provenance.
 *
 * Arguments are found by clause-level rules, each named in the lexicon's
 * frame: the subject before the trigger (nearest actor, a person preferred
 * to a nearer country or demonym, coordinated actors joined), the entity
 * after "by" (passives), the possessor before a noun, the object or the
 * object of a preposition after the trigger, the event the paragraph named
 * before ("The visit took place on ..."), or the article's two parties.
 * A trigger inside quotes, after a negation or modal, or a gerund without
 * its own subject is no event.  An event's IRI comes from its class,
 * actors, targets and date, so one event told twice is one node.
 *
 * Ownership: everything here lives for one run over one article. */
#include "rules_events.h"

#include <stdlib.h>
#include <string.h>

#include "event_find.h"
#include "iri.h"
#include "lexicon.h"
#include "mentions.h"
#include "triggers.h"
#include "try.h"

static const relkg_rule rule_subject = {
	"event-trigger-subject", "event trigger with its clause subject",
	"A trigger phrase from the event lexicon (\"visited\", \"imposed sanctions "
	"against\") whose agent is the subject before it and whose target, place and "
	"date come from the same sentence: \"Japan imposed sanctions against Russia\"."};
static const relkg_rule rule_passive = {
	"event-trigger-passive", "event trigger in the passive",
	"A passive trigger whose agent follows \"by\": \"X was replaced by Y\", "
	"\"the intervention was strongly opposed by Y\"."};
static const relkg_rule rule_noun = {
	"event-trigger-noun", "event noun with its possessor",
	"An event noun whose agent is the possessor or modifier before it: "
	"\"Russia's annexation of Crimea\", \"the Russian invasion of Ukraine\"."};
static const relkg_rule rule_anaphor = {
	"event-anaphor", "event named again",
	"A sentence that takes up an event named before in the paragraph and "
	"dates it: \"... postponed a scheduled visit to Japan. The visit took place "
	"on October 11, 1993.\""};
static const relkg_rule rule_bilateral = {
	"event-bilateral", "event of both countries",
	"A trigger whose actors are the two countries together: \"relations were "
	"established\", \"the two sides agreed\"."};

static const relkg_rule rule_unattributed = {
	"event-unattributed", "event told without its actor",
	"An event noun that the text dates and places but whose actor it does not "
	"name: \"an attack on the Indian Parliament on 13 December 2001\", \"clashes "
	"near Tovuz in July 2020\" (the lexicon frame's agent source \"none\")."};

static const relkg_rule rule_treaty = {
	"event-treaty-signed", "treaty signed, as an agreement",
	"A treaty its sentence dates and says was signed, between the parties the "
	"treaty rules found, when no trigger told the signing: \"Under the Treaty of "
	"Ancón, signed on 20 October 1883, Peru ceded Tarapacá\"."};

static const relkg_rule *rule_for(const relkg_event *e)
{
	switch (e->how) {
	case RELKG_HOW_NONE: return &rule_unattributed;
	case RELKG_HOW_TREATY: return &rule_treaty;
	case RELKG_HOW_PASSIVE: return &rule_passive;
	case RELKG_HOW_NOUN: return &rule_noun;
	case RELKG_HOW_REF: return &rule_anaphor;
	case RELKG_HOW_BOTH: return &rule_bilateral;
	default: return &rule_subject;
	}
}

/* Appends the labels of ids (joined by sep) to b. */
static relkg_status put_labels(relkg_buf *b, const relkg_mentions *m, const size_t *ids,
			       size_t n, const char *sep)
{
	relkg_status st;
	for (size_t i = 0; i < n; ++i) {
		if (i) {
			TRY(st, relkg_buf_puts(b, sep));
		}
		TRY(st, relkg_buf_puts(b, m->ents[ids[i]].label));
	}
	return RELKG_OK;
}

/* Appends " " + s to b. */
static relkg_status put_word(relkg_buf *b, const char *s)
{
	relkg_status st;
	TRY(st, relkg_buf_putc(b, ' '));
	return relkg_buf_puts(b, s);
}

/* The words the IRI's slug is made of: class, actors, targets or place,
 * date; for a date the sentence does not give itself, the trigger word
 * too. */
static relkg_status event_key(const relkg_mentions *m, const char *text, const relkg_event *e,
			     relkg_buf *key)
{
	relkg_status st;
	TRY(st, relkg_buf_puts(key, e->trig->cls));
	TRY(st, relkg_buf_putc(key, ' '));
	TRY(st, put_labels(key, m, e->agents, e->n_agents, " "));
	if (e->n_targets) {
		TRY(st, relkg_buf_putc(key, ' '));
		TRY(st, put_labels(key, m, e->targets, e->n_targets, " "));
	} else if (e->place != RELKG_NONE) {
		TRY(st, put_word(key, m->ents[e->place].label));
	} else if (e->where.end > e->where.begin) {
		TRY(st, relkg_buf_putc(key, ' '));
		TRY(st, relkg_buf_append(key, text + e->where.begin, e->where.end - e->where.begin));
	}
	if (e->dated) {
		TRY(st, put_word(key, e->date.iso));
	}
	if (!e->date_own) {
		/* a date carried from an earlier sentence does not tell two
		 * undated events apart ("opposed by X ... X also criticized"):
		 * the trigger's first word does */
		const char *w = e->trig->words[0];
		TRY(st, put_word(key, w[0] == '=' ? w + 1 : w));
	}
	return RELKG_OK;
}

/* The buffers an article's events are written with, reused from one
 * event to the next (a malloc and free each per event otherwise). */
typedef struct {
	relkg_buf key, iri, label;
	size_t prefix; /* iri starts with base + "event/", this long */
} event_bufs;

/* base + "event/" + slug(event_key), in b->iri. */
static relkg_status event_iri(const relkg_ctx *ctx, const relkg_event *e, event_bufs *b)
{
	b->key.len = 0;
	relkg_status st = event_key(ctx->mentions, ctx->doc->text, e, &b->key);
	if (!st && !b->prefix) { /* the article's first event */
		b->iri.len = 0;
		st = relkg_buf_puts(&b->iri, ctx->base);
		if (!st) {
			st = relkg_buf_puts(&b->iri, "event/");
		}
		b->prefix = b->iri.len;
	}
	b->iri.len = b->prefix;
	if (!st) {
		st = relkg_slug(&b->iri, b->key.data, b->key.len);
	}
	return st;
}

/* "Visit: Narendra Modi – Japan, 2014-09" */
static relkg_status event_label(const relkg_mentions *m, const char *text, const relkg_event *e,
			       relkg_buf *b)
{
	relkg_status st;
	b->len = 0;
	TRY(st, relkg_buf_puts(b, e->trig->cls));
	TRY(st, relkg_buf_puts(b, ": "));
	TRY(st, put_labels(b, m, e->agents, e->n_agents, " and "));
	if (e->n_targets) {
		TRY(st, relkg_buf_puts(b, e->n_agents ? " \xE2\x80\x93 " : "on "));
		TRY(st, put_labels(b, m, e->targets, e->n_targets, " and "));
	}
	if (e->place != RELKG_NONE) {
		TRY(st, relkg_buf_puts(b, e->n_agents || e->n_targets ? " in " : "in "));
		TRY(st, relkg_buf_puts(b, m->ents[e->place].label));
	} else if (e->where.end > e->where.begin) {
		TRY(st, relkg_buf_puts(b, e->n_agents || e->n_targets ? " at " : "at "));
		TRY(st, relkg_buf_append(b, text + e->where.begin, e->where.end - e->where.begin));
	}
	if (e->dated) {
		TRY(st, relkg_buf_puts(b, ", "));
		TRY(st, relkg_buf_puts(b, e->date.iso));
	}
	return RELKG_OK;
}

static int takes_part(const relkg_event *e)
{
	static const char *const joint[] = {"Meeting", "Talks", "Agreement", "Cooperation",
					    "Recognition"};
	for (size_t i = 0; i < sizeof(joint) / sizeof(joint[0]); ++i) {
		if (strcmp(e->trig->cls, joint[i]) == 0) {
			return 1;
		}
	}
	return 0;
}

static relkg_status emit_links(relkg_ctx *ctx, relkg_graph_node iri, const relkg_event *e)
{
	const relkg_mentions *m = ctx->mentions;
	relkg_status st;
	int joint = takes_part(e); /* asked once, not per actor and target */
	for (size_t i = 0; i < e->n_agents; ++i) {
		TRY(st, relkg_graph_iri_n(ctx->graph, iri, RELKG_V(rkg_agent),
					  m->ents[e->agents[i]].iri));
		if (e->how == RELKG_HOW_BOTH || (joint && e->n_agents > 1)) {
			TRY(st, relkg_graph_iri_n(ctx->graph, iri, RELKG_V(rkg_participant),
						m->ents[e->agents[i]].iri));
		}
	}
	for (size_t i = 0; i < e->n_targets; ++i) {
		const relkg_entity *t = &m->ents[e->targets[i]];
		/* a city is where, not whom: rkg:target's range has no rkg:City */
		TRY(st, relkg_graph_iri_n(ctx->graph, iri,
					  t->kind == RELKG_ENT_CITY ? RELKG_V(rkg_place)
								    : RELKG_V(rkg_target),
					  t->iri));
		if (joint && t->kind != RELKG_ENT_TERRITORY && t->kind != RELKG_ENT_CITY) {
			TRY(st, relkg_graph_iri_n(ctx->graph, iri, RELKG_V(rkg_participant), t->iri));
		}
	}
	if (e->place != RELKG_NONE) {
		TRY(st, relkg_graph_iri_n(ctx->graph, iri, RELKG_V(rkg_place),
					  m->ents[e->place].iri));
	}
	if (e->dated) {
		TRY(st, relkg_graph_typed_n(ctx->graph, iri, RELKG_V(rkg_date), e->date.iso,
					    e->date.xsd));
	}
	return RELKG_OK;
}

/* The event's statements, its node n (found once: a dozen statements
 * name it). */
static relkg_status emit_event_at(relkg_ctx *ctx, const relkg_event *e, relkg_graph_node n,
				  relkg_buf *b)
{
	relkg_graph *g = ctx->graph;
	char cls[64] = "rkg:"; /* "rkg:" + class, cut to fit as snprintf did */
	size_t cn = strlen(e->trig->cls);
	cn = cn < sizeof(cls) - 5 ? cn : sizeof(cls) - 5;
	memcpy(cls + 4, e->trig->cls, cn);
	cls[4 + cn] = '\0';
	relkg_status st;
	TRY(st, relkg_graph_type_n(g, n, RELKG_V(rkg_Event)));
	TRY(st, relkg_graph_type_n(g, n, cls));
	if (strcmp(e->trig->cameo, "-") != 0) {
		TRY(st, relkg_graph_text_n(g, n, RELKG_V(rkg_cameoCode), e->trig->cameo,
					   strlen(e->trig->cameo), NULL));
	}
	if (strcmp(e->trig->plover, "-") != 0) {
		TRY(st, relkg_graph_text_n(g, n, RELKG_V(rkg_ploverCategory), e->trig->plover,
					   strlen(e->trig->plover), NULL));
	}
	TRY(st, emit_links(ctx, n, e));
	TRY(st, event_label(ctx->mentions, ctx->doc->text, e, b));
	TRY(st, relkg_graph_text_n(g, n, RELKG_V(rdfs_label), b->data, b->len, "en"));
	TRY(st, relkg_ctx_provenance_n(ctx, n, e->sentence, rule_for(e), e->confidence));
	for (size_t k = 0; k < e->n_also; ++k) {
		TRY(st, relkg_ctx_provenance_n(ctx, n, e->also[k], rule_for(e), e->confidence));
	}
	return RELKG_OK;
}

static relkg_status emit_event(relkg_ctx *ctx, const relkg_event *e, event_bufs *b)
{
	relkg_graph_node n;
	relkg_status st = event_iri(ctx, e, b);
	if (!st) {
		st = relkg_graph_node_of(ctx->graph, b->iri.data, &n);
	}
	if (!st) {
		st = emit_event_at(ctx, e, n, &b->label);
	}
	return st;
}

/* Is sentence si one where treaty entity t is named? */
static int names_treaty(const relkg_mentions *m, size_t si, size_t t)
{
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].sentence == si && m->ms[i].entity == t) {
			return 1;
		}
	}
	return 0;
}

/* Did a trigger already tell the signing sg: an agreement in a sentence
 * naming its treaty, or one on the same date or on a date one of the two
 * refines ("March 2025", "13 March 2025")? */
static int agreement_told(const relkg_mentions *m, const relkg_event_list *list,
			  const relkg_signing *sg)
{
	size_t n = strlen(sg->date.iso);
	for (size_t i = 0; i < list->n; ++i) {
		const relkg_event *e = &list->e[i];
		if (strcmp(e->trig->cls, "Agreement") != 0) {
			continue;
		}
		size_t k = e->dated ? strlen(e->date.iso) : 0;
		if (e->sentence == sg->sentence || names_treaty(m, e->sentence, sg->treaty) ||
		    (k && strncmp(e->date.iso, sg->date.iso, k < n ? k : n) == 0)) {
			return 1;
		}
	}
	return 0;
}

/* Adds to list an agreement for each treaty the text says was signed
 * (mentions.h: relkg_signing) that no trigger told: its first signing. */
static relkg_status add_signings(const relkg_ctx *ctx, relkg_event_list *list)
{
	const relkg_mentions *m = ctx->mentions;
	const relkg_trigger *trig = ctx->lex->triggers->signing;
	for (size_t k = 0; trig && k < m->n_signings; ++k) {
		const relkg_signing *sg = &m->signings[k];
		int first = 1;
		for (size_t j = 0; j < k; ++j) {
			first = first && m->signings[j].treaty != sg->treaty;
		}
		if (!first || agreement_told(m, list, sg)) {
			continue;
		}
		relkg_event e;
		memset(&e, 0, sizeof(e));
		e.trig = trig;
		for (size_t i = 0; i < sg->n_parties && i < RELKG_EVENT_ARGS; ++i) {
			e.agents[e.n_agents++] = sg->parties[i];
		}
		e.place = RELKG_NONE;
		e.date = sg->date;
		e.dated = e.date_own = 1;
		e.sentence = sg->sentence;
		e.span = sg->span;
		e.how = RELKG_HOW_TREATY;
		e.confidence = 0.6;
		relkg_status st = relkg_event_list_append(list, &e);
		if (st != RELKG_OK) {
			return st;
		}
	}
	return RELKG_OK;
}

relkg_status relkg_rules_events(relkg_ctx *ctx)
{
	if (!ctx->lex || !ctx->lex->triggers || !ctx->mentions) {
		return RELKG_OK;
	}
	relkg_event_list list = {0};
	relkg_status st = relkg_events_find(ctx->doc, ctx->mentions, ctx->lex->triggers, &list);
	if (st == RELKG_OK) {
		st = add_signings(ctx, &list);
	}
	event_bufs b;
	relkg_buf_init(&b.key);
	relkg_buf_init(&b.iri);
	relkg_buf_init(&b.label);
	b.prefix = 0;
	for (size_t i = 0; st == RELKG_OK && i < list.n; ++i) {
		st = emit_event(ctx, &list.e[i], &b);
	}
	relkg_buf_clear(&b.key);
	relkg_buf_clear(&b.iri);
	relkg_buf_clear(&b.label);
	free(list.e);
	return st;
}
