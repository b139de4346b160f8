/* Wiki links as entity evidence (rules_links.c). */
#ifndef RELKG_RULES_LINKS_H
#define RELKG_RULES_LINKS_H
#include "buf.h"
#include "extract.h"

/* The rule set: owl:sameAs from linked entities to DBpedia and between
 * entities linked to the same page.  Runs after the entity rule sets. */
RELKG_NODISCARD relkg_status relkg_rules_links(relkg_ctx *ctx);

/* Appends the DBpedia resource IRI of a page title to out. */
RELKG_NODISCARD relkg_status relkg_dbpedia_iri(relkg_buf *out, const char *title);

#endif
