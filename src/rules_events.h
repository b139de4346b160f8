/* The event rule set (issue 4): finds events (event_find.h) and writes
 * them as rkg:Event nodes with codes, arguments, label and provenance.
 * Registered in extract.c after the entity rule sets, whose mention table
 * it reads. */
#ifndef RELKG_RULES_EVENTS_H
#define RELKG_RULES_EVENTS_H
#include "extract.h"

RELKG_NODISCARD relkg_status relkg_rules_events(relkg_ctx *ctx);

#endif
