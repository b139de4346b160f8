/* The mention table's position lookups: relkg_mentions_begins_at, with
 * any cursor, gives relkg_mentions_at's answer (any kind, no flag
 * skipped) on a table with a sorted part and an appended tail.  The
 * entity lookup by IRI (hashes compared first) gives the strcmp scan's
 * answer. */
#include "mentions.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t add_entity(relkg_mentions *m, const char *iri)
{
	return relkg_mentions_entity(m, RELKG_ENT_TERRITORY, iri, "x", 1);
}

static void begins_at(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	size_t e = add_entity(m, "http://example.org/a");
	static const size_t sorted[][2] = {{3, 7}, {3, 5}, {10, 12}, {20, 30}, {25, 26}, {40, 41}};
	for (size_t k = 0; k < sizeof(sorted) / sizeof(*sorted); ++k) {
		OK(relkg_mentions_add(m, (relkg_span){sorted[k][0], sorted[k][1]}, 0, e, 0) ==
			   RELKG_OK, "add");
	}
	relkg_mentions_sort(m);
	/* a tail not yet sorted, one at a position the sorted part has */
	OK(relkg_mentions_add(m, (relkg_span){15, 16}, 0, e, 0) == RELKG_OK, "add");
	OK(relkg_mentions_add(m, (relkg_span){10, 11}, 0, e, 0) == RELKG_OK, "add");
	OK(relkg_mentions_add(m, (relkg_span){1, 2}, 0, e, 0) == RELKG_OK, "add");
	size_t bad = 0, found = 0;
	for (int pass = 0; pass < 2; ++pass) {
		size_t hint = 0;
		for (size_t pos = 0; pos < 45; ++pos) { /* forwards, as the scanner asks */
			int want = relkg_mentions_at(m, pos, RELKG_ENT_KINDS, 0) != RELKG_NONE;
			int got = relkg_mentions_begins_at(m, pos, &hint);
			bad += want != got;
			found += got;
		}
		for (size_t pos = 45; pos-- > 0;) { /* backwards: the cursor must recover */
			size_t far = pos * 7 % 11; /* and from any cursor */
			int want = relkg_mentions_at(m, pos, RELKG_ENT_KINDS, 0) != RELKG_NONE;
			bad += relkg_mentions_begins_at(m, pos, &hint) != want;
			bad += relkg_mentions_begins_at(m, pos, &far) != want;
		}
		relkg_mentions_sort(m); /* the second pass: all sorted */
	}
	OK(bad == 0, "%zu answers differ from relkg_mentions_at", bad);
	EQ_INT(found, 2 * 7); /* at 1, 3, 10, 15, 20, 25 and 40 */
	relkg_mentions_free(m);
}

/* relkg_mentions_at as a scan of every mention: the first of the longest
 * beginning at pos. */
static size_t at_by_scan(const relkg_mentions *m, size_t pos)
{
	size_t best = RELKG_NONE;
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].span.begin == pos &&
		    (best == RELKG_NONE || m->ms[i].span.end > m->ms[best].span.end)) {
			best = i;
		}
	}
	return best;
}

/* The look-ups skip positions where no mention begins (a bit set per
 * begin): they still find every mention, beyond 64 bytes and far out,
 * sorted or appended, and nothing elsewhere. */
static void at_is_scan(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	size_t e = add_entity(m, "http://example.org/b");
	static const size_t spans[][2] = {{0, 4}, {63, 65}, {64, 70}, {64, 66}, {127, 130},
		{128, 129}, {5000, 5004}, {70000, 70010}};
	size_t bad = 0, found = 0;
	for (size_t k = 0; k < sizeof(spans) / sizeof(*spans); ++k) {
		OK(relkg_mentions_add(m, (relkg_span){spans[k][0], spans[k][1]}, 0, e, 0) ==
			   RELKG_OK, "add");
		if (k == 4) {
			relkg_mentions_sort(m); /* the rest stay appended */
		}
	}
	for (size_t pos = 0; pos < 71000; ++pos) {
		size_t want = at_by_scan(m, pos), hint = 0;
		size_t got = relkg_mentions_at(m, pos, RELKG_ENT_KINDS, 0);
		bad += (got == RELKG_NONE) != (want == RELKG_NONE) ||
		       (got != RELKG_NONE && m->ms[got].span.end != m->ms[want].span.end);
		bad += relkg_mentions_begins_at(m, pos, &hint) != (want != RELKG_NONE);
		found += got != RELKG_NONE;
	}
	OK(bad == 0, "%zu answers differ from a scan of the table", bad);
	EQ_INT(found, 7); /* at 0, 63, 64, 127, 128, 5000, 70000 */
	relkg_mentions_free(m);
}

