#include <string.h>

#include "harness.h"
#include "sparql_text.h"

static int limit_at(const char *q, int line, int col)
{
	relkg_sparql_limit f;
	return relkg_sparql_unsupported(q, &f) == RELKG_OK && f.line == line && f.col == col;
}

static int clean(const char *q)
{
	relkg_sparql_limit f;
	return relkg_sparql_unsupported(q, &f) == RELKG_NO_MATCH;
}

int main(void)
{
	/* prologue: predeclared prefixes, minus those the query declares */
	relkg_buf b = {0};
	int lines = 0;
	OK(relkg_sparql_prologue("SELECT * { ?s ?p ?o }", &b, &lines) == RELKG_OK, "prologue");
	EQ_INT(lines, 11);
	OK(strstr(b.data, "PREFIX rkg: <https://w3id.org/relkg/ontology#>\n") != NULL, "rkg");
	relkg_buf_clear(&b);
	OK(relkg_sparql_prologue("prefix rkg: <x#>\nSELECT * { ?s ?p ?o }", &b, &lines) == RELKG_OK,
		"prologue");
	EQ_INT(lines, 10);
	OK(strstr(b.data, "PREFIX rkg:") == NULL, "user's rkg: kept");
	relkg_buf_clear(&b);
	EQ_INT(relkg_sparql_declares("# PREFIX rkg: <x>\nSELECT", "rkg"), 0);
	EQ_INT(relkg_sparql_declares("SELECT ?x { ?x ?p \"PREFIX rkg: <x>\" }", "rkg"), 0);

	/* what rasqal 0.9.33 lacks, with positions */
	OK(limit_at("SELECT * {\n  ?s rkg:a/rkg:b ?o }", 2, 11), "sequence path");
	OK(limit_at("SELECT * { ?s rkg:a|rkg:b ?o }", 1, 20), "alternative path");
	OK(limit_at("SELECT * { ?s ^rkg:a ?o }", 1, 15), "inverse path");
	OK(limit_at("SELECT * { ?s rkg:a+ ?o }", 1, 20), "one or more");
	OK(limit_at("SELECT * { ?s rkg:a* ?o }", 1, 20), "zero or more");
	OK(limit_at("SELECT * { ?s <http://x/p>? ?o }", 1, 27), "zero or one");
	OK(limit_at("SELECT * { ?s !rkg:a ?o }", 1, 15), "negated set");
	OK(limit_at("SELECT * { ?s a ?c FILTER NOT EXISTS { ?s ?p ?o } }", 1, 27), "not exists");
	OK(limit_at("SELECT * { ?s a ?c FILTER EXISTS { ?s ?p ?o } }", 1, 27), "exists");
	OK(limit_at("SELECT * { ?s a ?c MINUS { ?s ?p ?o } }", 1, 20), "minus");
	OK(limit_at("PREFIX x: <y#>\ndescribe x:a", 2, 1), "describe");
	OK(limit_at("SELECT * { ?s ?p \"é\" . ?s rkg:a/rkg:b ?o }", 1, 32), "column counts code points");

	/* and what it has, not mistaken for them */
	OK(clean("SELECT * { ?s rkg:a ?o FILTER(!BOUND(?o) || ?o / 2 > 1) }"), "! and /");
	OK(clean("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "count(*)");
	OK(clean("SELECT * { ?s rkg:a \"a/b|c^d minus\" }"), "inside a string");
	OK(clean("SELECT * { ?s rkg:a \"1\"^^xsd:integer }"), "datatype ^^");
	OK(clean("# MINUS, p/q in a comment\nSELECT * { ?s <http://x/a/b> ?o }"), "comment, IRI");
	OK(clean("SELECT * { ?s rkg:a ?o . FILTER(?o < 5 && ?o > 1) }"), "less-than");
	OK(clean("SELECT * { ?s rkg:a ?o ; rkg:b ?p . }"), "plain triples");
	OK(clean("SELECT * { ?s rkg:a ?o } ORDER BY ?o LIMIT 2"), "order by");
	return DONE();
}
