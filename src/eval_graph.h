/* The graph as the evaluator sees it: triples of strings, in the order the
 * parser gave them, indexed by (subject, predicate) and by rdf:type.
 *
 * Like the reference scorer, a term is only its string: an IRI its IRI, a
 * blank node "_:" + its id, a literal its lexical form (language and
 * datatype dropped).  Every distinct string is interned once and named by a
 * relkg_sid.  Strings may be interned after indexing (gold names); they
 * simply have no triples.  The graph owns all its strings. */
#ifndef RELKG_EVAL_GRAPH_H
#define RELKG_EVAL_GRAPH_H
#include <stddef.h>
#include <stdint.h>
#include "relkg/relkg.h"

typedef uint32_t relkg_sid;
#define RELKG_SID_NONE UINT32_MAX

typedef struct {
	relkg_sid s, p, o;
} relkg_etriple;

typedef struct relkg_egraph relkg_egraph;

relkg_egraph *relkg_egraph_new(void);
void relkg_egraph_free(relkg_egraph *g);

/* Interns s[0..n) (a copy); *out its id. */
RELKG_NODISCARD relkg_status relkg_egraph_intern(relkg_egraph *g, const char *s, size_t n,
	relkg_sid *out);
/* Appends a triple (before relkg_egraph_index). */
RELKG_NODISCARD relkg_status relkg_egraph_add(relkg_egraph *g, relkg_sid s, relkg_sid p,
	relkg_sid o);
/* Builds the indexes; call once after the last add. */
RELKG_NODISCARD relkg_status relkg_egraph_index(relkg_egraph *g);

/* The id of s, or RELKG_SID_NONE when no term or name has that string. */
relkg_sid relkg_egraph_find(const relkg_egraph *g, const char *s);
const char *relkg_egraph_str(const relkg_egraph *g, relkg_sid id); /* borrowed */
size_t relkg_egraph_n_strings(const relkg_egraph *g);

/* The triples in parse order. */
size_t relkg_egraph_triples(const relkg_egraph *g, const relkg_etriple **out);

/* The objects of (s, p) in parse order, duplicates kept; *out borrowed. */
size_t relkg_egraph_objs(const relkg_egraph *g, relkg_sid s, relkg_sid p, const relkg_sid **out);
/* The first object of (s, p), or RELKG_SID_NONE. */
relkg_sid relkg_egraph_obj(const relkg_egraph *g, relkg_sid s, relkg_sid p);

/* The distinct subjects typed `type` (rdf:type), sorted by string. */
size_t relkg_egraph_typed(const relkg_egraph *g, relkg_sid type, const relkg_sid **out);
int relkg_egraph_is_a(const relkg_egraph *g, relkg_sid node, relkg_sid type);

#endif