/* Is [b, e) overlapped by a mention?  (A scan of the table.) */
static int covered_by_scan(const relkg_mentions *m, size_t b, size_t e)
{
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].span.begin < e && b < m->ms[i].span.end) {
			return 1;
		}
	}
	return 0;
}

/* The searches of the sorted part (relkg_mentions_at, _begins_at,
 * _covered, _range) against scans, on random tables of every size from
 * empty to 120 mentions, many beginning at the same place, with an
 * appended tail; relkg_mentions_at also at positions in random order
 * (its search starts where the last one ended). */
static void random_tables(void)
{
	unsigned seed = 31337;
	size_t bad = 0;
	for (size_t size = 0; size <= 120; ++size) {
		relkg_mentions *m = relkg_mentions_new();
		size_t e = add_entity(m, "http://example.org/c");
		for (size_t k = 0; k < size + 3; ++k) {
			seed = seed * 1103515245u + 12345u;
			size_t b = (seed >> 16) % 150, len = 1 + (seed >> 8) % 6;
			bad += relkg_mentions_add(m, (relkg_span){b, b + len}, 0, e, 0) != RELKG_OK;
			if (k + 1 == size) {
				relkg_mentions_sort(m); /* three appended after */
			}
		}
		size_t hint = 0;
		for (size_t pos = 0; pos < 160; ++pos) {
			size_t want = at_by_scan(m, pos);
			size_t got = relkg_mentions_at(m, pos, RELKG_ENT_KINDS, 0);
			bad += (got == RELKG_NONE) != (want == RELKG_NONE) ||
			       (got != RELKG_NONE && m->ms[got].span.end != m->ms[want].span.end);
			bad += relkg_mentions_begins_at(m, pos, &hint) != (want != RELKG_NONE);
			bad += relkg_mentions_covered(m, pos, pos + 2) != covered_by_scan(m, pos, pos + 2);
		}
		relkg_mentions_sort(m);
		/* look-ups in any order: each starts where the last ended */
		for (size_t q = 0; q < 400; ++q) {
			seed = seed * 1103515245u + 12345u;
			size_t pos = q % 3 ? (seed >> 16) % 160 : 159 - q % 160;
			size_t want = at_by_scan(m, pos);
			size_t got = relkg_mentions_at(m, pos, RELKG_ENT_KINDS, 0);
			bad += (got == RELKG_NONE) != (want == RELKG_NONE) ||
			       (got != RELKG_NONE && m->ms[got].span.end != m->ms[want].span.end);
		}
		for (size_t pos = 0; pos < 160; ++pos) {
			size_t first, last = relkg_mentions_range(m, pos, pos + 5, &first);
			for (size_t i = 0; i < m->n; ++i) {
				int in = m->ms[i].span.begin >= pos && m->ms[i].span.begin < pos + 5;
				bad += in != (i >= first && i < last);
			}
		}
		relkg_mentions_free(m);
	}
	EQ_INT(bad, 0);
}

/* The sort's order, as the merge a step at a time had it: the sorted
 * part, then the appended tail sorted with qsort and merged in from the
 * back, a sorted mention first on ties (the plain version of the block
 * moves relkg_mentions_sort makes). */
static int cmp_ref(const void *va, const void *vb)
{
	const relkg_mention *a = va, *b = vb;
	if (a->span.begin != b->span.begin) {
		return a->span.begin < b->span.begin ? -1 : 1;
	}
	if (a->span.end != b->span.end) {
		return a->span.end > b->span.end ? -1 : 1;
	}
	return a->entity < b->entity ? -1 : a->entity > b->entity;
}

static void sort_ref(relkg_mention *ms, size_t k, size_t n)
{
	size_t t = n - k;
	relkg_mention tail[64];
	qsort(ms + k, t, sizeof(*ms), cmp_ref);
	memcpy(tail, ms + k, t * sizeof(*tail));
	size_t i = k, j = t, o = n;
	while (j > 0) {
		if (i > 0 && cmp_ref(&tail[j - 1], &ms[i - 1]) < 0) {
			ms[--o] = ms[--i];
		} else {
			ms[--o] = tail[--j];
		}
	}
}

