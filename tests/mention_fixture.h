/* Test fixture for the event and survey rules: a document built from
 * paragraphs and a mention table built by hand (what the entity rule sets
 * would find), so the rules are tested on their own. */
#ifndef RELKG_TEST_MENTION_FIXTURE_H
#define RELKG_TEST_MENTION_FIXTURE_H
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "graph.h"
#include "iri.h"
#include "mentions.h"
#include "sink.h"

static inline relkg_doc *fx_doc(const char *title, const char *const *paras)
{
	relkg_doc *d = relkg_doc_new("test");
	if (!d || relkg_doc_set_title(d, title, strlen(title))) {
		return NULL;
	}
	for (; *paras; ++paras) {
		if (relkg_doc_add_block(d, RELKG_BLOCK_PARAGRAPH, *paras, strlen(*paras))) {
			return NULL;
		}
	}
	return relkg_doc_finish(d) == RELKG_OK ? d : NULL;
}

/* An entity: IRI https://w3id.org/relkg/id/<kind>/<slug of label>. */
static inline size_t fx_ent(relkg_mentions *m, relkg_ent_kind k, const char *kind, const char *label)
{
	relkg_buf b;
	relkg_buf_init(&b);
	size_t i = RELKG_NONE;
	if (relkg_iri_entity(&b, "https://w3id.org/relkg/id/", kind, label, strlen(label)) ==
	    RELKG_OK) {
		i = relkg_mentions_entity(m, k, b.data, label, strlen(label));
	}
	relkg_buf_clear(&b);
	return i;
}

static int fx_word_edge(const char *text, size_t i)
{
	unsigned char c = (unsigned char)text[i];
	return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

/* Marks every whole-word occurrence of needle as a mention of ent. */
static inline void fx_mark(relkg_mentions *m, const relkg_doc *d, const char *needle, size_t ent,
		    unsigned flags)
{
	size_t n = strlen(needle);
	for (const char *p = strstr(d->text, needle); p; p = strstr(p + 1, needle)) {
		size_t b = (size_t)(p - d->text);
		if ((b > 0 && !fx_word_edge(d->text, b - 1)) || !fx_word_edge(d->text, b + n)) {
			continue;
		}
		relkg_span sp = {b, b + n};
		if (relkg_mentions_add(m, sp, relkg_doc_sentence_at(d, b), ent, flags)) {
			abort();
		}
	}
}

static inline void fx_date(relkg_mentions *m, const relkg_doc *d, const char *needle, const char *iso,
		    const char *xsd)
{
	const char *p = strstr(d->text, needle);
	if (!p) {
		abort();
	}
	relkg_date x;
	memset(&x, 0, sizeof(x));
	x.span.begin = (size_t)(p - d->text);
	x.span.end = x.span.begin + strlen(needle);
	x.sentence = relkg_doc_sentence_at(d, x.span.begin);
	snprintf(x.iso, sizeof(x.iso), "%s", iso);
	x.xsd = xsd;
	if (relkg_mentions_add_date(m, &x)) {
		abort();
	}
}

/* A sink that keeps statements as "<s> <p> o" lines. */
static relkg_status fx_stmt(void *h, const relkg_term *s, const relkg_term *p,
			    const relkg_term *o)
{
	relkg_buf *b = h;
	relkg_status st = relkg_buf_printf(b, "<%s> <%s> ", s->value, p->value);
	if (!st) {
		st = o->kind == RELKG_TERM_IRI ? relkg_buf_printf(b, "<%s>\n", o->value)
					       : relkg_buf_printf(b, "\"%s\"\n", o->value);
	}
	return st;
}

static relkg_status fx_nop(void *h)
{
	(void)h;
	return RELKG_OK;
}

static relkg_status fx_begin(void *h, const char *g)
{
	(void)h;
	(void)g;
	return RELKG_OK;
}

/* All statements of g as text (caller frees). */
static inline char *fx_dump(relkg_graph *g)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_sink sink = {&b, fx_begin, fx_stmt, fx_nop, NULL};
	if (relkg_graph_flush(g, &sink, NULL) != RELKG_OK) {
		relkg_buf_clear(&b);
		return NULL;
	}
	return relkg_buf_steal(&b);
}

/* Lines of dump containing both a and b. */
static inline int fx_count(const char *dump, const char *a, const char *b)
{
	int n = 0;
	for (const char *l = dump; l && *l;) {
		const char *e = strchr(l, '\n');
		size_t len = e ? (size_t)(e - l) : strlen(l);
		char line[2048];
		if (len < sizeof(line)) {
			memcpy(line, l, len);
			line[len] = '\0';
			n += strstr(line, a) && (!b || strstr(line, b));
		}
		l = e ? e + 1 : NULL;
	}
	return n;
}

#endif
