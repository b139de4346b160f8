/* Wikitext reader: a MediaWiki page's source into the same document model
 * as the text and HTML readers.
 *
 * Headings (== x ==) open sections, paragraphs and list items become
 * blocks, bold/italic markup goes, [[Target|shown]] links stay as their
 * shown text with the target recorded as a link span (doc->links), <ref>
 * elements become reference-list entries with "[n]" markers where they
 * stood ({{cite ...}} fields parsed), and templates, tables, files,
 * categories, comments and other non-prose markup are left out.  HTML
 * entities are decoded (libxml2's table). */
#ifndef RELKG_WIKITEXT_H
#define RELKG_WIKITEXT_H
#include <stddef.h>
#include "doc.h"
#include "input.h"

/* Reads the page source data[0..len) into doc under `title` (NULL: the
 * title is derived from doc->name) and finishes the document. */
RELKG_NODISCARD relkg_status relkg_wikitext_read(relkg_doc *doc, const char *title,
	const char *data, size_t len, relkg_diag *diag);

/* The reader-table entry points (-i wikitext). */
relkg_status relkg_read_wikitext(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag);
int relkg_sniff_wikitext(const char *data, size_t len, const char *path);

#endif
