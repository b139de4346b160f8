/* relkg check: validate graphs against the ontology and the contract. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "rdfworld.h"
#include "relkg/relkg.h"
#include "store.h"

#ifndef RELKG_ONTOLOGY
#define RELKG_ONTOLOGY "ontology/relkg.ttl"
#endif

typedef struct {
	const char *ontology;
	int tsv;
	int quiet;
	char **graphs;
	int n_graphs;
} check_opts;

static void usage(FILE *fh)
{
	fprintf(fh,
		"Usage: relkg check [--ontology FILE] [--tsv] GRAPH...\n"
		"Validates graphs (any syntax raptor reads) against the ontology and the\n"
		"contract; prints one line per violation: FOCUS PATH: KIND: message.\n"
		"Checks: undeclared rkg: terms, rdfs:domain/rdfs:range (owl:unionOf read),\n"
		"provenance of every fact (Event, OfficeTerm, Treaty, Dispute, Survey,\n"
		"DiplomaticMission), sentence offsets against nif:isString, literal datatypes\n"
		"(xsd:date, gYearMonth, gYear, decimal, integers, boolean), percentages in\n"
		"0-100 and confidences in 0-1, exactly one rdfs:label@en on named nodes.\n"
		"The same constraints as SHACL: ontology/relkg-shapes.ttl.\n\n"
		"  --ontology FILE  the ontology (default %s;\n"
		"                   or $RELKG_ONTOLOGY)\n"
		"  --tsv            FOCUS<TAB>PATH<TAB>KIND<TAB>MESSAGE lines\n"
		"  -q, --quiet      no summary line\n"
		"  -h, --help       show this help\n\n"
		"Exit status: 0 valid, 1 violations found or a graph does not parse,\n"
		"2 usage, 3 cannot read a file.\n",
		RELKG_ONTOLOGY);
}

/* Returns -1 to go on, else the exit code. */
static int parse_args(int argc, char **argv, check_opts *o)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{"quiet", no_argument, NULL, 'q'},
		{"tsv", no_argument, NULL, 't'},
		{"ontology", required_argument, NULL, 'O'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "hq", longs, NULL)) != -1) {
		switch (c) {
		case 'h': usage(stdout); return RELKG_EXIT_OK;
		case 'q': o->quiet = 1; break;
		case 't': o->tsv = 1; break;
		case 'O': o->ontology = optarg; break;
		default: return relkg_usage_error("check", NULL);
		}
	}
	o->graphs = argv + optind;
	o->n_graphs = argc - optind;
	if (o->n_graphs == 0) {
		return relkg_usage_error("check", "no graph files given");
	}
	return -1;
}

static int read_into(relkg_rdf *r, const char *path, librdf_model *m, const char *what)
{
	relkg_status st = relkg_rdf_parse_file(r, path, m);
	if (st == RELKG_ERR_IO) {
		relkg_error("check: cannot read %s '%s'", what, path);
		return RELKG_EXIT_IO;
	}
	if (st != RELKG_OK) {
		relkg_error("check: %s '%s' does not parse", what, path);
		return RELKG_EXIT_DATA;
	}
	return -1;
}

static void print(const relkg_violations *v, int tsv)
{
	for (size_t i = 0; i < v->n; ++i) {
		const relkg_violation *x = &v->v[i];
		if (tsv) {
			printf("%s\t%s\t%s\t%s\n", x->focus, x->path, x->kind, x->message);
		} else {
			printf("%s %s: %s: %s\n", x->focus, x->path, x->kind, x->message);
		}
	}
}

static int validate(relkg_rdf *r, const check_opts *o, relkg_store *onto, relkg_store *data)
{
	int rc = read_into(r, o->ontology, onto->model, "ontology");
	for (int i = 0; i < o->n_graphs && rc < 0; ++i) {
		rc = read_into(r, o->graphs[i], data->model, "graph");
	}
	if (rc >= 0) {
		return rc;
	}
	relkg_violations v = {0};
	relkg_status st = relkg_check_graph(r->world, onto->model, data->model, &v);
	if (st != RELKG_OK) {
		relkg_error("check: %s", relkg_strerror(st));
		relkg_violations_clear(&v);
		return RELKG_EXIT_IO;
	}
	print(&v, o->tsv);
	if (!o->quiet) {
		fprintf(stderr, "relkg: check: %zu violation%s\n", v.n, v.n == 1 ? "" : "s");
	}
	rc = v.n ? RELKG_EXIT_DATA : RELKG_EXIT_OK;
	relkg_violations_clear(&v);
	return rc;
}

int relkg_cmd_check(int argc, char **argv)
{
	const char *env = getenv("RELKG_ONTOLOGY");
	check_opts o = {.ontology = env && *env ? env : RELKG_ONTOLOGY};
	int rc = parse_args(argc, argv, &o);
	if (rc >= 0) {
		return rc;
	}
	relkg_rdf r;
	if (relkg_rdf_open(&r) != RELKG_OK) {
		return RELKG_EXIT_IO;
	}
	relkg_store *onto = NULL, *data = NULL;
	if (relkg_store_triples(&r, &onto) != RELKG_OK || relkg_store_triples(&r, &data) != RELKG_OK) {
		rc = RELKG_EXIT_IO;
	} else {
		rc = validate(&r, &o, onto, data);
	}
	relkg_store_free(onto);
	relkg_store_free(data);
	relkg_rdf_close(&r);
	return rc;
}
