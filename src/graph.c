#include "graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vocab.h"

typedef struct {
	char *s, *p, *o, *dt, *lang; /* all in one allocation, owned via s */
	unsigned char s_blank, o_kind;
} stmt;

struct relkg_graph {
	stmt *st;
	size_t n, cap;
	relkg_buf tmp[4];
};

relkg_graph *relkg_graph_new(void)
{
	relkg_graph *g = calloc(1, sizeof(*g));
	if (g) {
		for (int i = 0; i < 4; ++i) {
			relkg_buf_init(&g->tmp[i]);
		}
	}
	return g;
}

static void clear(relkg_graph *g)
{
	for (size_t i = 0; i < g->n; ++i) {
		free(g->st[i].s);
	}
	g->n = 0;
}

void relkg_graph_free(relkg_graph *g)
{
	if (!g) {
		return;
	}
	clear(g);
	free(g->st);
	for (int i = 0; i < 4; ++i) {
		relkg_buf_clear(&g->tmp[i]);
	}
	free(g);
}

size_t relkg_graph_size(const relkg_graph *g)
{
	return g->n;
}

/* Expands a node term into buf: "_:x" stays as is (blank), else an IRI. */
static relkg_status expand(relkg_buf *b, const char *term)
{
	b->len = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
	if (term[0] == '_' && term[1] == ':') {
		return relkg_buf_puts(b, term);
	}
	return relkg_vocab_expand(term, b);
}

static relkg_status push(relkg_graph *g, const char *s, const char *p, const char *o,
			 unsigned char o_kind, const char *dt, const char *lang, size_t olen)
{
	if (g->n == g->cap) {
		size_t nc = g->cap ? g->cap * 2 : 256;
		stmt *ns = realloc(g->st, nc * sizeof(*ns));
		if (!ns) {
			return RELKG_ERR_NOMEM;
		}
		g->st = ns;
		g->cap = nc;
	}
	size_t ls = strlen(s) + 1, lp = strlen(p) + 1, lo = olen + 1;
	size_t ld = dt ? strlen(dt) + 1 : 1, ll = lang ? strlen(lang) + 1 : 1;
	char *m = malloc(ls + lp + lo + ld + ll);
	if (!m) {
		return RELKG_ERR_NOMEM;
	}
	stmt *t = &g->st[g->n++];
	t->s = m;
	memcpy(t->s, s, ls);
	t->p = t->s + ls;
	memcpy(t->p, p, lp);
	t->o = t->p + lp;
	memcpy(t->o, o, olen);
	t->o[olen] = '\0';
	t->dt = t->o + lo;
	strcpy(t->dt, dt ? dt : "");
	t->lang = t->dt + ld;
	strcpy(t->lang, lang ? lang : "");
	t->s_blank = s[0] == '_' && s[1] == ':';
	t->o_kind = o_kind;
	return RELKG_OK;
}

relkg_status relkg_graph_iri(relkg_graph *g, const char *s, const char *p, const char *o)
{
	relkg_status st;
	if ((st = expand(&g->tmp[0], s)) || (st = expand(&g->tmp[1], p)) ||
	    (st = expand(&g->tmp[2], o))) {
		return st;
	}
	unsigned char kind = (o[0] == '_' && o[1] == ':') ? RELKG_TERM_BLANK : RELKG_TERM_IRI;
	return push(g, g->tmp[0].data, g->tmp[1].data, g->tmp[2].data, kind, NULL, NULL,
		    g->tmp[2].len);
}

relkg_status relkg_graph_type(relkg_graph *g, const char *s, const char *cls)
{
	return relkg_graph_iri(g, s, "rdf:type", cls);
}

relkg_status relkg_graph_text(relkg_graph *g, const char *s, const char *p, const char *text,
			      size_t n, const char *lang)
{
	relkg_status st;
	if ((st = expand(&g->tmp[0], s)) || (st = expand(&g->tmp[1], p))) {
		return st;
	}
	return push(g, g->tmp[0].data, g->tmp[1].data, text, RELKG_TERM_LITERAL, NULL, lang, n);
}

relkg_status relkg_graph_typed(relkg_graph *g, const char *s, const char *p, const char *lex,
			       const char *dt)
{
	relkg_status st;
	if ((st = expand(&g->tmp[0], s)) || (st = expand(&g->tmp[1], p)) ||
	    (st = expand(&g->tmp[3], dt))) {
		return st;
	}
	return push(g, g->tmp[0].data, g->tmp[1].data, lex, RELKG_TERM_LITERAL, g->tmp[3].data,
		    NULL, strlen(lex));
}

relkg_status relkg_graph_uint(relkg_graph *g, const char *s, const char *p, unsigned long v,
			      const char *dt)
{
	char num[32];
	snprintf(num, sizeof(num), "%lu", v);
	return relkg_graph_typed(g, s, p, num, dt);
}

int relkg_graph_has(const relkg_graph *g, const char *s, const char *p)
{
	relkg_buf a, b;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	int found = 0;
	if (expand(&a, s) == RELKG_OK && expand(&b, p) == RELKG_OK) {
		for (size_t i = 0; i < g->n && !found; ++i) {
			found = strcmp(g->st[i].s, a.data) == 0 && strcmp(g->st[i].p, b.data) == 0;
		}
	}
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	return found;
}

static int cmp_stmt(const void *va, const void *vb)
{
	const stmt *a = va, *b = vb;
	int c;
	if ((c = strcmp(a->s, b->s)) || (c = strcmp(a->p, b->p)) ||
	    (c = (int)a->o_kind - (int)b->o_kind) || (c = strcmp(a->o, b->o)) ||
	    (c = strcmp(a->dt, b->dt)) || (c = strcmp(a->lang, b->lang))) {
		return c;
	}
	return 0;
}

static void node_term(relkg_term *t, const char *v)
{
	t->datatype = t->lang = NULL;
	if (v[0] == '_' && v[1] == ':') {
		t->kind = RELKG_TERM_BLANK;
		t->value = v + 2;
	} else {
		t->kind = RELKG_TERM_IRI;
		t->value = v;
	}
}

relkg_status relkg_graph_flush(relkg_graph *g, relkg_sink *sink, const char *graph_iri)
{
	relkg_status st = RELKG_OK;
	qsort(g->st, g->n, sizeof(stmt), cmp_stmt);
	if (sink->begin && (st = sink->begin(sink->handle, graph_iri)) != RELKG_OK) {
		clear(g);
		return st;
	}
	for (size_t i = 0; i < g->n && st == RELKG_OK; ++i) {
		if (i > 0 && cmp_stmt(&g->st[i - 1], &g->st[i]) == 0) {
			continue;
		}
		const stmt *t = &g->st[i];
		relkg_term s, p, o;
		node_term(&s, t->s);
		node_term(&p, t->p);
		if (t->o_kind == RELKG_TERM_LITERAL) {
			o.kind = RELKG_TERM_LITERAL;
			o.value = t->o;
			o.datatype = t->dt[0] ? t->dt : NULL;
			o.lang = t->lang[0] ? t->lang : NULL;
		} else {
			node_term(&o, t->o);
		}
		st = sink->statement(sink->handle, &s, &p, &o);
	}
	if (st == RELKG_OK && sink->end) {
		st = sink->end(sink->handle);
	}
	clear(g);
	return st;
}

void relkg_graph_flush_discard(relkg_graph *g)
{
	clear(g);
}
