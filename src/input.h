/* Reading an input file into memory, checked: size limit, UTF-8 validity,
 * NUL bytes, UTF-16/UTF-8 byte-order marks, binary data.  CRLF and lone CR
 * become LF.  The buffer belongs to the caller (free()). */
#ifndef RELKG_INPUT_H
#define RELKG_INPUT_H
#include <stddef.h>
#include "relkg/relkg.h"

#define RELKG_INPUT_MAX ((size_t)256 * 1024 * 1024) /* one article: 256 MiB */

typedef struct {
	char msg[256]; /* what is wrong, for the error message */
} relkg_diag;

/* Reads path ("-" = stdin) whole into *out (NUL-terminated, *len bytes). */
RELKG_NODISCARD relkg_status relkg_input_read(const char *path, char **out, size_t *len,
	relkg_diag *diag);

/* Checks and normalizes a buffer in place (what relkg_input_read does after
 * reading): BOM, encoding, NUL, line ends.  *len may shrink. */
RELKG_NODISCARD relkg_status relkg_input_check(char *data, size_t *len, relkg_diag *diag);

#endif
