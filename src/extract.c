#include "extract.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iri.h"
#include "dates.h"
#include "gaz_memo.h"
#include "mentions.h"
#include "rules.h"
#include "rules_events.h"
#include "rules_links.h"
#include "rules_surveys.h"
#include "try.h"

static relkg_status relkg_rules_debug(relkg_ctx *ctx)
{
	const char *env = getenv("RELKG_DEBUG_MENTIONS");
	if (env && *env && *env != '0') {
		relkg_mentions_dump(ctx->mentions, ctx->doc, stderr);
	}
	return RELKG_OK;
}

/* Entity rule sets first (each reads what the earlier ones found), then
 * events and surveys. */
const relkg_rule_set relkg_rule_sets[] = {
	{"dates", relkg_rules_dates},
	{"countries", relkg_rules_countries},
	{"places", relkg_rules_places},
	{"offices", relkg_rules_offices},
	{"people", relkg_rules_people},
	{"orgs", relkg_rules_orgs},
	{"treaties", relkg_rules_treaties},
	{"missions", relkg_rules_missions},
	{"mentions-debug", relkg_rules_debug}, /* RELKG_DEBUG_MENTIONS=1: dump the table */
	{"links", relkg_rules_links}, /* after the entity rule sets */
	/* after every entity rule set: they read the mention table */
	{"events", relkg_rules_events},
	{"surveys", relkg_rules_surveys},
	{NULL, NULL},
};

relkg_status relkg_ctx_init(relkg_ctx *ctx, const relkg_doc *doc, relkg_graph *graph,
			    const char *base, const struct relkg_lexicon *lex)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->doc = doc;
	ctx->graph = graph;
	ctx->base = base;
	ctx->lex = lex;
	relkg_buf_init(&ctx->tmp);
	relkg_buf_init(&ctx->prov);
	ctx->mentions = relkg_mentions_new();
	ctx->gaz_memo = relkg_gaz_memo_new(doc->len);
	if (!ctx->mentions || !ctx->gaz_memo) {
		return RELKG_ERR_NOMEM;
	}
	relkg_buf b;
	relkg_buf_init(&b);
	const char *title = doc->title ? doc->title : doc->name;
	relkg_status st = relkg_iri_entity(&b, base, "article", title, strlen(title));
	if (st != RELKG_OK) {
		relkg_buf_clear(&b);
		return st;
	}
	ctx->article_iri = relkg_buf_steal(&b);
	relkg_buf_init(&b);
	if ((st = relkg_buf_printf(&b, "%s#context", ctx->article_iri)) != RELKG_OK) {
		relkg_buf_clear(&b);
		return st;
	}
	ctx->context_iri = relkg_buf_steal(&b);
	return RELKG_OK;
}

void relkg_ctx_clear(relkg_ctx *ctx)
{
	free(ctx->article_iri);
	free(ctx->context_iri);
	relkg_buf_clear(&ctx->tmp);
	relkg_buf_clear(&ctx->prov);
	for (size_t i = 0; ctx->sentence_iris && i < ctx->doc->n_sentences; ++i) {
		free(ctx->sentence_iris[i]);
	}
	free(ctx->sentence_iris);
	ctx->sentence_iris = NULL;
	free(ctx->sentence_nodes);
	ctx->sentence_nodes = NULL;
	for (size_t i = 0; i < ctx->n_rules_done; ++i) {
		free(ctx->rule_iris[i]);
		ctx->rule_iris[i] = NULL;
		ctx->rule_nodes[i] = NULL;
	}
	relkg_mentions_free(ctx->mentions);
	relkg_gaz_memo_free(ctx->gaz_memo);
	ctx->mentions = NULL;
	ctx->gaz_memo = NULL;
	ctx->article_iri = ctx->context_iri = NULL;
}

relkg_status relkg_ctx_sentence_iri(const relkg_ctx *ctx, size_t i, relkg_buf *out)
{
	const relkg_sentence *s = &ctx->doc->sentences[i];
	relkg_status st; /* article#char=BEGIN,END, without printf: one per fact */
	TRY(st, relkg_buf_puts(out, ctx->article_iri));
	TRY(st, relkg_buf_append(out, "#char=", 6));
	TRY(st, relkg_buf_putu(out, s->cp_begin));
	TRY(st, relkg_buf_putc(out, ','));
	return relkg_buf_putu(out, s->cp_end);
}

