/* General knowledge, loaded once from the data directory (data/lexicon/):
 * the gazetteer (countries with their aliases, demonyms and capitals;
 * cities; office titles; month names) and the event trigger lexicon.
 * Nothing in it belongs to a particular article.  Read-only after load;
 * shared by every article of a run. */
#ifndef RELKG_LEXICON_H
#define RELKG_LEXICON_H
#include "input.h"

struct relkg_gazetteer; /* gazetteer.h */
struct relkg_triggers;  /* triggers.h */

typedef struct relkg_lexicon {
	struct relkg_gazetteer *gaz;
	struct relkg_triggers *triggers;
} relkg_lexicon;

/* Loads every lexicon file under dir.  On error diag names the file and
 * line. */
RELKG_NODISCARD relkg_status relkg_lexicon_load(relkg_lexicon **out, const char *dir,
	relkg_diag *diag);
void relkg_lexicon_free(relkg_lexicon *lex);

#endif
