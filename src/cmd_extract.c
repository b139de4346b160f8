/* relkg extract: articles in, RDF out. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "extract_dump.h"
#include "format.h"
#include "lexicon.h"
#include "output.h"
#include "pipeline.h"
#include "sink_raptor.h"
#include "vocab.h"

typedef struct {
	const relkg_reader *reader;
	const relkg_format *format;
	const char *output;
	const char *base;
	const char *data_dir;
	const char *select;
	int quiet;
	char **inputs;
	int n_inputs;
} extract_opts;

static void help(FILE *fh)
{
	fprintf(fh, "Usage: relkg extract [OPTION]... INPUT...\n"
		    "Read articles (files, or - for standard input) and write their knowledge\n"
		    "graph: entities, offices, events and surveys, each tied to its sentence.\n\n"
		    "  -i, --input FORMAT   input format (guessed when not given):\n");
	for (const relkg_reader *r = relkg_readers; r->name; ++r) {
		fprintf(fh, "                         %-9s %s\n", r->name, r->label);
	}
	fprintf(fh, "  -o, --output-format FORMAT  output syntax (default: from --output's\n"
		    "                       extension, else turtle):\n");
	for (const relkg_format *f = relkg_formats; f->name; ++f) {
		fprintf(fh, "                         %-9s %s (.%.*s)\n", f->name, f->label,
			(int)strcspn(f->exts, " "), f->exts);
	}
	fprintf(fh, "  -O, --output FILE    write to FILE (- for standard output, the default);\n"
		    "                       written to a temporary file and renamed on success\n"
		    "      --base IRI       namespace of data IRIs (default %s)\n"
		    "      --data DIR       lexicon directory (default $RELKG_DATA or the build's)\n"
		    "      --select REGEX   with -i mediawiki: only pages whose title matches\n"
		    "                       (PCRE2), e.g. 'relations$'\n"
		    "  -q, --quiet          no warnings\n"
		    "  -h, --help           show this help and exit\n\n"
		    "Exit status: 0 success, 1 an input is not a readable article, 2 usage\n"
		    "error, 3 input/output error.\n",
		RELKG_NS_ID);
}

static int parse(int argc, char **argv, extract_opts *o)
{
	static const struct option longs[] = {
		{"input", required_argument, NULL, 'i'},
		{"output-format", required_argument, NULL, 'o'},
		{"output", required_argument, NULL, 'O'},
		{"base", required_argument, NULL, 'b'},
		{"data", required_argument, NULL, 'd'},
		{"select", required_argument, NULL, 's'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:o:O:qh", longs, NULL)) != -1) {
		switch (c) {
		case 'i':
			if (!(o->reader = relkg_reader_by_name(optarg))) {
				relkg_error("unknown input format '%s' (try 'relkg extract --help')", optarg);
				return RELKG_EXIT_USAGE;
			}
			break;
		case 'o':
			if (!(o->format = relkg_format_by_name(optarg))) {
				relkg_error("unknown output format '%s' (try 'relkg extract --help')", optarg);
				return RELKG_EXIT_USAGE;
			}
			break;
		case 'O': o->output = optarg; break;
		case 'b': o->base = optarg; break;
		case 'd': o->data_dir = optarg; break;
		case 's': o->select = optarg; break;
		case 'q': o->quiet = 1; break;
		case 'h': help(stdout); return -1;
		default:
			fprintf(stderr, "Try 'relkg extract --help'.\n");
			return RELKG_EXIT_USAGE;
		}
	}
	o->inputs = argv + optind;
	o->n_inputs = argc - optind;
	if (o->n_inputs == 0) {
		relkg_error("extract: no input given (use - for standard input)");
		fprintf(stderr, "Try 'relkg extract --help'.\n");
		return RELKG_EXIT_USAGE;
	}
	if (!o->format && o->output && strcmp(o->output, "-") != 0) {
		o->format = relkg_format_guess(o->output);
	}
	if (!o->format) {
		o->format = relkg_format_by_name("turtle");
	}
	return RELKG_EXIT_OK;
}

static int exit_for(relkg_status st)
{
	switch (st) {
	case RELKG_OK: return RELKG_EXIT_OK;
	case RELKG_ERR_IO: return RELKG_EXIT_IO;
	default: return RELKG_EXIT_DATA;
	}
}

/* A MediaWiki dump: every selected page, each its own article. */
static int dump_input(const extract_opts *o, const relkg_pipeline_opts *po, const char *path,
		      relkg_graph *g, relkg_sink *sink)
{
	relkg_diag diag = {{0}};
	relkg_dump_stats stats = {0, 0};
	relkg_status st = relkg_extract_dump(path, o->select, po, g, sink, o->quiet, &stats, &diag);
	if (st != RELKG_OK) {
		relkg_error("%s: %s", strcmp(path, "-") ? path : "(standard input)",
			    diag.msg[0] ? diag.msg : relkg_strerror(st));
		return st == RELKG_ERR_ARG ? RELKG_EXIT_USAGE : exit_for(st);
	}
	return stats.failed ? RELKG_EXIT_PARTIAL : RELKG_EXIT_OK;
}