/* Has this article's graph the node of rule already?  (The first 32
 * rules are remembered; a rule not remembered is written again, and the
 * graph drops the repeated statements.) */
static int rule_done(const relkg_ctx *ctx, const relkg_rule *rule)
{
	for (size_t i = 0; i < ctx->n_rules_done; ++i) {
		if (ctx->rules_done[i] == rule) {
			return 1;
		}
	}
	return 0;
}

relkg_status relkg_ctx_rule(relkg_ctx *ctx, const relkg_rule *rule, relkg_buf *out)
{
	relkg_status st;
	out->len = 0;
	TRY(st, relkg_buf_puts(out, ctx->base));
	TRY(st, relkg_buf_append(out, "rule/", 5));
	TRY(st, relkg_buf_puts(out, rule->name));
	if (rule_done(ctx, rule)) {
		return RELKG_OK;
	}
	TRY(st, relkg_graph_type(ctx->graph, out->data, "rkg:Rule"));
	TRY(st, relkg_graph_text(ctx->graph, out->data, RELKG_V(rdfs_label), rule->label,
				 strlen(rule->label), "en"));
	TRY(st, relkg_graph_text(ctx->graph, out->data, "rdfs:comment", rule->comment,
				 strlen(rule->comment), "en"));
	if (ctx->n_rules_done < RELKG_CTX_RULES) {
		ctx->rules_done[ctx->n_rules_done++] = rule;
	}
	return RELKG_OK;
}

/* The "%.2f" texts of the confidences this thread formatted last (the
 * rule sets give a handful of values, article after article: snprintf
 * cost ~1,500 instructions a new value in each article). */
#define CONF_MEMO 16
static _Thread_local struct {
	double v;
	char text[16];
} conf_memo[CONF_MEMO];
static _Thread_local unsigned conf_memo_n, conf_memo_next;

/* Writes snprintf's "%.2f" of c to out, from the memo when it has c (the
 * same value and sign: -0.0 is not 0.0 to "%.2f"). */
static void format_conf(double c, char out[16])
{
	for (unsigned i = 0; i < conf_memo_n; ++i) {
		double v = conf_memo[i].v;
		if (v == c && !signbit(v) == !signbit(c)) {
			memcpy(out, conf_memo[i].text, 16);
			return;
		}
	}
	snprintf(out, 16, "%.2f", c);
	unsigned k = conf_memo_next++ % CONF_MEMO;
	conf_memo[k].v = c;
	memcpy(conf_memo[k].text, out, 16);
	conf_memo_n += conf_memo_n < CONF_MEMO;
}

/* confidence as "%.2f", formatted once per value (the last four kept) */
static const char *conf_text(relkg_ctx *ctx, double confidence)
{
	for (unsigned i = 0; i < ctx->conf_n; ++i) {
		/* the same value and sign: -0.0 is not 0.0 to "%.2f" */
		double v = ctx->conf_vals[i];
		if (v == confidence && !signbit(v) == !signbit(confidence)) {
			return ctx->conf_texts[i];
		}
	}
	unsigned k = ctx->conf_next++ % 4;
	format_conf(confidence, ctx->conf_texts[k]);
	ctx->conf_vals[k] = confidence;
	ctx->conf_n += ctx->conf_n < 4;
	return ctx->conf_texts[k];
}

/* Sentence i's IRI, built once per article (facts cite the same
 * sentences again and again; a string kept at one address is also the
 * graph's quickest term to find again). */
static relkg_status sentence_iri(relkg_ctx *ctx, size_t i, const char **out)
{
	if (!ctx->sentence_iris &&
	    !(ctx->sentence_iris = calloc(ctx->doc->n_sentences + 1, sizeof(char *)))) {
		return RELKG_ERR_NOMEM;
	}
	if (!ctx->sentence_iris[i]) {
		relkg_buf b;
		relkg_buf_init(&b);
		relkg_status st = relkg_ctx_sentence_iri(ctx, i, &b);
		if (st != RELKG_OK) {
			relkg_buf_clear(&b);
			return st;
		}
		ctx->sentence_iris[i] = relkg_buf_steal(&b);
	}
	*out = ctx->sentence_iris[i];
	return RELKG_OK;
}

/* The rule's IRI, its node written by relkg_ctx_rule the first time;
 * kept with the rules remembered (else in ctx->prov, until the next
 * call). */
