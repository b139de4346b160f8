/* The event finder's state over one article, shared by the files that
 * make up event finding (event_find.h is the public entry):
 *   event_find.c    the driver: sentences, triggers, events kept/merged
 *   event_match.c   trigger matching on words (event_match.h)
 *   event_clause.c  the sentence's mentions on its words, the clause
 *   event_args.c    targets and place by the trigger's frame, passives
 *   event_agents.c  agents by the trigger's frame
 *   event_dates.c   an event's date, carried forward in a paragraph
 *
 * Ownership: the finder owns its words (w), candidates (c) and coverage
 * (cov) for the sentence at hand; everything else is borrowed. */
#ifndef RELKG_EVENT_FINDER_H
#define RELKG_EVENT_FINDER_H
#include <stddef.h>
#include "event_find.h"
#include "event_time.h"
#include "word_keys.h"
#include "tokens.h"

#define REFS 16          /* events a paragraph remembers for "the visit" */
#define REACH 60         /* words a clause may reach either side of a trigger */
#define MENTION_WORDS 30 /* words a mention may span */

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
	int loaded;            /* c and cov are this sentence's (relkg_finder_load) */
	/* what the sentence as a whole tells, found when first asked (-1:
	 * not yet): its words tell a poll's answer (event_find.c); an "and
	 * again" stands in it */
	int polled, again;
	relkg_time_memo times; /* the sentence's relative times (event_dates.c) */
	relkg_word_keys keys;  /* its words' keys from word keys_from on (event_match.h) */
	size_t keys_from;
	size_t first_event; /* first event of this sentence in out */
	referent refs[REFS];
	size_t n_refs;
	size_t block;
} finder;

typedef enum { ROLE_ACTOR, ROLE_TARGET, ROLE_PLACE } role;

/* ---- id sets (at most RELKG_EVENT_ARGS, no RELKG_NONE) */
int relkg_ids_has(const size_t *ids, size_t n, size_t id);
void relkg_ids_add(size_t *ids, size_t *n, size_t id);

/* ---- event_clause.c */
/* The entity a mention stands for in a role, or NONE. */
size_t relkg_finder_as_role(const relkg_mentions *m, size_t ent, role r);
/* The state an actor stands for: itself for a country, else its country. */
size_t relkg_finder_state_of(const relkg_mentions *m, size_t ent);
/* Are the article's two parties known? */
int relkg_finder_parties(const relkg_mentions *m);
/* Adds the two parties to ids. */
void relkg_finder_set_parties(const finder *f, size_t *ids, size_t *n);
/* The first word whose end (by_end) or begin is past / at byte `at`. */
size_t relkg_finder_first_word(const finder *f, size_t at, int by_end);
/* Maps the sentence's mentions onto its words (c, cov). */
RELKG_NODISCARD relkg_status relkg_finder_load(finder *f);
/* Does the mention stand inside quotes? */
int relkg_finder_quoted(const finder *f, const cand *c);
/* The start of the clause before word i; its end after word i. */
size_t relkg_finder_clause_start(const finder *f, size_t i);
size_t relkg_finder_clause_end(const finder *f, size_t i);
/* The end of the object phrase after word i: the clause end or a comma. */
size_t relkg_finder_phrase_end(const finder *f, size_t i);
/* Index of the first candidate with w0 >= w. */
size_t relkg_finder_cand_from(const finder *f, size_t w);
/* The candidate ending at word j (w1 == j + 1) in role r, the longest;
 * person: 1 a person only, 0 no person, -1 either. */
const cand *relkg_finder_cand_ending(const finder *f, size_t j, role r, int person);
/* Adds the actors coordinated before c ("X and Y", "X, Y and Z"). */
void relkg_finder_coordinated(const finder *f, const cand *c, size_t cs, size_t *ids,
			      size_t *n);
/* "the two countries" right before word i: 1; "the two leaders": 2; 0. */
int relkg_finder_two_parties(const finder *f, size_t i);
/* The subject before word i: nearest actor, a person preferred. */
const cand *relkg_finder_subject(const finder *f, size_t i, role r);

/* ---- event_args.c */
/* Fills e's agents, targets and place for its trigger at words [i, end). */
void relkg_finder_args(finder *f, size_t i, size_t end, relkg_event *e);
/* The event found before in this sentence, or NULL. */
const relkg_event *relkg_finder_prev_event(const finder *f);
/* The entity after preposition `prep` following the trigger ending
 * before word end, in role r, not an agent of e (e may be NULL). */
const cand *relkg_finder_after_word(const finder *f, size_t end, const char *prep, role r,
				    const relkg_event *e);
/* The event of class cls the paragraph named in the last sentences. */
const referent *relkg_finder_ref(const finder *f, const char *cls);

/* ---- event_agents.c */
/* Adds e's agents from source src (a frame's agent source) for the
 * trigger at words [i, end); gerund: the trigger is an "-ing" form.  1
 * when e has agents. */
int relkg_finder_agent(const finder *f, const char *src, size_t i, size_t end, int gerund,
		       relkg_event *e);

/* ---- event_dates.c */
/* The date of the trigger at word i (span) into *out: the sentence's own
 * (*own set) or one carried from an earlier sentence of the paragraph,
 * moved when the sentence tells it relative to that ("two days later",
 * "the following year").  0 when there is none. */
int relkg_finder_date(finder *f, size_t i, const relkg_span *span, relkg_date *out,
		      int *own);
/* The first date of the sentence that begins in the clause from word k
 * on ("and again in April 1975"): 1 with it in *out, else 0. */
int relkg_finder_date_from(const finder *f, size_t k, relkg_date *out);
/* The last date of the sentence that ends before word k: 1 with it in
 * *out, else 0. */
int relkg_finder_date_before(const finder *f, size_t k, relkg_date *out);

#endif
