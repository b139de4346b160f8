/* The mention table's position lookups: relkg_mentions_begins_at, with
 * any cursor, gives relkg_mentions_at's answer (any kind, no flag
 * skipped) on a table with a sorted part and an appended tail. */
#include "mentions.h"
#include "harness.h"

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

int main(void)
{
	begins_at();
	return DONE();
}
