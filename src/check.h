/* Validation of a graph against the ontology and the contract.  Each
 * violation is reported as (focus node, path, kind, message); path is "-"
 * for a constraint on the node itself (a domain violation), as SHACL
 * reports it.  Kinds:
 *   undeclared  an rkg: class, property or individual the ontology lacks
 *   domain      the subject of a property is not of its domain class
 *   range       the object is not of the range class / datatype, or a
 *               number is out of range (percentage 0-100, confidence 0-1)
 *   datatype    a literal's lexical form is not valid for its datatype
 *   provenance  a fact lacks prov:wasDerivedFrom a nif:Sentence,
 *               rkg:extractedBy a rkg:Rule or rkg:confidence
 *   sentence    a nif:Sentence lacks anchorOf/beginIndex/endIndex/context
 *   offsets     the context's text at [begin, end) is not the anchor
 *               (the one check SHACL core cannot express)
 *   label       a named node has not exactly one rdfs:label@en
 * The models are borrowed. */
#ifndef RELKG_CHECK_H
#define RELKG_CHECK_H
#include <redland.h>
#include "relkg/relkg.h"

typedef struct {
	char *focus;
	char *path;
	const char *kind;
	char *message;
} relkg_violation;

typedef struct {
	relkg_violation *v;
	size_t n, cap;
} relkg_violations;

/* Runs every check; the violations come back sorted and without
 * duplicates. */
RELKG_NODISCARD relkg_status relkg_check_graph(librdf_world *world, librdf_model *ontology,
	librdf_model *data, relkg_violations *out);
void relkg_violations_clear(relkg_violations *v);

#endif