/* Tables sorted again after tails of 1 to 40 mentions (two entities, and
 * flags that tell equal spans apart) end in the order sort_ref gives. */
static void sort_is_merge(void)
{
	unsigned seed = 4711;
	size_t bad = 0, rounds = 0;
	for (size_t size = 0; size <= 200; size += 7) {
		for (size_t t = 1; t <= 40; t += 3) {
			relkg_mentions *m = relkg_mentions_new();
			size_t e[2] = {add_entity(m, "http://example.org/a"),
				       add_entity(m, "http://example.org/b")};
			relkg_mention want[256];
			for (size_t k = 0; k < size + t; ++k) {
				seed = seed * 1103515245u + 12345u;
				size_t b = (seed >> 16) % 120, len = 1 + (seed >> 8) % 4;
				bad += relkg_mentions_add(m, (relkg_span){b, b + len}, k, e[seed >> 30 & 1u],
							  seed >> 4 & 3u) != RELKG_OK;
				if (k + 1 == size) {
					relkg_mentions_sort(m);
				}
			}
			memcpy(want, m->ms, m->n * sizeof(*want));
			sort_ref(want, m->n_sorted, m->n);
			relkg_mentions_sort(m);
			for (size_t i = 0; i < m->n; ++i) {
				const relkg_mention *a = &m->ms[i], *b = &want[i];
				bad += a->span.begin != b->span.begin || a->span.end != b->span.end ||
				       a->sentence != b->sentence || a->entity != b->entity ||
				       a->flags != b->flags;
			}
			relkg_mentions_free(m);
			++rounds;
		}
	}
	EQ_INT(bad, 0);
	OK(rounds > 300, "%zu tables", rounds);
}

/* relkg_name_known_person's filter: every first name, last word and last
 * word less its joined article ("Sisi" of "el-Sisi", "Shara" of
 * "ash-Shara") may be a person's name, with its length; a label with no
 * space, or no person's, marks none. */
static void person_heads(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	static const char *const people[] = {"Abdel Fattah el-Sisi", "Farouk ash-Shara",
					     "Virgilio Barco", "Shinzō Abe", NULL};
	relkg_mentions_entity(m, RELKG_ENT_PERSON, "http://example.org/p/madonna", "Madonna", 7);
	relkg_mentions_entity(m, RELKG_ENT_TERRITORY, "http://example.org/t", "Kuril Islands", 13);
	static const char *const none[] = {"Madonna", "Kuril", "Islands", "Abdel", "Sisi", NULL};
	for (size_t k = 0; none[k]; ++k) {
		OK(!relkg_mentions_may_name_person(m, none[k], strlen(none[k])), "none yet: %s",
		   none[k]);
	}
	char iri[64];
	for (size_t k = 0; people[k]; ++k) {
		snprintf(iri, sizeof(iri), "http://example.org/p/%zu", k);
		relkg_mentions_entity(m, RELKG_ENT_PERSON, iri, people[k], strlen(people[k]));
	}
	static const char *const names[] = {"Abdel", "el-Sisi", "Sisi", "Farouk", "ash-Shara",
					    "Shara", "Virgilio", "Barco", "Shinzō", "Abe", NULL};
	for (size_t k = 0; names[k]; ++k) {
		OK(relkg_mentions_may_name_person(m, names[k], strlen(names[k])), "may name: %s",
		   names[k]);
	}
	static const char *const not_names[] = {"Madonna", "Kuril", "Abdels", "Fattahi", "Barcos",
						"Quayle", "Ab", NULL};
	for (size_t k = 0; not_names[k]; ++k) {
		OK(!relkg_mentions_may_name_person(m, not_names[k], strlen(not_names[k])),
		   "names nobody: %s", not_names[k]);
	}
	relkg_mentions_free(m);
}

/* relkg_mentions_find and relkg_mentions_entity against a scan of the
 * table by strcmp: IRIs sharing long prefixes, one a prefix of another,
 * the empty IRI, IRIs never added. */
