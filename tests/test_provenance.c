/* Provenance (extract.c): a fact's confidence is the "%.2f" of the value
 * given, clamped to [0, 1], as an xsd:decimal, whatever the confidences
 * written before it in the article (the context keeps the text of the last
 * few values, the graph the last typed literals).  Each fact's literal is
 * held to the plain making of it in a graph of its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "harness.h"
#include "reader.h"
#include "vocab.h"

#define CONFIDENCE RELKG_NS_RKG "confidence"

static char got[64][32]; /* fact k's confidence literal, as flushed */

static relkg_status collect(void *h, const relkg_term *s, const relkg_term *p,
			    const relkg_term *o)
{
	(void)h;
	const char *k = strrchr(s->value, '/');
	if (strcmp(p->value, CONFIDENCE) == 0 && k) {
		snprintf(got[atoi(k + 1) % 64], sizeof(got[0]), "%s", o->value);
	}
	return RELKG_OK;
}

/* The plain literal: "%.2f" of v clamped, through a fresh graph. */
static void plain(double v, char *out, size_t n)
{
	char lex[32];
	snprintf(lex, sizeof(lex), "%.2f", v < 0 ? 0 : v > 1 ? 1 : v);
	relkg_graph *g = relkg_graph_new();
	OK(relkg_graph_typed(g, RELKG_NS_ID "f/0", "rkg:confidence", lex, "xsd:decimal") ==
	   RELKG_OK, "plain %s", lex);
	memset(got, 0, sizeof(got));
	relkg_sink sink = {NULL, NULL, collect, NULL, NULL};
	OK(relkg_graph_flush(g, &sink, NULL) == RELKG_OK, "plain flush");
	snprintf(out, n, "%s", got[0]);
	relkg_graph_free(g);
}

/* One article's facts with confidences v[0 .. nv), each checked. */
static void one_article(const double *v, size_t nv)
{
	const char *src = "Alpha\u2013Beta relations\n\nThe first sentence is here. The second "
			  "sentence is there.\n";
	relkg_doc *doc = relkg_doc_new("t.txt");
	relkg_diag diag = {{0}};
	OK(relkg_read_text(doc, src, strlen(src), &diag) == RELKG_OK, "reads");
	relkg_graph *g = relkg_graph_new();
	relkg_ctx ctx;
	OK(relkg_ctx_init(&ctx, doc, g, RELKG_NS_ID, NULL) == RELKG_OK, "ctx");
	OK(doc->n_sentences == 2, "two sentences, %zu", doc->n_sentences);
	if (doc->n_sentences < 2) {
		return;
	}
	static const relkg_rule rule = {"test-rule", "a rule", "what it matches"};
	char fact[64];
	for (size_t k = 0; k < nv; ++k) {
		snprintf(fact, sizeof(fact), RELKG_NS_ID "f/%zu", k); /* one buffer, rewritten */
		OK(relkg_ctx_provenance(&ctx, fact, k % 2, &rule, v[k]) == RELKG_OK, "fact %zu", k);
	}
	memset(got, 0, sizeof(got));
	relkg_sink sink = {NULL, NULL, collect, NULL, NULL};
	OK(relkg_graph_flush(g, &sink, NULL) == RELKG_OK, "flush");
	char all[64][32];
	memcpy(all, got, sizeof(all));
	for (size_t k = 0; k < nv; ++k) {
		char want[32];
		plain(v[k], want, sizeof(want));
		OK(strcmp(all[k], want) == 0, "fact %zu (%g): \"%s\", want \"%s\"", k, v[k], all[k],
		   want);
	}
	relkg_ctx_clear(&ctx);
	relkg_graph_free(g);
	relkg_doc_free(doc);
}

int main(void)
{
	static const double v[] = {0.8,  0.7,   0.8,  0.6,   0.55, 0.123, 0.8,  0.9,
				   1.5,  -0.2,  0.0,  -0.0,  0.005, 0.015, 0.8, 0.6,
				   0.71, 0.72,  0.73, 0.74,  0.75, 0.7,   0.8,  1.0,
				   0.999, 0.994, 0.8, 0.79999, 0.80001, 0.6, 0.7, 0.8};
	const size_t nv = sizeof(v) / sizeof(v[0]);
	/* a second article finds the texts the thread formatted for the
	 * first; then more distinct values than the thread keeps, twice */
	one_article(v, nv);
	one_article(v, nv);
	double many[60];
	for (size_t k = 0; k < 60; ++k) {
		many[k] = (double)(k % 30) * 0.0337 - 0.05;
	}
	one_article(many, 60);
	one_article(v, nv);
	return DONE();
}
