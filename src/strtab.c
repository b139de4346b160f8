#include "strtab.h"

#include <stdlib.h>
#include <string.h>

/* Entries live in blocks of BLOCK bytes (or one block for an entry that
 * does not fit), never moved; the hash index is open addressing over
 * pointers to them, at most half full. */
#define BLOCK 65536
#define SLOTS_MIN 1024
#define SLOTS_KEEP 65536 /* a bigger index is freed when cleared */

typedef struct block {
	struct block *next;
	size_t cap, used;
	max_align_t data[]; /* cap bytes */
} block;

struct relkg_strtab {
	block *blocks;
	relkg_str **slots;
	size_t n_slots, used;
	relkg_str **values; /* tag-0 entries, for ranking */
	size_t n_values, cap_values;
	uint32_t rank_call; /* relkg_strtab_rank_these calls so far (marks seen values) */
};

relkg_strtab *relkg_strtab_new(void)
{
	return calloc(1, sizeof(relkg_strtab));
}

static void free_blocks(block *b)
{
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
}

void relkg_strtab_free(relkg_strtab *t)
{
	if (!t) {
		return;
	}
	free_blocks(t->blocks);
	free(t->slots);
	free(t->values);
	free(t);
}

void relkg_strtab_clear(relkg_strtab *t)
{
	block *keep = NULL, *b = t->blocks;
	while (b) { /* keep one ordinary block, free the rest */
		block *next = b->next;
		if (!keep && b->cap == BLOCK) {
			keep = b;
			keep->next = NULL;
			keep->used = 0;
		} else {
			free(b);
		}
		b = next;
	}
	t->blocks = keep;
	if (t->n_slots > SLOTS_KEEP) {
		free(t->slots);
		t->slots = NULL;
		t->n_slots = 0;
	} else if (t->slots) {
		memset(t->slots, 0, t->n_slots * sizeof(relkg_str *));
	}
	t->used = 0;
	t->n_values = 0;
}

static uint64_t load8(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return w;
}

static uint64_t load4(const char *s)
{
	uint32_t w;
	memcpy(&w, s, 4);
	return w;
}

/* Eight bytes at a time; the last (up to eight) by one load that may
 * overlap bytes already mixed, a short string by two overlapping loads or
 * three bytes: no byte-by-byte copy of the tail (its stores, read back
 * as one word, stalled the load). */
uint32_t relkg_strtab_hash(const char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w;
	if (n >= 8) {
		const char *end = s + n;
		for (; end - s > 8; s += 8) {
			h = (h ^ load8(s)) * 0xFF51AFD7ED558CCDULL;
			h ^= h >> 32;
		}
		w = load8(end - 8);
	} else if (n >= 4) {
		w = load4(s) | load4(s + n - 4) << 32;
	} else if (n > 0) {
		const unsigned char *u = (const unsigned char *)s;
		w = (uint64_t)u[0] | (uint64_t)u[n / 2] << 8 | (uint64_t)u[n - 1] << 16;
	} else {
		w = 0;
	}
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
	return (uint32_t)(h ^ (h >> 29));
}

/* Is e the entry (tag, s[0..n)) of hash h: that entry itself, or (tag
 * != 0) a value that is its own key of that tag? */
static int same(const relkg_str *e, unsigned char tag, const char *s, size_t n, uint32_t h)
{
	return e->hash == h && (e->tag == tag || (tag && e->self_key == tag)) && e->len == n &&
	       memcmp(e->str, s, n) == 0;
}

const relkg_str *relkg_strtab_find(const relkg_strtab *t, unsigned char tag, const char *s,
				   size_t n, uint32_t h)
{
	if (!t->n_slots) {
		return NULL;
	}
	size_t mask = t->n_slots - 1;
	for (size_t i = h & mask; t->slots[i]; i = (i + 1) & mask) {
		if (same(t->slots[i], tag, s, n, h)) {
			return t->slots[i];
		}
	}
	return NULL;
}

static void place(relkg_str **slots, size_t n_slots, relkg_str *e)
{
	size_t mask = n_slots - 1, i = e->hash & mask;
	while (slots[i]) {
		i = (i + 1) & mask;
	}
	slots[i] = e;
}

/* Room for one more entry in the index (grown and rehashed at half full). */
static relkg_status index_room(relkg_strtab *t)
{
	if (2 * (t->used + 1) <= t->n_slots) {
		return RELKG_OK;
	}
	size_t n = t->n_slots ? 2 * t->n_slots : SLOTS_MIN;
	relkg_str **slots = calloc(n, sizeof(relkg_str *));
	if (!slots) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < t->n_slots; ++i) {
		if (t->slots[i]) {
			place(slots, n, t->slots[i]);
		}
	}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n;
	return RELKG_OK;
}

