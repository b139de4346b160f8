#include "name_memo.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* 16 bytes, not 40: the table is allocated and cleared for every
 * article, and calloc's clearing cost more than the look-ups.  Offsets
 * past UINT32_MAX are not remembered (fits). */
typedef struct {
	uint32_t at, end; /* the question */
	uint32_t name_end;
	unsigned char words; /* parse_name counts at most 5 */
	unsigned char used;  /* 0: an empty slot */
} memo_slot;

/* Can a slot hold the parse (the offsets, the word count)? */
static int fits(size_t at, size_t end, size_t name_end, int words)
{
	return at <= UINT32_MAX && end <= UINT32_MAX && name_end <= UINT32_MAX && words >= 0 &&
	       words <= UCHAR_MAX;
}

/* Open addressing over the start byte; the table is kept under half full. */
struct relkg_name_memo {
	memo_slot *slots;
	size_t cap; /* a power of two */
	size_t n;
};

void relkg_name_memo_free(relkg_name_memo *m)
{
	if (!m) {
		return;
	}
	free(m->slots);
	free(m);
}

static size_t slot_of(size_t at, size_t cap)
{
	return (size_t)((uint64_t)at * UINT64_C(0x9E3779B97F4A7C15) >> 32) & (cap - 1);
}

/* The slot holding (at, end), or the empty slot where it would go. */
static memo_slot *find(const relkg_name_memo *m, size_t at, size_t end)
{
	for (size_t h = slot_of(at, m->cap);; h = (h + 1) & (m->cap - 1)) {
		memo_slot *s = &m->slots[h];
		if (!s->used || (s->at == at && s->end == end)) {
			return s;
		}
	}
}

int relkg_name_memo_get(const relkg_name_memo *m, size_t at, size_t end, size_t *name_end,
			int *words)
{
	if (!m || !fits(at, end, 0, 0)) {
		return 0; /* never remembered */
	}
	const memo_slot *s = find(m, at, end);
	if (!s->used) {
		return 0;
	}
	*name_end = s->name_end;
	*words = s->words;
	return 1;
}

/* A table of cap empty slots in m (its old slots left to the caller);
 * 0 on no memory (m unchanged). */
static int alloc_slots(relkg_name_memo *m, size_t cap)
{
	memo_slot *s = calloc(cap, sizeof(*s)); /* every slot empty */
	if (!s) {
		return 0;
	}
	m->slots = s;
	m->cap = cap;
	m->n = 0;
	return 1;
}

/* Doubles m's table; 0 on no memory (m unchanged). */
static int grow(relkg_name_memo *m)
{
	memo_slot *old = m->slots;
	size_t old_cap = m->cap;
	if (!alloc_slots(m, old_cap * 2)) {
		return 0;
	}
	for (size_t i = 0; i < old_cap; ++i) {
		if (old[i].used) {
			*find(m, old[i].at, old[i].end) = old[i];
			++m->n;
		}
	}
	free(old);
	return 1;
}

void relkg_name_memo_put(relkg_name_memo **mp, size_t at, size_t end, size_t name_end, int words)
{
	if (!fits(at, end, name_end, words)) {
		return;
	}
	if (!*mp) {
		relkg_name_memo *m = malloc(sizeof(*m));
		if (!m || !alloc_slots(m, 256)) {
			free(m);
			return;
		}
		*mp = m;
	}
	relkg_name_memo *m = *mp;
	if (2 * (m->n + 1) > m->cap && !grow(m)) {
		return;
	}
	memo_slot *s = find(m, at, end);
	if (!s->used) {
		++m->n;
	}
	*s = (memo_slot){(uint32_t)at, (uint32_t)end, (uint32_t)name_end, (unsigned char)words, 1};
}
