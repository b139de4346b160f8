#include "triggers.h"

#include <stdlib.h>

struct relkg_triggers {
	int unused;
};

relkg_status relkg_triggers_load(relkg_triggers **out, const char *dir, relkg_diag *diag)
{
	(void)dir;
	(void)diag;
	*out = calloc(1, sizeof(**out));
	return *out ? RELKG_OK : RELKG_ERR_NOMEM;
}

void relkg_triggers_free(relkg_triggers *gaz)
{
	free(gaz);
}