/* One input through the pipeline into the sink. */
static int one_input(const extract_opts *o, const relkg_pipeline_opts *po, const char *path,
		     relkg_graph *g, relkg_sink *sink)
{
	if (o->reader && !o->reader->read) {
		return dump_input(o, po, path, g, sink);
	}
	relkg_diag diag = {{0}};
	char *data = NULL;
	size_t len = 0;
	relkg_status st = relkg_input_read(path, &data, &len, &diag);
	char *graph_iri = NULL;
	if (st == RELKG_OK) {
		st = relkg_pipeline_run(po, path, data, len, g, &graph_iri, &diag);
	}
	free(data);
	if (st != RELKG_OK) {
		relkg_error("%s: %s", strcmp(path, "-") ? path : "(standard input)",
			    diag.msg[0] ? diag.msg : relkg_strerror(st));
		return exit_for(st);
	}
	st = relkg_graph_flush(g, sink, graph_iri);
	free(graph_iri);
	if (st != RELKG_OK) {
		relkg_error("%s: writing the graph: %s", o->output ? o->output : "(standard output)",
			    relkg_strerror(st));
		return exit_for(st == RELKG_ERR_RDF ? RELKG_ERR_IO : st);
	}
	return RELKG_EXIT_OK;
}

int relkg_cmd_extract(int argc, char **argv)
{
	extract_opts o;
	memset(&o, 0, sizeof(o));
	int rc = parse(argc, argv, &o);
	if (rc != RELKG_EXIT_OK) {
		return rc < 0 ? RELKG_EXIT_OK : rc;
	}
	relkg_diag diag = {{0}};
	relkg_lexicon *lex = NULL;
	const char *dir = relkg_data_dir(o.data_dir);
	if (relkg_lexicon_load(&lex, dir, &diag) != RELKG_OK) {
		relkg_error("%s: %s", dir, diag.msg[0] ? diag.msg : "cannot load the lexicons");
		return RELKG_EXIT_IO;
	}
	relkg_pipeline_opts po = {o.reader, o.base ? o.base : RELKG_NS_ID, lex};
	const char *out_name = o.output ? o.output : "-";
	relkg_output *out = NULL;
	if (relkg_output_open(&out, out_name, &diag) != RELKG_OK) {
		relkg_error("%s: %s", out_name, diag.msg);
		relkg_lexicon_free(lex);
		return RELKG_EXIT_IO;
	}
	relkg_sink sink;
	relkg_graph *g = relkg_graph_new();
	if (!g || relkg_sink_raptor_new(&sink, o.format, relkg_output_file(out), po.base)) {
		relkg_error("cannot start the %s serializer", o.format->name);
		relkg_graph_free(g);
		relkg_output_abort(out);
		relkg_lexicon_free(lex);
		return RELKG_EXIT_DATA;
	}
	for (int i = 0; i < o.n_inputs && rc == RELKG_EXIT_OK; ++i) {
		rc = one_input(&o, &po, o.inputs[i], g, &sink);
	}
	if (rc == RELKG_EXIT_OK && relkg_sink_raptor_finish(&sink) != RELKG_OK) {
		relkg_error("%s: write error", out_name);
		rc = RELKG_EXIT_IO;
	}
	sink.free(sink.handle);
	relkg_graph_free(g);
	relkg_lexicon_free(lex);
	if (rc != RELKG_EXIT_OK) {
		relkg_output_abort(out);
		return rc;
	}
	if (relkg_output_commit(out, &diag) != RELKG_OK) {
		relkg_error("%s: %s", out_name, diag.msg);
		return RELKG_EXIT_IO;
	}
	return RELKG_EXIT_OK;
}
