/* One librdf world with relkg's own log handler, so raptor/rasqal/librdf
 * messages are printed exactly once, as "relkg: WHERE:LINE:COL: level: msg",
 * and counted.  Commands set `where` (the file or query being read) and, for
 * queries, `line_offset` (lines relkg prepended) and `text` (the user's
 * query, to find the column rasqal does not report).
 *
 * The world and the struct belong to the caller; relkg_rdf_close frees the
 * world. */
#ifndef RELKG_RDFWORLD_H
#define RELKG_RDFWORLD_H
#include <redland.h>
#include "relkg/relkg.h"

typedef struct {
	librdf_world *world;
	const char *where;  /* borrowed; NULL prints no location prefix */
	int line_offset;    /* subtracted from reported lines */
	const char *text;   /* borrowed; the user's query text or NULL */
	unsigned errors;
	unsigned warnings;
	int quiet;          /* suppress warnings (errors are always printed) */
	int mute;           /* drop every message (an expected failure) */
	char *seen[32];     /* warnings already printed (owned) */
} relkg_rdf;

RELKG_NODISCARD relkg_status relkg_rdf_open(relkg_rdf *r);
void relkg_rdf_close(relkg_rdf *r);

/* Reads a graph file (any syntax raptor reads; guessed from the name and
 * content; "-" = stdin) into model.
 * RELKG_ERR_IO if it cannot be read, RELKG_ERR_SYNTAX if it does not parse
 * (messages already printed). */
RELKG_NODISCARD relkg_status relkg_rdf_parse_file(relkg_rdf *r, const char *path,
	librdf_model *model);

/* The raptor parser name for a file: by extension, else by content. */
const char *relkg_rdf_guess_parser(relkg_rdf *r, const char *path, const unsigned char *head,
	size_t len);

/* Reads a whole file ("-" = stdin) into a NUL-terminated malloc'd buffer. */
RELKG_NODISCARD relkg_status relkg_rdf_slurp(const char *path, char **out, size_t *len);



/* Like relkg_rdf_parse_file, through raptor directly so that named graphs
 * survive (librdf's parser drops them): statements in a named graph go to
 * `graphs` in that context, the others to `plain`. */
RELKG_NODISCARD relkg_status relkg_rdf_parse_quads(relkg_rdf *r, const char *path,
	librdf_model *plain, librdf_model *graphs);
#endif