static relkg_status rule_iri(relkg_ctx *ctx, const relkg_rule *rule, const char **out)
{
	size_t k = 0;
	while (k < ctx->n_rules_done && ctx->rules_done[k] != rule) {
		++k;
	}
	if (k < ctx->n_rules_done && ctx->rule_iris[k]) {
		*out = ctx->rule_iris[k];
		return RELKG_OK;
	}
	relkg_status st = relkg_ctx_rule(ctx, rule, &ctx->prov);
	if (st != RELKG_OK) {
		return st;
	}
	*out = ctx->prov.data;
	if (k < ctx->n_rules_done && ctx->rules_done[k] == rule) { /* remembered: keep it */
		ctx->rule_iris[k] = relkg_strndup(ctx->prov.data, ctx->prov.len);
		*out = ctx->rule_iris[k] ? ctx->rule_iris[k] : ctx->prov.data;
	}
	return RELKG_OK;
}

relkg_status relkg_ctx_set_sentence_node(relkg_ctx *ctx, size_t i, relkg_graph_node node)
{
	if (!ctx->sentence_nodes &&
	    !(ctx->sentence_nodes = calloc(ctx->doc->n_sentences + 1, sizeof(relkg_graph_node)))) {
		return RELKG_ERR_NOMEM;
	}
	ctx->sentence_nodes[i] = node;
	return RELKG_OK;
}

/* Sentence i's node: remembered (emit_doc wrote every sentence first),
 * else found by its IRI and remembered. */
static relkg_status sentence_node(relkg_ctx *ctx, size_t i, relkg_graph_node *out)
{
	if (ctx->sentence_nodes && ctx->sentence_nodes[i]) {
		*out = ctx->sentence_nodes[i];
		return RELKG_OK;
	}
	const char *iri;
	relkg_status st = sentence_iri(ctx, i, &iri);
	if (!st) {
		st = relkg_graph_node_of(ctx->graph, iri, out);
	}
	return st ? st : relkg_ctx_set_sentence_node(ctx, i, *out);
}

/* The rule's node, its statements written by relkg_ctx_rule the first
 * time; kept with the rules remembered. */
static relkg_status rule_node(relkg_ctx *ctx, const relkg_rule *rule, relkg_graph_node *out)
{
	size_t k = 0;
	while (k < ctx->n_rules_done && ctx->rules_done[k] != rule) {
		++k;
	}
	if (k < ctx->n_rules_done && ctx->rule_nodes[k]) {
		*out = ctx->rule_nodes[k];
		return RELKG_OK;
	}
	const char *iri;
	relkg_status st = rule_iri(ctx, rule, &iri);
	if (!st) {
		st = relkg_graph_node_of(ctx->graph, iri, out);
	}
	if (!st && k < ctx->n_rules_done && ctx->rules_done[k] == rule) {
		ctx->rule_nodes[k] = *out;
	}
	return st;
}

relkg_status relkg_ctx_provenance_n(relkg_ctx *ctx, relkg_graph_node fact, size_t sentence,
				    const relkg_rule *rule, double confidence)
{
	relkg_status st;
	relkg_graph_node n;
	st = sentence_node(ctx, sentence, &n);
	if (!st) {
		st = relkg_graph_link_n(ctx->graph, fact, RELKG_V(prov_wasDerivedFrom), n);
	}
	if (!st) {
		st = rule_node(ctx, rule, &n);
	}
	if (!st) {
		st = relkg_graph_link_n(ctx->graph, fact, RELKG_V(rkg_extractedBy), n);
	}
	if (!st) {
		if (confidence < 0) {
			confidence = 0;
		}
		if (confidence > 1) {
			confidence = 1;
		}
		st = relkg_graph_typed_n(ctx->graph, fact, RELKG_V(rkg_confidence),
					 conf_text(ctx, confidence), RELKG_V(xsd_decimal));
	}
	return st;
}

relkg_status relkg_ctx_provenance(relkg_ctx *ctx, const char *fact, size_t sentence,
				  const relkg_rule *rule, double confidence)
{
	relkg_graph_node f;
	relkg_status st = relkg_graph_node_of(ctx->graph, fact, &f);
	return st ? st : relkg_ctx_provenance_n(ctx, f, sentence, rule, confidence);
}

relkg_status relkg_extract(relkg_ctx *ctx)
{
	relkg_status st;
	TRY(st, relkg_emit_doc(ctx));
	for (const relkg_rule_set *rs = relkg_rule_sets; rs->name; ++rs) {
		TRY(st, rs->run(ctx));
	}
	return RELKG_OK;
}
