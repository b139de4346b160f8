/* The event trigger lexicon: verbs and nouns with their event class, CAMEO
 * code, PLOVER category and argument frame.  Loaded from data/lexicon/.
 * PLACEHOLDER interface: to be filled in by the event work (issue 4). */
#ifndef RELKG_TRIGGERS_H
#define RELKG_TRIGGERS_H
#include "input.h"

typedef struct relkg_triggers relkg_triggers;

RELKG_NODISCARD relkg_status relkg_triggers_load(relkg_triggers **out, const char *dir,
	relkg_diag *diag);
void relkg_triggers_free(relkg_triggers *gaz);

#endif
