/* Shared by the libFuzzer targets: a checked copy of the input (readers
 * want valid, NUL-terminated UTF-8; relkg_input_check makes it so or says
 * why not) and a null sink that aborts on any term that is not valid RDF,
 * the property rdfterm.c promises. */
#ifndef RELKG_FUZZ_COMMON_H
#define RELKG_FUZZ_COMMON_H
#include <stddef.h>
#include <stdint.h>

#include "sink.h"

/* malloc'd NUL-terminated copy of data, checked and normalized in place;
 * NULL when relkg_input_check refuses it.  *len is updated. */
char *relkg_fuzz_checked(const uint8_t *data, size_t *len);

/* A sink that only checks every term (aborts on an invalid one). */
void relkg_fuzz_null_sink(relkg_sink *sink);

#endif
