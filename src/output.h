/* An output file written atomically: a temporary file in the same
 * directory, checked writes, fsync, then rename over the target.  Until
 * commit succeeds the target is untouched; abort removes the temporary.
 * "-" is standard output (no rename; errors still checked). */
#ifndef RELKG_OUTPUT_H
#define RELKG_OUTPUT_H
#include <stdio.h>
#include "input.h"

typedef struct relkg_output relkg_output;

RELKG_NODISCARD relkg_status relkg_output_open(relkg_output **out, const char *path,
	relkg_diag *diag);
FILE *relkg_output_file(relkg_output *out); /* borrowed */
/* Asks the kernel to start writing what has reached the file so far, without
 * waiting: called every few MB, it spreads the disk writes over the run and
 * leaves little for commit's fsync.  A no-op for standard output and
 * devices. */
void relkg_output_write_behind(relkg_output *out);
/* Flushes, syncs, closes and renames; frees out. */
RELKG_NODISCARD relkg_status relkg_output_commit(relkg_output *out, relkg_diag *diag);
/* Closes and removes the temporary; frees out.  NULL is a no-op. */
void relkg_output_abort(relkg_output *out);

#endif
