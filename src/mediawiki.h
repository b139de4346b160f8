/* MediaWiki XML export streams (pages-articles dumps), read page by page
 * with libxml2's streaming reader: no DOM of the dump, no network, no
 * external entities or DTD loading, entity substitution off, libxml2's
 * size guards kept (no XML_PARSE_HUGE).  Only namespace 0 (articles);
 * redirects skipped; an optional PCRE2 pattern selects titles.
 *
 * Ownership: the dump owns the title and text it hands out; they stay
 * valid until the next call to relkg_dump_next or relkg_dump_free. */
#ifndef RELKG_MEDIAWIKI_H
#define RELKG_MEDIAWIKI_H
#include <stddef.h>
#include "input.h"

typedef struct relkg_dump relkg_dump;

/* Opens path ("-" = standard input).  select may be NULL (all titles). */
RELKG_NODISCARD relkg_status relkg_dump_open(relkg_dump **out, const char *path,
	const char *select, relkg_diag *diag);

/* The next selected article page.  RELKG_NO_MATCH at the end of the dump;
 * RELKG_ERR_SYNTAX for malformed or truncated XML (diag says where). */
RELKG_NODISCARD relkg_status relkg_dump_next(relkg_dump *d, const char **title,
	const char **text, size_t *len, relkg_diag *diag);

/* Pages passed over so far: other namespaces, redirects, unselected. */
size_t relkg_dump_skipped(const relkg_dump *d);

void relkg_dump_free(relkg_dump *d);

/* Does data look like a MediaWiki export (<mediawiki ...>)? */
int relkg_dump_sniff(const char *data, size_t len);

#endif
