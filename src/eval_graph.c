#include "eval_graph.h"

#include <stdlib.h>
#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct {
	relkg_sid s, p;
} sp_key;

typedef struct {
	relkg_sid type, node;
} type_pair;

struct relkg_egraph {
	char **strs;        /* by id */
	size_t n_strs, cap_strs;
	relkg_sid *slots;   /* open addressing: ids, RELKG_SID_NONE = empty */
	size_t n_slots;     /* a power of two */
	relkg_etriple *triples;
	size_t n_triples, cap_triples;
	sp_key *sp_keys;    /* sorted (s, p), one per triple */
	relkg_sid *sp_objs; /* objects in the same order as sp_keys */
	relkg_sid *type_keys;  /* sorted by (type, string of node), distinct */
	relkg_sid *type_nodes; /* the node of each type_keys entry */
	size_t n_types;
};

static size_t hash(const char *s, size_t n)
{
	size_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; ++i) {
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	}
	return h;
}

relkg_egraph *relkg_egraph_new(void)
{
	return calloc(1, sizeof(relkg_egraph));
}

void relkg_egraph_free(relkg_egraph *g)
{
	if (!g) {
		return;
	}
	for (size_t i = 0; i < g->n_strs; ++i) {
		free(g->strs[i]);
	}
	free(g->strs);
	free(g->slots);
	free(g->triples);
	free(g->sp_keys);
	free(g->sp_objs);
	free(g->type_keys);
	free(g->type_nodes);
	free(g);
}

static relkg_status grow_slots(relkg_egraph *g)
{
	size_t n = g->n_slots ? g->n_slots * 2 : 1024;
	relkg_sid *slots = malloc(n * sizeof(relkg_sid));
	if (!slots) {
		return RELKG_ERR_NOMEM;
	}
	memset(slots, 0xff, n * sizeof(relkg_sid));
	for (size_t id = 0; id < g->n_strs; ++id) {
		size_t i = hash(g->strs[id], strlen(g->strs[id])) & (n - 1);
		while (slots[i] != RELKG_SID_NONE) {
			i = (i + 1) & (n - 1);
		}
		slots[i] = (relkg_sid)id;
	}
	free(g->slots);
	g->slots = slots;
	g->n_slots = n;
	return RELKG_OK;
}

/* The slot holding s[0..n), or the empty slot where it belongs. */
static size_t slot_of(const relkg_egraph *g, const char *s, size_t n)
{
	size_t i = hash(s, n) & (g->n_slots - 1);
	while (g->slots[i] != RELKG_SID_NONE) {
		const char *t = g->strs[g->slots[i]];
		if (strncmp(t, s, n) == 0 && t[n] == '\0') {
			break;
		}
		i = (i + 1) & (g->n_slots - 1);
	}
	return i;
}

