/* relkg query: SPARQL through librdf/rasqal over graph files (read into an
 * in-memory "hashes" store) or over a store loaded with relkg load. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "format.h"
#include "rdfworld.h"
#include "results_table.h"
#include "relkg/relkg.h"
#include "sparql_text.h"
#include "store.h"

typedef struct {
	const char *results;  /* -r */
	const char *graph_fmt; /* -o */
	const char *store;
	const char *expr;     /* -e */
	const char *query_file;
	char **graphs;
	int n_graphs;
	int quiet;
	int direct;           /* --direct: query the store in place */
} query_opts;

static void usage(FILE *fh)
{
	fprintf(fh,
		"Usage: relkg query [OPTION]... QUERY.rq [GRAPH]...\n"
		"       relkg query [OPTION]... -e 'SPARQL' [GRAPH]...\n"
		"Runs a SPARQL query over graph files (any syntax raptor reads, guessed from\n"
		"the name and content; '-' is stdin) or over a store (--store).\n"
		"The prefixes rkg nif prov rdf rdfs skos xsd dcterms owl foaf schema are\n"
		"predeclared unless the query declares them.\n\n"
		"  -e, --expr SPARQL    the query text (instead of a file)\n"
		"  -r, --results FMT    SELECT results: table (default), csv, tsv, json, xml\n"
		"  -o, --output FMT     CONSTRUCT graph: turtle (default), ntriples,\n"
		"                       nquads, rdfxml, json\n"
		"      --store SPEC     query a store: bdb:DIR, sqlite:FILE,\n"
		"                       postgresql:host=H,port=P,dbname=D,user=U, memory\n"
		"      --direct         query the store in place instead of a de-duplicated\n"
		"                       copy in memory: faster on a large store, but a statement\n"
		"                       that two articles share is seen twice, and rasqal\n"
		"                       0.9.33 then mis-joins OPTIONALs\n"
		"  -q, --quiet          no warnings\n"
		"  -h, --help           show this help\n\n"
		"ASK prints true or false (exit 0 either way).\n"
		RELKG_SPARQL_LIMITS_HELP
		"\nExit status: 0 ok, 1 bad query or graph, 2 usage, 3 cannot read a file.\n");
}

/* Returns -1 to go on, else the exit code. */
static int parse_args(int argc, char **argv, query_opts *o)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{"quiet", no_argument, NULL, 'q'},
		{"direct", no_argument, NULL, 'D'},
		{"results", required_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{"store", required_argument, NULL, 's'},
		{"expr", required_argument, NULL, 'e'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "hqr:o:e:", longs, NULL)) != -1) {
		switch (c) {
		case 'h': usage(stdout); return RELKG_EXIT_OK;
		case 'q': o->quiet = 1; break;
		case 'D': o->direct = 1; break;
		case 'r': o->results = optarg; break;
		case 'o': o->graph_fmt = optarg; break;
		case 's': o->store = optarg; break;
		case 'e': o->expr = optarg; break;
		default: return relkg_usage_error("query", NULL);
		}
	}
	int i = optind;
	if (!o->expr) {
		if (i >= argc) {
			return relkg_usage_error("query", "no query (give QUERY.rq or -e 'SPARQL')");
		}
		o->query_file = argv[i++];
	}
	o->graphs = argv + i;
	o->n_graphs = argc - i;
	return -1;
}

static int check_formats(const query_opts *o)
{
	static const char *const rs[] = {"table", "csv", "tsv", "json", "xml", NULL};
	int ok = 0;
	for (size_t i = 0; rs[i]; ++i) {
		ok |= !strcmp(o->results, rs[i]);
	}
	if (!ok) {
		relkg_error("query: unknown results format '%s' (table, csv, tsv, json, xml)", o->results);
		return RELKG_EXIT_USAGE;
	}
	if (!relkg_format_by_name(o->graph_fmt)) {
		relkg_error("query: unknown graph format '%s'", o->graph_fmt);
		return RELKG_EXIT_USAGE;
	}
	if (!o->store && o->n_graphs == 0) {
		relkg_error("query: no graph to query (give GRAPH files or --store SPEC)");
		return RELKG_EXIT_USAGE;
	}
	if (o->store && o->n_graphs > 0 && strcmp(o->store, "memory") != 0) {
		relkg_error("query: give GRAPH files or --store, not both (except --store memory)");
		return RELKG_EXIT_USAGE;
	}
	return -1;
}

