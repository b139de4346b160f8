/* Test fixture for the entity rule sets: one whole extraction of a text
 * (reader, every rule set, the graph) with the real lexicons, kept until
 * the next run() or fx_extract_end().
 *
 * Ownership: the fixture owns lex, doc, graph and ctx (file-static, one
 * set per test program); run() frees the previous text's before reading
 * the next; fx_extract_end() frees everything. */
#ifndef RELKG_TEST_EXTRACT_FIXTURE_H
#define RELKG_TEST_EXTRACT_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "mentions.h"
#include "reader.h"

#define BASE "https://w3id.org/relkg/id/"

static relkg_lexicon *lex;
static relkg_doc *doc;
static relkg_graph *graph;
static relkg_ctx ctx;

/* Loads the lexicons; 0 on success, else says why on stderr. */
static int fx_extract_begin(void)
{
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	return 0;
}

/* Reads text as a plain-text article and runs every rule set on it. */
static void run(const char *text)
{
	if (doc) {
		relkg_ctx_clear(&ctx);
		relkg_graph_free(graph);
		relkg_doc_free(doc);
	}
	relkg_diag diag = {{0}};
	doc = relkg_doc_new("test");
	graph = relkg_graph_new();
	OK(relkg_read_text(doc, text, strlen(text), &diag) == RELKG_OK, "read: %s", diag.msg);
	OK(relkg_ctx_init(&ctx, doc, graph, BASE, lex) == RELKG_OK, "ctx");
	OK(relkg_extract(&ctx) == RELKG_OK, "extract");
}

static void fx_extract_end(void)
{
	if (doc) {
		relkg_ctx_clear(&ctx);
		relkg_graph_free(graph);
		relkg_doc_free(doc);
	}
	relkg_lexicon_free(lex);
	doc = NULL;
	graph = NULL;
	lex = NULL;
}
#endif
