/* The text of a SPARQL query, before rasqal sees it: the ontology's
 * prefixes predeclared, and the SPARQL 1.1 features rasqal 0.9.33 does not
 * run found by a light tokenizer (comments, strings and IRIs skipped), so the
 * user gets a clear message instead of a bare syntax error or an empty
 * answer. */
#ifndef RELKG_SPARQL_TEXT_H
#define RELKG_SPARQL_TEXT_H
#include "buf.h"

/* Prefixes predeclared in every query: the ontology's plus foaf, schema. */
extern const char *const relkg_sparql_prefixes[][2]; /* {name, iri}, NULL-ended */

/* Appends one PREFIX line per predeclared prefix the query does not declare
 * itself; *lines gets the number of lines appended. */
RELKG_NODISCARD relkg_status relkg_sparql_prologue(const char *query, relkg_buf *out, int *lines);

/* Does the query declare PREFIX name: itself? */
int relkg_sparql_declares(const char *query, const char *name);

typedef struct {
	int line, col;     /* 1-based, in the user's text */
	const char *what;  /* static description of the feature and a workaround */
} relkg_sparql_limit;

/* RELKG_NO_MATCH when the query uses nothing rasqal 0.9.33 lacks; else
 * RELKG_OK with *found filled (the first use). */
relkg_status relkg_sparql_unsupported(const char *query, relkg_sparql_limit *found);

/* One line for --help. */
#define RELKG_SPARQL_LIMITS_HELP \
	"rasqal 0.9.33 limits: no property paths (p/q, p|q, ^p, p*, p+, p?, !p),\n" \
	"no FILTER [NOT] EXISTS; MINUS and DESCRIBE parse but do not run.  relkg\n" \
	"refuses them with a message.  Use OPTIONAL { ... } FILTER(!BOUND(?v)) for\n" \
	"the first ones and CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o } for DESCRIBE.\n"

#endif
