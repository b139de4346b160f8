#include "mentions.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "name_memo.h"
#include "strtab.h"

relkg_mentions *relkg_mentions_new(void)
{
	relkg_mentions *m = calloc(1, sizeof(*m));
	if (m) {
		m->parties[0] = m->parties[1] = RELKG_NONE;
	}
	return m;
}

void relkg_mentions_free(relkg_mentions *m)
{
	if (!m) {
		return;
	}
	for (size_t i = 0; i < m->n_ents; ++i) {
		free(m->ents[i].iri);
		free(m->ents[i].label);
	}
	free(m->ents);
	free(m->word_starts);
	free(m->sentence_words);
	free(m->word_keys);
	free(m->run_ends);
	free(m->sentence_run_ends);
	free(m->ms);
	free(m->dates);
	free(m->signings);
	free(m->begins);
	free(m->person_ents);
	relkg_name_memo_free(m->names);
	free(m);
}

/* The index of the entity with this IRI (of n bytes, hash h), or NONE. */
static size_t find_hashed(const relkg_mentions *m, const char *iri, uint32_t h)
{
	for (size_t i = 0; i < m->n_ents; ++i) {
		if (m->ents[i].iri_hash == h && strcmp(m->ents[i].iri, iri) == 0) {
			return i;
		}
	}
	return RELKG_NONE;
}

size_t relkg_mentions_find(const relkg_mentions *m, const char *iri)
{
	return find_hashed(m, iri, relkg_strtab_hash(iri, strlen(iri)));
}

/* e's label_len, first_len and last_at (see relkg_entity). */
static void set_label_words(relkg_entity *e)
{
	const char *sp = strchr(e->label, ' ');
	e->label_len = strlen(e->label);
	e->first_len = e->last_at = RELKG_NONE;
	if (sp) {
		e->first_len = (size_t)(sp - e->label);
		e->last_at = (size_t)(strrchr(e->label, ' ') + 1 - e->label);
	}
}

/* The bit of person_heads[c] for a name of n bytes. */
static uint64_t head_len_bit(size_t n)
{
	return UINT64_C(1) << (n < 63 ? n : 63);
}

/* Marks the names person e may be called by (see person_heads). */
static void note_person_heads(relkg_mentions *m, const relkg_entity *e)
{
	m->person_heads[(unsigned char)e->label[0]] |= head_len_bit(e->first_len);
	for (size_t k = 0; k <= RELKG_PERSON_HEAD_SKIP && e->last_at + k < e->label_len; ++k) {
		m->person_heads[(unsigned char)e->label[e->last_at + k]] |=
			head_len_bit(e->label_len - e->last_at - k);
	}
}

/* Room in m->person_ents for one more person; 0 on no memory. */
static int note_person(relkg_mentions *m)
{
	if (m->n_person_ents < m->cap_person_ents) {
		return 1;
	}
	size_t nc = m->cap_person_ents ? m->cap_person_ents * 2 : 16;
	size_t *p = realloc(m->person_ents, nc * sizeof(*p));
	if (!p) {
		return 0;
	}
	m->person_ents = p;
	m->cap_person_ents = nc;
	return 1;
}

size_t relkg_mentions_entity(relkg_mentions *m, relkg_ent_kind kind, const char *iri,
			     const char *label, size_t label_len)
{
	size_t iri_len = strlen(iri);
	uint32_t h = relkg_strtab_hash(iri, iri_len);
	size_t i = find_hashed(m, iri, h);
	if (i != RELKG_NONE) {
		return i;
	}
	if (kind == RELKG_ENT_PERSON && !note_person(m)) {
		return RELKG_NONE;
	}
	if (m->n_ents == m->cap_ents) {
		size_t nc = m->cap_ents ? m->cap_ents * 2 : 32;
		relkg_entity *ne = realloc(m->ents, nc * sizeof(*ne));
		if (!ne) {
			return RELKG_NONE;
		}
		m->ents = ne;
		m->cap_ents = nc;
	}
	relkg_entity *e = &m->ents[m->n_ents];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->iri = relkg_strndup(iri, iri_len);
	e->iri_hash = h;
	e->label = relkg_strndup(label, label_len);
	e->country = e->office = e->gz = RELKG_NONE;
	if (!e->iri || !e->label) {
		free(e->iri);
		free(e->label);
		return RELKG_NONE;
	}
	set_label_words(e);
	if (kind == RELKG_ENT_PERSON && e->first_len != RELKG_NONE) {
		note_person_heads(m, e);
		m->person_ents[m->n_person_ents++] = m->n_ents; /* room: note_person */
	}
	return m->n_ents++;
}

