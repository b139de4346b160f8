/* relkg eval: score a graph against a gold fact file, printing what the
 * reference scorer ../shared/eval/score prints. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "eval.h"
#include "eval_rdf.h"
#include "relkg/relkg.h"

typedef struct {
	int explain;
	int json;
	const char *gold;
	const char *graph;
	const char *format; /* a raptor parser name, or NULL */
} eval_opts;

static void help(FILE *fh)
{
	fprintf(fh,
		"Usage: relkg eval [--explain] [--json] GOLD.tsv GRAPH [FORMAT]\n"
		"Score the knowledge graph GRAPH against the gold facts GOLD.tsv (the format\n"
		"of GOLD-FORMAT.md: one fact a line, TAB-separated, kinds person, holds,\n"
		"treaty, dispute, territory, event, survey, mission; '?' before the kind for\n"
		"an optional fact, '-' for not stated, 'A;B' for any of / all of).\n\n"
		"GRAPH is any RDF file raptor reads (- for standard input).  FORMAT is a\n"
		"raptor parser name (turtle, ntriples, nquads, rdfxml, trig, ...); without\n"
		"it .ttl .nt .nq .rdf .owl name the syntax, else raptor guesses it.\n\n"
		"Prints precision, recall and F1 per kind and for all kinds together, how\n"
		"many matched events also have the right target or place, how many facts\n"
		"cite a sentence and in how many sentences the NIF offsets hold, and a last\n"
		"line 'score: F1=... P=... R=...'.  Names match after case folding and\n"
		"removing diacritics and punctuation; a person's name matches when either\n"
		"name's words contain the other's; other names after dropping generic words\n"
		"(island, islands, the, of, republic, ...) or through country aliases; a\n"
		"date when the extracted one begins with the gold one.  Gold rows and\n"
		"extracted facts are paired by a maximum matching, required rows first.\n"
		"The numbers are those of the reference scorer (shared/eval/score).\n\n"
		"  --explain    also list every missed gold row and every extra fact\n"
		"  --json       print the numbers as JSON (then the score line)\n"
		"  -h, --help   show this help and exit\n\n"
		"Exit status: 0 scored, 1 the graph does not parse or the gold file is\n"
		"malformed, 2 usage error (also an unknown FORMAT), 3 a file cannot be read.\n");
}

