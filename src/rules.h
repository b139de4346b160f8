/* The entity rule sets, in the order extract.c runs them: each fills the
 * mention table (mentions.h) and writes its facts.  Event and survey rule
 * sets run after these and read what they found. */
#ifndef RELKG_RULES_H
#define RELKG_RULES_H
#include "extract.h"

RELKG_NODISCARD relkg_status relkg_rules_countries(relkg_ctx *ctx); /* rules_countries.c */
RELKG_NODISCARD relkg_status relkg_rules_places(relkg_ctx *ctx);    /* rules_places.c */
RELKG_NODISCARD relkg_status relkg_rules_orgs(relkg_ctx *ctx);      /* rules_orgs.c */
RELKG_NODISCARD relkg_status relkg_rules_offices(relkg_ctx *ctx);   /* rules_offices.c */
RELKG_NODISCARD relkg_status relkg_rules_people(relkg_ctx *ctx);    /* rules_people.c */
RELKG_NODISCARD relkg_status relkg_rules_treaties(relkg_ctx *ctx);  /* rules_treaties.c */
RELKG_NODISCARD relkg_status relkg_rules_missions(relkg_ctx *ctx);  /* rules_missions.c */



#include <stddef.h>
#include "mentions.h"

/* person rkg:holds office, and an rkg:OfficeTerm for the mention at byte
 * `at` in sentence si with optional start/end dates (NULL: not stated) and
 * provenance. (rules_offices.c) */
RELKG_NODISCARD relkg_status relkg_emit_holds(relkg_ctx *ctx, size_t person, size_t office,
	size_t si, size_t at, const relkg_date *start, const relkg_date *end,
	const relkg_rule *rule, double confidence);
#endif