int relkg_mentions_may_name_person(const relkg_mentions *m, const char *w, size_t n)
{
	return (m->person_heads[(unsigned char)w[0]] & head_len_bit(n)) != 0;
}

/* Sets pos's bit in m->begins (growing it to cover pos). */
static relkg_status mark_begin(relkg_mentions *m, size_t pos)
{
	size_t w = pos / 64;
	if (w >= m->n_begins) {
		size_t nb = m->n_begins ? m->n_begins : 64;
		while (nb <= w) {
			nb *= 2;
		}
		uint64_t *b = realloc(m->begins, nb * sizeof(*b));
		if (!b) {
			return RELKG_ERR_NOMEM;
		}
		memset(b + m->n_begins, 0, (nb - m->n_begins) * sizeof(*b));
		m->begins = b;
		m->n_begins = nb;
	}
	m->begins[w] |= UINT64_C(1) << (pos % 64);
	return RELKG_OK;
}

relkg_status relkg_mentions_add(relkg_mentions *m, relkg_span span, size_t sentence,
				size_t entity, unsigned flags)
{
	if (mark_begin(m, span.begin) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	if (m->n == m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 64;
		relkg_mention *nm = realloc(m->ms, nc * sizeof(*nm));
		if (!nm) {
			return RELKG_ERR_NOMEM;
		}
		m->ms = nm;
		m->cap = nc;
	}
	relkg_mention *x = &m->ms[m->n++];
	m->kinds |= entity < m->n_ents ? 1u << m->ents[entity].kind : ~0u;
	if (span.end > span.begin && span.end - span.begin > m->longest) {
		m->longest = span.end - span.begin;
	}
	x->span = span;
	x->sentence = sentence;
	x->entity = entity;
	x->flags = flags;
	return RELKG_OK;
}

relkg_status relkg_mentions_add_signing(relkg_mentions *m, const relkg_signing *s)
{
	if (m->n_signings == m->cap_signings) {
		size_t nc = m->cap_signings ? m->cap_signings * 2 : 8;
		relkg_signing *ns = realloc(m->signings, nc * sizeof(*ns));
		if (!ns) {
			return RELKG_ERR_NOMEM;
		}
		m->signings = ns;
		m->cap_signings = nc;
	}
	m->signings[m->n_signings++] = *s;
	return RELKG_OK;
}

relkg_status relkg_mentions_add_date(relkg_mentions *m, const relkg_date *d)
{
	if (m->n_dates == m->cap_dates) {
		size_t nc = m->cap_dates ? m->cap_dates * 2 : 32;
		relkg_date *nd = realloc(m->dates, nc * sizeof(*nd));
		if (!nd) {
			return RELKG_ERR_NOMEM;
		}
		m->dates = nd;
		m->cap_dates = nc;
	}
	m->dates[m->n_dates++] = *d;
	return RELKG_OK;
}

static int cmp_span(relkg_span a, relkg_span b)
{
	if (a.begin != b.begin) {
		return a.begin < b.begin ? -1 : 1;
	}
	if (a.end != b.end) {
		return a.end > b.end ? -1 : 1; /* longer first */
	}
	return 0;
}

static int cmp_mention(const void *va, const void *vb)
{
	const relkg_mention *a = va, *b = vb;
	int c = cmp_span(a->span, b->span);
	if (c) {
		return c;
	}
	return a->entity < b->entity ? -1 : a->entity > b->entity;
}

static int cmp_date(const void *va, const void *vb)
{
	const relkg_date *a = va, *b = vb;
	return cmp_span(a->span, b->span);
}

/* First index in ms[0..k) that sorts after x (every one before it sorts
 * with or before x). */
static size_t upper_bound(const relkg_mention *ms, size_t k, const relkg_mention *x)
{
	size_t lo = 0, hi = k;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_mention(&ms[mid], x) <= 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}

/* Merges tail[0 .. t) (sorted) into ms[from .. k) (sorted; room for t
 * more after k), from the back: each tail mention, last first, goes
 * after the sorted ones it does not sort before, and the sorted ones it
 * sorts before move up as one block (found by bisection; a step and a
 * comparison each moved every later mention of the article, the rule
 * sets appending a sentence's in the middle of the table). */
static void merge_tail(relkg_mention *ms, size_t from, size_t k, const relkg_mention *tail,
		       size_t t)
{
	size_t i = k, o = k + t;
	for (size_t j = t; j > 0; --j) {
		size_t lo = from, hi = i; /* first of ms[from .. i) tail[j - 1] sorts before */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (cmp_mention(&tail[j - 1], &ms[mid]) < 0) {
				hi = mid;
			} else {
				lo = mid + 1;
			}
		}
		memmove(&ms[o - (i - lo)], &ms[lo], (i - lo) * sizeof(*ms));
		o -= i - lo;
		i = lo;
		ms[--o] = tail[j - 1];
	}
}

