/* "Foreign Minister Alexander Downer and his Indonesian counterpart,
 * Hassan Wirajuda": the person named after "his DEMONYM counterpart" holds
 * the post of the office holder named before, in the state of the
 * demonym.  Part of the offices rule set (rules_offices.c).
 *
 * Ownership: adds mentions and entities to ctx's table and facts to its
 * graph; owns nothing. */
#ifndef RELKG_OFFICE_COUNTERPART_H
#define RELKG_OFFICE_COUNTERPART_H
#include <stddef.h>

#include "extract.h"

/* May the pattern match at text[i]: does "his" or "her" begin there, by
 * its first byte ('h' or 'H')?  Inline: the offices rule set asks at
 * every word it has matched nothing at, most of them no 'h'. */
static inline int relkg_office_counterpart_may_be_at(const char *text, size_t i)
{
	return ((unsigned char)text[i] | 0x20u) == 'h';
}

/* Tries the pattern at word i of sentence si; *next is where the scan goes
 * on (past the name when it matched, else i + 1). */
RELKG_NODISCARD relkg_status relkg_office_counterpart_at(relkg_ctx *ctx, size_t si, size_t i,
	size_t *next);

#endif
