/* The vocabulary: prefixes and the declared rkg: terms.
 *
 * Terms are written as CURIEs ("rkg:Person", "nif:Sentence") or absolute
 * IRIs.  relkg_vocab_expand turns a CURIE into its IRI and refuses an rkg:
 * term the ontology does not declare. */
#ifndef RELKG_VOCAB_H
#define RELKG_VOCAB_H
#include <stddef.h>
#include "buf.h"

#define RELKG_NS_RKG "https://w3id.org/relkg/ontology#"
#define RELKG_NS_ID "https://w3id.org/relkg/id/"

typedef struct {
	const char *prefix;
	const char *iri;
} relkg_prefix;

/* The prefixes, NULL-terminated; declared in every serializer. */
extern const relkg_prefix relkg_prefixes[];

/* Is `local` a declared rkg: term? */
int relkg_vocab_declared(const char *local);

/* Number of declared rkg: terms, and the i-th (sorted). */
size_t relkg_vocab_count(void);
const char *relkg_vocab_term(size_t i);

/* Appends the IRI for `term` (a CURIE with a known prefix, or an absolute
 * IRI) to out.  RELKG_ERR_UNDECLARED for an undeclared rkg: term,
 * RELKG_ERR_ARG for an unknown prefix. */
RELKG_NODISCARD relkg_status relkg_vocab_expand(const char *term, relkg_buf *out);

#endif
