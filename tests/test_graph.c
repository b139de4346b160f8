/* The graph collector: CURIE expansion, refusal of undeclared rkg: terms,
 * sorting and de-duplication on flush, blank nodes and literals.  A
 * collecting sink (src/sink.h) records what a flush writes. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "graph.h"
#include "harness.h"

#define RKG "https://w3id.org/relkg/ontology#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define ID "https://w3id.org/relkg/id/"

/* ---- a collecting sink ---- */

typedef struct {
	relkg_term_kind kind;
	char *value, *datatype, *lang;
} term_copy;

typedef struct {
	term_copy s, p, o;
} triple;

typedef struct {
	triple t[128];
	size_t n;
	int begins, ends;
	char graph[256];
	size_t fail_at; /* when non-zero, the fail_at-th statement() fails with RELKG_ERR_IO */
} collector;

static char *dup_or_null(const char *s)
{
	return s ? relkg_strndup(s, strlen(s)) : NULL;
}

static void copy_term(term_copy *c, const relkg_term *t)
{
	c->kind = t->kind;
	c->value = dup_or_null(t->value);
	c->datatype = dup_or_null(t->datatype);
	c->lang = dup_or_null(t->lang);
}

static void free_term(term_copy *c)
{
	free(c->value);
	free(c->datatype);
	free(c->lang);
}

static void reset(collector *c)
{
	for (size_t i = 0; i < c->n; ++i) {
		free_term(&c->t[i].s);
		free_term(&c->t[i].p);
		free_term(&c->t[i].o);
	}
	memset(c, 0, sizeof(*c));
}

static relkg_status c_begin(void *h, const char *graph)
{
	collector *c = h;
	++c->begins;
	snprintf(c->graph, sizeof(c->graph), "%s", graph ? graph : "");
	return RELKG_OK;
}

static relkg_status c_statement(void *h, const relkg_term *s, const relkg_term *p,
				const relkg_term *o)
{
	collector *c = h;
	if (c->fail_at && c->n + 1 == c->fail_at) {
		return RELKG_ERR_IO;
	}
	if (c->n == sizeof(c->t) / sizeof(c->t[0])) {
		return RELKG_ERR_NOMEM;
	}
	triple *t = &c->t[c->n++];
	copy_term(&t->s, s);
	copy_term(&t->p, p);
	copy_term(&t->o, o);
	return RELKG_OK;
}

static relkg_status c_end(void *h)
{
	collector *c = h;
	++c->ends;
	return RELKG_OK;
}

static relkg_sink collecting(collector *c)
{
	relkg_sink s = {c, c_begin, c_statement, c_end, NULL};
	return s;
}

/* Flushes g into a fresh collector. */
static relkg_status flush(relkg_graph *g, collector *c, const char *graph_iri)
{
	reset(c);
	relkg_sink sink = collecting(c);
	return relkg_graph_flush(g, &sink, graph_iri);
}

/* ---- tests ---- */

