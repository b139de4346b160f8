/* The document's own graph: article, context, sections, sentences and
 * citations, with the links between them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "rdfterm.h"
#include "try.h"

/* Does a piece of the text begin or end at byte i: not inside a UTF-8
 * sequence (a continuation byte there)? */
static int at_code_point(const relkg_doc *d, size_t i)
{
	return i >= d->len || ((unsigned char)d->text[i] & 0xC0) != 0x80;
}

/* The article's text as the context's nif:isString; *clean says whether
 * it needed no repair (then neither does a piece of it cut between code
 * points: each sentence's nif:anchorOf). */
static relkg_status emit_text(relkg_ctx *ctx, int *clean)
{
	const relkg_doc *d = ctx->doc;
	relkg_graph_node c;
	relkg_status st = relkg_graph_node_of(ctx->graph, ctx->context_iri, &c);
	if (st != RELKG_OK) {
		return st;
	}
	*clean = relkg_rdfterm_literal_clean(d->text, d->len);
	return *clean ? relkg_graph_text_clean_n(ctx->graph, c, "nif:isString", d->text, d->len,
						 NULL)
		      : relkg_graph_text_n(ctx->graph, c, "nif:isString", d->text, d->len, NULL);
}

static relkg_status emit_article(relkg_ctx *ctx, int *clean)
{
	const relkg_doc *d = ctx->doc;
	relkg_graph *g = ctx->graph;
	const char *a = ctx->article_iri, *c = ctx->context_iri;
	const char *title = d->title ? d->title : d->name;
	relkg_status st;
	TRY(st, relkg_graph_type(g, a, "rkg:Article"));
	TRY(st, relkg_graph_text(g, a, RELKG_V(rdfs_label), title, strlen(title), "en"));
	TRY(st, relkg_graph_text(g, a, "dcterms:title", title, strlen(title), "en"));
	if (d->source) {
		TRY(st, relkg_graph_iri(g, a, "dcterms:source", d->source));
	}
	TRY(st, relkg_graph_iri(g, a, "rkg:context", c));
	TRY(st, relkg_graph_type(g, c, "nif:Context"));
	TRY(st, relkg_graph_type(g, c, RELKG_V(nif_OffsetBasedString)));
	TRY(st, emit_text(ctx, clean));
	TRY(st, relkg_graph_uint(g, c, RELKG_V(nif_beginIndex), 0,
				 RELKG_V(xsd_nonNegativeInteger)));
	TRY(st, relkg_graph_uint(g, c, RELKG_V(nif_endIndex), d->cp_len,
				 RELKG_V(xsd_nonNegativeInteger)));
	return RELKG_OK;
}

static relkg_status section_iri(relkg_ctx *ctx, size_t i, relkg_buf *out)
{
	const relkg_section *s = &ctx->doc->sections[i];
	relkg_status st; /* one per sentence: without printf */
	out->len = 0;
	TRY(st, relkg_buf_puts(out, ctx->article_iri));
	TRY(st, relkg_buf_append(out, "#section-", 9));
	if (i == 0 || !s->number[0]) {
		return relkg_buf_putu(out, i);
	}
	return relkg_buf_puts(out, s->number);
}

static relkg_status emit_sections(relkg_ctx *ctx, relkg_buf *b)
{
	relkg_status st;
	for (size_t i = 0; i < ctx->doc->n_sections; ++i) {
		const relkg_section *s = &ctx->doc->sections[i];
		TRY(st, section_iri(ctx, i, b));
		const char *label = i == 0 ? "(lead)" : s->title;
		TRY(st, relkg_graph_type(ctx->graph, b->data, "rkg:Section"));
		TRY(st, relkg_graph_text(ctx->graph, b->data, RELKG_V(rdfs_label), label, strlen(label),
					 "en"));
		TRY(st, relkg_graph_iri(ctx->graph, b->data, "dcterms:isPartOf", ctx->article_iri));
		if (s->number[0]) {
			TRY(st, relkg_graph_text(ctx->graph, b->data, "rkg:sectionNumber", s->number,
						 strlen(s->number), NULL));
		}
	}
	return RELKG_OK;
}

