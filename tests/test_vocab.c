/* The vocabulary: the declared rkg: terms and CURIE expansion. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "vocab.h"

/* Expands term; returns the status and leaves the IRI in *iri (caller
 * frees, NULL on error). */
static relkg_status expand(const char *term, char **iri)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_vocab_expand(term, &b);
	*iri = st == RELKG_OK ? relkg_buf_steal(&b) : NULL;
	relkg_buf_clear(&b);
	return st;
}

static void test_terms(void)
{
	size_t n = relkg_vocab_count();
	OK(n > 50, "only %zu terms declared", n);
	for (size_t i = 0; i < n; ++i) {
		const char *t = relkg_vocab_term(i);
		OK(t && relkg_vocab_declared(t), "term %zu (%s) not found by lookup", i,
		   t ? t : "(null)");
		if (i > 0) {
			OK(strcmp(relkg_vocab_term(i - 1), t) < 0, "terms not sorted at %s", t);
		}
	}
	OK(relkg_vocab_term(n) == NULL, "term past the end");
	OK(relkg_vocab_declared("Person"), "Person");
	OK(relkg_vocab_declared("partOf"), "partOf");
	OK(relkg_vocab_declared("participant"), "participant");
	OK(!relkg_vocab_declared("person"), "lookup is case-sensitive");
	OK(!relkg_vocab_declared("Persons"), "Persons");
	OK(!relkg_vocab_declared(""), "empty");
	OK(!relkg_vocab_declared("NotATerm"), "NotATerm");
}

static void test_expand(void)
{
	char *iri;
	EQ_INT(expand("rkg:Person", &iri), RELKG_OK);
	EQ_STR(iri, "https://w3id.org/relkg/ontology#Person");
	free(iri);
	EQ_INT(expand("nif:Sentence", &iri), RELKG_OK);
	EQ_STR(iri, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence");
	free(iri);
	EQ_INT(expand("xsd:gYear", &iri), RELKG_OK);
	EQ_STR(iri, "http://www.w3.org/2001/XMLSchema#gYear");
	free(iri);
	EQ_INT(expand("dcterms:references", &iri), RELKG_OK);
	EQ_STR(iri, "http://purl.org/dc/terms/references");
	free(iri);
	EQ_INT(expand("rdf:type", &iri), RELKG_OK);
	EQ_STR(iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
	free(iri);
	/* every prefix in the table expands to its namespace */
	for (const relkg_prefix *p = relkg_prefixes; p->prefix; ++p) {
		char curie[64];
		snprintf(curie, sizeof(curie), "%s:%s", p->prefix,
			 strcmp(p->prefix, "rkg") == 0 ? "Article" : "x");
		EQ_INT(expand(curie, &iri), RELKG_OK);
		OK(iri && strncmp(iri, p->iri, strlen(p->iri)) == 0, "%s -> %s", curie,
		   iri ? iri : "(null)");
		free(iri);
	}
}

static void test_absolute(void)
{
	char *iri;
	EQ_INT(expand("https://w3id.org/relkg/id/person/someone", &iri), RELKG_OK);
	EQ_STR(iri, "https://w3id.org/relkg/id/person/someone");
	free(iri);
	EQ_INT(expand("https://w3id.org/relkg/ontology#Visit", &iri), RELKG_OK);
	EQ_STR(iri, "https://w3id.org/relkg/ontology#Visit");
	free(iri);
	EQ_INT(expand("urn:isbn:0451450523", &iri), RELKG_OK);
	EQ_STR(iri, "urn:isbn:0451450523");
	free(iri);
}

static void test_refused(void)
{
	char *iri;
	EQ_INT(expand("rkg:NotATerm", &iri), RELKG_ERR_UNDECLARED);
	OK(iri == NULL, "no IRI for an undeclared term");
	EQ_INT(expand("rkg:person", &iri), RELKG_ERR_UNDECLARED);
	EQ_INT(expand("rkg:", &iri), RELKG_ERR_UNDECLARED);
	EQ_INT(expand("https://w3id.org/relkg/ontology#NotATerm", &iri), RELKG_ERR_UNDECLARED);
	EQ_INT(expand("https://w3id.org/relkg/ontology#", &iri), RELKG_ERR_UNDECLARED);
	EQ_INT(expand("nope:Thing", &iri), RELKG_ERR_ARG);
	EQ_INT(expand("no-colon", &iri), RELKG_ERR_ARG);
}

int main(void)
{
	test_terms();
	test_expand();
	test_absolute();
	test_refused();
	return DONE();
}
