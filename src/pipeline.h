/* One article through every stage: bytes -> document -> facts -> graph.
 * main-level code (cmd_extract.c, fuzz targets, tests) calls this and then
 * flushes the graph to a sink. */
#ifndef RELKG_PIPELINE_H
#define RELKG_PIPELINE_H
#include <stddef.h>
#include "graph.h"
#include "input.h"
#include "reader.h"

struct relkg_lexicon;

typedef struct {
	const relkg_reader *reader;      /* NULL: guess */
	const char *base;                /* data namespace */
	const struct relkg_lexicon *lex; /* may be NULL: no entity rules */
} relkg_pipeline_opts;

/* Checks data in place (relkg_input_check), reads it, extracts, adds every
 * statement to g.  *article_iri (malloc'd) names the article's graph. */
RELKG_NODISCARD relkg_status relkg_pipeline_run(const relkg_pipeline_opts *opts,
	const char *name, char *data, size_t len, relkg_graph *g, char **article_iri,
	relkg_diag *diag);

/* Decides after reading, before extracting, whether an article is wanted
 * (corpus mode's --shard).  Must be thread-safe. */
typedef int (*relkg_pipeline_keep)(const relkg_doc *doc, void *arg);

/* relkg_pipeline_run with a filter: when keep(doc, arg) is 0 nothing is
 * extracted and RELKG_NO_MATCH is returned.  keep NULL keeps everything. */
RELKG_NODISCARD relkg_status relkg_pipeline_run_if(const relkg_pipeline_opts *opts,
	relkg_pipeline_keep keep, void *keep_arg, const char *name, char *data, size_t len,
	relkg_graph *g, char **article_iri, relkg_diag *diag);

/* relkg_pipeline_run_if for data that relkg_input_check passed already
 * (as relkg_input_read leaves it): not checked a second time. */
RELKG_NODISCARD relkg_status relkg_pipeline_checked_if(const relkg_pipeline_opts *opts,
	relkg_pipeline_keep keep, void *keep_arg, const char *name, const char *data, size_t len,
	relkg_graph *g, char **article_iri, relkg_diag *diag);

/* The stages after reading: extracts from a finished doc into g. */
RELKG_NODISCARD relkg_status relkg_pipeline_doc(const relkg_pipeline_opts *opts,
	const relkg_doc *doc, relkg_graph *g, char **article_iri, relkg_diag *diag);

/* relkg_pipeline_wikipage with a filter, as relkg_pipeline_run_if. */
RELKG_NODISCARD relkg_status relkg_pipeline_wikipage_if(const relkg_pipeline_opts *opts,
	relkg_pipeline_keep keep, void *keep_arg, const char *name, const char *title,
	const char *text, size_t len, relkg_graph *g, char **article_iri, relkg_diag *diag);

/* A MediaWiki dump page (title + wikitext) through every stage. */
RELKG_NODISCARD relkg_status relkg_pipeline_wikipage(const relkg_pipeline_opts *opts,
	const char *name, const char *title, const char *text, size_t len, relkg_graph *g,
	char **article_iri, relkg_diag *diag);

#endif
