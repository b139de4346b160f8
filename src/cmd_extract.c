/* relkg extract: articles in, RDF out.  One article, or a corpus (many
 * files, directories, --files-from) streamed through the workers
 * (workers.h) in input order. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "corpus.h"
#include "mediawiki.h"
#include "format.h"
#include "lexicon.h"
#include "output.h"
#include "pipeline.h"
#include "progress.h"
#include "shard.h"
#include "sink_raptor.h"
#include "vocab.h"
#include "workers.h"

typedef struct {
	const relkg_reader *reader;
	const relkg_format *format;
	const char *output;
	const char *base;
	const char *data_dir;
	const char *files_from;
	const char *select;
	relkg_shard shard;
	int jobs;
	int quiet;
	int many; /* corpus mode: several articles */
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
		    "      --files-from LIST  also read the inputs named in LIST, one a line\n"
		    "                       (- for standard input)\n"
		    "  -j, --jobs N         extract with N threads (default 1); the output is\n"
		    "                       the same, in input order\n"
		    "      --shard K/N      keep only the articles whose title hash falls in\n"
		    "                       shard K of N (1 <= K <= N), to split a corpus\n"
		    "      --base IRI       namespace of data IRIs (default %s)\n"
		    "      --data DIR       lexicon directory (default $RELKG_DATA or the build's)\n"
		    "      --select REGEX   with -i mediawiki: only pages whose title matches\n"
		    "                       (PCRE2), e.g. 'relations$'\n"
		    "  -q, --quiet          no warnings, no progress line\n"
		    "  -h, --help           show this help and exit\n\n"
		    "INPUT is a file, a directory (walked recursively in sorted order, names\n"
		    "beginning with '.' skipped) or - for standard input.  With more than one\n"
		    "input, a directory or --files-from (corpus mode) the output streams as\n"
		    "N-Quads, one named graph per article (or -o ntriples); a bad article is\n"
		    "reported and skipped.  Turtle, RDF/XML and RDF/JSON hold a whole graph in\n"
		    "memory, so they take one article per run.  A progress line is shown on\n"
		    "stderr when it is a terminal.\n\n"
		    "Exit status: 0 success, 1 an input is not a readable article, 2 usage\n"
		    "error, 3 input/output error, 4 corpus mode: some articles were skipped.\n",
		RELKG_NS_ID);
}

static int usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("relkg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return relkg_usage_error("extract", NULL);
}

/* -j N: 1 to 256 threads. */
static int parse_jobs(const char *s, int *jobs)
{
	char *end;
	long n = strtol(s, &end, 10);
	if (*s < '0' || *s > '9' || *end || n < 1 || n > 256) {
		return usage("-j wants a number of threads from 1 to 256, not '%s'", s);
	}
	*jobs = (int)n;
	return RELKG_EXIT_OK;
}

static int check_inputs(extract_opts *o);

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
		{"files-from", required_argument, NULL, 'F'},
		{"jobs", required_argument, NULL, 'j'},
		{"shard", required_argument, NULL, 'S'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c, rc;
	optind = 1;
	while ((c = getopt_long(argc, argv, "i:o:O:qhj:", longs, NULL)) != -1) {
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
		case 'F': o->files_from = optarg; break;
		case 'j':
			if ((rc = parse_jobs(optarg, &o->jobs)) != RELKG_EXIT_OK) {
				return rc;
			}
			break;
		case 'S':
			if (relkg_shard_parse(&o->shard, optarg) != RELKG_OK) {
				return usage("--shard wants K/N with 1 <= K <= N, not '%s'", optarg);
			}
			break;
		case 'h': help(stdout); return -1;
		default:
			return relkg_usage_error("extract", NULL);
		}
	}
	o->inputs = argv + optind;
	o->n_inputs = argc - optind;
	return check_inputs(o);
}

