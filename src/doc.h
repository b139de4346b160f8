/* The document: one article as one normalized UTF-8 buffer plus spans.
 *
 * Readers (reader_text.c, reader_html.c, ...) never build the buffer
 * themselves: they call the builder functions below in reading order
 * (title, sections, blocks, references) and then relkg_doc_finish(), which
 * splits sentences, finds citation markers and computes code-point offsets.
 * So every reader yields the same document for the same article.
 *
 * Ownership: the doc owns every string and array it points to; spans are
 * byte offsets into doc->text.  relkg_doc_free frees it all in one go. */
#ifndef RELKG_DOC_H
#define RELKG_DOC_H
#include <stddef.h>
#include "relkg/relkg.h"

typedef struct {
	size_t begin; /* byte offset into doc->text */
	size_t end;   /* exclusive */
} relkg_span;

typedef enum {
	RELKG_BLOCK_TITLE,     /* the article title */
	RELKG_BLOCK_HEADING,   /* a section heading */
	RELKG_BLOCK_PARAGRAPH, /* running text */
	RELKG_BLOCK_CAPTION,   /* image caption */
	RELKG_BLOCK_ITEM,      /* list item (See also, Further reading, External links, ...) */
} relkg_block_kind;

typedef struct {
	relkg_block_kind kind;
	relkg_span span;
	size_t section; /* index into doc->sections; 0 = the lead */
} relkg_block;

typedef struct {
	char *number;  /* "1.2.1" as the contents list gives it, "" for the lead */
	char *title;   /* heading text ("" for the lead) */
	int level;     /* 0 lead, 1 = h2, 2 = h3, ... */
	relkg_span heading; /* span of the heading in text (empty for the lead) */
} relkg_section;

typedef struct {
	relkg_span span;
	size_t cp_begin; /* offsets in Unicode code points (NIF) */
	size_t cp_end;
	size_t block;    /* index into doc->blocks */
	size_t section;  /* index into doc->sections */
} relkg_sentence;

typedef struct {
	int number;      /* 1-based as in the reference list */
	char *text;      /* the entry as written */
	char *title;     /* parsed fields, NULL when not given */
	char *publisher;
	char *date;      /* ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) when parseable */
	char *url;       /* from HTML/wikitext links */
	char *accessed;  /* ISO date of "Retrieved ..."/"Accessed ...", NULL when not given */
} relkg_citation;

typedef struct {
	relkg_span span; /* "[3]" in text */
	int number;
	size_t sentence; /* index of the sentence it belongs to */
} relkg_marker;

/* A span whose target is known (a wiki link): the entity it names. */
typedef struct {
	relkg_span span;
	char *target; /* page title as linked ("Angela Merkel") */
} relkg_link;

typedef struct relkg_doc {
	char *name;   /* input name for messages ("-" for stdin) */
	char *title;
	char *source; /* source IRI, NULL when unknown */
	char *text;   /* the cleaned article text; NUL-terminated */
	size_t len;   /* bytes */
	size_t cp_len; /* code points */

	relkg_block *blocks;
	size_t n_blocks;
	relkg_section *sections;
	size_t n_sections;
	relkg_sentence *sentences;
	size_t n_sentences;
	relkg_citation *citations;
	size_t n_citations;
	relkg_marker *markers;
	size_t n_markers;
	relkg_link *links; /* sorted by position (readers add them in order) */
	size_t n_links;

	void *priv; /* builder state, then the code-point index */
} relkg_doc;

/* A new empty document.  `name` names the input in messages. */
relkg_doc *relkg_doc_new(const char *name);
void relkg_doc_free(relkg_doc *doc);

/* --- builder, in reading order --- */
/* Sets the title and appends it as the first block. */
RELKG_NODISCARD relkg_status relkg_doc_set_title(relkg_doc *doc, const char *s, size_t n);
RELKG_NODISCARD relkg_status relkg_doc_set_source(relkg_doc *doc, const char *iri);
/* Opens a section: its heading is appended as a HEADING block. */
RELKG_NODISCARD relkg_status relkg_doc_begin_section(relkg_doc *doc, int level,
	const char *number, const char *title, size_t title_len);
/* Appends a block; white space runs are folded to one space and trimmed.
 * Empty blocks are ignored. */
RELKG_NODISCARD relkg_status relkg_doc_add_block(relkg_doc *doc, relkg_block_kind kind,
	const char *s, size_t n);
/* Adds reference-list entry `number` (the text is not part of doc->text). */
RELKG_NODISCARD relkg_status relkg_doc_add_reference(relkg_doc *doc, int number,
	const char *s, size_t n, const char *url);
/* Records that doc text [begin, end) links to page `target` (doc_links.c).
 * Offsets are absolute in the text built so far. */
RELKG_NODISCARD relkg_status relkg_doc_add_link(relkg_doc *doc, size_t begin, size_t end,
	const char *target, size_t target_len);
/* Byte length of the text built so far (for readers computing link offsets). */
size_t relkg_doc_built_len(const relkg_doc *doc);
void relkg_doc_free_links(relkg_doc *doc);

/* Splits sentences, ties markers to sentences and references, computes code
 * point offsets.  RELKG_ERR_EMPTY when the article has no text. */
RELKG_NODISCARD relkg_status relkg_doc_finish(relkg_doc *doc);

/* Code-point offset of byte offset `byte` (valid after finish). */
size_t relkg_doc_cp(const relkg_doc *doc, size_t byte);

/* Index of the sentence containing byte offset `byte`, or (size_t)-1. */
size_t relkg_doc_sentence_at(const relkg_doc *doc, size_t byte);

#endif