/* Tails up to this long are sorted by insertion, and copied aside on the
 * stack: a rule set appends a few mentions a sentence, and qsort's
 * set-up and a malloc each time cost more than the sort. */
#define SHORT_TAIL 32

/* Sorts ms[0 .. t) as qsort with cmp_mention does (glibc's merge sort:
 * stable, so the same order where two compare equal). */
static void sort_tail(relkg_mention *ms, size_t t)
{
	if (t > SHORT_TAIL) {
		qsort(ms, t, sizeof(*ms), cmp_mention);
		return;
	}
	for (size_t i = 1; i < t; ++i) {
		relkg_mention x = ms[i];
		size_t j = i;
		while (j > 0 && cmp_mention(&ms[j - 1], &x) > 0) { /* equal ones stay before */
			ms[j] = ms[j - 1];
			--j;
		}
		ms[j] = x;
	}
}

void relkg_mentions_sort_appended(relkg_mentions *m)
{
	if (m->n_sorted < m->n) {
		/* sort the appended tail, then merge it in from the back: only
		 * the sorted mentions that go after the tail's first one move
		 * (the rule sets go through the text in order, so mostly few;
		 * copying the whole table every sentence made long articles
		 * quadratic).  On ties the sorted mention stays first. */
		size_t k = m->n_sorted, t = m->n - k;
		sort_tail(m->ms + k, t);
		size_t from = k ? upper_bound(m->ms, k, &m->ms[k]) : k;
		relkg_mention short_tail[SHORT_TAIL];
		relkg_mention *tail = from == k	       ? NULL
				      : t <= SHORT_TAIL ? short_tail
							: malloc(t * sizeof(*tail));
		if (tail) {
			memcpy(tail, m->ms + k, t * sizeof(*tail));
			merge_tail(m->ms, from, k, tail, t);
			if (tail != short_tail) {
				free(tail);
			}
		} else if (from < k) {
			qsort(m->ms + from, m->n - from, sizeof(*m->ms), cmp_mention);
		}
	}
	m->n_sorted = m->n;
	/* dates are added by one rule set, in text order: sort only what is
	 * new (sorting everything on every call made long articles quadratic) */
	if (m->n_dates_sorted < m->n_dates) {
		qsort(m->dates, m->n_dates, sizeof(*m->dates), cmp_date);
		m->n_dates_sorted = m->n_dates;
	}
}

size_t relkg_mentions_range(const relkg_mentions *m, size_t begin, size_t end, size_t *first)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) { /* first mention whose begin >= begin */
		size_t mid = lo + (hi - lo) / 2;
		if (m->ms[mid].span.begin < begin) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	*first = lo;
	size_t i = lo;
	while (i < m->n && m->ms[i].span.begin < end) {
		++i;
	}
	return i;
}

/* First index in the sorted part whose begin >= pos.  Branch-free halving
 * (the comparison picks the base by a conditional move): the look-ups at
 * a position, asked at almost every word, were lost to mispredictions. */
/* The first of ms[0 .. n) (sorted) that begins at pos or after (n when
 * none does). */
static size_t lower_bound_in(const relkg_mention *ms, size_t n, size_t pos)
{
	if (n == 0) {
		return 0;
	}
	const relkg_mention *base = ms;
	while (n > 1) {
		size_t half = n / 2;
		base += half & -(size_t)(base[half - 1].span.begin < pos); /* no branch */
		n -= half;
	}
	return (size_t)(base - ms) + (base->span.begin < pos);
}

static size_t lower_bound(const relkg_mentions *m, size_t pos)
{
	return lower_bound_in(m->ms, m->n_sorted, pos);
}

/* lower_bound searched from index from (any index: from only says where
 * the search starts): forward by doubling steps when the answer is at
 * from or after it, else by halves before it.  Look-ups at nearby
 * positions, as a rule set makes through a sentence, take a step or
 * two instead of a search of the whole table. */
static size_t lower_bound_from(const relkg_mentions *m, size_t pos, size_t from)
{
	size_t n = m->n_sorted, lo = from < n ? from : n;
	if (lo > 0 && m->ms[lo - 1].span.begin >= pos) {
		return lower_bound_in(m->ms, lo, pos); /* the answer is before from */
	}
	/* every mention before lo begins before pos */
	size_t step = 1;
	while (lo + step <= n && m->ms[lo + step - 1].span.begin < pos) {
		lo += step;
		step *= 2;
	}
	size_t hi = lo + step <= n ? lo + step : n; /* the answer is in [lo, hi] */
	return lo + lower_bound_in(m->ms + lo, hi - lo, pos);
}

