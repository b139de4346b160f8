/* Link spans of a document (wiki links: the page a span names). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"

relkg_status relkg_doc_add_link(relkg_doc *doc, size_t begin, size_t end, const char *target,
				size_t target_len)
{
	size_t n = doc->n_links;
	if ((n & (n - 1)) == 0) { /* 0, 1, 2, 4, ...: grow to the next power of two */
		relkg_link *nl = realloc(doc->links, (n ? n * 2 : 1) * sizeof(*nl));
		if (!nl) {
			return RELKG_ERR_NOMEM;
		}
		doc->links = nl;
	}
	relkg_link *l = &doc->links[n];
	l->span.begin = begin;
	l->span.end = end;
	l->target = relkg_strndup(target, target_len);
	if (!l->target) {
		return RELKG_ERR_NOMEM;
	}
	doc->n_links++;
	return RELKG_OK;
}

void relkg_doc_free_links(relkg_doc *doc)
{
	for (size_t i = 0; i < doc->n_links; ++i) {
		free(doc->links[i].target);
	}
	free(doc->links);
	doc->links = NULL;
	doc->n_links = 0;
}
