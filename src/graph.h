/* One article's statements, collected, sorted and de-duplicated before they
 * go to a sink: output is deterministic and the same fact found twice is
 * written once.
 *
 * Terms are given as CURIEs of a known prefix ("rkg:Person") or absolute
 * IRIs; an rkg: term the ontology does not declare is refused with
 * RELKG_ERR_UNDECLARED.  The graph copies everything it is given. */
#ifndef RELKG_GRAPH_H
#define RELKG_GRAPH_H
#include <stddef.h>
#include "sink.h"

typedef struct relkg_graph relkg_graph;

relkg_graph *relkg_graph_new(void);
void relkg_graph_free(relkg_graph *g);

/* s IRI/CURIE, p IRI/CURIE, o IRI/CURIE. */
RELKG_NODISCARD relkg_status relkg_graph_iri(relkg_graph *g, const char *s, const char *p,
	const char *o);
/* rdf:type */
RELKG_NODISCARD relkg_status relkg_graph_type(relkg_graph *g, const char *s, const char *cls);
/* A string literal from text[0..n); lang may be NULL (xsd:string). */
RELKG_NODISCARD relkg_status relkg_graph_text(relkg_graph *g, const char *s, const char *p,
	const char *text, size_t n, const char *lang);
/* A typed literal; dt a CURIE/IRI such as "xsd:gYear". */
RELKG_NODISCARD relkg_status relkg_graph_typed(relkg_graph *g, const char *s, const char *p,
	const char *lexical, const char *dt);
/* An xsd:nonNegativeInteger / xsd:integer literal. */
RELKG_NODISCARD relkg_status relkg_graph_uint(relkg_graph *g, const char *s, const char *p,
	unsigned long v, const char *dt);

/* A node term the graph holds (a handle): found once by relkg_graph_node_of,
 * then given instead of the term for the statements that use it.  A
 * caller writing several statements about one subject saves finding the
 * term again for each (a lookup that reads the whole term).  Valid until
 * the next flush or discard of g; the graph owns it. */
typedef const struct relkg_str *relkg_graph_node;

/* The node of term (expanded, repaired or refused as the statements
 * above do); *out is left alone on error. */
RELKG_NODISCARD relkg_status relkg_graph_node_of(relkg_graph *g, const char *term,
	relkg_graph_node *out);
/* The statements above with the subject (and for _link, the object) a
 * handle: the same statements, the same refusals. */
RELKG_NODISCARD relkg_status relkg_graph_iri_n(relkg_graph *g, relkg_graph_node s,
	const char *p, const char *o);
RELKG_NODISCARD relkg_status relkg_graph_link_n(relkg_graph *g, relkg_graph_node s,
	const char *p, relkg_graph_node o);
RELKG_NODISCARD relkg_status relkg_graph_type_n(relkg_graph *g, relkg_graph_node s,
	const char *cls);
RELKG_NODISCARD relkg_status relkg_graph_text_n(relkg_graph *g, relkg_graph_node s,
	const char *p, const char *text, size_t n, const char *lang);
/* relkg_graph_text_n for a text the caller knows needs no repair
 * (relkg_rdfterm_literal_clean would say so: a piece, cut between code
 * points, of a text found clean): the same statement, without reading the
 * text for repair once more. */
RELKG_NODISCARD relkg_status relkg_graph_text_clean_n(relkg_graph *g, relkg_graph_node s,
	const char *p, const char *text, size_t n, const char *lang);
RELKG_NODISCARD relkg_status relkg_graph_typed_n(relkg_graph *g, relkg_graph_node s,
	const char *p, const char *lexical, const char *dt);
RELKG_NODISCARD relkg_status relkg_graph_uint_n(relkg_graph *g, relkg_graph_node s,
	const char *p, unsigned long v, const char *dt);

/* The fixed vocabulary (graph_vocab.def): RELKG_V(rdf_type) is the CURIE
 * "rdf:type", given wherever a term is.  The graph knows such a term by
 * its address in this constant table, so finds its node without reading
 * or hashing it (a predicate or class string is compared in full each
 * time otherwise). */
#define RELKG_GRAPH_VOCAB_LEN 32
enum {
#define GRAPH_VOCAB(name, curie) RELKG_V_##name,
#include "graph_vocab.def"
#undef GRAPH_VOCAB
	RELKG_V_COUNT
};
extern const char relkg_graph_vocab[RELKG_V_COUNT][RELKG_GRAPH_VOCAB_LEN];
#define RELKG_V(name) (relkg_graph_vocab[RELKG_V_##name])

size_t relkg_graph_size(const relkg_graph *g);

/* Does the graph hold (s, p, any)?  (Expanded terms compared.) */
int relkg_graph_has(const relkg_graph *g, const char *s, const char *p);

/* Sorts, drops duplicates and writes every statement to the sink between
 * begin(graph_iri) and end(); then empties the graph. */
RELKG_NODISCARD relkg_status relkg_graph_flush(relkg_graph *g, relkg_sink *sink,
	const char *graph_iri);

/* Drops every statement collected so far (an article that failed). */
void relkg_graph_flush_discard(relkg_graph *g);

#endif
