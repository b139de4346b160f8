/* Shared by the libFuzzer targets: a checked copy of the input (readers
 * want valid, NUL-terminated UTF-8; relkg_input_check makes it so or says
 * why not) and a null sink that aborts on any term that is not valid RDF,
 * the property rdfterm.c promises. */
#ifndef RELKG_FUZZ_COMMON_H
#define RELKG_FUZZ_COMMON_H
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "input.h"
#include "sink.h"

/* malloc'd NUL-terminated copy of data, checked and normalized in place;
 * NULL when relkg_input_check refuses it.  *len is updated. */
char *relkg_fuzz_checked(const uint8_t *data, size_t *len);

/* A reader's entry point (relkg_read_text, relkg_read_html, ...). */
typedef relkg_status (*relkg_fuzz_read_fn)(relkg_doc *doc, const char *data, size_t len,
					   relkg_diag *diag);

/* One reader target's whole body: a checked copy of the input read into a
 * document named name, which must finish or fail with a message (aborts
 * otherwise).  Returns 0 for libFuzzer. */
int relkg_fuzz_reader(const uint8_t *data, size_t size, const char *name,
		      relkg_fuzz_read_fn read);

struct relkg_lexicon;

/* The lexicon of relkg's data directory, loaded on the first call and kept
 * for the process; NULL (said once on stderr, naming target) when it cannot
 * be loaded, so the entity rules are skipped. */
const struct relkg_lexicon *relkg_fuzz_lexicon(const char *target);

/* A sink that only checks every term (aborts on an invalid one). */
void relkg_fuzz_null_sink(relkg_sink *sink);

#endif
