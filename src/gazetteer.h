/* The gazetteer: countries (ISO 3166 spine plus historical states) with
 * aliases, demonyms and capitals; cities; office titles; month names.
 * Loaded from data/lexicon/.  PLACEHOLDER interface: to be filled in by the
 * entity work (issue 3). */
#ifndef RELKG_GAZETTEER_H
#define RELKG_GAZETTEER_H
#include "input.h"

typedef struct relkg_gazetteer relkg_gazetteer;

RELKG_NODISCARD relkg_status relkg_gazetteer_load(relkg_gazetteer **out, const char *dir,
	relkg_diag *diag);
void relkg_gazetteer_free(relkg_gazetteer *gaz);

#endif