/* Fills o; returns an exit code, or -1 after --help. */
static int parse(int argc, char **argv, eval_opts *o)
{
	static const struct option longs[] = {
		{"explain", no_argument, NULL, 'e'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
		switch (c) {
		case 'e': o->explain = 1; break;
		case 'j': o->json = 1; break;
		case 'h': help(stdout); return -1;
		default: return relkg_usage_error("eval", NULL);
		}
	}
	int n = argc - optind;
	if (n < 2 || n > 3) {
		return relkg_usage_error("eval", "want GOLD.tsv GRAPH [FORMAT], got %d argument%s", n,
					 n == 1 ? "" : "s");
	}
	o->gold = argv[optind];
	o->graph = argv[optind + 1];
	o->format = n == 3 ? argv[optind + 2] : relkg_eval_rdf_format_for(o->graph);
	if (n == 3 && !relkg_eval_rdf_format_known(o->format)) {
		relkg_error("eval: unknown graph format '%s' (try 'rapper --help' for the names)",
			    o->format);
		return RELKG_EXIT_USAGE;
	}
	return RELKG_EXIT_OK;
}

/* repr(round(x, 3)) as Python prints it: "0.667", "1.0", "0.0". */
static void fmt_round3(char *buf, size_t size, double x)
{
	snprintf(buf, size, "%.3f", x);
	char *end = buf + strlen(buf);
	while (end > buf + 2 && end[-1] == '0' && end[-2] != '.') {
		*--end = '\0';
	}
}

static void print_text(const relkg_eval_report *r)
{
	printf("%-10s %6s %6s %6s   tp  fp  fn\n", "kind", "P", "R", "F1");
	for (int k = 0; k <= RELKG_N_KINDS; ++k) {
		const relkg_eval_counts *c = k < RELKG_N_KINDS ? &r->kind[k] : &r->all;
		printf("%-10s %6.3f %6.3f %6.3f %4zu %3zu %3zu\n",
		       k < RELKG_N_KINDS ? relkg_kind_names[k] : "all", c->precision, c->recall,
		       c->f1, c->tp, c->fp, c->fn);
	}
	char args[32] = "None";
	if (r->args_n) {
		fmt_round3(args, sizeof(args), (double)r->args_hit / (double)r->args_n);
	}
	printf("event targets/places right: %s\n", args);
	printf("provenance: %zu/%zu facts cite a sentence; offsets hold in %zu/%zu sentences\n",
	       r->with_source, r->facts, r->offsets_hold, r->sentences);
	for (size_t i = 0; i < r->n_explain; ++i) {
		printf("%s\n", r->explain[i]);
	}
}

static void print_json_counts(const char *name, const relkg_eval_counts *c)
{
	char p[32], rc[32], f[32];
	fmt_round3(p, sizeof(p), c->precision);
	fmt_round3(rc, sizeof(rc), c->recall);
	fmt_round3(f, sizeof(f), c->f1);
	printf(" \"%s\": {\n  \"tp\": %zu,\n  \"fp\": %zu,\n  \"fn\": %zu,\n"
	       "  \"precision\": %s,\n  \"recall\": %s,\n  \"f1\": %s\n },\n",
	       name, c->tp, c->fp, c->fn, p, rc, f);
}

/* json.dumps(report, indent=1), keys in the reference's order. */
static void print_json(const relkg_eval_report *r)
{
	printf("{\n");
	for (int k = 0; k < RELKG_N_KINDS; ++k) {
		print_json_counts(relkg_kind_names[k], &r->kind[k]);
	}
	print_json_counts("all", &r->all);
	char args[32] = "null";
	if (r->args_n) {
		fmt_round3(args, sizeof(args), (double)r->args_hit / (double)r->args_n);
	}
	printf(" \"event_arguments\": %s,\n", args);
	printf(" \"provenance\": {\n  \"facts\": %zu,\n  \"with_source\": %zu,\n"
	       "  \"sentences\": %zu,\n  \"offsets_hold\": %zu\n }\n}\n",
	       r->facts, r->with_source, r->sentences, r->offsets_hold);
}

static int exit_for(relkg_status st)
{
	return st == RELKG_ERR_IO ? RELKG_EXIT_IO : RELKG_EXIT_DATA;
}

static int load_graph(const eval_opts *o, relkg_egraph *g)
{
	relkg_diag diag = {{0}};
	relkg_status st = relkg_eval_rdf_load(g, o->graph, o->format, &diag);
	if (st == RELKG_OK) {
		st = relkg_egraph_index(g);
	}
	if (st == RELKG_OK) {
		return RELKG_EXIT_OK;
	}
	relkg_error("eval: %s: %s", o->graph, diag.msg[0] ? diag.msg : relkg_strerror(st));
	if (st == RELKG_ERR_RDF) {
		printf("score: the graph does not parse\n");
		printf("score: F1=0.000 P=0.000 R=0.000\n");
	}
	return exit_for(st);
}

static int score(const eval_opts *o, relkg_egraph *g)
{
	relkg_diag diag = {{0}};
	relkg_gold gold;
	relkg_status st = relkg_gold_read(&gold, o->gold, &diag);
	if (st != RELKG_OK) {
		relkg_error("eval: %s: %s", o->gold, diag.msg[0] ? diag.msg : relkg_strerror(st));
		return exit_for(st);
	}
	relkg_eval_report r;
	st = relkg_eval_score(&gold, g, o->explain, &r);
	relkg_gold_clear(&gold);
	if (st != RELKG_OK) {
		relkg_error("eval: %s", relkg_strerror(st));
		return exit_for(st);
	}
	if (o->json) {
		print_json(&r);
	} else {
		print_text(&r);
	}
	printf("score: F1=%.3f P=%.3f R=%.3f\n", r.all.f1, r.all.precision, r.all.recall);
	relkg_eval_report_clear(&r);
	return RELKG_EXIT_OK;
}

int relkg_cmd_eval(int argc, char **argv)
{
	eval_opts o;
	memset(&o, 0, sizeof(o));
	int rc = parse(argc, argv, &o);
	if (rc != RELKG_EXIT_OK) {
		return rc < 0 ? RELKG_EXIT_OK : rc;
	}
	relkg_egraph *g = relkg_egraph_new();
	if (!g) {
		relkg_error("eval: %s", relkg_strerror(RELKG_ERR_NOMEM));
		return RELKG_EXIT_DATA;
	}
	rc = load_graph(&o, g);
	if (rc == RELKG_EXIT_OK) {
		rc = score(&o, g);
	}
	relkg_egraph_free(g);
	return rc;
}