static relkg_status citation_iri(relkg_ctx *ctx, int number, relkg_buf *out)
{
	out->len = 0;
	if (number < 0) {
		return relkg_buf_printf(out, "%s#citation-%d", ctx->article_iri, number);
	}
	relkg_status st; /* one per citation and per marker: without printf */
	TRY(st, relkg_buf_puts(out, ctx->article_iri));
	TRY(st, relkg_buf_append(out, "#citation-", 10));
	return relkg_buf_putu(out, (unsigned long long)number);
}

/* Every citation gets one English label: its title, else its text, else
 * (a reference list entry left empty) "citation N". */
static relkg_status citation_label(relkg_graph *g, const char *iri, const relkg_citation *c)
{
	const char *label = c->title ? c->title : c->text;
	if (label[0]) {
		return relkg_graph_text(g, iri, RELKG_V(rdfs_label), label, strlen(label), "en");
	}
	char num[32];
	int n = snprintf(num, sizeof(num), "citation %d", c->number);
	return relkg_graph_text(g, iri, RELKG_V(rdfs_label), num, (size_t)n, "en");
}

static relkg_status emit_citations(relkg_ctx *ctx, relkg_buf *b)
{
	relkg_status st;
	relkg_graph *g = ctx->graph;
	for (size_t i = 0; i < ctx->doc->n_citations; ++i) {
		const relkg_citation *c = &ctx->doc->citations[i];
		TRY(st, citation_iri(ctx, c->number, b));
		TRY(st, relkg_graph_type(g, b->data, "rkg:Citation"));
		TRY(st, relkg_graph_uint(g, b->data, "rkg:citationNumber", (unsigned long)c->number,
					 "xsd:positiveInteger"));
		TRY(st, citation_label(g, b->data, c));
		if (c->title) {
			TRY(st, relkg_graph_text(g, b->data, "dcterms:title", c->title,
						 strlen(c->title), "en"));
		}
		if (c->publisher) {
			TRY(st, relkg_graph_text(g, b->data, "dcterms:publisher", c->publisher,
						 strlen(c->publisher), NULL));
		}
		if (c->date) {
			const char *dt = strlen(c->date) == 4 ? RELKG_V(xsd_gYear)
					 : strlen(c->date) == 7 ? "xsd:gYearMonth" : "xsd:date";
			TRY(st, relkg_graph_typed(g, b->data, "dcterms:date", c->date, dt));
		}
		if (c->url) {
			TRY(st, relkg_graph_iri(g, b->data, "rdfs:seeAlso", c->url));
		}
		if (c->text[0]) {
			TRY(st, relkg_graph_text(g, b->data, "rdfs:comment", c->text, strlen(c->text),
						 NULL));
		}
	}
	return RELKG_OK;
}

static int has_citation(const relkg_doc *d, int number)
{
	for (size_t i = 0; i < d->n_citations; ++i) {
		if (d->citations[i].number == number) {
			return 1;
		}
	}
	return 0;
}

/* The sections' nodes, sec[i] for section i: every sentence names its
 * section, found once here rather than by its IRI per sentence. */
static relkg_status section_nodes(relkg_ctx *ctx, relkg_buf *b, relkg_graph_node *sec)
{
	relkg_status st;
	for (size_t i = 0; i < ctx->doc->n_sections; ++i) {
		TRY(st, section_iri(ctx, i, b));
		TRY(st, relkg_graph_node_of(ctx->graph, b->data, &sec[i]));
	}
	return RELKG_OK;
}

/* Sentence i's statements, its node n; its node is remembered for the
 * provenance of facts (relkg_ctx_set_sentence_node). */
