/* Test helpers: read a file through a reader into a finished doc, and print
 * a doc's blocks, sentences and references (RELKG_DUMP=1 when debugging). */
#ifndef RELKG_TEST_DOC_DUMP_H
#define RELKG_TEST_DOC_DUMP_H
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "input.h"
#include "reader.h"

static inline relkg_doc *read_doc(const char *path, const char *reader_name)
{
	char *data = NULL;
	size_t len = 0;
	relkg_diag diag = {{0}};
	if (relkg_input_read(path, &data, &len, &diag) != RELKG_OK) {
		fprintf(stderr, "%s: %s\n", path, diag.msg);
		return NULL;
	}
	const relkg_reader *r = reader_name ? relkg_reader_by_name(reader_name)
					    : relkg_reader_guess(data, len, path);
	relkg_doc *doc = relkg_doc_new(path);
	if (doc && r->read(doc, data, len, &diag) != RELKG_OK) {
		fprintf(stderr, "%s: %s\n", path, diag.msg);
		relkg_doc_free(doc);
		doc = NULL;
	}
	free(data);
	return doc;
}

static inline void dump_doc(const relkg_doc *d, FILE *f)
{
	static const char *const kinds[] = {"TITLE", "HEADING", "PARA", "CAPTION", "ITEM"};
	fprintf(f, "== %s: title \"%s\"\n", d->name, d->title ? d->title : "(none)");
	for (size_t i = 0; i < d->n_blocks; ++i) {
		const relkg_block *b = &d->blocks[i];
		const relkg_section *s = &d->sections[b->section];
		fprintf(f, "%-7s [%s L%d] %.*s\n", kinds[b->kind], s->number, s->level,
			(int)(b->span.end - b->span.begin), d->text + b->span.begin);
		for (size_t k = 0; k < d->n_sentences; ++k) {
			const relkg_sentence *se = &d->sentences[k];
			if (se->block == i) {
				fprintf(f, "    S%zu |%.*s|\n", k, (int)(se->span.end - se->span.begin),
					d->text + se->span.begin);
			}
		}
	}
	for (size_t i = 0; i < d->n_citations; ++i) {
		const relkg_citation *c = &d->citations[i];
		fprintf(f, "REF %d |%s| title=%s publisher=%s date=%s\n", c->number, c->text,
			c->title ? c->title : "-", c->publisher ? c->publisher : "-",
			c->date ? c->date : "-");
	}
	for (size_t i = 0; i < d->n_markers; ++i) {
		fprintf(f, "MARK [%d] in S%zu\n", d->markers[i].number, d->markers[i].sentence);
	}
}

#endif
