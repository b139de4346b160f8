#include "lexicon.h"

#include <stdlib.h>

#include "gazetteer.h"
#include "triggers.h"

relkg_status relkg_lexicon_load(relkg_lexicon **out, const char *dir, relkg_diag *diag)
{
	relkg_lexicon *lex = calloc(1, sizeof(*lex));
	if (!lex) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = relkg_gazetteer_load(&lex->gaz, dir, diag);
	if (st == RELKG_OK) {
		st = relkg_triggers_load(&lex->triggers, dir, diag);
	}
	if (st != RELKG_OK) {
		relkg_lexicon_free(lex);
		return st;
	}
	*out = lex;
	return RELKG_OK;
}

void relkg_lexicon_free(relkg_lexicon *lex)
{
	if (lex) {
		relkg_gazetteer_free(lex->gaz);
		relkg_triggers_free(lex->triggers);
		free(lex);
	}
}
