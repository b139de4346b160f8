/* The event trigger lexicon, loaded from <datadir>/lexicon/events.tsv:
 * verb and noun phrases (stored as word stems, so inflections match) with
 * their event class, CAMEO code, PLOVER category and argument frame (where
 * the agent, target and place come from), plus the negation and modality
 * words that cancel a trigger.  General English only; nothing in it names
 * a particular article.
 *
 * File format (TAB-separated, '#' comments; see the file's header):
 *   trigger  PATTERN  CLASS  CAMEO  PLOVER  AGENT  TARGET  PLACE  FLAGS
 *   block-before  PATTERN          (negation/modality before a trigger)
 *   block-after   PATTERN          (modality right after: "talks are expected")
 * PATTERN is words separated by spaces, matched on stems; "*" is a gap of
 * up to RELKG_TRIGGER_GAP words, "**" of up to RELKG_TRIGGER_LONG_GAP;
 * "=word" matches that exact (lower-cased) surface form only.
 * AGENT/TARGET/PLACE are comma lists of sources tried in order: subj,
 * psubj (a person subject), nsubj (a noun's subject), by, nby (by after
 * a noun), obj, gen, poss,
 * ref, both, or a preposition that
 * follows the trigger ("to", "with", "against", ...); "-" for none.  FLAGS:
 * CLASS "-" makes a phrase no event (it only keeps shorter triggers from
 * matching inside it: "threatened to" is no threat yet).  FLAGS:
 * "-" or comma list of "refer=CLASS" (the phrase names an event of CLASS
 * that a later sentence may pick up: "postponed a scheduled visit");
 * "dated"; or "place=CLASS": where what the verb takes is a place ("captured
 * the city"), the event is of CLASS, told as the first trigger line of that
 * class tells it (CAMEO, PLOVER), instead of the line's own.
 *
 * Ownership: the lexicon owns every string and its indexes; read-only
 * after load. */
#ifndef RELKG_TRIGGERS_H
#define RELKG_TRIGGERS_H
#include <stddef.h>
#include "input.h"
#include "trigger_index.h"
#include "word_keys.h"

#define RELKG_TRIGGER_GAP 5       /* words a "*" may skip */
#define RELKG_TRIGGER_LONG_GAP 14 /* words a "**" may skip */
#define RELKG_ARG_SOURCES 6 /* sources per argument */

typedef struct {
	char src[RELKG_ARG_SOURCES][16];
	size_t n;
} relkg_arg_frame;

typedef struct relkg_trigger {
	char **words; /* stems; "*"/"**" gaps, "=surface" exact words */
	size_t n_words;
	size_t n_solid; /* words that are no gap: the longer match wins */
	char *cls;    /* "Visit": an rkg: event class; "-" for no event */
	char *cameo;  /* "042" */
	char *plover; /* "CONSULT" */
	relkg_arg_frame agent, target, place;
	char *refer;  /* event class the phrase names, or NULL */
	int dated;    /* FLAGS "dated": an event only where its sentence dates it */
	char *on_place; /* FLAGS "place=CLASS", or NULL */
	const struct relkg_trigger *place_trig; /* the line of that class (resolved at load;
	                                         * NULL when none): borrowed */
	int line;     /* in events.tsv, for messages */
	size_t cls_id; /* the same for lines of the same class and only for
	                * them (the first such line's number): classes are
	                * compared by it, not by their strings */
	/* its solid words (stems, and surface forms without '='): a sentence
	 * whose words' keys lack one cannot match it (event_match.h) */
	relkg_word_keys solid_keys;
} relkg_trigger;

typedef struct {
	char **words;
	size_t n_words;
} relkg_blocker;

typedef struct relkg_triggers {
	relkg_trigger *t;
	size_t n;
	relkg_blocker *before; /* "not", "unable to", "refus" */
	size_t n_before;
	relkg_blocker *after; /* "be expect" */
	size_t n_after;
	/* by first word (trigger_index.h): t, before, after */
	relkg_trigger_index *index, *before_index, *after_index;
	/* the frame for signing a treaty (class Agreement, the codes of "sign
	 * * treaty"), found at load: a treaty the text says was signed is
	 * told by it (rules_events.c); NULL when the lexicon has none */
	const relkg_trigger *signing;
} relkg_triggers;

/* Loads <dir>/lexicon/events.tsv.  On error diag names the file and
 * line. */
RELKG_NODISCARD relkg_status relkg_triggers_load(relkg_triggers **out, const char *dir,
	relkg_diag *diag);
/* Parses events.tsv text (name for messages); what load does after
 * reading. */
RELKG_NODISCARD relkg_status relkg_triggers_parse(relkg_triggers **out, const char *text,
	const char *name, relkg_diag *diag);
void relkg_triggers_free(relkg_triggers *t);

/* Does the frame list source `src` ("subj", "to", ...)? */
int relkg_frame_has(const relkg_arg_frame *f, const char *src);

#endif
