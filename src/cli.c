#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relkg/relkg.h"

#ifndef RELKG_DATADIR
#define RELKG_DATADIR "data"
#endif

const relkg_command relkg_commands[] = {
	{"extract", "read articles, write their knowledge graph", relkg_cmd_extract},
	{"eval", "score a graph against a gold fact file (P/R/F1 per kind)", relkg_cmd_eval},
	{"query", "run SPARQL over graph files or a store", relkg_cmd_query},
	{"load", "load graphs into a Redland store", relkg_cmd_load},
	{"check", "validate a graph against the ontology and the contract", relkg_cmd_check},
	{NULL, NULL, NULL},
};

void relkg_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("relkg: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int relkg_usage_error(const char *cmd, const char *fmt, ...)
{
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		fprintf(stderr, "relkg: %s: ", cmd);
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
		va_end(ap);
	}
	fprintf(stderr, "Try 'relkg %s --help'.\n", cmd);
	return RELKG_EXIT_USAGE;
}

const char *relkg_data_dir(const char *option)
{
	if (option) {
		return option;
	}
	const char *env = getenv("RELKG_DATA");
	return env && *env ? env : RELKG_DATADIR;
}

static void usage(FILE *fh)
{
	fprintf(fh, "Usage: relkg COMMAND [OPTION]... [ARG]...\n"
		    "Turn encyclopedia articles about relations between countries into an\n"
		    "RDF knowledge graph with sentence-level provenance.\n\nCommands:\n");
	for (const relkg_command *c = relkg_commands; c->name; ++c) {
		fprintf(fh, "  %-9s %s\n", c->name, c->summary);
	}
	fprintf(fh, "\n'relkg COMMAND --help' describes a command.\n"
		    "  -h, --help     show this help and exit\n"
		    "  -v, --version  show the version and exit\n\n"
		    "Exit status: 0 success, 1 bad input data, 2 usage error,\n"
		    "3 input/output error, 4 some inputs skipped.\n");
}

static int finish_stdout(int rc)
{
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc != RELKG_EXIT_IO) {
		relkg_error("(standard output): write error: %s", strerror(errno));
		return RELKG_EXIT_IO;
	}
	return rc;
}

int relkg_cli_main(int argc, char **argv)
{
	if (argc < 2) {
		relkg_error("no command given");
		usage(stderr);
		return RELKG_EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
		usage(stdout);
		return finish_stdout(RELKG_EXIT_OK);
	}
	if (!strcmp(cmd, "-v") || !strcmp(cmd, "--version")) {
		printf("relkg %s\n", RELKG_VERSION);
		return finish_stdout(RELKG_EXIT_OK);
	}
	for (const relkg_command *c = relkg_commands; c->name; ++c) {
		if (!strcmp(c->name, cmd)) {
			/* getopt names argv[0] in its complaints ("unrecognized
			 * option"): make that "relkg: extract" so that every
			 * message starts with "relkg:". */
			char prog[64];
			snprintf(prog, sizeof(prog), "relkg: %s", c->name);
			argv[1] = prog;
			return finish_stdout(c->run(argc - 1, argv + 1));
		}
	}
	relkg_error("unknown command '%s'", cmd);
	fprintf(stderr, "Try 'relkg --help'.\n");
	return RELKG_EXIT_USAGE;
}
