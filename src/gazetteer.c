#include "gazetteer.h"

#include <stdlib.h>

struct relkg_gazetteer {
	int unused;
};

relkg_status relkg_gazetteer_load(relkg_gazetteer **out, const char *dir, relkg_diag *diag)
{
	(void)dir;
	(void)diag;
	*out = calloc(1, sizeof(**out));
	return *out ? RELKG_OK : RELKG_ERR_NOMEM;
}

void relkg_gazetteer_free(relkg_gazetteer *gaz)
{
	free(gaz);
}
