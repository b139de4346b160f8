#include "extract_dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mediawiki.h"

static relkg_status one_page(const char *path, const char *title, const char *text, size_t len,
			     const relkg_pipeline_opts *po, relkg_graph *g, relkg_sink *sink,
			     int quiet, relkg_dump_stats *stats)
{
	relkg_buf name;
	relkg_buf_init(&name);
	relkg_status st = relkg_buf_printf(&name, "%s#%s", strcmp(path, "-") ? path : "(stdin)",
					   title);
	if (st) {
		return st;
	}
	relkg_diag pd = {{0}};
	char *iri = NULL;
	st = relkg_pipeline_wikipage(po, name.data, title, text, len, g, &iri, &pd);
	if (st == RELKG_OK) {
		st = relkg_graph_flush(g, sink, iri);
		if (st == RELKG_OK) {
			stats->written++;
		}
	} else if (st != RELKG_ERR_NOMEM) {
		if (!quiet) {
			fprintf(stderr, "relkg: %s: %s (page skipped)\n", name.data,
				pd.msg[0] ? pd.msg : relkg_strerror(st));
		}
		stats->failed++;
		relkg_graph_flush_discard(g);
		st = RELKG_OK;
	}
	free(iri);
	relkg_buf_clear(&name);
	return st;
}

relkg_status relkg_extract_dump(const char *path, const char *select,
				const relkg_pipeline_opts *po, relkg_graph *g, relkg_sink *sink,
				int quiet, relkg_dump_stats *stats, relkg_diag *diag)
{
	relkg_dump *d = NULL;
	relkg_status st = relkg_dump_open(&d, path, select, diag);
	if (st != RELKG_OK) {
		return st;
	}
	const char *title, *text;
	size_t len;
	while ((st = relkg_dump_next(d, &title, &text, &len, diag)) == RELKG_OK) {
		if ((st = one_page(path, title, text, len, po, g, sink, quiet, stats)) != RELKG_OK) {
			break;
		}
	}
	relkg_dump_free(d);
	return st == RELKG_NO_MATCH ? RELKG_OK : st;
}
