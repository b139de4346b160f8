#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vocab.h"
#include "xsd_lexical.h"

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define PROV "http://www.w3.org/ns/prov#"

typedef struct {
	librdf_world *w;
	librdf_model *onto;
	librdf_model *data;
	relkg_violations *out;
	relkg_status st;
} checker;

/* Facts that need provenance, and nodes that need one English label. */
static const char *const fact_classes[] = {"Event", "OfficeTerm", "Treaty", "Dispute", "Survey",
	"DiplomaticMission", NULL};
static const char *const named_classes[] = {"Person", "Country", "Organization", "City",
	"Office", "Territory", "Treaty", "Dispute", "Article", "Rule", "Citation", NULL};

static librdf_node *iri(checker *c, const char *s)
{
	return librdf_new_node_from_uri_string(c->w, (const unsigned char *)s);
}

static const char *iri_of(librdf_node *n)
{
	return n && librdf_node_is_resource(n)
		? (const char *)librdf_uri_as_string(librdf_node_get_uri(n)) : NULL;
}

static char *node_text(librdf_node *n)
{
	relkg_buf b = {0};
	relkg_status st;
	if (librdf_node_is_resource(n)) {
		st = relkg_buf_puts(&b, iri_of(n));
	} else if (librdf_node_is_blank(n)) {
		st = relkg_buf_printf(&b, "_:%s", librdf_node_get_blank_identifier(n));
	} else {
		st = relkg_buf_printf(&b, "\"%s\"", librdf_node_get_literal_value(n));
	}
	return st == RELKG_OK ? relkg_buf_steal(&b) : NULL;
}

static void report(checker *c, librdf_node *focus, const char *path, const char *kind,
	const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void report(checker *c, librdf_node *focus, const char *path, const char *kind,
	const char *fmt, ...)
{
	relkg_violations *o = c->out;
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 32;
		relkg_violation *nv = realloc(o->v, cap * sizeof *nv);
		if (!nv) {
			c->st = RELKG_ERR_NOMEM;
			return;
		}
		o->v = nv;
		o->cap = cap;
	}
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	relkg_violation *v = &o->v[o->n];
	v->focus = node_text(focus);
	v->path = strdup(path ? path : "-");
	v->kind = kind;
	v->message = strdup(msg);
	if (!v->focus || !v->path || !v->message) {
		free(v->focus);
		free(v->path);
		free(v->message);
		c->st = RELKG_ERR_NOMEM;
		return;
	}
	++o->n;
}

static int is_rkg(const char *s)
{
	return s && strncmp(s, RELKG_NS_RKG, strlen(RELKG_NS_RKG)) == 0;
}

/* Declared: the ontology says anything about it. */
static int declared(checker *c, const char *term)
{
	librdf_node *n = iri(c, term);
	librdf_statement *pat = librdf_new_statement_from_nodes(c->w, n, NULL, NULL);
	librdf_stream *s = librdf_model_find_statements(c->onto, pat);
	int found = s && !librdf_stream_end(s);
	if (s) {
		librdf_free_stream(s);
	}
	librdf_free_statement(pat);
	return found;
}

/* The first object of (s, p, ?) in m, a new node, or NULL. */
static librdf_node *target(checker *c, librdf_model *m, librdf_node *s, const char *p)
{
	librdf_node *pn = iri(c, p);
	librdf_node *t = librdf_model_get_target(m, s, pn);
	librdf_free_node(pn);
	return t;
}

static int subclass_of(checker *c, librdf_node *sub, const char *super, int depth)
{
	const char *s = iri_of(sub);
	if (s && strcmp(s, super) == 0) {
		return 1;
	}
	if (depth > 16 || !s) {
		return 0;
	}
	librdf_node *p = iri(c, RDFS "subClassOf");
	librdf_iterator *it = librdf_model_get_targets(c->onto, sub, p);
	int found = 0;
	for (; it && !found && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		found = subclass_of(c, librdf_iterator_get_object(it), super, depth + 1);
	}
	if (it) {
		librdf_free_iterator(it);
	}
	librdf_free_node(p);
	return found;
}

static int typed_in(checker *c, librdf_model *m, librdf_node *n, const char *cls)
{
	librdf_node *p = iri(c, RDF "type");
	librdf_iterator *it = librdf_model_get_targets(m, n, p);
	int found = 0;
	for (; it && !found && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		found = subclass_of(c, librdf_iterator_get_object(it), cls, 0);
	}
	if (it) {
		librdf_free_iterator(it);
	}
	librdf_free_node(p);
	return found;
}

/* Is n an instance of cls (its types in the data or the ontology)? */
static int instance_of(checker *c, librdf_node *n, const char *cls)
{
	return typed_in(c, c->data, n, cls) || typed_in(c, c->onto, n, cls);
}