static void find_is_scan(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	char iri[96];
	size_t bad = 0;
	for (unsigned k = 0; k < 300; ++k) {
		snprintf(iri, sizeof(iri), "https://w3id.org/relkg/id/territory/%u%s", k * 7919u % 251u,
			 k % 3 ? "" : "-x");
		size_t want = RELKG_NONE;
		for (size_t i = 0; i < m->n_ents && want == RELKG_NONE; ++i) {
			want = strcmp(m->ents[i].iri, iri) == 0 ? i : RELKG_NONE;
		}
		bad += relkg_mentions_find(m, iri) != want;
		size_t before = m->n_ents, e = add_entity(m, iri);
		bad += want != RELKG_NONE ? e != want || m->n_ents != before
					  : e != before || m->n_ents != before + 1;
		bad += relkg_mentions_find(m, iri) != e;
	}
	bad += relkg_mentions_find(m, "") != RELKG_NONE;
	bad += relkg_mentions_find(m, "https://w3id.org/relkg/id/territory/") != RELKG_NONE;
	bad += add_entity(m, "") != m->n_ents - 1 || relkg_mentions_find(m, "") != m->n_ents - 1;
	EQ_INT(bad, 0);
	OK(m->n_ents > 250 && m->n_ents < 300, "some IRIs came again: %zu entities", m->n_ents);
	relkg_mentions_free(m);
}

/* relkg_mentions_at of one kind as a scan: the first of the longest
 * mentions beginning at pos whose entity has that kind and no flag of
 * skip. */
static size_t at_kind_by_scan(const relkg_mentions *m, size_t pos, relkg_ent_kind kind,
			      unsigned skip)
{
	size_t best = RELKG_NONE;
	for (size_t i = 0; i < m->n; ++i) {
		if (m->ms[i].span.begin == pos && m->ents[m->ms[i].entity].kind == kind &&
		    !(m->ms[i].flags & skip) &&
		    (best == RELKG_NONE || m->ms[i].span.end > m->ms[best].span.end)) {
			best = i;
		}
	}
	return best;
}

/* The look-up of a kind no mention has answers at once (a bit per kind
 * the table holds): still the scan's answer for every kind, present or
 * not, as mentions of new kinds are added, sorted and appended. */
static void at_kind_is_scan(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	static const relkg_ent_kind kinds[] = {RELKG_ENT_COUNTRY, RELKG_ENT_CITY,
		RELKG_ENT_TERRITORY, RELKG_ENT_COUNTRY, RELKG_ENT_DISPUTE, RELKG_ENT_TREATY};
	size_t ents[6];
	char iri[32];
	for (size_t k = 0; k < 6; ++k) {
		snprintf(iri, sizeof(iri), "http://example.org/k%zu", k);
		ents[k] = relkg_mentions_entity(m, kinds[k], iri, "x", 1);
	}
	size_t bad = 0, found = 0;
	for (size_t step = 0; step < 6; ++step) {
		/* one more entity's mentions each step: kinds appear one by one */
		for (size_t pos = step; pos < 300; pos += 7) {
			OK(relkg_mentions_add(m, (relkg_span){pos, pos + 2 + step % 3}, 0, ents[step],
					      pos % 2 ? RELKG_MF_PRONOUN : 0) == RELKG_OK,
			   "add");
		}
		if (step % 2) {
			relkg_mentions_sort(m); /* else they stay appended */
		}
		for (unsigned kind = 0; kind < RELKG_ENT_KINDS; ++kind) {
			for (size_t pos = 0; pos < 310; ++pos) {
				for (unsigned skip = 0; skip <= RELKG_MF_PRONOUN; skip += RELKG_MF_PRONOUN) {
					size_t want = at_kind_by_scan(m, pos, (relkg_ent_kind)kind, skip);
					size_t got = relkg_mentions_at(m, pos, (relkg_ent_kind)kind, skip);
					bad += (got == RELKG_NONE) != (want == RELKG_NONE) ||
					       (got != RELKG_NONE &&
						m->ms[got].span.end != m->ms[want].span.end);
					found += got != RELKG_NONE;
				}
			}
		}
	}
	OK(bad == 0, "%zu answers of one kind differ from a scan of the table", bad);
	OK(found > 500, "mentions of a kind found (%zu)", found);
	relkg_mentions_free(m);
}

int main(void)
{
	at_kind_is_scan();
	find_is_scan();
	person_heads();
	begins_at();
	sort_is_merge();
	at_is_scan();
	random_tables();
	return DONE();
}