relkg_status relkg_egraph_intern(relkg_egraph *g, const char *s, size_t n, relkg_sid *out)
{
	n = strnlen(s, n); /* a string stops at NUL */
	if ((g->n_strs + 1) * 2 > g->n_slots && grow_slots(g) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	size_t i = slot_of(g, s, n);
	if (g->slots[i] != RELKG_SID_NONE) {
		*out = g->slots[i];
		return RELKG_OK;
	}
	if (g->n_strs == g->cap_strs) {
		size_t cap = g->cap_strs ? g->cap_strs * 2 : 256;
		char **strs = cap < RELKG_SID_NONE ? realloc(g->strs, cap * sizeof(char *)) : NULL;
		if (!strs) {
			return RELKG_ERR_NOMEM;
		}
		g->strs = strs;
		g->cap_strs = cap;
	}
	char *copy = malloc(n + 1);
	if (!copy) {
		return RELKG_ERR_NOMEM;
	}
	memcpy(copy, s, n);
	copy[n] = '\0';
	g->strs[g->n_strs] = copy;
	g->slots[i] = (relkg_sid)g->n_strs;
	*out = (relkg_sid)g->n_strs++;
	return RELKG_OK;
}

relkg_status relkg_egraph_add(relkg_egraph *g, relkg_sid s, relkg_sid p, relkg_sid o)
{
	if (g->n_triples == g->cap_triples) {
		size_t cap = g->cap_triples ? g->cap_triples * 2 : 1024;
		relkg_etriple *t = realloc(g->triples, cap * sizeof(*t));
		if (!t) {
			return RELKG_ERR_NOMEM;
		}
		g->triples = t;
		g->cap_triples = cap;
	}
	g->triples[g->n_triples++] = (relkg_etriple){s, p, o};
	return RELKG_OK;
}

relkg_sid relkg_egraph_find(const relkg_egraph *g, const char *s)
{
	if (!g->n_slots) {
		return RELKG_SID_NONE;
	}
	return g->slots[slot_of(g, s, strlen(s))];
}

const char *relkg_egraph_str(const relkg_egraph *g, relkg_sid id)
{
	return id < g->n_strs ? g->strs[id] : NULL;
}

size_t relkg_egraph_n_strings(const relkg_egraph *g)
{
	return g->n_strs;
}

size_t relkg_egraph_triples(const relkg_egraph *g, const relkg_etriple **out)
{
	*out = g->triples;
	return g->n_triples;
}

/* qsort context: index sorting needs the graph (no qsort_r in C11). */
static const relkg_egraph *sort_graph;

static int cmp_sp_index(const void *a, const void *b)
{
	const relkg_etriple *x = &sort_graph->triples[*(const size_t *)a];
	const relkg_etriple *y = &sort_graph->triples[*(const size_t *)b];
	if (x->s != y->s) {
		return x->s < y->s ? -1 : 1;
	}
	if (x->p != y->p) {
		return x->p < y->p ? -1 : 1;
	}
	/* stable: parse order */
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static int cmp_type_pair(const void *a, const void *b)
{
	const type_pair *x = a, *y = b;
	if (x->type != y->type) {
		return x->type < y->type ? -1 : 1;
	}
	return strcmp(sort_graph->strs[x->node], sort_graph->strs[y->node]);
}

static relkg_status index_sp(relkg_egraph *g)
{
	size_t n = g->n_triples;
	size_t *order = malloc((n ? n : 1) * sizeof(size_t));
	g->sp_keys = malloc((n ? n : 1) * sizeof(sp_key));
	g->sp_objs = malloc((n ? n : 1) * sizeof(relkg_sid));
	if (!order || !g->sp_keys || !g->sp_objs) {
		free(order);
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < n; ++i) {
		order[i] = i;
	}
	sort_graph = g;
	qsort(order, n, sizeof(size_t), cmp_sp_index);
	for (size_t i = 0; i < n; ++i) {
		const relkg_etriple *t = &g->triples[order[i]];
		g->sp_keys[i] = (sp_key){t->s, t->p};
		g->sp_objs[i] = t->o;
	}
	free(order);
	return RELKG_OK;
}

static relkg_status index_types(relkg_egraph *g)
{
	relkg_sid type = relkg_egraph_find(g, RDF_TYPE);
	size_t cap = g->n_triples ? g->n_triples : 1;
	type_pair *pairs = malloc(cap * sizeof(type_pair));
	g->type_keys = malloc(cap * sizeof(relkg_sid));
	g->type_nodes = malloc(cap * sizeof(relkg_sid));
	if (!pairs || !g->type_keys || !g->type_nodes) {
		free(pairs);
		return RELKG_ERR_NOMEM;
	}
	size_t n = 0;
	for (size_t i = 0; i < g->n_triples && type != RELKG_SID_NONE; ++i) {
		if (g->triples[i].p == type) {
			pairs[n++] = (type_pair){g->triples[i].o, g->triples[i].s};
		}
	}
	sort_graph = g;
	qsort(pairs, n, sizeof(type_pair), cmp_type_pair);
	size_t k = 0;
	for (size_t i = 0; i < n; ++i) {
		if (k == 0 || g->type_keys[k - 1] != pairs[i].type ||
		    g->type_nodes[k - 1] != pairs[i].node) {
			g->type_keys[k] = pairs[i].type;
			g->type_nodes[k++] = pairs[i].node;
		}
	}
	g->n_types = k;
	free(pairs);
	return RELKG_OK;
}

relkg_status relkg_egraph_index(relkg_egraph *g)
{
	relkg_status st = index_sp(g);
	return st == RELKG_OK ? index_types(g) : st;
}

size_t relkg_egraph_objs(const relkg_egraph *g, relkg_sid s, relkg_sid p, const relkg_sid **out)
{
	*out = NULL;
	size_t lo = 0, hi = g->sp_keys ? g->n_triples : 0;
	while (lo < hi) { /* first key >= (s, p) */
		size_t mid = lo + (hi - lo) / 2;
		const sp_key *k = &g->sp_keys[mid];
		if (k->s < s || (k->s == s && k->p < p)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	size_t end = lo;
	while (g->sp_keys && end < g->n_triples && g->sp_keys[end].s == s && g->sp_keys[end].p == p) {
		++end;
	}
	*out = g->sp_objs ? g->sp_objs + lo : NULL;
	return end - lo;
}

relkg_sid relkg_egraph_obj(const relkg_egraph *g, relkg_sid s, relkg_sid p)
{
	const relkg_sid *o = NULL;
	return relkg_egraph_objs(g, s, p, &o) && o ? o[0] : RELKG_SID_NONE;
}

/* [*lo, *hi) of type in the type index. */
static void type_range(const relkg_egraph *g, relkg_sid type, size_t *lo_out, size_t *hi_out)
{
	size_t lo = 0, hi = g->n_types;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g->type_keys[mid] < type) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	size_t end = lo;
	while (end < g->n_types && g->type_keys[end] == type) {
		++end;
	}
	*lo_out = lo;
	*hi_out = end;
}

size_t relkg_egraph_typed(const relkg_egraph *g, relkg_sid type, const relkg_sid **out)
{
	size_t lo, hi;
	type_range(g, type, &lo, &hi);
	*out = g->type_nodes ? g->type_nodes + lo : NULL;
	return hi - lo;
}

int relkg_egraph_is_a(const relkg_egraph *g, relkg_sid node, relkg_sid type)
{
	size_t lo, hi;
	type_range(g, type, &lo, &hi);
	const char *s = relkg_egraph_str(g, node);
	while (s && lo < hi) { /* sorted by string */
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(g->strs[g->type_nodes[mid]], s);
		if (c == 0) {
			return 1;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return 0;
}
