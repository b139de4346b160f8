/* Plain-text reader.  PLACEHOLDER: first line is the title, every other
 * non-empty line a paragraph.  To be replaced by the layout-aware reader. */
#include "reader.h"

#include <string.h>

int relkg_sniff_text(const char *data, size_t len, const char *path)
{
	(void)data;
	(void)len;
	(void)path;
	return 1;
}

relkg_status relkg_read_text(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag)
{
	relkg_status st = RELKG_OK;
	int have_title = 0;
	size_t i = 0;
	while (i < len && st == RELKG_OK) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - data) : len;
		size_t b = i;
		while (b < e && (data[b] == ' ' || data[b] == '\t')) {
			++b;
		}
		if (b < e) {
			if (!have_title) {
				st = relkg_doc_set_title(doc, data + b, e - b);
				have_title = 1;
			} else {
				st = relkg_doc_add_block(doc, RELKG_BLOCK_PARAGRAPH, data + b, e - b);
			}
		}
		i = e + 1;
	}
	if (st == RELKG_OK) {
		st = relkg_doc_finish(doc);
	}
	if (st != RELKG_OK) {
		strncpy(diag->msg, relkg_strerror(st), sizeof(diag->msg) - 1);
	}
	return st;
}