/* After the options: inputs given, format chosen and fit for the mode. */
static int check_inputs(extract_opts *o)
{
	if (o->n_inputs == 0 && !o->files_from) {
		return usage("extract: no input given (use - for standard input)");
	}
	if (o->files_from && strcmp(o->files_from, "-") == 0) {
		for (int i = 0; i < o->n_inputs; ++i) {
			if (strcmp(o->inputs[i], "-") == 0) {
				return usage("standard input cannot be both --files-from - and an input");
			}
		}
	}
	if (o->reader && !o->reader->read && o->files_from) {
		return usage("--files-from takes article files, not -i %s dumps", o->reader->name);
	}
	/* a dump holds many articles */
	o->many = (o->reader && !o->reader->read) ||
		  relkg_corpus_is_many(o->inputs, (size_t)o->n_inputs, o->files_from);
	if (!o->format && o->output && strcmp(o->output, "-") != 0) {
		o->format = relkg_format_guess(o->output);
	}
	if (!o->format) {
		o->format = relkg_format_by_name(o->many ? "nquads" : "turtle");
	}
	if (o->many && !relkg_format_streams(o->format)) {
		return usage("-o %s holds the whole graph in memory, so it takes one article per "
			     "run; for several articles use -o nquads (one graph per article) or "
			     "-o ntriples",
			     o->format->name);
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

/* The state of one run, shared by the job source and the writer. */
typedef struct {
	const extract_opts *o;
	relkg_corpus *corpus;
	relkg_output *output;
	FILE *out;              /* output's stream */
	unsigned long long unsynced; /* bytes written since the last write-behind */
	const char *out_name;
	relkg_progress *progress;
	size_t skipped;
	int rc; /* the exit status of a failed single article or write */
	relkg_dump *dump; /* -i mediawiki: the dump being read */
	int dump_i;       /* its index in o->inputs */
} run_state;

static const char *display(const char *name)
{
	return strcmp(name, "-") ? name : "(standard input)";
}

static relkg_status next_job(void *arg, relkg_job *job)
{
	run_state *r = arg;
	const char *path;
	relkg_status st = relkg_corpus_next(r->corpus, &path, &job->diag);
	if (st == RELKG_NO_MATCH || st == RELKG_ERR_NOMEM) {
		return st;
	}
	job->error = st; /* a directory or the list could not be read */
	job->name = relkg_strndup(path, strlen(path));
	return job->name ? RELKG_OK : RELKG_ERR_NOMEM;
}

/* -i mediawiki: the next selected page of the dumps, as a job of its own
 * (name "DUMP#Title", the page's wikitext as data).  A dump that is not
 * well-formed XML stops the run: its error is fatal, not a skipped page. */
static relkg_status next_page(void *arg, relkg_job *job)
{
	run_state *r = arg;
	const extract_opts *o = r->o;
	relkg_diag diag = {{0}};
	while (r->dump_i < o->n_inputs) {
		const char *path = o->inputs[r->dump_i];
		relkg_status st = RELKG_OK;
		if (!r->dump) {
			st = relkg_dump_open(&r->dump, path, o->select, &diag);
		}
		const char *title, *text;
		size_t len;
		if (st == RELKG_OK) {
			st = relkg_dump_next(r->dump, &title, &text, &len, &diag);
		}
		if (st == RELKG_NO_MATCH) {
			relkg_dump_free(r->dump);
			r->dump = NULL;
			r->dump_i++;
			continue;
		}
		if (st != RELKG_OK) {
			relkg_error("%s: %s", display(path), diag.msg[0] ? diag.msg : relkg_strerror(st));
			r->rc = st == RELKG_ERR_ARG ? RELKG_EXIT_USAGE : exit_for(st);
			return st;
		}
		relkg_buf name;
		relkg_buf_init(&name);
		if (relkg_buf_printf(&name, "%s#%s", display(path), title) != RELKG_OK) {
			return RELKG_ERR_NOMEM;
		}
		job->name = relkg_buf_steal(&name);
		job->title = relkg_strndup(title, strlen(title));
		job->data = relkg_strndup(text, len);
		job->len = len;
		return job->name && job->title && job->data ? RELKG_OK : RELKG_ERR_NOMEM;
	}
	return RELKG_NO_MATCH;
}

static int keep_shard(const relkg_doc *doc, void *arg)
{
	const relkg_shard *sh = arg;
	const char *title = doc->title ? doc->title : doc->name;
	return relkg_shard_keeps(sh, title, strlen(title));
}

/* Every this many bytes of output, the disk starts writing them while
 * extraction goes on, instead of all at once in the fsync at the end. */
#define WRITE_BEHIND (8ULL << 20)

/* Writes one article's result in input order, or reports why it was
 * skipped. */
static relkg_status write_result(void *arg, relkg_result *res)
{
	run_state *r = arg;
	relkg_progress_step(r->progress, res->in_bytes);
	if (res->status == RELKG_NO_MATCH) {
		return RELKG_OK; /* another shard's article */
	}
	if (res->status != RELKG_OK) {
		relkg_progress_clear(r->progress);
		relkg_error("%s: %s", display(res->job.name),
			    res->job.diag.msg[0] ? res->job.diag.msg : relkg_strerror(res->status));
		++r->skipped;
		if (!r->o->many) {
			r->rc = exit_for(res->status);
			return res->status;
		}
		return RELKG_OK;
	}
	if (res->out_len && fwrite(res->out, 1, res->out_len, r->out) != res->out_len) {
		relkg_progress_clear(r->progress);
		relkg_error("%s: write error: %s", strcmp(r->out_name, "-") ? r->out_name
									  : "(standard output)",
			    strerror(errno));
		r->rc = RELKG_EXIT_IO;
		return RELKG_ERR_IO;
	}
	r->unsynced += res->out_len;
	if (r->unsynced >= WRITE_BEHIND) {
		relkg_output_write_behind(r->output);
		r->unsynced = 0;
	}
	return RELKG_OK;
}

static relkg_progress *start_progress(const extract_opts *o)
{
	if (!o->many || !relkg_progress_wanted(o->quiet)) {
		return NULL;
	}
	size_t files = 0;
	unsigned long long bytes = 0;
	if (relkg_corpus_count(o->inputs, (size_t)o->n_inputs, o->files_from, &files, &bytes) !=
	    RELKG_OK) {
		files = 0;
		bytes = 0;
	}
	return relkg_progress_new(1, files, bytes);
}

/* Every input through the workers into the open output. */
static int run(const extract_opts *o, const relkg_pipeline_opts *po, relkg_output *output,
	       const char *out_name)
{
	FILE *out = relkg_output_file(output);
	run_state r = {o, NULL, output, out, 0, out_name, NULL, 0, RELKG_EXIT_OK, NULL, 0};
	relkg_diag diag = {{0}};
	int dumps = o->reader && !o->reader->read;
	if (!dumps && relkg_corpus_new(&r.corpus, o->inputs, (size_t)o->n_inputs, o->files_from,
				       &diag) != RELKG_OK) {
		relkg_error("%s: %s", display(o->files_from), diag.msg);
		return RELKG_EXIT_IO;
	}
	if (r.corpus) {
		relkg_corpus_exclude_fd(r.corpus, fileno(out));
	}
	r.progress = dumps ? NULL : start_progress(o);
	relkg_workers_opts wo = {po, o->format, po->base, o->shard.n > 1 ? keep_shard : NULL,
				 (void *)&o->shard, o->jobs, dumps ? next_page : next_job,
				 write_result, &r};
	relkg_status st = relkg_workers_run(&wo);
	relkg_progress_free(r.progress);
	relkg_corpus_free(r.corpus);
	relkg_dump_free(r.dump);
	if (st != RELKG_OK && r.rc == RELKG_EXIT_OK) {
		relkg_error("%s", st == RELKG_ERR_NOMEM ? "out of memory"
							: "cannot start the raptor serializer");
		return st == RELKG_ERR_NOMEM ? RELKG_EXIT_DATA : RELKG_EXIT_IO;
	}
	if (r.rc != RELKG_EXIT_OK) {
		return r.rc;
	}
	return r.skipped ? RELKG_EXIT_PARTIAL : RELKG_EXIT_OK;
}

int relkg_cmd_extract(int argc, char **argv)
{
	extract_opts o;
	memset(&o, 0, sizeof(o));
	o.jobs = 1;
	o.shard.k = o.shard.n = 1;
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
	rc = run(&o, &po, out, out_name);
	relkg_lexicon_free(lex);
	if (rc != RELKG_EXIT_OK && rc != RELKG_EXIT_PARTIAL) {
		relkg_output_abort(out);
		return rc;
	}
	if (relkg_output_commit(out, &diag) != RELKG_OK) {
		relkg_error("%s: %s", out_name, diag.msg);
		return RELKG_EXIT_IO;
	}
	return rc;
}
