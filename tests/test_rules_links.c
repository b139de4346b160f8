/* Wiki links as evidence: sameAs DBpedia, and two spellings linked to one
 * page are one entity. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "harness.h"
#include "mentions.h"
#include "rules_links.h"
#include "vocab.h"
#include "wikitext.h"

static char collected[8192];

static relkg_status collect(void *h, const relkg_term *s, const relkg_term *p,
			    const relkg_term *o)
{
	(void)h;
	size_t n = strlen(collected);
	snprintf(collected + n, sizeof(collected) - n, "%s %s %s\n", s->value, p->value, o->value);
	return RELKG_OK;
}

static size_t find(const relkg_doc *d, const char *s)
{
	const char *p = strstr(d->text, s);
	return p ? (size_t)(p - d->text) : 0;
}

static void mention(relkg_ctx *ctx, const char *text, size_t ent)
{
	relkg_span sp = {find(ctx->doc, text), find(ctx->doc, text) + strlen(text)};
	OK(relkg_mentions_add(ctx->mentions, sp, 0, ent, RELKG_MF_NAME) == RELKG_OK, "add");
}

int main(void)
{
	const char *src = "[[Ann Example|Ann Example]] met [[Ann Example|Example]] and "
			  "[[Fooland]] in [[Bar City (Fooland)|Bar City]]. [[Nobody]] came.";
	relkg_doc *doc = relkg_doc_new("t.wiki");
	relkg_diag diag = {{0}};
	OK(relkg_wikitext_read(doc, "T", src, strlen(src), &diag) == RELKG_OK, "reads");
	relkg_graph *g = relkg_graph_new();
	relkg_ctx ctx;
	OK(relkg_ctx_init(&ctx, doc, g, RELKG_NS_ID, NULL) == RELKG_OK, "ctx");
	relkg_mentions *m = ctx.mentions;
	size_t a = relkg_mentions_entity(m, RELKG_ENT_PERSON, RELKG_NS_ID "person/ann-example",
					 "Ann Example", 11);
	size_t b = relkg_mentions_entity(m, RELKG_ENT_PERSON, RELKG_NS_ID "person/example",
					 "Example", 7);
	size_t c = relkg_mentions_entity(m, RELKG_ENT_COUNTRY, RELKG_NS_ID "country/fooland",
					 "Fooland", 7);
	size_t e = relkg_mentions_entity(m, RELKG_ENT_CITY, RELKG_NS_ID "city/bar-city",
					 "Bar City", 8);
	mention(&ctx, "Ann Example", a);
	relkg_span sp = {find(doc, " Example and") + 1, find(doc, " Example and") + 8};
	OK(relkg_mentions_add(m, sp, 0, b, RELKG_MF_SURNAME) == RELKG_OK, "add");
	mention(&ctx, "Fooland", c);
	mention(&ctx, "Bar City", e);
	relkg_mentions_sort(m);
	OK(relkg_rules_links(&ctx) == RELKG_OK, "rule runs");
	OK(relkg_graph_has(g, RELKG_NS_ID "person/ann-example", "owl:sameAs"), "person sameAs");
	OK(relkg_graph_has(g, RELKG_NS_ID "country/fooland", "owl:sameAs"), "country sameAs");
	OK(relkg_graph_has(g, RELKG_NS_ID "city/bar-city", "owl:sameAs"), "city sameAs");
	/* the two spellings linked to one page: sameAs between them (in IRI
	 * order: .../person/ann-example < .../person/example) */
	OK(relkg_graph_has(g, RELKG_NS_ID "person/ann-example", "owl:sameAs"), "a sameAs");
	relkg_sink sink = {NULL, NULL, collect, NULL, NULL};
	OK(relkg_graph_flush(g, &sink, NULL) == RELKG_OK, "flush");
	OK(strstr(collected, RELKG_NS_ID "person/ann-example http://www.w3.org/2002/07/owl#sameAs "
		  RELKG_NS_ID "person/example\n") != NULL, "two spellings are one entity");
	OK(strstr(collected, RELKG_NS_ID "person/ann-example http://www.w3.org/2002/07/owl#sameAs "
		  "http://dbpedia.org/resource/Ann_Example\n") != NULL, "dbpedia resource");
	OK(strstr(collected, "Nobody") == NULL, "a link with no entity adds nothing");
	relkg_buf iri;
	relkg_buf_init(&iri);
	OK(relkg_dbpedia_iri(&iri, "Bar City (Fooland)") == RELKG_OK, "dbpedia iri");
	EQ_STR(iri.data, "http://dbpedia.org/resource/Bar_City_(Fooland)");
	iri.len = 0;
	OK(relkg_dbpedia_iri(&iri, "A \"quoted\" <page>?") == RELKG_OK, "dbpedia iri");
	EQ_STR(iri.data, "http://dbpedia.org/resource/A_%22quoted%22_%3Cpage%3E%3F");
	relkg_buf_clear(&iri);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(g);
	relkg_doc_free(doc);
	return DONE();
}