static void test_undeclared(void)
{
	relkg_graph *g = relkg_graph_new();
	const char *a = ID "x";
	EQ_INT(relkg_graph_type(g, a, "rkg:NotAClass"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_type(g, a, RKG "NotAClass"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_iri(g, a, "rkg:notAProperty", ID "y"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_iri(g, a, RKG "notAProperty", ID "y"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_iri(g, "rkg:NotASubject", "rdfs:seeAlso", ID "y"),
	       RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_text(g, a, "rkg:notAProperty", "t", 1, "en"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_text(g, a, RKG "notAProperty", "t", 1, NULL), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_typed(g, a, "rkg:notAProperty", "1", "xsd:integer"),
	       RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_typed(g, a, "rkg:date", "1", "rkg:NotADatatype"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_uint(g, a, "rkg:notAProperty", 3, "xsd:integer"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_iri(g, a, "rkg:country", "rkg:Narnia"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_iri(g, a, "nope:thing", ID "y"), RELKG_ERR_ARG);
	EQ_INT(relkg_graph_size(g), 0);
	/* declared ones are accepted, as CURIE or as full IRI */
	EQ_INT(relkg_graph_type(g, a, "rkg:Person"), RELKG_OK);
	EQ_INT(relkg_graph_type(g, a, RKG "Country"), RELKG_OK);
	EQ_INT(relkg_graph_size(g), 2);
	relkg_graph_free(g);
}

static void test_expand_and_flush(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	OK(relkg_graph_type(g, ID "person/a", "rkg:Person") == RELKG_OK, "type");
	OK(relkg_graph_iri(g, ID "person/a", "rkg:holds", ID "office/b") == RELKG_OK, "holds");
	OK(relkg_graph_has(g, ID "person/a", "rkg:holds"), "has holds (CURIE)");
	OK(relkg_graph_has(g, ID "person/a", RKG "holds"), "has holds (IRI)");
	OK(!relkg_graph_has(g, ID "person/a", "rkg:office"), "no rkg:office");
	OK(!relkg_graph_has(g, ID "office/b", "rkg:holds"), "office/b holds nothing");
	EQ_INT(flush(g, &c, ID "article/t"), RELKG_OK);
	EQ_INT(c.begins, 1);
	EQ_INT(c.ends, 1);
	EQ_STR(c.graph, ID "article/t");
	EQ_INT(c.n, 2);
	EQ_INT(relkg_graph_size(g), 0); /* the flush empties the graph */
	/* sorted by predicate IRI: rdf:type (http://www.w3...) < rkg:holds (https://...) */
	EQ_STR(c.t[0].p.value, RDF_TYPE);
	EQ_INT(c.t[0].p.kind, RELKG_TERM_IRI);
	EQ_STR(c.t[0].o.value, RKG "Person");
	EQ_INT(c.t[0].o.kind, RELKG_TERM_IRI);
	EQ_STR(c.t[1].s.value, ID "person/a");
	EQ_STR(c.t[1].p.value, RKG "holds");
	EQ_STR(c.t[1].o.value, ID "office/b");
	/* an empty graph still brackets begin/end */
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 0);
	EQ_INT(c.begins, 1);
	EQ_INT(c.ends, 1);
	reset(&c);
	relkg_graph_free(g);
}

/* Adds the same statements in a scrambled order, with duplicates. */
static void add_scrambled(relkg_graph *g)
{
	static const char *const subj[] = {"c", "a", "b", "a", "c", "b", "a"};
	for (size_t i = 0; i < sizeof(subj) / sizeof(subj[0]); ++i) {
		char s[64];
		snprintf(s, sizeof(s), ID "x/%s", subj[i]);
		OK(relkg_graph_type(g, s, "rkg:Country") == RELKG_OK, "type %s", s);
		OK(relkg_graph_text(g, s, "rdfs:label", subj[i], 1, "en") == RELKG_OK, "label");
	}
}

static int triple_cmp(const triple *a, const triple *b)
{
	int c;
	if ((c = strcmp(a->s.value, b->s.value)) || (c = strcmp(a->p.value, b->p.value))) {
		return c;
	}
	return strcmp(a->o.value, b->o.value);
}

static void test_sort_dedup(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	add_scrambled(g);
	EQ_INT(relkg_graph_size(g), 14);
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 6); /* 3 subjects x (type, label) */
	for (size_t i = 1; i < c.n; ++i) {
		OK(triple_cmp(&c.t[i - 1], &c.t[i]) < 0, "statement %zu not after %zu", i, i - 1);
	}
	EQ_STR(c.t[0].s.value, ID "x/a");
	EQ_STR(c.t[5].s.value, ID "x/c");
	/* the same input in another order gives the same output */
	collector d = {0};
	add_scrambled(g);
	OK(relkg_graph_type(g, ID "x/a", "rkg:Country") == RELKG_OK, "dup");
	EQ_INT(flush(g, &d, NULL), RELKG_OK);
	EQ_INT(d.n, c.n);
	for (size_t i = 0; i < c.n && i < d.n; ++i) {
		OK(triple_cmp(&c.t[i], &d.t[i]) == 0, "run 2 differs at %zu", i);
	}
	reset(&c);
	reset(&d);
	relkg_graph_free(g);
}

static void test_distinct_objects(void)
{
	/* An IRI and a literal with the same text, or literals differing only
	 * in language or datatype, are different statements. */
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	const char *s = ID "x/a";
	OK(relkg_graph_iri(g, s, "rdfs:seeAlso", "http://example.org/") == RELKG_OK, "iri");
	OK(relkg_graph_text(g, s, "rdfs:seeAlso", "http://example.org/", 19, NULL) == RELKG_OK,
	   "text");
	OK(relkg_graph_text(g, s, "rdfs:label", "Name", 4, "en") == RELKG_OK, "en");
	OK(relkg_graph_text(g, s, "rdfs:label", "Name", 4, "de") == RELKG_OK, "de");
	OK(relkg_graph_text(g, s, "rdfs:label", "Name", 4, NULL) == RELKG_OK, "plain");
	OK(relkg_graph_typed(g, s, "rkg:date", "2010", "xsd:gYear") == RELKG_OK, "gYear");
	OK(relkg_graph_typed(g, s, "rkg:date", "2010", "xsd:string") == RELKG_OK, "string");
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 7);
	reset(&c);
	relkg_graph_free(g);
}

/* A literal object is stored, not interned: the same statement given
 * twice, its text from two buffers (or the same buffer, its bytes
 * changed between), its number or typed form again, is written once; a
 * literal with other bytes, or one that is a prefix of another, is a
 * statement of its own. */
static void test_literal_dedup(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	const char *s = ID "x/a";
	char b1[32], b2[32];
	strcpy(b1, "Japan");
	strcpy(b2, "Japan");
	OK(relkg_graph_text(g, s, "rdfs:label", b1, 5, "en") == RELKG_OK, "label");
	OK(relkg_graph_text(g, s, "rdfs:label", b2, 5, "en") == RELKG_OK, "label again");
	strcpy(b1, "Japanese");
	OK(relkg_graph_text(g, s, "rdfs:label", b1, 8, "en") == RELKG_OK, "a longer label");
	OK(relkg_graph_text(g, s, "rdfs:label", b1, 5, "en") == RELKG_OK, "its prefix: Japan");
	OK(relkg_graph_text(g, s, "rdfs:comment", "bad\x01byte", 8, NULL) == RELKG_OK, "repaired");
	OK(relkg_graph_text(g, s, "rdfs:comment", "bad\x01byte", 8, NULL) == RELKG_OK,
	   "repaired again");
	OK(relkg_graph_uint(g, s, "nif:beginIndex", 42, "xsd:nonNegativeInteger") == RELKG_OK,
	   "uint");
	OK(relkg_graph_uint(g, s, "nif:beginIndex", 42, "xsd:nonNegativeInteger") == RELKG_OK,
	   "uint again");
	OK(relkg_graph_uint(g, s, "nif:beginIndex", 4, "xsd:nonNegativeInteger") == RELKG_OK,
	   "another uint");
	OK(relkg_graph_typed(g, s, "rkg:date", "2010", "xsd:gYear") == RELKG_OK, "typed");
	OK(relkg_graph_typed(g, s, "rkg:date", "2010", "xsd:gYear") == RELKG_OK, "typed again");
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 6); /* Japan, Japanese, the comment, 4, 42, 2010 */
	size_t japan = 0, japanese = 0;
	for (size_t i = 0; i < c.n; ++i) {
		japan += strcmp(c.t[i].o.value, "Japan") == 0;
		japanese += strcmp(c.t[i].o.value, "Japanese") == 0;
	}
	EQ_INT(japan, 1);
	EQ_INT(japanese, 1);
	for (size_t i = 1; i < c.n; ++i) {
		OK(triple_cmp(&c.t[i - 1], &c.t[i]) < 0, "statement %zu not after %zu", i, i - 1);
	}
	reset(&c);
	relkg_graph_free(g);
}

static const triple *find(const collector *c, const char *p)
{
	for (size_t i = 0; i < c->n; ++i) {
		if (strcmp(c->t[i].p.value, p) == 0) {
			return &c->t[i];
		}
	}
	return NULL;
}

/* A blank node label as written: the given one without "_:", perhaps
 * with a fixed prefix the sink needs; never empty, never "_:...". */
static int blank_label_ok(const char *v, const char *given)
{
	size_t n = strlen(v), k = strlen(given);
	return n >= k && strcmp(v + n - k, given) == 0 && strncmp(v, "_:", 2) != 0;
}

static void test_blank_nodes(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	OK(relkg_graph_type(g, "_:r1", "rkg:SurveyResult") == RELKG_OK, "blank subject");
	OK(relkg_graph_iri(g, ID "survey/s", "rkg:result", "_:r1") == RELKG_OK, "blank object");
	OK(relkg_graph_type(g, "_:r2", "rkg:SurveyResult") == RELKG_OK, "another blank node");
	OK(relkg_graph_has(g, "_:r1", "rdf:type"), "has _:r1 a");
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 3);
	const char *subject_label = NULL, *other_label = NULL;
	for (size_t i = 0; i < c.n; ++i) {
		const triple *t = &c.t[i];
		if (strcmp(t->p.value, RDF_TYPE) != 0) {
			continue;
		}
		EQ_INT(t->s.kind, RELKG_TERM_BLANK);
		EQ_STR(t->o.value, RKG "SurveyResult");
		if (blank_label_ok(t->s.value, "r1")) {
			subject_label = t->s.value;
		} else if (blank_label_ok(t->s.value, "r2")) {
			other_label = t->s.value;
		}
	}
	OK(subject_label != NULL, "_:r1 written as a blank node labelled ...r1");
	OK(other_label != NULL, "_:r2 written as a blank node labelled ...r2");
	const triple *t = find(&c, RKG "result");
	OK(t != NULL, "result statement written");
	if (t && subject_label) {
		EQ_INT(t->s.kind, RELKG_TERM_IRI);
		EQ_INT(t->o.kind, RELKG_TERM_BLANK);
		EQ_STR(t->o.value, subject_label); /* the same node as subject and object */
	}
	reset(&c);
	relkg_graph_free(g);
}

static void test_literals(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	const char *s = ID "x/a";
	const char *text = "Tōkyō, the capital; trailing part not taken";
	OK(relkg_graph_text(g, s, "rdfs:label", text, strlen("Tōkyō"), "en") == RELKG_OK, "label");
	OK(relkg_graph_text(g, s, "nif:anchorOf", "a \"quoted\"\nline", 15, NULL) == RELKG_OK,
	   "anchor");
	OK(relkg_graph_typed(g, s, "rkg:date", "1994-03", "xsd:gYearMonth") == RELKG_OK, "date");
	OK(relkg_graph_uint(g, s, "nif:beginIndex", 1234567, "xsd:nonNegativeInteger") ==
	   RELKG_OK, "uint");
	OK(relkg_graph_typed(g, s, "rkg:confidence", "0.80",
			     "http://www.w3.org/2001/XMLSchema#decimal") == RELKG_OK, "decimal");
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	EQ_INT(c.n, 5);
	const triple *t = find(&c, "http://www.w3.org/2000/01/rdf-schema#label");
	OK(t != NULL, "label written");
	if (t) {
		EQ_INT(t->o.kind, RELKG_TERM_LITERAL);
		EQ_STR(t->o.value, "Tōkyō"); /* only n bytes taken */
		EQ_STR(t->o.lang, "en");
		OK(t->o.datatype == NULL, "a language-tagged literal has no datatype");
	}
	t = find(&c, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf");
	OK(t != NULL, "anchor written");
	if (t) {
		EQ_STR(t->o.value, "a \"quoted\"\nline");
		OK(t->o.lang == NULL && t->o.datatype == NULL, "a plain literal");
	}
	t = find(&c, RKG "date");
	OK(t != NULL, "date written");
	if (t) {
		EQ_STR(t->o.value, "1994-03");
		EQ_STR(t->o.datatype, XSD "gYearMonth");
		OK(t->o.lang == NULL, "a typed literal has no language");
	}
	t = find(&c, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex");
	OK(t != NULL, "beginIndex written");
	if (t) {
		EQ_STR(t->o.value, "1234567");
		EQ_STR(t->o.datatype, XSD "nonNegativeInteger");
	}
	t = find(&c, RKG "confidence");
	OK(t != NULL && t->o.datatype && strcmp(t->o.datatype, XSD "decimal") == 0,
	   "a full datatype IRI is kept");
	reset(&c);
	relkg_graph_free(g);
}

static void test_sink_error(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	add_scrambled(g);
	c.fail_at = 2;
	relkg_sink sink = collecting(&c);
	EQ_INT(relkg_graph_flush(g, &sink, NULL), RELKG_ERR_IO);
	EQ_INT(c.n, 1); /* stopped at the failing statement */
	EQ_INT(c.ends, 0);
	EQ_INT(relkg_graph_size(g), 0);
	reset(&c);
	relkg_graph_free(g);
	relkg_graph_free(NULL); /* a no-op */
}

/* ---- node handles: the same statements as by the terms ---- */

/* Do the two flushes hold the same statements in the same order? */
static void same_flush(const collector *a, const collector *b)
{
	EQ_INT(a->n, b->n);
	for (size_t i = 0; i < a->n && i < b->n; ++i) {
		const term_copy *x[3] = {&a->t[i].s, &a->t[i].p, &a->t[i].o};
		const term_copy *y[3] = {&b->t[i].s, &b->t[i].p, &b->t[i].o};
		for (int k = 0; k < 3; ++k) {
			EQ_INT(x[k]->kind, y[k]->kind);
			EQ_STR(x[k]->value, y[k]->value);
			OK((x[k]->datatype == NULL) == (y[k]->datatype == NULL) &&
			   (!x[k]->datatype || strcmp(x[k]->datatype, y[k]->datatype) == 0),
			   "statement %zu term %d: same datatype", i, k);
			OK((x[k]->lang == NULL) == (y[k]->lang == NULL) &&
			   (!x[k]->lang || strcmp(x[k]->lang, y[k]->lang) == 0),
			   "statement %zu term %d: same language", i, k);
		}
	}
}

/* Subjects and objects of every kind relkg_graph_node_of takes: IRIs as
 * given, IRIs repaired, CURIEs, blank nodes. */
static const char *const handle_terms[] = {ID "x/a", ID "x/b c<d>", "rkg:Person", "_:r1",
	ID "x/a#char=1,5", "http://example.org/caf\xC3\xA9", "_:r2"};
#define N_HANDLE_TERMS (sizeof(handle_terms) / sizeof(handle_terms[0]))

/* Writes the statements of subject i by its term (handles 0) or by its
 * node (handles 1), the term given from a buffer that is rewritten. */
static relkg_status handle_statements(relkg_graph *g, size_t i, int handles)
{
	char buf[128], obj[128];
	snprintf(buf, sizeof(buf), "%s", handle_terms[i]);
	snprintf(obj, sizeof(obj), "%s", handle_terms[(i + 3) % N_HANDLE_TERMS]);
	relkg_graph_node n = NULL, o = NULL;
	relkg_status st;
	if (handles && ((st = relkg_graph_node_of(g, buf, &n)) ||
			(st = relkg_graph_node_of(g, obj, &o)))) {
		return st;
	}
	if ((st = handles ? relkg_graph_type_n(g, n, "rkg:Event")
			  : relkg_graph_type(g, buf, "rkg:Event")) ||
	    (st = handles ? relkg_graph_iri_n(g, n, "rkg:agent", obj)
			  : relkg_graph_iri(g, buf, "rkg:agent", obj)) ||
	    (st = handles ? relkg_graph_link_n(g, n, "rkg:target", o)
			  : relkg_graph_iri(g, buf, "rkg:target", obj)) ||
	    (st = handles ? relkg_graph_text_n(g, n, "rdfs:label", "Tōkyō \x01 x", 10, "EN")
			  : relkg_graph_text(g, buf, "rdfs:label", "Tōkyō \x01 x", 10, "EN")) ||
	    (st = handles ? relkg_graph_text_n(g, n, "nif:anchorOf", buf, strlen(buf), NULL)
			  : relkg_graph_text(g, buf, "nif:anchorOf", buf, strlen(buf), NULL)) ||
	    (st = handles ? relkg_graph_typed_n(g, n, "rkg:confidence", "0.80", "xsd:decimal")
			  : relkg_graph_typed(g, buf, "rkg:confidence", "0.80", "xsd:decimal")) ||
	    (st = handles ? relkg_graph_uint_n(g, n, "nif:beginIndex", i * 1000, XSD "integer")
			  : relkg_graph_uint(g, buf, "nif:beginIndex", i * 1000, XSD "integer"))) {
		return st;
	}
	memset(buf, 'z', sizeof(buf) - 1); /* the next subject's term reuses the buffer */
	return RELKG_OK;
}

static void test_node_handles(void)
{
	relkg_graph *by_term = relkg_graph_new(), *by_node = relkg_graph_new();
	collector a = {0}, b = {0};
	for (int round = 0; round < 2; ++round) { /* handles of a flushed graph are not reused */
		for (size_t i = 0; i < N_HANDLE_TERMS; ++i) {
			EQ_INT(handle_statements(by_term, i, 0), RELKG_OK);
			EQ_INT(handle_statements(by_node, i, 1), RELKG_OK);
		}
		EQ_INT(relkg_graph_size(by_node), relkg_graph_size(by_term));
		EQ_INT(flush(by_term, &a, NULL), RELKG_OK);
		EQ_INT(flush(by_node, &b, NULL), RELKG_OK);
		OK(a.n > 0, "statements written");
		same_flush(&a, &b);
	}
	/* refusals are the same */
	relkg_graph_node n = NULL;
	EQ_INT(relkg_graph_node_of(by_node, "rkg:NotAClass", &n), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_node_of(by_node, "nope:thing", &n), RELKG_ERR_ARG);
	OK(n == NULL, "no node on error");
	EQ_INT(relkg_graph_node_of(by_node, ID "x/a", &n), RELKG_OK);
	EQ_INT(relkg_graph_iri_n(by_node, n, "rkg:notAProperty", ID "y"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_type_n(by_node, n, "rkg:NotAClass"), RELKG_ERR_UNDECLARED);
	EQ_INT(relkg_graph_size(by_node), 0);
	reset(&a);
	reset(&b);
	relkg_graph_free(by_term);
	relkg_graph_free(by_node);
}

/* ---- a term given again at the same address, changed ---- */

/* The graph remembers terms by address and checks their bytes; a buffer
 * rewritten between calls, to a prefix, an extension or a one-byte change
 * of what it held, is a new term each time. */
static void test_rewritten_terms(void)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	char p[64], lang[16], subj[160];
	static const struct {
		const char *p;
		relkg_status want;
	} preds[] = {{"rkg:agent", RELKG_OK}, {"rkg:agen", RELKG_ERR_UNDECLARED},
		{"rkg:agentx", RELKG_ERR_UNDECLARED}, {"rkg:agent", RELKG_OK},
		{"rkg:target", RELKG_OK}, {"rkg:targes", RELKG_ERR_UNDECLARED},
		{"rkg:participant", RELKG_OK}, {"rkg:participanT", RELKG_ERR_UNDECLARED},
		{"prov:wasDerivedFrom", RELKG_OK},
		{"prov:wasDerivedFromX", RELKG_OK}}; /* prov: terms are not checked */
	size_t ok = 0;
	for (size_t i = 0; i < sizeof(preds) / sizeof(preds[0]); ++i) {
		snprintf(p, sizeof(p), "%s", preds[i].p);
		/* long subjects that share all but their last bytes */
		snprintf(subj, sizeof(subj), ID "a/very/long/subject/sharing/its/prefix/%zu", i % 3);
		EQ_INT(relkg_graph_iri(g, subj, p, ID "o"), preds[i].want);
		ok += preds[i].want == RELKG_OK;
	}
	/* "" where the tag is refused */
	static const char *const tags[] = {"en", "e-", "en-GB", "EN", "en", "fr", "en-gb", "e n"};
	static const char *const stored[] = {"en", "", "en-gb", "en", "en", "fr", "en-gb", ""};
	size_t refused = 0;
	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); ++i) {
		snprintf(lang, sizeof(lang), "%s", tags[i]);
		snprintf(subj, sizeof(subj), ID "l/%zu", i);
		EQ_INT(relkg_graph_text(g, subj, "rdfs:label", "x", 1, lang),
		       stored[i][0] ? RELKG_OK : RELKG_ERR_ARG);
		refused += !stored[i][0];
	}
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	size_t labels = 0;
	for (size_t i = 0; i < c.n; ++i) {
		const triple *t = &c.t[i];
		const char *tail = strstr(t->s.value, ID "l/");
		if (tail) {
			size_t k = (size_t)atoi(t->s.value + strlen(ID "l/"));
			EQ_STR(t->o.lang, stored[k]);
			++labels;
		}
	}
	EQ_INT(labels, sizeof(tags) / sizeof(tags[0]) - refused);
	EQ_INT(c.n, labels + ok - 1); /* "rkg:agent" twice of subject 0: one statement */
	reset(&c);
	relkg_graph_free(g);
}

/* ---- typed literals made again: the same as made afresh ---- */

/* The object a fresh graph stores for (lex, dt), into out. */
static void fresh_typed(const char *lex, const char *dt, char *out, size_t n)
{
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	out[0] = '\0';
	if (relkg_graph_typed(g, ID "t", "rkg:date", lex, dt) == RELKG_OK &&
	    flush(g, &c, NULL) == RELKG_OK && c.n == 1) {
		snprintf(out, n, "%s^^%s", c.t[0].o.value, c.t[0].o.datatype);
	}
	reset(&c);
	relkg_graph_free(g);
}

static void test_typed_again(void)
{
	static const char *const lex[] = {"0.80", "0.8", "2014", "0.80", "+0.80", "08.0", "1",
		"2014", "0.70", "0.60", "0.50", "0.40", "0.30", "0.20", "0.10", "0.80", "x",
		"a very long lexical form that is not remembered", "0.80", "2014-09", "0.80"};
	static const char *const dts[] = {"xsd:decimal", "xsd:gYear", "xsd:integer", "xsd:string"};
	const size_t nl = sizeof(lex) / sizeof(lex[0]);
	/* the list, then its first six twice more (each again within the
	 * memo's reach), then the list again: lex[seq % nl] of type
	 * dts[seq % nl % 4] */
	size_t seq[64], n = 0;
	for (size_t i = 0; i < nl; ++i) {
		seq[n++] = i;
	}
	for (size_t r = 0; r < 2; ++r) {
		for (size_t i = 0; i < 6; ++i) {
			seq[n++] = i;
		}
	}
	for (size_t i = 0; i < nl; ++i) {
		seq[n++] = i;
	}
	relkg_graph *g = relkg_graph_new();
	collector c = {0};
	char buf[64], subj[64], want[64][128];
	size_t ok = 0;
	for (size_t j = 0; j < n; ++j) {
		size_t i = seq[j];
		snprintf(buf, sizeof(buf), "%s", lex[i]); /* one buffer, rewritten */
		snprintf(subj, sizeof(subj), ID "t/%zu", j);
		fresh_typed(lex[i], dts[i % 4], want[j], sizeof(want[j]));
		relkg_status st = relkg_graph_typed(g, subj, "rkg:date", buf, dts[i % 4]);
		OK((st == RELKG_OK) == (want[j][0] != '\0'), "%s %s: status %d", lex[i], dts[i % 4],
		   st);
		ok += st == RELKG_OK;
	}
	EQ_INT(flush(g, &c, NULL), RELKG_OK);
	for (size_t k = 0; k < c.n; ++k) {
		size_t j = (size_t)atoi(strrchr(c.t[k].s.value, '/') + 1);
		char o[128];
		snprintf(o, sizeof(o), "%s^^%s", c.t[k].o.value, c.t[k].o.datatype);
		OK(j < n && strcmp(o, want[j]) == 0, "statement %zu: \"%s\", want \"%s\"", j, o,
		   j < n ? want[j] : "");
	}
	EQ_INT(c.n, ok);
	reset(&c);
	relkg_graph_free(g);
}

/* ---- the fixed vocabulary: known by address, the same as by bytes ---- */

/* Every RELKG_V term, as a predicate (or class, or datatype where it is
 * one), gives the statements its CURIE string does, in every round
 * (flushes empty what the graph remembers); a pointer inside a row is an
 * ordinary string. */
static void test_vocab_terms(void)
{
	relkg_graph *by_v = relkg_graph_new(), *by_s = relkg_graph_new();
	collector a = {0}, b = {0};
	char copy[RELKG_GRAPH_VOCAB_LEN];
	for (int round = 0; round < 3; ++round) {
		for (size_t v = 0; v < RELKG_V_COUNT; ++v) {
			const char *term = relkg_graph_vocab[v];
			snprintf(copy, sizeof(copy), "%s", term);
			char subj[64];
			snprintf(subj, sizeof(subj), ID "v/%zu", v);
			relkg_status sv = relkg_graph_iri(by_v, subj, term, ID "o");
			relkg_status ss = relkg_graph_iri(by_s, subj, copy, ID "o");
			EQ_INT(sv, ss);
			sv = relkg_graph_type(by_v, subj, term);
			ss = relkg_graph_type(by_s, subj, copy);
			EQ_INT(sv, ss);
			sv = relkg_graph_typed(by_v, subj, RELKG_V(rkg_date), "2014", term);
			ss = relkg_graph_typed(by_s, subj, "rkg:date", "2014", copy);
			EQ_INT(sv, ss);
		}
		/* "type" and ":type": inside a row, no vocabulary term */
		EQ_INT(relkg_graph_iri(by_v, ID "x", RELKG_V(rdf_type) + 4, ID "o"), RELKG_ERR_ARG);
		EQ_INT(relkg_graph_iri(by_v, ID "x", RELKG_V(rdf_type) + 3, ID "o"), RELKG_ERR_ARG);
		EQ_INT(relkg_graph_size(by_v), relkg_graph_size(by_s));
		EQ_INT(flush(by_v, &a, NULL), RELKG_OK);
		EQ_INT(flush(by_s, &b, NULL), RELKG_OK);
		OK(a.n > 2 * RELKG_V_COUNT, "statements written: %zu", a.n);
		same_flush(&a, &b);
	}
	EQ_STR(RELKG_V(rdf_type), "rdf:type");
	EQ_STR(RELKG_V(xsd_nonNegativeInteger), "xsd:nonNegativeInteger");
	reset(&a);
	reset(&b);
	relkg_graph_free(by_v);
	relkg_graph_free(by_s);
}

/* ---- IRIs after a prefix the graph met: the same as in a fresh graph ---- */

static void test_shared_prefixes(void)
{
	static const char *const iris[] = {ID "event/a", ID "event/b#x", ID "event/c d",
		ID "event/e#f#g", ID "event/%41", ID "event/", ID "even", ID "event/\xC3\xA9",
		ID "event/h[1]", ID "place/q", ID "place/q#r/s", ID "place/q#r/s#t", "http://x/a",
		"http://x/a#b", "http://x/b c", "http://x", "http://x/", "http:/x/y", "http://x/y\x01",
		RKG "Person", ID "event/z", "urn:a://b/c", "urn:a://b/c<d>"};
	const size_t n = sizeof(iris) / sizeof(iris[0]);
	relkg_graph *g = relkg_graph_new();
	collector c = {0}, f = {0};
	for (int round = 0; round < 2; ++round) {
		for (size_t i = 0; i < n; ++i) {
			/* the order varies: each IRI after another prefix */
			size_t k = round ? n - 1 - i : i;
			relkg_graph *fresh = relkg_graph_new();
			relkg_status a = relkg_graph_iri(g, iris[k], "rkg:agent", ID "o");
			relkg_status b = relkg_graph_iri(fresh, iris[k], "rkg:agent", ID "o");
			EQ_INT(a, b);
			EQ_INT(flush(g, &c, NULL), RELKG_OK);
			EQ_INT(flush(fresh, &f, NULL), RELKG_OK);
			same_flush(&c, &f);
			relkg_graph_free(fresh);
		}
	}
	reset(&c);
	reset(&f);
	relkg_graph_free(g);
}

int main(void)
{
	test_undeclared();
	test_expand_and_flush();
	test_sort_dedup();
	test_distinct_objects();
	test_literal_dedup();
	test_blank_nodes();
	test_literals();
	test_sink_error();
	test_node_handles();
	test_rewritten_terms();
	test_typed_again();
	test_vocab_terms();
	test_shared_prefixes();
	return DONE();
}
