/* Reading a graph file for the evaluator with raptor2: any syntax raptor
 * parses.  The only file that knows raptor's types on this side.
 *
 * Like the reference scorer (which runs `rapper -q -o ntriples`), a graph
 * "does not parse" when raptor reports an error or a warning, and the
 * base IRI is https://w3id.org/relkg/id/. */
#ifndef RELKG_EVAL_RDF_H
#define RELKG_EVAL_RDF_H
#include "eval_graph.h"
#include "input.h"

/* The parser the reference picks by extension (ttl, nt, rdf, nq, owl), or
 * NULL: let raptor guess from the content. */
const char *relkg_eval_rdf_format_for(const char *path);

/* Is name a raptor parser name ("turtle", "ntriples", "rdfxml", ...)? */
int relkg_eval_rdf_format_known(const char *name);

/* Parses path ("-" = standard input) with parser `format` (NULL: guess)
 * into g (not yet indexed).  RELKG_ERR_IO when the file cannot be opened
 * or read, RELKG_ERR_RDF when it does not parse (diag says where). */
RELKG_NODISCARD relkg_status relkg_eval_rdf_load(relkg_egraph *g, const char *path,
	const char *format, relkg_diag *diag);

#endif
