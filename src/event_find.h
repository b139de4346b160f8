/* Finding events in an article: trigger phrases (triggers.h) matched on
 * word stems in each sentence, arguments read off the clause from the
 * mention table.  Pure: reads the document, mentions and lexicon, writes a
 * list; rules_events.c turns the list into statements.
 *
 * Ownership: the list owns its array (free(list.e)); events point into the
 * lexicon (trig), which must outlive them, and hold their date. */
#ifndef RELKG_EVENT_FIND_H
#define RELKG_EVENT_FIND_H
#include <stddef.h>
#include "doc.h"
#include "mentions.h"
#include "triggers.h"

#define RELKG_EVENT_ARGS 6

typedef enum {
	RELKG_HOW_SUBJ,    /* agent: the clause subject */
	RELKG_HOW_PASSIVE, /* agent: after "by" */
	RELKG_HOW_NOUN,    /* agent: possessor/modifier of an event noun */
	RELKG_HOW_REF,     /* taken up from an event named before */
	RELKG_HOW_BOTH,    /* agents: the two countries */
	RELKG_HOW_NONE,    /* no actor told: an attack with its own date and a
	                    * target or place (frame source "none") */
	RELKG_HOW_TREATY,  /* agents: the parties of a treaty its sentence says
	                    * was signed (mentions.h: relkg_signing) */
} relkg_how;

typedef struct {
	const relkg_trigger *trig;
	size_t agents[RELKG_EVENT_ARGS]; /* entity indexes */
	size_t n_agents;
	size_t targets[RELKG_EVENT_ARGS];
	size_t n_targets;
	size_t place;           /* entity or RELKG_NONE */
	relkg_date date;        /* a copy: a relative date is computed */
	int dated;              /* date holds one */
	int date_own;           /* the date is the sentence's own, not carried */
	int inherited;          /* agents from the verb before ("X did A and B") */
	size_t sentence;
	size_t also[RELKG_EVENT_ARGS]; /* further sentences telling it */
	size_t n_also;
	relkg_span span; /* the trigger's words */
	relkg_span where; /* RELKG_HOW_NONE without target or place: the
	                   * capitalized name of where ("Kongka Pass"); else empty */
	relkg_how how;
	double confidence;
} relkg_event;

typedef struct {
	relkg_event *e;
	size_t n, cap;
} relkg_event_list;

/* Appends a copy of e to l (its array grown as needed). */
RELKG_NODISCARD relkg_status relkg_event_list_append(relkg_event_list *l, const relkg_event *e);

/* Appends every event of doc to out. */
RELKG_NODISCARD relkg_status relkg_events_find(const relkg_doc *doc,
	const relkg_mentions *m, const relkg_triggers *lex, relkg_event_list *out);

#endif