/* A statement in several named graphs comes back once per graph from a
 * store; copied into a store without contexts it is there once. */
static int dedup_copy(relkg_rdf *r, relkg_store **store)
{
	relkg_store *mem = NULL;
	if (relkg_store_triples(r, &mem) != RELKG_OK) {
		return RELKG_EXIT_IO;
	}
	librdf_stream *s = librdf_model_as_stream((*store)->model);
	int rc = -1;
	for (; s && !librdf_stream_end(s) && rc < 0; librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);
		if (!librdf_model_contains_statement(mem->model, st) &&
		    librdf_model_add_statement(mem->model, st) != 0) {
			rc = RELKG_EXIT_IO;
		}
	}
	if (s) {
		librdf_free_stream(s);
	}
	relkg_store_free(*store);
	*store = mem;
	return rc;
}

static int open_model(relkg_rdf *r, const query_opts *o, relkg_store **store)
{
	relkg_diag diag = {{0}};
	relkg_status st = o->store && strcmp(o->store, "memory") != 0
		? relkg_store_open(r, o->store, 0, store, &diag)
		: relkg_store_triples(r, store);
	if (st != RELKG_OK) {
		relkg_error("query: %s", diag.msg[0] ? diag.msg : relkg_strerror(st));
		return st == RELKG_ERR_ARG ? RELKG_EXIT_USAGE : RELKG_EXIT_IO;
	}
	if (o->store && !o->direct && (*store)->kind != RELKG_STORE_MEMORY) {
		int rc = dedup_copy(r, store);
		if (rc >= 0) {
			return rc;
		}
	}
	for (int i = 0; i < o->n_graphs; ++i) {
		st = relkg_rdf_parse_file(r, o->graphs[i], (*store)->model);
		if (st == RELKG_ERR_IO) {
			relkg_error("query: cannot read '%s'", o->graphs[i]);
			return RELKG_EXIT_IO;
		}
		if (st != RELKG_OK) {
			relkg_error("query: '%s' is not a graph raptor can read", o->graphs[i]);
			return RELKG_EXIT_DATA;
		}
	}
	return -1;
}

static int write_bindings(relkg_rdf *r, librdf_query_results *res, const char *fmt)
{
	(void)r;
	if (!strcmp(fmt, "table")) {
		return relkg_results_table(res, stdout) == RELKG_OK ? RELKG_EXIT_OK : RELKG_EXIT_IO;
	}
	if (librdf_query_results_to_file_handle2(res, stdout, fmt, NULL, NULL, NULL) != 0) {
		relkg_error("query: cannot write results as %s", fmt);
		return RELKG_EXIT_IO;
	}
	return RELKG_EXIT_OK;
}

static int write_graph(relkg_rdf *r, librdf_query_results *res, const char *fmt)
{
	const relkg_format *f = relkg_format_by_name(fmt);
	librdf_stream *stream = librdf_query_results_as_stream(res);
	librdf_serializer *ser = librdf_new_serializer(r->world, f->raptor, NULL, NULL);
	int rc = RELKG_EXIT_OK;
	if (!stream || !ser) {
		relkg_error("query: no graph result");
		rc = RELKG_EXIT_DATA;
	} else {
		for (size_t i = 0; relkg_sparql_prefixes[i][0]; ++i) {
			librdf_uri *u = librdf_new_uri(r->world,
				(const unsigned char *)relkg_sparql_prefixes[i][1]);
			librdf_serializer_set_namespace(ser, u, relkg_sparql_prefixes[i][0]);
			librdf_free_uri(u);
		}
		if (librdf_serializer_serialize_stream_to_file_handle(ser, stdout, NULL, stream)) {
			rc = RELKG_EXIT_IO;
		}
	}
	if (stream) {
		librdf_free_stream(stream);
	}
	if (ser) {
		librdf_free_serializer(ser);
	}
	return rc;
}

