/* The fact sink: the one interface every output implements (raptor
 * serializer, librdf model, a test collector).  Stages upstream only ever
 * see this struct.
 *
 * Terms handed to a sink are borrowed for the duration of the call. */
#ifndef RELKG_SINK_H
#define RELKG_SINK_H
#include "relkg/relkg.h"

typedef enum {
	RELKG_TERM_IRI,
	RELKG_TERM_BLANK,   /* value is the label without "_:" */
	RELKG_TERM_LITERAL  /* datatype IRI or lang (not both), or neither */
} relkg_term_kind;

typedef struct {
	relkg_term_kind kind;
	const char *value;
	const char *datatype; /* absolute IRI or NULL */
	const char *lang;     /* BCP 47 tag or NULL */
} relkg_term;

typedef struct relkg_sink {
	void *handle;
	/* Starts one article's statements; graph is the named graph IRI
	 * (used by quad formats; may be NULL). */
	relkg_status (*begin)(void *handle, const char *graph);
	relkg_status (*statement)(void *handle, const relkg_term *s, const relkg_term *p,
				  const relkg_term *o);
	/* Ends the article: buffered output is flushed. */
	relkg_status (*end)(void *handle);
	/* Frees the handle (the sink struct itself belongs to the caller). */
	void (*free)(void *handle);
} relkg_sink;

#endif
