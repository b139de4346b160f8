#include "vocab.h"

#include <stdlib.h>
#include <string.h>

const relkg_prefix relkg_prefixes[] = {
	{"rkg", RELKG_NS_RKG},
	{"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
	{"prov", "http://www.w3.org/ns/prov#"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
	{"skos", "http://www.w3.org/2004/02/skos/core#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
	{"dcterms", "http://purl.org/dc/terms/"},
	{"owl", "http://www.w3.org/2002/07/owl#"},
	{NULL, NULL},
};

static const char *const terms[] = {
#define RKG_TERM(x) #x,
#include "vocab.def"
#undef RKG_TERM
};

#define N_TERMS (sizeof(terms) / sizeof(terms[0]))

static int cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int relkg_vocab_declared(const char *local)
{
	return bsearch(&local, terms, N_TERMS, sizeof(terms[0]), cmp) != NULL;
}

size_t relkg_vocab_count(void)
{
	return N_TERMS;
}

const char *relkg_vocab_term(size_t i)
{
	return i < N_TERMS ? terms[i] : NULL;
}

relkg_status relkg_vocab_expand(const char *term, relkg_buf *out)
{
	const char *colon = strchr(term, ':');
	if (!colon) {
		return RELKG_ERR_ARG;
	}
	if (colon[1] == '/' && colon[2] == '/') {
		size_t nl = strlen(RELKG_NS_RKG);
		if (strncmp(term, RELKG_NS_RKG, nl) == 0 && !relkg_vocab_declared(term + nl)) {
			return RELKG_ERR_UNDECLARED;
		}
		return relkg_buf_puts(out, term); /* absolute IRI */
	}
	size_t plen = (size_t)(colon - term);
	for (const relkg_prefix *p = relkg_prefixes; p->prefix; ++p) {
		if (strlen(p->prefix) == plen && strncmp(p->prefix, term, plen) == 0) {
			if (p == relkg_prefixes && !relkg_vocab_declared(colon + 1)) {
				return RELKG_ERR_UNDECLARED;
			}
			relkg_status st = relkg_buf_puts(out, p->iri);
			return st ? st : relkg_buf_puts(out, colon + 1);
		}
	}
	if (strncmp(term, "urn:", 4) == 0 || strncmp(term, "mailto:", 7) == 0) {
		return relkg_buf_puts(out, term);
	}
	return RELKG_ERR_ARG;
}