static relkg_status emit_sentence(relkg_ctx *ctx, size_t i, relkg_graph_node n,
				  relkg_graph_node context, const relkg_graph_node *sec, int clean)
{
	relkg_status st;
	relkg_graph *g = ctx->graph;
	const relkg_doc *d = ctx->doc;
	const relkg_sentence *s = &d->sentences[i];
	const char *anchor = d->text + s->span.begin;
	size_t len = s->span.end - s->span.begin;
	/* in the order the flush writes them (the predicates' IRIs: nif-core,
	 * then rdf, then relkg), so its sort of the sentence's statements
	 * finds them in place */
	if (clean && at_code_point(d, s->span.begin) && at_code_point(d, s->span.end)) {
		TRY(st, relkg_graph_text_clean_n(g, n, RELKG_V(nif_anchorOf), anchor, len, NULL));
	} else {
		TRY(st, relkg_graph_text_n(g, n, RELKG_V(nif_anchorOf), anchor, len, NULL));
	}
	TRY(st, relkg_graph_uint_n(g, n, RELKG_V(nif_beginIndex), s->cp_begin,
				   RELKG_V(xsd_nonNegativeInteger)));
	TRY(st, relkg_graph_uint_n(g, n, RELKG_V(nif_endIndex), s->cp_end,
				   RELKG_V(xsd_nonNegativeInteger)));
	TRY(st, relkg_graph_link_n(g, n, RELKG_V(nif_referenceContext), context));
	TRY(st, relkg_graph_type_n(g, n, RELKG_V(nif_OffsetBasedString)));
	TRY(st, relkg_graph_type_n(g, n, RELKG_V(nif_Sentence)));
	TRY(st, relkg_graph_link_n(g, n, RELKG_V(rkg_section), sec[s->section]));
	return relkg_ctx_set_sentence_node(ctx, i, n);
}

static relkg_status emit_sentences(relkg_ctx *ctx, relkg_buf *b, relkg_buf *o, int clean)
{
	relkg_status st = RELKG_OK;
	relkg_graph *g = ctx->graph;
	const relkg_doc *d = ctx->doc;
	relkg_graph_node context, *sec = malloc((d->n_sections + 1) * sizeof(relkg_graph_node));
	if (!sec) {
		return RELKG_ERR_NOMEM;
	}
	if ((st = relkg_graph_node_of(g, ctx->context_iri, &context)) ||
	    (st = section_nodes(ctx, o, sec))) {
		free(sec);
		return st;
	}
	for (size_t i = 0; i < d->n_sentences && !st; ++i) {
		relkg_graph_node n;
		b->len = 0;
		if (!(st = relkg_ctx_sentence_iri(ctx, i, b)) &&
		    !(st = relkg_graph_node_of(g, b->data, &n))) {
			st = emit_sentence(ctx, i, n, context, sec, clean);
		}
	}
	free(sec);
	for (size_t i = 0; i < d->n_markers && !st; ++i) {
		const relkg_marker *m = &d->markers[i];
		if (!has_citation(d, m->number)) {
			continue; /* a marker with no entry in the reference list */
		}
		b->len = 0;
		if (!(st = relkg_ctx_sentence_iri(ctx, m->sentence, b)) &&
		    !(st = citation_iri(ctx, m->number, o))) {
			st = relkg_graph_iri(g, b->data, RELKG_V(dcterms_references), o->data);
		}
	}
	return st;
}

relkg_status relkg_emit_doc(relkg_ctx *ctx)
{
	relkg_status st;
	relkg_buf b, o;
	relkg_buf_init(&b);
	relkg_buf_init(&o);
	int clean = 0; /* the article's text needed no repair */
	st = emit_article(ctx, &clean);
	if (!st) {
		st = emit_sections(ctx, &b);
	}
	if (!st) {
		st = emit_citations(ctx, &b);
	}
	if (!st) {
		st = emit_sentences(ctx, &b, &o, clean);
	}
	relkg_buf_clear(&b);
	relkg_buf_clear(&o);
	return st;
}
