#include "name_memo.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* 8 bytes, not 40 (nor 16): the table is allocated and cleared for
 * every article, and calloc's clearing cost more than the look-ups.  A
 * slot keeps the start and the rest as distances from it: a parse with a
 * sentence end more than UINT16_MAX bytes on, or a name longer than
 * UINT8_MAX bytes, or offsets past UINT32_MAX, is not remembered (fits). */
typedef struct {
	uint32_t at;         /* the question: the start */
	uint16_t span;       /* and the end, end - at */
	unsigned char len;   /* name_end - at */
	unsigned char words; /* parse_name's count + 1 (at most 5 + 1); 0: an empty slot */
} memo_slot;

/* Can a slot hold the question (at, end)? */
static int key_fits(size_t at, size_t end)
{
	return at <= UINT32_MAX && end >= at && end - at <= UINT16_MAX;
}

/* Can a slot hold the parse (the question, the name's end, the word
 * count)? */
static int fits(size_t at, size_t end, size_t name_end, int words)
{
	return key_fits(at, end) && name_end >= at && name_end - at <= UCHAR_MAX && words >= 0 &&
	       words < UCHAR_MAX;
}

/* Open addressing over the start byte; the table is kept under half full. */
struct relkg_name_memo {
	memo_slot *slots;
	size_t cap; /* a power of two */
	size_t n;
	/* the empty slot relkg_name_memo_ask found for (pend_at, pend_end),
	 * NULL when none: the put of that question fills it without a second
	 * search.  Every put and every new table forgets it (the table does
	 * not change otherwise, so a slot kept stays empty and right) */
	memo_slot *pend;
	size_t pend_at, pend_end;
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
		if (!s->words || (s->at == at && s->span == end - at)) {
			return s;
		}
	}
}

int relkg_name_memo_get(const relkg_name_memo *m, size_t at, size_t end, size_t *name_end,
			int *words)
{
	if (!m || !key_fits(at, end)) {
		return 0; /* never remembered */
	}
	const memo_slot *s = find(m, at, end);
	if (!s->words) {
		return 0;
	}
	*name_end = at + s->len;
	*words = s->words - 1;
	return 1;
}

int relkg_name_memo_ask(relkg_name_memo *m, size_t at, size_t end, size_t *name_end, int *words)
{
	if (!m || !key_fits(at, end)) {
		return 0; /* never remembered (a slot kept before stays right: no put since) */
	}
	memo_slot *s = find(m, at, end);
	if (!s->words) {
		m->pend = s;
		m->pend_at = at;
		m->pend_end = end;
		return 0;
	}
	*name_end = at + s->len;
	*words = s->words - 1;
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
	m->pend = NULL;
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
		if (old[i].words) {
			*find(m, old[i].at, (size_t)old[i].at + old[i].span) = old[i];
			++m->n;
		}
	}
	free(old);
	return 1;
}

/* relkg_name_memo_put without the slot relkg_name_memo_ask kept: out of
 * line, so that the put into a kept slot (most puts) saves no registers
 * for the search and growth. */
static __attribute__((noinline)) void put_searched(relkg_name_memo **mp, size_t at, size_t end,
						   size_t name_end, int words)
{
	if (!*mp) {
		relkg_name_memo *m = malloc(sizeof(*m));
		if (!m || !alloc_slots(m, 256)) {
			free(m);
			return;
		}
		*mp = m;
	}
	relkg_name_memo *m = *mp;
	m->pend = NULL;
	if (2 * (m->n + 1) > m->cap && !grow(m)) {
		return;
	}
	memo_slot *s = find(m, at, end);
	if (!s->words) {
		++m->n;
	}
	*s = (memo_slot){(uint32_t)at, (uint16_t)(end - at), (unsigned char)(name_end - at),
			 (unsigned char)(words + 1)};
}

void relkg_name_memo_put(relkg_name_memo **mp, size_t at, size_t end, size_t name_end, int words)
{
	if (!fits(at, end, name_end, words)) {
		return;
	}
	relkg_name_memo *m = *mp;
	/* asked just before: its empty slot, when no growth is due */
	memo_slot *s = m ? m->pend : NULL;
	if (!s || m->pend_at != at || m->pend_end != end || 2 * (m->n + 1) > m->cap) {
		put_searched(mp, at, end, name_end, words);
		return;
	}
	m->pend = NULL;
	++m->n; /* the kept slot is empty */
	*s = (memo_slot){(uint32_t)at, (uint16_t)(end - at), (unsigned char)(name_end - at),
			 (unsigned char)(words + 1)};
}
