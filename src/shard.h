/* Splitting a corpus across machines: --shard K/N keeps the articles whose
 * stable title hash (FNV-1a 64 of the title's UTF-8 bytes) modulo N is K-1.
 * The hash depends on the title alone, never on file names, order or the
 * machine, so N runs on N hosts together cover every article exactly once. */
#ifndef RELKG_SHARD_H
#define RELKG_SHARD_H
#include <stddef.h>
#include <stdint.h>
#include "relkg/relkg.h"

typedef struct {
	unsigned long k; /* 1..n */
	unsigned long n; /* 1 keeps everything */
} relkg_shard;

/* FNV-1a 64 of s[0..len). */
uint64_t relkg_shard_hash(const char *s, size_t len);

/* Parses "K/N" (1 <= K <= N); RELKG_ERR_ARG when malformed. */
RELKG_NODISCARD relkg_status relkg_shard_parse(relkg_shard *sh, const char *spec);

/* Does the article with this title belong to the shard? */
int relkg_shard_keeps(const relkg_shard *sh, const char *title, size_t len);

#endif
