/* Extraction over a MediaWiki dump: every selected page through the
 * pipeline, each written to the sink as its own article (named graph). */
#ifndef RELKG_EXTRACT_DUMP_H
#define RELKG_EXTRACT_DUMP_H
#include "graph.h"
#include "pipeline.h"

typedef struct {
	size_t written; /* pages written */
	size_t failed;  /* pages reported and skipped */
} relkg_dump_stats;

/* A page that fails is reported on stderr (unless quiet) and skipped; a
 * malformed dump stops the run with RELKG_ERR_SYNTAX after the pages read
 * so far; a sink error stops it at once. */
RELKG_NODISCARD relkg_status relkg_extract_dump(const char *path, const char *select,
	const relkg_pipeline_opts *po, relkg_graph *g, relkg_sink *sink, int quiet,
	relkg_dump_stats *stats, relkg_diag *diag);

#endif
