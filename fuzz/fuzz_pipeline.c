/* libFuzzer target: bytes in -> the whole pipeline (input check, reader
 * guess, extraction) -> graph -> a checking null sink.  With
 * RELKG_FUZZ_NT=FILE set (the replay step of `make fuzz`), each input's
 * graph is also appended to FILE as N-Triples through raptor, for serdi to
 * re-read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "format.h"
#include "fuzz_common.h"
#include "pipeline.h"
#include "sink_raptor.h"
#include "vocab.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	(void)relkg_fuzz_lexicon("fuzz_pipeline");
	return 0;
}

static void replay_write(relkg_graph *g, const char *graph_iri, const char *path)
{
	FILE *fh = fopen(path, "ab");
	relkg_sink sink;
	if (!fh || relkg_sink_raptor_new(&sink, relkg_format_by_name("ntriples"), fh, NULL)) {
		abort();
	}
	if (relkg_graph_flush(g, &sink, graph_iri) != RELKG_OK ||
	    relkg_sink_raptor_finish(&sink) != RELKG_OK) {
		abort();
	}
	sink.free(sink.handle);
	fclose(fh);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	if (!buf) {
		return 0;
	}
	memcpy(buf, data, size);
	buf[size] = '\0';
	relkg_pipeline_opts po = {NULL, RELKG_NS_ID, relkg_fuzz_lexicon("fuzz_pipeline")};
	relkg_graph *g = relkg_graph_new();
	relkg_diag diag = {{0}};
	char *graph_iri = NULL;
	const char *name = size > 0 && data[0] == '<' ? "fuzz.html" : "fuzz.txt";
	relkg_status st = relkg_pipeline_run(&po, name, buf, size, g, &graph_iri, &diag);
	if (st == RELKG_OK) {
		const char *nt = getenv("RELKG_FUZZ_NT");
		if (nt) {
			replay_write(g, graph_iri, nt);
		} else {
			relkg_sink sink;
			relkg_fuzz_null_sink(&sink);
			if (relkg_graph_flush(g, &sink, graph_iri) != RELKG_OK) {
				abort();
			}
		}
	} else if (!diag.msg[0]) {
		abort(); /* every error says what is wrong */
	}
	free(graph_iri);
	relkg_graph_free(g);
	free(buf);
	return 0;
}
