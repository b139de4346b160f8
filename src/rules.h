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

#endif
