/* The extraction context shared by every rule set, and the helpers every
 * rule uses to write a fact with its provenance.
 *
 * A rule set is a table entry (name + run hook) in extract.c; each runs over
 * the finished document in order, reading what earlier sets found (the
 * mention table, mentions.h) and adding statements to ctx->graph.
 *
 * Ownership: the context owns its IRI strings and scratch buffers; the doc,
 * graph and lexicon are borrowed. */
#ifndef RELKG_EXTRACT_H
#define RELKG_EXTRACT_H
#include <stddef.h>
#include "buf.h"
#include "doc.h"
#include "graph.h"

/* A named rule: its IRI is <base>rule/<name>. */
typedef struct {
	const char *name;    /* "office-title-before-name" */
	const char *label;   /* short English label */
	const char *comment; /* what it matches, with an example */
} relkg_rule;

struct relkg_lexicon;
struct relkg_mentions;

#define RELKG_CTX_RULES 32 /* rules remembered by provenance per article */

typedef struct relkg_ctx {
	const relkg_doc *doc;
	relkg_graph *graph;
	const char *base;                /* data namespace, ends in '/' or '#' */
	const struct relkg_lexicon *lex; /* general knowledge; may be NULL */
	struct relkg_mentions *mentions; /* what rule sets found; owned */
	char *article_iri;
	char *context_iri;
	relkg_buf tmp; /* scratch for callers */
	/* provenance's own memory (extract.c): rules whose node this
	 * article already has, the last confidence and its text */
	const relkg_rule *rules_done[RELKG_CTX_RULES];
	char *rule_iris[RELKG_CTX_RULES]; /* rules_done[i]'s IRI once asked, or NULL; owned */
	size_t n_rules_done;
	char **sentence_iris; /* each sentence's IRI once asked (n_sentences), or NULL; owned */
	/* each sentence's graph node once written or asked (n_sentences), or
	 * NULL; owned (the nodes are the graph's: the graph is flushed only
	 * after the article's context is cleared) */
	relkg_graph_node *sentence_nodes;
	relkg_graph_node rule_nodes[RELKG_CTX_RULES]; /* rules_done[i]'s node, or NULL */
	relkg_buf prov;       /* provenance's scratch */
	/* the last confidences written and their text (a fact's is one of a
	 * few values: 0.6, 0.7, 0.8, ...); conf_n entries used */
	double conf_vals[4];
	char conf_texts[4][16];
	unsigned conf_n, conf_next;
	struct relkg_gaz_memo *gaz_memo; /* gazetteer answers (gaz_memo.h); owned, may be NULL */
} relkg_ctx;

/* A rule set: runs one kind of rule over the whole document. */
typedef struct {
	const char *name;
	relkg_status (*run)(relkg_ctx *ctx);
} relkg_rule_set;

extern const relkg_rule_set relkg_rule_sets[]; /* name == NULL ends it */

RELKG_NODISCARD relkg_status relkg_ctx_init(relkg_ctx *ctx, const relkg_doc *doc,
	relkg_graph *graph, const char *base, const struct relkg_lexicon *lex);
void relkg_ctx_clear(relkg_ctx *ctx);

/* Appends the IRI of sentence i (<article>#char=B,E, NIF offsets) to out. */
RELKG_NODISCARD relkg_status relkg_ctx_sentence_iri(const relkg_ctx *ctx, size_t i,
	relkg_buf *out);

/* Writes the rule node (type, label, comment) and the fact's provenance:
 * prov:wasDerivedFrom sentence, rkg:extractedBy rule, rkg:confidence. */
RELKG_NODISCARD relkg_status relkg_ctx_provenance(relkg_ctx *ctx, const char *fact_iri,
	size_t sentence, const relkg_rule *rule, double confidence);

/* The same for a fact given as the graph's node. */
RELKG_NODISCARD relkg_status relkg_ctx_provenance_n(relkg_ctx *ctx, relkg_graph_node fact,
	size_t sentence, const relkg_rule *rule, double confidence);

/* Remembers sentence i's node (its IRI's, relkg_ctx_sentence_iri), for
 * provenance to cite without finding it again. */
RELKG_NODISCARD relkg_status relkg_ctx_set_sentence_node(relkg_ctx *ctx, size_t i,
	relkg_graph_node node);

/* Writes the rule node alone. Returns its IRI in out. */
RELKG_NODISCARD relkg_status relkg_ctx_rule(relkg_ctx *ctx, const relkg_rule *rule,
	relkg_buf *out);

/* Runs the document emitter and every rule set. */
RELKG_NODISCARD relkg_status relkg_extract(relkg_ctx *ctx);

/* The document's own graph: article, context, sections, sentences,
 * citations (emit_doc.c). */
RELKG_NODISCARD relkg_status relkg_emit_doc(relkg_ctx *ctx);

#endif
