#include "trigger_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "word_hash.h"

/* One distinct first word: the patterns ids[first, first+n) it leads. */
typedef struct {
	const char *key; /* NULL: empty slot */
	size_t first, n;
} slot;

/* Open addressing, linear probing; size a power of two, at most half
 * full, so every probe ends at an empty slot.  head has a bit for each
 * key's first three bytes (relkg_trigger_head_of, trigger_index.h). */
typedef struct {
	slot *s;
	size_t mask;
	uint64_t head[RELKG_TRIGGER_HEAD_WORDS]; /* bit relkg_trigger_head_of(key) */
} table;

struct relkg_trigger_index {
	table by[RELKG_LED_GAP]; /* stem-led, surface-led */
	uint64_t either[RELKG_TRIGGER_HEAD_WORDS]; /* both tables' head bits */
	uint64_t keys[RELKG_TRIGGER_HEAD_WORDS];   /* both tables' whole-key bits */
	size_t *ids;             /* pattern numbers grouped by kind and key */
	size_t gap_first, n_gap; /* the gap-led group */
};

typedef struct {
	int kind;
	const char *key; /* the first word without its '=' */
	size_t id;
} entry;

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; ++s) {
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	}
	return h;
}

static int led(const char *w)
{
	return w[0] == '*' ? RELKG_LED_GAP : w[0] == '=' ? RELKG_LED_SURFACE : RELKG_LED_STEM;
}

static int entry_cmp(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	if (x->kind != y->kind) {
		return x->kind < y->kind ? -1 : 1;
	}
	int c = x->kind == RELKG_LED_GAP ? 0 : strcmp(x->key, y->key);
	if (c) {
		return c;
	}
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Do a and b share kind and first word? */
static int same_group(const entry *a, const entry *b)
{
	return a->kind == b->kind && (a->kind == RELKG_LED_GAP || strcmp(a->key, b->key) == 0);
}

static void head_add(table *t, const char *key)
{
	unsigned f = relkg_trigger_head_of(key);
	t->head[f >> 6] |= (uint64_t)1 << (f & 63);
}

static slot *probe(const table *t, const char *key)
{
	size_t i = (size_t)hash(key) & t->mask;
	while (t->s[i].key && strcmp(t->s[i].key, key) != 0) {
		i = (i + 1) & t->mask;
	}
	return &t->s[i];
}

static int table_init(table *t, size_t keys)
{
	size_t size = 8;
	while (size < 2 * keys) {
		size *= 2;
	}
	t->s = calloc(size, sizeof(*t->s));
	t->mask = size - 1;
	return t->s != NULL;
}

/* Adds the group e[first, first+n) (one kind and key) to x. */
static void add_group(relkg_trigger_index *x, const entry *e, size_t first, size_t n)
{
	if (e[first].kind == RELKG_LED_GAP) {
		x->gap_first = first;
		x->n_gap = n;
		return;
	}
	slot *s = probe(&x->by[e[first].kind], e[first].key);
	head_add(&x->by[e[first].kind], e[first].key);
	unsigned b = relkg_word_hash_of(e[first].key) >> 16;
	x->keys[b >> 6] |= (uint64_t)1 << (b & 63);
	s->key = e[first].key;
	s->first = first;
	s->n = n;
}

/* Fills x from the entries e[0..n), sorted by kind, key and id. */
static int fill(relkg_trigger_index *x, const entry *e, size_t n)
{
	size_t keys[RELKG_LED_KINDS] = {0};
	for (size_t k = 0; k < n; ++k) {
		x->ids[k] = e[k].id;
		keys[e[k].kind] += k == 0 || !same_group(&e[k], &e[k - 1]);
	}
	if (!table_init(&x->by[RELKG_LED_STEM], keys[RELKG_LED_STEM]) ||
	    !table_init(&x->by[RELKG_LED_SURFACE], keys[RELKG_LED_SURFACE])) {
		return 0;
	}
	for (size_t k = 0, g = 0; k <= n; ++k) {
		if (k == n || !same_group(&e[k], &e[g])) {
			if (k > g) {
				add_group(x, e, g, k - g);
			}
			g = k;
		}
	}
	for (size_t k = 0; k < RELKG_TRIGGER_HEAD_WORDS; ++k) {
		x->either[k] = x->by[RELKG_LED_STEM].head[k] | x->by[RELKG_LED_SURFACE].head[k];
	}
	return 1;
}

relkg_trigger_index *relkg_trigger_index_new(const char *const *first, size_t n)
{
	relkg_trigger_index *x = calloc(1, sizeof(*x));
	entry *e = calloc(n ? n : 1, sizeof(*e));
	if (x) {
		x->ids = calloc(n ? n : 1, sizeof(*x->ids));
	}
	if (!x || !e || !x->ids) {
		free(e);
		relkg_trigger_index_free(x);
		return NULL;
	}
	for (size_t k = 0; k < n; ++k) {
		e[k].kind = led(first[k]);
		e[k].key = first[k] + (e[k].kind == RELKG_LED_SURFACE);
		e[k].id = k;
	}
	if (n) {
		qsort(e, n, sizeof(*e), entry_cmp);
	}
	int ok = fill(x, e, n);
	free(e);
	if (!ok) {
		relkg_trigger_index_free(x);
		return NULL;
	}
	return x;
}

void relkg_trigger_index_free(relkg_trigger_index *x)
{
	if (x) {
		free(x->by[RELKG_LED_STEM].s);
		free(x->by[RELKG_LED_SURFACE].s);
		free(x->ids);
		free(x);
	}
}

static relkg_trigger_ids lookup(const relkg_trigger_index *x, int kind, const char *key)
{
	relkg_trigger_ids r = {NULL, 0};
	if (key && relkg_trigger_head_in(x->by[kind].head, key)) {
		const slot *s = probe(&x->by[kind], key);
		if (s->key) {
			r.ids = x->ids + s->first;
			r.n = s->n;
		}
	}
	return r;
}

void relkg_trigger_index_at(const relkg_trigger_index *x, const char *stem, const char *lower,
			    relkg_trigger_ids out[RELKG_LED_KINDS])
{
	out[RELKG_LED_STEM] = lookup(x, RELKG_LED_STEM, stem);
	out[RELKG_LED_SURFACE] = lookup(x, RELKG_LED_SURFACE, lower);
	out[RELKG_LED_GAP].ids = x->ids + x->gap_first;
	out[RELKG_LED_GAP].n = x->n_gap;
}

relkg_trigger_heads relkg_trigger_index_heads(const relkg_trigger_index *x)
{
	relkg_trigger_heads h = {x->either, x->keys, x->n_gap != 0};
	return h;
}

int relkg_trigger_index_may_start(const relkg_trigger_index *x, const char *stem,
				  const char *lower)
{
	relkg_trigger_heads h = relkg_trigger_index_heads(x);
	return relkg_trigger_heads_may_start(&h, stem, lower);
}