static int is_datatype(const char *t)
{
	return !strncmp(t, RELKG_NS_XSD, strlen(RELKG_NS_XSD)) || !strcmp(t, RDFS "Literal") ||
	       !strcmp(t, RDF "langString") || !strcmp(t, RDF "PlainLiteral");
}

static int literal_matches(librdf_node *o, const char *t)
{
	if (!librdf_node_is_literal(o)) {
		return 0;
	}
	if (!strcmp(t, RDFS "Literal")) {
		return 1;
	}
	const char *lang = librdf_node_get_literal_value_language(o);
	librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(o);
	if (!strcmp(t, RDF "langString") || !strcmp(t, RDF "PlainLiteral")) {
		return lang != NULL;
	}
	if (!dt) {
		return !strcmp(t, RELKG_NS_XSD "string") && !lang;
	}
	return !strcmp((const char *)librdf_uri_as_string(dt), t);
}

static int matches(checker *c, librdf_node *o, librdf_node *expr, int depth);

/* owl:unionOf ( A B ... ): any member matches. */
static int union_matches(checker *c, librdf_node *o, librdf_node *list, int depth)
{
	int found = 0;
	librdf_node *cur = librdf_new_node_from_node(list);
	for (int guard = 0; cur && !found && guard < 64; ++guard) {
		const char *ci = iri_of(cur);
		if (ci && !strcmp(ci, RDF "nil")) {
			break;
		}
		librdf_node *first = target(c, c->onto, cur, RDF "first");
		found = first && matches(c, o, first, depth + 1);
		if (first) {
			librdf_free_node(first);
		}
		librdf_node *rest = target(c, c->onto, cur, RDF "rest");
		librdf_free_node(cur);
		cur = rest;
	}
	if (cur) {
		librdf_free_node(cur);
	}
	return found;
}

/* Does node o satisfy the class or datatype expression expr? */
static int matches(checker *c, librdf_node *o, librdf_node *expr, int depth)
{
	const char *t = iri_of(expr);
	if (t) {
		if (is_datatype(t)) {
			return literal_matches(o, t);
		}
		if (!strcmp(t, OWL "Thing") || !strcmp(t, RDFS "Resource")) {
			return !librdf_node_is_literal(o);
		}
		return !librdf_node_is_literal(o) && instance_of(c, o, t);
	}
	librdf_node *list = depth < 8 ? target(c, c->onto, expr, OWL "unionOf") : NULL;
	if (!list) {
		return 1; /* an expression this checker does not read: no verdict */
	}
	int found = union_matches(c, o, list, depth);
	librdf_free_node(list);
	return found;
}

/* "https://…#Person", or "one of <A> <B>" for an owl:unionOf. */
static char *expr_text(checker *c, librdf_node *expr)
{
	relkg_buf b = {0};
	if (iri_of(expr)) {
		return relkg_buf_printf(&b, "<%s>", iri_of(expr)) == RELKG_OK ? relkg_buf_steal(&b)
									     : NULL;
	}
	relkg_status st = relkg_buf_puts(&b, "one of");
	librdf_node *cur = target(c, c->onto, expr, OWL "unionOf");
	for (int guard = 0; cur && st == RELKG_OK && guard < 64; ++guard) {
		librdf_node *first = target(c, c->onto, cur, RDF "first");
		if (!first) {
			break;
		}
		st = relkg_buf_printf(&b, " <%s>", iri_of(first) ? iri_of(first) : "?");
		librdf_free_node(first);
		librdf_node *rest = target(c, c->onto, cur, RDF "rest");
		librdf_free_node(cur);
		cur = rest;
	}
	if (cur) {
		librdf_free_node(cur);
	}
	return st == RELKG_OK ? relkg_buf_steal(&b) : NULL;
}

static void check_undeclared(checker *c, librdf_statement *st)
{
	librdf_node *s = librdf_statement_get_subject(st);
	const char *p = iri_of(librdf_statement_get_predicate(st));
	const char *o = iri_of(librdf_statement_get_object(st));
	if (is_rkg(p) && !declared(c, p)) {
		report(c, s, p, "undeclared", "property %s is not in the ontology", p);
	}
	if (is_rkg(o) && !declared(c, o)) {
		report(c, s, p, "undeclared", "%s %s is not in the ontology",
			!strcmp(p, RDF "type") ? "class" : "term", o);
	}
}

