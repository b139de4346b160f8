#include "shard.h"

#include <errno.h>
#include <stdlib.h>

uint64_t relkg_shard_hash(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a 64 offset basis */
	for (size_t i = 0; i < len; ++i) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL; /* FNV 64 prime */
	}
	return h;
}

/* A decimal number >= 1 from s, ending at *end. */
static int number(const char *s, char **end, unsigned long *v)
{
	if (*s < '0' || *s > '9') {
		return 0;
	}
	errno = 0;
	*v = strtoul(s, end, 10);
	return errno == 0 && *v >= 1;
}

relkg_status relkg_shard_parse(relkg_shard *sh, const char *spec)
{
	char *end;
	unsigned long k, n;
	if (!number(spec, &end, &k) || *end != '/' || !number(end + 1, &end, &n) || *end ||
	    k > n) {
		return RELKG_ERR_ARG;
	}
	sh->k = k;
	sh->n = n;
	return RELKG_OK;
}

int relkg_shard_keeps(const relkg_shard *sh, const char *title, size_t len)
{
	if (sh->n <= 1) {
		return 1;
	}
	return relkg_shard_hash(title, len) % sh->n == sh->k - 1;
}
