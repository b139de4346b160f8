/* Links are evidence: a span that a wiki link points from names a known
 * page.  Every entity mentioned in a linked span gets owl:sameAs the
 * DBpedia resource of the link target, and entities mentioned under links
 * to the same page are the same (owl:sameAs between them), even when the
 * text wrote them differently ("Merkel", "Angela Merkel").  The entity
 * rules still find the entities; links only add identity. */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "mentions.h"
#include "rules_links.h"
#include "try.h"

#define DBPEDIA "http://dbpedia.org/resource/"

static const relkg_rule rule_link = {
	"wiki-link-same-as",
	"wiki link identity",
	"An entity mentioned in a span that a wiki link points from is the DBpedia resource "
	"of the linked page ([[Target|shown]] -> owl:sameAs dbr:Target); two entities linked "
	"to the same page are the same.",
};

/* DBpedia's form of a page title: spaces as '_', the characters IRIs or
 * DBpedia do not take percent-encoded, other UTF-8 kept. */
relkg_status relkg_dbpedia_iri(relkg_buf *out, const char *title)
{
	static const char hex[] = "0123456789ABCDEF";
	relkg_status st = relkg_buf_puts(out, DBPEDIA);
	for (const unsigned char *p = (const unsigned char *)title; *p && !st; ++p) {
		if (*p == ' ') {
			st = relkg_buf_putc(out, '_');
		} else if (*p < 0x21 || strchr("\"#%<>?[\\]^`{|}", *p)) {
			char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
			st = relkg_buf_append(out, e, 3);
		} else {
			st = relkg_buf_putc(out, (char)*p);
		}
	}
	return st;
}

static int overlaps(relkg_span a, relkg_span b)
{
	return a.begin < b.end && b.begin < a.end;
}

static size_t overlap(relkg_span a, relkg_span b)
{
	size_t lo = a.begin > b.begin ? a.begin : b.begin;
	size_t hi = a.end < b.end ? a.end : b.end;
	return hi > lo ? hi - lo : 0;
}

static int linkable(relkg_ent_kind k)
{
	return k != RELKG_ENT_OFFICE && k != RELKG_ENT_DISPUTE && k != RELKG_ENT_MISSION &&
	       k != RELKG_ENT_OTHER;
}

/* The mention the link names: the one covering most of the link span
 * (at least half of it), the longer on a tie.  "Swedish" inside a link to
 * a foreign ministry is not the ministry. */
static size_t best_mention(const relkg_mentions *m, relkg_span link)
{
	size_t best = RELKG_NONE, best_ov = 0, best_len = 0;
	size_t want = (link.end - link.begin + 1) / 2;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (!overlaps(x->span, link) || !linkable(m->ents[x->entity].kind)) {
			continue;
		}
		size_t ov = overlap(x->span, link), len = x->span.end - x->span.begin;
		if (ov >= want && (ov > best_ov || (ov == best_ov && len > best_len))) {
			best = i;
			best_ov = ov;
			best_len = len;
		}
	}
	return best;
}

/* The first entity (in IRI order) already seen under a link to target. */
typedef struct {
	const char *target;
	size_t entity;
} seen_link;

static int cmp_seen(const void *a, const void *b)
{
	return strcmp(((const seen_link *)a)->target, ((const seen_link *)b)->target);
}

static relkg_status same_as(relkg_ctx *ctx, const char *a, const char *b, size_t sentence)
{
	(void)sentence;
	return relkg_graph_iri(ctx->graph, a, "owl:sameAs", b);
}

static relkg_status link_pairs(relkg_ctx *ctx, seen_link *pairs, size_t n)
{
	relkg_status st;
	qsort(pairs, n, sizeof(*pairs), cmp_seen);
	const relkg_mentions *m = ctx->mentions;
	for (size_t i = 1; i < n; ++i) {
		if (strcmp(pairs[i].target, pairs[i - 1].target) != 0 ||
		    pairs[i].entity == pairs[i - 1].entity) {
			continue;
		}
		const char *x = m->ents[pairs[i - 1].entity].iri, *y = m->ents[pairs[i].entity].iri;
		if (strcmp(x, y) > 0) {
			const char *t = x;
			x = y;
			y = t;
		}
		TRY(st, same_as(ctx, x, y, 0));
	}
	return RELKG_OK;
}

relkg_status relkg_rules_links(relkg_ctx *ctx)
{
	const relkg_doc *d = ctx->doc;
	const relkg_mentions *m = ctx->mentions;
	if (!d->n_links || !m || !m->n) {
		return RELKG_OK;
	}
	seen_link *pairs = malloc(m->n * sizeof(*pairs));
	relkg_buf iri;
	relkg_buf_init(&iri);
	relkg_status st = pairs ? RELKG_OK : RELKG_ERR_NOMEM;
	size_t np = 0;
	int rule_written = 0;
	for (size_t li = 0; li < d->n_links && !st; ++li) {
		const relkg_link *l = &d->links[li];
		size_t best = best_mention(m, l->span);
		if (best == RELKG_NONE) {
			continue;
		}
		size_t ent = m->ms[best].entity;
		iri.len = 0;
		st = relkg_dbpedia_iri(&iri, l->target);
		if (!st) {
			st = relkg_graph_iri(ctx->graph, m->ents[ent].iri, "owl:sameAs", iri.data);
		}
		if (!st && !rule_written) {
			st = relkg_ctx_rule(ctx, &rule_link, &iri);
			rule_written = 1;
		}
		if (np < m->n) {
			pairs[np].target = l->target;
			pairs[np++].entity = ent;
		}
	}
	if (!st) {
		st = link_pairs(ctx, pairs, np);
	}
	free(pairs);
	relkg_buf_clear(&iri);
	return st;
}
