/* Input readers: table-registered handlers that turn checked UTF-8 bytes
 * into a finished relkg_doc through the doc builder (doc.h). */
#ifndef RELKG_READER_H
#define RELKG_READER_H
#include <stddef.h>
#include "doc.h"
#include "input.h"

typedef struct {
	const char *name;  /* -i NAME */
	const char *label; /* for --help */
	/* Reads data[0..len) (valid UTF-8, NUL-terminated) into doc and calls
	 * relkg_doc_finish.  On error fills diag->msg.  NULL for a reader
	 * of many articles per input (mediawiki: mediawiki.h, pages become jobs in cmd_extract.c). */
	relkg_status (*read)(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag);
	/* Does this look like the reader's format?  Used when -i is not given. */
	int (*sniff)(const char *data, size_t len, const char *path);
} relkg_reader;

extern const relkg_reader relkg_readers[]; /* terminated by name == NULL */

const relkg_reader *relkg_reader_by_name(const char *name);
/* The reader for an input: by extension, then by content; text otherwise. */
const relkg_reader *relkg_reader_guess(const char *data, size_t len, const char *path);

/* Each reader's entry points. */
relkg_status relkg_read_text(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag);
int relkg_sniff_text(const char *data, size_t len, const char *path);
relkg_status relkg_read_html(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag);
int relkg_sniff_html(const char *data, size_t len, const char *path);

#endif
