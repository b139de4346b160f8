/* The progress line of a corpus run on stderr: articles done, MB of article
 * text, MB/s, and an ETA when the total is known.  Redrawn in place at most
 * ten times a second; only when enabled (stderr a terminal, no -q).  Other
 * messages call relkg_progress_clear first so they start on a clean line. */
#ifndef RELKG_PROGRESS_H
#define RELKG_PROGRESS_H
#include <stddef.h>

typedef struct relkg_progress relkg_progress;

/* total_files 0: unknown.  Returns NULL when disabled or out of memory
 * (every function below accepts NULL). */
relkg_progress *relkg_progress_new(int enabled, size_t total_files,
	unsigned long long total_bytes);
/* One input done, having read bytes. */
void relkg_progress_step(relkg_progress *p, size_t bytes);
/* Erases the line (before another message). */
void relkg_progress_clear(relkg_progress *p);
/* Draws the final figures, ends the line and frees p. */
void relkg_progress_free(relkg_progress *p);

/* Should a progress line be shown: stderr is a terminal and not quiet? */
int relkg_progress_wanted(int quiet);

#endif
