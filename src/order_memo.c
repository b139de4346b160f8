#include "order_memo.h"

#include <stdlib.h>
#include <string.h>

/* Entries in the order added; an open-addressing index over them by hash
 * (at most half full); their indices in byte order, each entry's place
 * there in its pos (renumbered when a string is added before it: rare,
 * once the vocabulary is met). */
#define SLOTS (2 * RELKG_ORDER_MEMO_MAX)

typedef struct {
	char *s; /* len bytes, then NUL; owned */
	size_t len;
	uint32_t hash;
	uint32_t pos; /* place in by_order */
} entry;

struct relkg_order_memo {
	entry ent[RELKG_ORDER_MEMO_MAX];
	size_t n;
	unsigned short slot[SLOTS]; /* an entry's index + 1, or 0 */
	unsigned short by_order[RELKG_ORDER_MEMO_MAX];
};

relkg_order_memo *relkg_order_memo_new(void)
{
	return calloc(1, sizeof(relkg_order_memo));
}

void relkg_order_memo_free(relkg_order_memo *m)
{
	if (!m) {
		return;
	}
	for (size_t i = 0; i < m->n; ++i) {
		free(m->ent[i].s);
	}
	free(m);
}

size_t relkg_order_memo_size(const relkg_order_memo *m)
{
	return m->n;
}

/* Does a[0..an) come before b[0..bn) in byte order (a prefix first)? */
static int before(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c < 0 : an < bn;
}

/* The slot of v's string: the one holding it, or the empty one where it
 * would go. */
static unsigned short *slot_of(relkg_order_memo *m, const relkg_str *v)
{
	size_t i = v->hash & (SLOTS - 1);
	for (; m->slot[i]; i = (i + 1) & (SLOTS - 1)) {
		const entry *e = &m->ent[m->slot[i] - 1];
		if (e->hash == v->hash && e->len == v->len && memcmp(e->s, v->str, v->len) == 0) {
			break;
		}
	}
	return &m->slot[i];
}

/* Adds v's string (not held, room for it) at slot *sl; its index. */
static relkg_status add(relkg_order_memo *m, const relkg_str *v, unsigned short *sl,
			size_t *index)
{
	entry *e = &m->ent[m->n];
	e->s = malloc(v->len + 1);
	if (!e->s) {
		return RELKG_ERR_NOMEM;
	}
	memcpy(e->s, v->str, v->len + 1);
	e->len = v->len;
	e->hash = v->hash;
	size_t lo = 0, hi = m->n; /* its place in byte order */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const entry *x = &m->ent[m->by_order[mid]];
		if (before(x->s, x->len, e->s, e->len)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	memmove(&m->by_order[lo + 1], &m->by_order[lo], (m->n - lo) * sizeof(*m->by_order));
	m->by_order[lo] = (unsigned short)m->n;
	*index = m->n++;
	for (size_t k = lo; k < m->n; ++k) {
		m->ent[m->by_order[k]].pos = (uint32_t)k;
	}
	*sl = (unsigned short)(*index + 1);
	return RELKG_OK;
}

relkg_status relkg_order_memo_rank(relkg_order_memo *m, relkg_str *const *vals, size_t n)
{
	/* first each value's entry, found or added (its index kept in its
	 * rank meanwhile), then its place: an entry added later may move
	 * the places of those found before it */
	for (size_t i = 0; i < n; ++i) {
		unsigned short *sl = slot_of(m, vals[i]);
		size_t k = *sl ? (size_t)(*sl - 1) : 0;
		if (!*sl) {
			if (m->n == RELKG_ORDER_MEMO_MAX) {
				return RELKG_NO_MATCH;
			}
			relkg_status st = add(m, vals[i], sl, &k);
			if (st != RELKG_OK) {
				return st;
			}
		}
		vals[i]->rank = (uint32_t)k;
	}
	for (size_t i = 0; i < n; ++i) {
		vals[i]->rank = m->ent[vals[i]->rank].pos;
	}
	return RELKG_OK;
}