/* Longest span a mention is assumed to have when looking backwards. */
#define MENTION_REACH 1024

int relkg_mentions_covered(const relkg_mentions *m, size_t begin, size_t end)
{
	size_t i = lower_bound(m, end);
	while (i > 0) {
		const relkg_mention *x = &m->ms[--i];
		if (x->span.begin < end && begin < x->span.end) {
			return 1;
		}
		if (x->span.begin + MENTION_REACH < begin || x->span.begin + m->longest <= begin) {
			break; /* none before x reaches begin (or is assumed to) */
		}
	}
	for (size_t j = m->n_sorted; j < m->n; ++j) {
		if (m->ms[j].span.begin < end && begin < m->ms[j].span.end) {
			return 1;
		}
	}
	return 0;
}

static int wanted(const relkg_mentions *m, const relkg_mention *x, relkg_ent_kind kind,
		  unsigned skip)
{
	return (kind == RELKG_ENT_KINDS || m->ents[x->entity].kind == kind) && !(x->flags & skip);
}

size_t relkg_mentions_at_search(const relkg_mentions *m, size_t begin, relkg_ent_kind kind,
				unsigned skip)
{
	size_t best = RELKG_NONE;
	if (!relkg_mentions_may_begin(m, begin)) {
		return best;
	}
	size_t first = lower_bound_from(m, begin, m->at_cursor);
	((relkg_mentions *)m)->at_cursor = first; /* a cache: see mentions.h */
	for (size_t i = first; i < m->n_sorted && m->ms[i].span.begin == begin; ++i) {
		if (wanted(m, &m->ms[i], kind, skip) &&
		    (best == RELKG_NONE || m->ms[i].span.end > m->ms[best].span.end)) {
			best = i;
		}
	}
	for (size_t j = m->n_sorted; j < m->n; ++j) {
		if (m->ms[j].span.begin == begin && wanted(m, &m->ms[j], kind, skip) &&
		    (best == RELKG_NONE || m->ms[j].span.end > m->ms[best].span.end)) {
			best = j;
		}
	}
	return best;
}

int relkg_mentions_begins_at_search(const relkg_mentions *m, size_t pos, size_t *hint)
{
	if (!relkg_mentions_may_begin(m, pos)) {
		return 0; /* *hint is left behind: the next call corrects it */
	}
	size_t i = *hint;
	/* the sorted part: i is the first mention with begin >= pos */
	if (i > m->n_sorted || (i > 0 && m->ms[i - 1].span.begin >= pos)) {
		i = lower_bound(m, pos);
	}
	while (i < m->n_sorted && m->ms[i].span.begin < pos) {
		++i;
	}
	*hint = i;
	if (i < m->n_sorted && m->ms[i].span.begin == pos) {
		return 1;
	}
	for (size_t j = m->n_sorted; j < m->n; ++j) {
		if (m->ms[j].span.begin == pos) {
			return 1;
		}
	}
	return 0;
}

void relkg_mentions_dump(const relkg_mentions *m, const relkg_doc *doc, FILE *fp)
{
	static const char *const kinds[] = {"country", "person", "organization", "city",
		"territory", "office", "treaty", "dispute", "mission", "other"};
	static const char *const flags = "NDCSPTM"; /* RELKG_MF_* bits in order */
	for (int k = 0; k < 2; ++k) {
		if (m->parties[k] != RELKG_NONE) {
			fprintf(fp, "party\t%s\n", m->ents[m->parties[k]].label);
		}
	}
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		const relkg_entity *e = &m->ents[x->entity];
		char f[8] = {0};
		for (int b = 0, n = 0; b < 7; ++b) {
			if (x->flags & (1u << b)) {
				f[n++] = flags[b];
			}
		}
		fprintf(fp, "%zu\t%s\t%s\t%s\t%.*s\n", x->sentence, kinds[e->kind], e->label, f,
			(int)(x->span.end - x->span.begin), doc->text + x->span.begin);
	}
	for (size_t i = 0; i < m->n_dates; ++i) {
		const relkg_date *d = &m->dates[i];
		fprintf(fp, "%zu\tdate\t%s\t%s\t%.*s\n", d->sentence, d->iso, d->xsd,
			(int)(d->span.end - d->span.begin), doc->text + d->span.begin);
	}
}
