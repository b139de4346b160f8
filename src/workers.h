/* Running many articles through the pipeline: -j N worker threads extract
 * articles and serialize each one to its own memory buffer through raptor
 * (each worker has its own raptor world and serializer: raptor is not
 * thread-safe); the calling thread hands out jobs and receives results
 * strictly in input order, so the output is byte-identical whatever N.
 *
 * Memory: at most a window of 4*N articles is in flight (input bytes,
 * graph, serialized output); input is freed when it has been extracted.
 * Output buffers are recycled, not freed: the worker that serializes an
 * article swaps its buffer with the slot's (written and emptied earlier),
 * so a run allocates about 5*N buffers instead of one per article (large
 * buffers freed by another thread cost mmap/munmap and page faults).  A
 * buffer above KEEP_MAX bytes is freed after use, which bounds what is kept.
 * -j 1 runs everything in the calling thread.
 *
 * Rule sets and readers run concurrently on different articles: they must
 * keep no mutable global state (the lexicon is shared read-only). */
#ifndef RELKG_WORKERS_H
#define RELKG_WORKERS_H
#include <stddef.h>
#include "format.h"
#include "input.h"
#include "pipeline.h"

/* One article to process.  The job owns name and data. */
typedef struct {
	char *name;         /* input name for messages and reader guessing */
	char *title;        /* a MediaWiki dump page's title (data is its
			       wikitext), or NULL for an article file */
	char *data;         /* the article's bytes, or NULL: read the file name */
	size_t len;
	relkg_status error; /* non-OK: report diag, do nothing (enumeration error) */
	relkg_diag diag;
} relkg_job;

typedef struct {
	relkg_job job;
	relkg_status status; /* OK written; NO_MATCH not in this shard; else skipped */
	size_t in_bytes;     /* article bytes read */
	char *out;           /* serialized RDF (owned by the result) */
	size_t out_len;
	size_t out_cap;      /* bytes allocated at out: a slot keeps its buffer
				from article to article (see relkg_workers_run) */
} relkg_result;

typedef struct {
	const relkg_pipeline_opts *pipeline;
	const relkg_format *format;
	const char *base;          /* namespace declared to the serializer */
	relkg_pipeline_keep keep;  /* may be NULL */
	void *keep_arg;
	int jobs;                  /* worker threads, >= 1 */
	/* Both called in the calling thread.  next fills *job or returns
	 * RELKG_NO_MATCH at the end; write gets each result in input order
	 * and may return non-OK to stop the run (that status is returned). */
	relkg_status (*next)(void *arg, relkg_job *job);
	relkg_status (*write)(void *arg, relkg_result *r);
	void *arg;
} relkg_workers_opts;

/* Runs every job.  Returns RELKG_OK, or the first non-OK status of write,
 * or RELKG_ERR_NOMEM / RELKG_ERR_RDF when a worker cannot start. */
RELKG_NODISCARD relkg_status relkg_workers_run(const relkg_workers_opts *o);

/* Is this an output format raptor writes statement by statement (N-Triples,
 * N-Quads)?  The others hold the whole graph: one article per document. */
int relkg_format_streams(const relkg_format *f);

#endif