/* size bytes from the arena, aligned for a relkg_str. */
static void *arena_alloc(relkg_strtab *t, size_t size)
{
	size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	block *b = t->blocks;
	if (!b || b->cap - b->used < size) {
		size_t cap = size > BLOCK ? size : BLOCK;
		b = malloc(sizeof(block) + cap);
		if (!b) {
			return NULL;
		}
		b->cap = cap;
		b->used = 0;
		b->next = t->blocks;
		t->blocks = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	return p;
}

/* A new entry (tag, s[0..n), hash h, value val or itself) in the arena,
 * in no slot yet; NULL on no memory. */
static relkg_str *new_entry(relkg_strtab *t, unsigned char tag, const char *s, size_t n,
			    uint32_t h, const relkg_str *val)
{
	if (n > (size_t)-1 / 2) {
		return NULL;
	}
	relkg_str *e = arena_alloc(t, sizeof(relkg_str) + n + 1);
	if (!e) {
		return NULL;
	}
	e->val = val ? val : e;
	e->len = n;
	e->hash = h;
	e->rank = 0;
	e->seen = 0;
	e->tag = tag;
	e->self_key = 0;
	memcpy(e->str, s, n);
	e->str[n] = '\0';
	return e;
}

static relkg_status add(relkg_strtab *t, unsigned char tag, const char *s, size_t n,
			uint32_t h, const relkg_str *val, relkg_str **out)
{
	if (index_room(t) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	relkg_str *e = new_entry(t, tag, s, n, h, val);
	if (!e) {
		return RELKG_ERR_NOMEM;
	}
	place(t->slots, t->n_slots, e);
	++t->used;
	*out = e;
	return RELKG_OK;
}

relkg_status relkg_strtab_store(relkg_strtab *t, const char *s, size_t n, const relkg_str **out)
{
	if (n > (size_t)-1 / 2) {
		return RELKG_ERR_NOMEM;
	}
	relkg_str *e = arena_alloc(t, sizeof(relkg_str) + n + 1);
	if (!e) {
		return RELKG_ERR_NOMEM;
	}
	e->val = e;
	e->len = n;
	e->hash = 0;
	e->rank = 0;
	e->seen = 0;
	e->tag = 0;
	e->self_key = 0;
	memcpy(e->str, s, n);
	e->str[n] = '\0';
	*out = e;
	return RELKG_OK;
}

relkg_status relkg_strtab_intern(relkg_strtab *t, const char *s, size_t n, const relkg_str **out)
{
	return relkg_strtab_intern_hashed(t, s, n, relkg_strtab_hash(s, n), out);
}

/* The value s[0..n) of hash h, or NULL; *empty the empty slot that ends
 * its probe (where place() would put it), or NULL without an index. */
static const relkg_str *find_value(const relkg_strtab *t, const char *s, size_t n, uint32_t h,
				   relkg_str ***empty)
{
	*empty = NULL;
	if (!t->n_slots) {
		return NULL;
	}
	size_t mask = t->n_slots - 1, i = h & mask;
	for (; t->slots[i]; i = (i + 1) & mask) {
		if (same(t->slots[i], 0, s, n, h)) {
			return t->slots[i];
		}
	}
	*empty = &t->slots[i];
	return NULL;
}

relkg_status relkg_strtab_intern_hashed(relkg_strtab *t, const char *s, size_t n, uint32_t h,
					const relkg_str **out)
{
	relkg_str **empty;
	const relkg_str *e = find_value(t, s, n, h, &empty);
	if (e) {
		*out = e;
		return RELKG_OK;
	}
	if (t->n_values == t->cap_values) {
		size_t cap = t->cap_values ? 2 * t->cap_values : 256;
		relkg_str **v = realloc(t->values, cap * sizeof(relkg_str *));
		if (!v) {
			return RELKG_ERR_NOMEM;
		}
		t->values = v;
		t->cap_values = cap;
	}
	relkg_str *ne;
	relkg_status st;
	if (empty && 2 * (t->used + 1) <= t->n_slots) {
		/* room in the index: the slot the probe ended at, not walked again */
		ne = new_entry(t, 0, s, n, h, NULL);
		st = ne ? RELKG_OK : RELKG_ERR_NOMEM;
		if (ne) {
			*empty = ne;
			++t->used;
		}
	} else {
		st = add(t, 0, s, n, h, NULL, &ne);
	}
	if (st == RELKG_OK) {
		t->values[t->n_values++] = ne;
		*out = ne;
	}
	return st;
}

relkg_status relkg_strtab_add_key(relkg_strtab *t, unsigned char tag, const char *s, size_t n,
				  uint32_t h, const relkg_str *val)
{
	relkg_str *e;
	return tag == 0 ? RELKG_ERR_ARG : add(t, tag, s, n, h, val, &e);
}

relkg_status relkg_strtab_add_self_key(relkg_strtab *t, unsigned char tag, const relkg_str *val)
{
	(void)t; /* val is t's: the table owns it */
	if (tag == 0 || val->tag != 0 || val->self_key != 0) {
		return RELKG_ERR_ARG;
	}
	((relkg_str *)val)->self_key = tag;
	return RELKG_OK;
}

size_t relkg_strtab_values(const relkg_strtab *t)
{
	return t->n_values;
}

/* Does a come before b in byte order (a prefix first)? */
static int before(const relkg_str *a, const relkg_str *b)
{
	int c = memcmp(a->str, b->str, a->len < b->len ? a->len : b->len);
	return c ? c < 0 : a->len < b->len;
}

/* Merge sort of a[0..n) by before(); tmp has room for n / 2 entries.
 * Insertion sort for short runs; a run already in order is not merged. */
static void sort_values(relkg_str **a, size_t n, relkg_str **tmp)
{
	if (n <= 12) {
		for (size_t i = 1; i < n; ++i) {
			relkg_str *x = a[i];
			size_t j = i;
			for (; j > 0 && before(x, a[j - 1]); --j) {
				a[j] = a[j - 1];
			}
			a[j] = x;
		}
		return;
	}
	size_t h = n / 2;
	sort_values(a, h, tmp);
	sort_values(a + h, n - h, tmp);
	if (!before(a[h], a[h - 1])) {
		return;
	}
	memcpy(tmp, a, h * sizeof(relkg_str *));
	size_t i = 0, j = h, o = 0;
	while (i < h && j < n) {
		a[o++] = before(a[j], tmp[i]) ? a[j++] : tmp[i++];
	}
	while (i < h) {
		a[o++] = tmp[i++];
	}
}

relkg_status relkg_strtab_distinct(relkg_strtab *t, const relkg_str **vals, size_t *n)
{
	if (*n > UINT32_MAX) {
		return RELKG_ERR_TOO_BIG;
	}
	if (++t->rank_call == 0) { /* wrapped: old marks could be taken for new */
		for (size_t i = 0; i < t->n_values; ++i) {
			t->values[i]->seen = 0;
		}
		t->rank_call = 1;
	}
	/* the table owns its values: vals point into it.  A value met in
	 * this call carries its number; no pass over every value is needed */
	relkg_str **v = (relkg_str **)vals;
	size_t k = 0;
	for (size_t i = 0; i < *n; ++i) {
		if (v[i]->seen != t->rank_call) {
			v[i]->seen = t->rank_call;
			v[k++] = v[i];
		}
	}
	*n = k;
	return RELKG_OK;
}

relkg_status relkg_strtab_rank_these(relkg_strtab *t, const relkg_str **vals, size_t *n)
{
	relkg_status st = relkg_strtab_distinct(t, vals, n);
	if (st != RELKG_OK) {
		return st;
	}
	relkg_str **v = (relkg_str **)vals;
	size_t k = *n;
	if (k > 1) {
		relkg_str **tmp = malloc((k / 2 + 1) * sizeof(relkg_str *));
		if (!tmp) {
			return RELKG_ERR_NOMEM;
		}
		sort_values(v, k, tmp);
		free(tmp);
	}
	for (size_t i = 0; i < k; ++i) {
		v[i]->rank = (uint32_t)i;
	}
	return RELKG_OK;
}

relkg_status relkg_strtab_rank(relkg_strtab *t)
{
	if (t->n_values > UINT32_MAX) {
		return RELKG_ERR_TOO_BIG;
	}
	if (t->n_values > 1) {
		relkg_str **tmp = malloc((t->n_values / 2 + 1) * sizeof(relkg_str *));
		if (!tmp) {
			return RELKG_ERR_NOMEM;
		}
		sort_values(t->values, t->n_values, tmp);
		free(tmp);
	}
	for (size_t i = 0; i < t->n_values; ++i) {
		t->values[i]->rank = (uint32_t)i;
	}
	return RELKG_OK;
}
