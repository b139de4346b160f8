/* The command line: a table of subcommands, each a main-like function
 * returning a documented exit code (relkg/relkg.h). */
#ifndef RELKG_CLI_H
#define RELKG_CLI_H

typedef struct {
	const char *name;
	const char *summary;
	int (*run)(int argc, char **argv); /* argv[0] is the subcommand name */
} relkg_command;

extern const relkg_command relkg_commands[]; /* name == NULL ends it */

int relkg_cli_main(int argc, char **argv);

/* Prints "relkg: " + message to stderr unless quiet. */
void relkg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A usage error of subcommand cmd: "relkg: cmd: message" and a pointer to
 * "relkg cmd --help" on stderr (fmt NULL: the pointer only, after
 * getopt's own message).  Returns RELKG_EXIT_USAGE. */
int relkg_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Subcommands. */
int relkg_cmd_extract(int argc, char **argv);
int relkg_cmd_eval(int argc, char **argv);
int relkg_cmd_query(int argc, char **argv);
int relkg_cmd_load(int argc, char **argv);
int relkg_cmd_check(int argc, char **argv);

/* Where the lexicons live: --data, else $RELKG_DATA, else the build's. */
const char *relkg_data_dir(const char *option);

#endif