static void check_domain_range(checker *c, librdf_statement *st)
{
	librdf_node *s = librdf_statement_get_subject(st);
	librdf_node *pn = librdf_statement_get_predicate(st);
	librdf_node *o = librdf_statement_get_object(st);
	const char *p = iri_of(pn);
	if (!is_rkg(p)) {
		return;
	}
	librdf_node *dom = target(c, c->onto, pn, RDFS "domain");
	if (dom && !matches(c, s, dom, 0)) {
		char *d = expr_text(c, dom);
		report(c, s, NULL, "domain", "subject of <%s> is not %s", p, d ? d : "?");
		free(d);
	}
	librdf_node *range = target(c, c->onto, pn, RDFS "range");
	if (range && !matches(c, o, range, 0)) {
		char *r = expr_text(c, range);
		report(c, s, p, "range", "value of <%s> is not %s", p, r ? r : "?");
		free(r);
	}
	if (dom) {
		librdf_free_node(dom);
	}
	if (range) {
		librdf_free_node(range);
	}
}

static void check_literal(checker *c, librdf_statement *st)
{
	librdf_node *o = librdf_statement_get_object(st);
	if (!librdf_node_is_literal(o)) {
		return;
	}
	librdf_node *s = librdf_statement_get_subject(st);
	const char *p = iri_of(librdf_statement_get_predicate(st));
	const char *lex = (const char *)librdf_node_get_literal_value(o);
	librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(o);
	const char *dts = dt ? (const char *)librdf_uri_as_string(dt) : NULL;
	if (dts && relkg_xsd_valid(dts, lex) == 0) {
		report(c, s, p, "datatype", "\"%s\" is not a valid %s", lex, dts);
		return;
	}
	double lo = 0, hi = -1;
	if (!strcmp(p, RELKG_NS_RKG "percentage")) {
		hi = 100;
	} else if (!strcmp(p, RELKG_NS_RKG "confidence")) {
		hi = 1;
	}
	if (hi > 0) {
		char *end;
		double v = strtod(lex, &end);
		if (*end || v < lo || v > hi) {
			report(c, s, p, "range", "%s %s is outside %g-%g", p, lex, lo, hi);
		}
	}
}

static int count_targets(checker *c, librdf_node *s, const char *p, const char *cls)
{
	librdf_node *pn = iri(c, p);
	librdf_iterator *it = librdf_model_get_targets(c->data, s, pn);
	int n = 0;
	for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		n += !cls || instance_of(c, librdf_iterator_get_object(it), cls);
	}
	if (it) {
		librdf_free_iterator(it);
	}
	librdf_free_node(pn);
	return n;
}

static void check_fact(checker *c, librdf_node *s)
{
	int fact = 0;
	for (size_t i = 0; !fact && fact_classes[i]; ++i) {
		char cls[128];
		snprintf(cls, sizeof cls, RELKG_NS_RKG "%s", fact_classes[i]);
		fact = instance_of(c, s, cls);
	}
	if (!fact) {
		return;
	}
	if (count_targets(c, s, PROV "wasDerivedFrom", NIF "Sentence") == 0) {
		report(c, s, PROV "wasDerivedFrom", "provenance",
			"a fact without prov:wasDerivedFrom a nif:Sentence");
	}
	if (count_targets(c, s, RELKG_NS_RKG "extractedBy", RELKG_NS_RKG "Rule") == 0) {
		report(c, s, RELKG_NS_RKG "extractedBy", "provenance",
			"a fact without rkg:extractedBy a rkg:Rule");
	}
	if (count_targets(c, s, RELKG_NS_RKG "confidence", NULL) == 0) {
		report(c, s, RELKG_NS_RKG "confidence", "provenance", "a fact without rkg:confidence");
	}
}

static void check_label(checker *c, librdf_node *s)
{
	int named = 0;
	for (size_t i = 0; !named && named_classes[i]; ++i) {
		char cls[128];
		snprintf(cls, sizeof cls, RELKG_NS_RKG "%s", named_classes[i]);
		named = instance_of(c, s, cls);
	}
	if (!named) {
		return;
	}
	librdf_node *pn = iri(c, RDFS "label");
	librdf_iterator *it = librdf_model_get_targets(c->data, s, pn);
	int n = 0, en = 0;
	for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *l = librdf_iterator_get_object(it);
		const char *lang = librdf_node_is_literal(l) ? librdf_node_get_literal_value_language(l)
							      : NULL;
		++n;
		en += lang && !strcmp(lang, "en");
	}
	if (it) {
		librdf_free_iterator(it);
	}
	librdf_free_node(pn);
	if (n != 1 || en != 1) {
		report(c, s, RDFS "label", "label", "%d rdfs:label (%d @en); exactly one @en wanted",
			n, en);
	}
}

/* Byte offset of code point cp in UTF-8 s, or -1 past the end. */
static long cp_offset(const char *s, unsigned long cp)
{
	long b = 0;
	for (unsigned long i = 0; i < cp; ++i) {
		if (!s[b]) {
			return -1;
		}
		++b;
		while (((unsigned char)s[b] & 0xC0) == 0x80) {
			++b;
		}
	}
	return b;
}

static const char *literal_of(librdf_node *n)
{
	return n && librdf_node_is_literal(n) ? (const char *)librdf_node_get_literal_value(n)
					       : NULL;
}

