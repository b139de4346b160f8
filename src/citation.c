#include "citation.h"

relkg_status relkg_citation_parse(relkg_citation *c)
{
	(void)c;
	return RELKG_OK;
}