static int write_results(relkg_rdf *r, librdf_query_results *res, const query_opts *o)
{
	if (librdf_query_results_is_boolean(res)) {
		int b = librdf_query_results_get_boolean(res);
		if (b < 0) {
			relkg_error("query: ASK failed");
			return RELKG_EXIT_DATA;
		}
		puts(b ? "true" : "false");
		return RELKG_EXIT_OK;
	}
	if (librdf_query_results_is_graph(res)) {
		return write_graph(r, res, o->graph_fmt);
	}
	return write_bindings(r, res, o->results);
}

static int load_query(const query_opts *o, char **text)
{
	if (o->expr) {
		*text = strdup(o->expr);
		return *text ? -1 : RELKG_EXIT_IO;
	}
	size_t len;
	if (relkg_rdf_slurp(o->query_file, text, &len) != RELKG_OK) {
		relkg_error("query: cannot read query file '%s'", o->query_file);
		return RELKG_EXIT_IO;
	}
	return -1;
}

static int refuse_unsupported(const query_opts *o, const char *text)
{
	relkg_sparql_limit lim;
	if (relkg_sparql_unsupported(text, &lim) == RELKG_NO_MATCH) {
		return -1;
	}
	relkg_error("%s:%d:%d: %s", o->expr ? "query" : o->query_file, lim.line, lim.col, lim.what);
	return RELKG_EXIT_DATA;
}

static int run_query(relkg_rdf *r, librdf_model *model, const query_opts *o, const char *text)
{
	relkg_buf full = {0};
	int lines = 0;
	if (relkg_sparql_prologue(text, &full, &lines) || relkg_buf_puts(&full, text)) {
		relkg_buf_clear(&full);
		return RELKG_EXIT_IO;
	}
	r->where = o->expr ? "query" : o->query_file;
	r->line_offset = lines;
	r->text = text;
	unsigned errors = r->errors;
	int rc = RELKG_EXIT_DATA;
	librdf_query *q = librdf_new_query(r->world, "sparql", NULL,
		(const unsigned char *)full.data, NULL);
	librdf_query_results *res = q ? librdf_model_query_execute(model, q) : NULL;
	if (res && r->errors == errors) {
		rc = write_results(r, res, o);
	} else if (r->errors == errors) {
		relkg_error("%s: the query could not be run", r->where);
	}
	if (res) {
		librdf_free_query_results(res);
	}
	if (q) {
		librdf_free_query(q);
	}
	relkg_buf_clear(&full);
	return rc;
}

int relkg_cmd_query(int argc, char **argv)
{
	query_opts o = {.results = "table", .graph_fmt = "turtle"};
	int rc = parse_args(argc, argv, &o);
	if (rc < 0) {
		rc = check_formats(&o);
	}
	if (rc >= 0) {
		return rc;
	}
	char *text = NULL;
	if ((rc = load_query(&o, &text)) >= 0 || (rc = refuse_unsupported(&o, text)) >= 0) {
		free(text);
		return rc;
	}
	relkg_rdf r;
	relkg_store *store = NULL;
	if (relkg_rdf_open(&r) != RELKG_OK) {
		free(text);
		return RELKG_EXIT_IO;
	}
	r.quiet = o.quiet;
	rc = open_model(&r, &o, &store);
	if (rc < 0) {
		rc = run_query(&r, store->model, &o, text);
	}
	relkg_store_free(store);
	relkg_rdf_close(&r);
	free(text);
	return rc;
}