static void check_offsets(checker *c, librdf_node *s, librdf_node *anchor, librdf_node *bn,
	librdf_node *en, librdf_node *ctx)
{
	librdf_node *text = target(c, c->data, ctx, NIF "isString");
	const char *a = literal_of(anchor), *t = literal_of(text);
	const char *bs = literal_of(bn), *es = literal_of(en);
	if (!t) {
		report(c, s, NIF "referenceContext", "sentence", "the context has no nif:isString");
	} else if (a && bs && es) {
		unsigned long b = strtoul(bs, NULL, 10), e = strtoul(es, NULL, 10);
		long bb = cp_offset(t, b), eb = cp_offset(t, e);
		if (bb < 0 || eb < bb || strlen(a) != (size_t)(eb - bb) ||
		    strncmp(t + bb, a, (size_t)(eb - bb)) != 0) {
			report(c, s, NIF "anchorOf", "offsets",
				"the context's text at [%lu, %lu) is not the anchor", b, e);
		}
	}
	if (text) {
		librdf_free_node(text);
	}
}

static void check_sentence(checker *c, librdf_node *s)
{
	if (!instance_of(c, s, NIF "Sentence")) {
		return;
	}
	static const char *const need[] = {NIF "anchorOf", NIF "beginIndex", NIF "endIndex",
		NIF "referenceContext"};
	librdf_node *v[4];
	int all = 1;
	for (size_t i = 0; i < 4; ++i) {
		v[i] = target(c, c->data, s, need[i]);
		if (!v[i]) {
			report(c, s, need[i], "sentence", "a nif:Sentence without %s", need[i]);
			all = 0;
		}
	}
	if (all) {
		check_offsets(c, s, v[0], v[1], v[2], v[3]);
	}
	for (size_t i = 0; i < 4; ++i) {
		if (v[i]) {
			librdf_free_node(v[i]);
		}
	}
}

/* Every typed node, once per rdf:type statement.  The statements are
 * walked and filtered rather than found by a (?, rdf:type, ?) pattern:
 * Redland 1.0.17's hashes store with index-predicates (relkg_store_triples)
 * keeps a reference to the predicate of such a find and never drops it
 * (rdfproc -s hashes -t "index-predicates='yes'" find - rdf:type - loses
 * the node too). */
static void check_nodes(checker *c)
{
	librdf_node *type = iri(c, RDF "type");
	if (!type) {
		c->st = RELKG_ERR_NOMEM;
		return;
	}
	librdf_stream *s = librdf_model_as_stream(c->data);
	for (; s && !librdf_stream_end(s) && c->st == RELKG_OK; librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);
		if (!librdf_node_equals(librdf_statement_get_predicate(st), type)) {
			continue;
		}
		librdf_node *subj = librdf_statement_get_subject(st);
		check_fact(c, subj);
		check_label(c, subj);
		check_sentence(c, subj);
	}
	if (s) {
		librdf_free_stream(s);
	}
	librdf_free_node(type);
}

static int cmp_violation(const void *a, const void *b)
{
	const relkg_violation *x = a, *y = b;
	int r = strcmp(x->focus, y->focus);
	r = r ? r : strcmp(x->path, y->path);
	r = r ? r : strcmp(x->kind, y->kind);
	return r ? r : strcmp(x->message, y->message);
}

static void sort_unique(relkg_violations *v)
{
	if (v->n == 0) {
		return;
	}
	qsort(v->v, v->n, sizeof *v->v, cmp_violation);
	size_t k = 0;
	for (size_t i = 1; i < v->n; ++i) {
		if (cmp_violation(&v->v[k], &v->v[i]) == 0) {
			free(v->v[i].focus);
			free(v->v[i].path);
			free(v->v[i].message);
		} else {
			v->v[++k] = v->v[i];
		}
	}
	v->n = k + 1;
}

relkg_status relkg_check_graph(librdf_world *world, librdf_model *ontology, librdf_model *data,
	relkg_violations *out)
{
	checker c = {world, ontology, data, out, RELKG_OK};
	librdf_stream *s = librdf_model_as_stream(data);
	for (; s && !librdf_stream_end(s) && c.st == RELKG_OK; librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);
		check_undeclared(&c, st);
		check_domain_range(&c, st);
		check_literal(&c, st);
	}
	if (s) {
		librdf_free_stream(s);
	}
	if (c.st == RELKG_OK) {
		check_nodes(&c);
	}
	sort_unique(out);
	return c.st;
}

void relkg_violations_clear(relkg_violations *v)
{
	for (size_t i = 0; v && i < v->n; ++i) {
		free(v->v[i].focus);
		free(v->v[i].path);
		free(v->v[i].message);
	}
	if (v) {
		free(v->v);
		v->v = NULL;
		v->n = v->cap = 0;
	}
}
