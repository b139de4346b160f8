/* The inputs of one extract run, enumerated lazily in a fixed order:
 * operands in command-line order; a directory is walked recursively, each
 * level's entries sorted bytewise (strcmp, independent of the locale) and
 * names beginning with '.' skipped; --files-from LIST adds one path per line
 * (LIST "-" is standard input; empty lines are skipped; a listed directory
 * is walked too).  "-" as an operand is standard input, one article.
 *
 * Memory: one sorted listing per directory level being walked, never the
 * whole corpus.  Symbolic links to files are followed, symbolic links to
 * directories are not (no cycles).
 *
 * Ownership: the corpus borrows the operand array; paths returned by
 * relkg_corpus_next are owned by the corpus until the next call. */
#ifndef RELKG_CORPUS_H
#define RELKG_CORPUS_H
#include <stddef.h>
#include "input.h"

typedef struct relkg_corpus relkg_corpus;

/* files_from may be NULL. */
RELKG_NODISCARD relkg_status relkg_corpus_new(relkg_corpus **c, char *const *operands,
	size_t n_operands, const char *files_from, relkg_diag *diag);
void relkg_corpus_free(relkg_corpus *c);

/* Next input path: RELKG_OK with *path set, RELKG_NO_MATCH at the end, or
 * an error about a directory or the list (diag names it; *path is then the
 * offending name and the walk goes on with the next entry). */
RELKG_NODISCARD relkg_status relkg_corpus_next(relkg_corpus *c, const char **path,
	relkg_diag *diag);

/* Never hands out the file open on fd (the run's output, when it is a
 * regular file), so a run that writes into the tree it reads cannot feed
 * on its own output: found in a directory it is passed over; named as an
 * input it is an error, as in cat ("input file is the output file"). */
void relkg_corpus_exclude_fd(relkg_corpus *c, int fd);

/* Is this a corpus run (several articles): more than one operand, a
 * directory operand, or a file list? */
int relkg_corpus_is_many(char *const *operands, size_t n_operands, const char *files_from);

/* Counts the files and their bytes by walking the same inputs once more
 * (for the progress line's ETA).  RELKG_NO_MATCH when that is impossible
 * (standard input in the inputs). */
RELKG_NODISCARD relkg_status relkg_corpus_count(char *const *operands, size_t n_operands,
	const char *files_from, size_t *files, unsigned long long *bytes);

#endif
