/* libFuzzer target: the MediaWiki dump reader (libxml2's streaming reader)
 * on raw bytes, each page it hands out then through the whole wikipage
 * pipeline to the checking null sink.  The dump reader opens a path, so
 * the input goes to an anonymous memory file (memfd) opened by its
 * /proc/self/fd name.  Malformed XML must end in an error with a message,
 * never a crash. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"
#include "fuzz_common.h"
#include "mediawiki.h"
#include "pipeline.h"
#include "vocab.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	(void)relkg_fuzz_lexicon("fuzz_mediawiki");
	return 0;
}

/* One page through the pipeline; its graph to the checking sink. */
static void page(const char *title, const char *text, size_t len)
{
	relkg_pipeline_opts po = {NULL, RELKG_NS_ID, relkg_fuzz_lexicon("fuzz_mediawiki")};
	relkg_graph *g = relkg_graph_new();
	relkg_diag diag = {{0}};
	char *graph_iri = NULL;
	relkg_status st =
		relkg_pipeline_wikipage(&po, "fuzz.xml", title, text, len, g, &graph_iri, &diag);
	if (st == RELKG_OK) {
		relkg_sink sink;
		relkg_fuzz_null_sink(&sink);
		if (relkg_graph_flush(g, &sink, graph_iri) != RELKG_OK) {
			abort();
		}
	} else if (!diag.msg[0]) {
		abort(); /* every error says what is wrong */
	}
	free(graph_iri);
	relkg_graph_free(g);
}

static void walk(const char *path)
{
	relkg_dump *d = NULL;
	relkg_diag diag = {{0}};
	if (relkg_dump_open(&d, path, NULL, &diag) != RELKG_OK) {
		if (!diag.msg[0]) {
			abort();
		}
		return;
	}
	const char *title, *text;
	size_t len;
	relkg_status st;
	while ((st = relkg_dump_next(d, &title, &text, &len, &diag)) == RELKG_OK) {
		page(title, text, len);
	}
	if (st != RELKG_NO_MATCH && !diag.msg[0]) {
		abort();
	}
	relkg_dump_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz-dump", 0);
	if (fd < 0) {
		abort();
	}
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		abort();
	}
	char path[64];
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	walk(path);
	close(fd);
	return 0;
}
