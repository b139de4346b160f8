/* HTML reader.  PLACEHOLDER until the libxml2 reader lands. */
#include "reader.h"

#include <string.h>

int relkg_sniff_html(const char *data, size_t len, const char *path)
{
	(void)data;
	(void)len;
	const char *dot = strrchr(path, '.');
	return dot && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0);
}

relkg_status relkg_read_html(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag)
{
	(void)doc;
	(void)data;
	(void)len;
	strncpy(diag->msg, "HTML reader not built yet", sizeof(diag->msg) - 1);
	return RELKG_ERR_INTERNAL;
}
