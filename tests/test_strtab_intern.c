/* relkg_strtab_intern: a new value goes into the slot its probe ended at
 * (no second walk), or through the index's growth; every value is found
 * again as the same entry, interning it again gives that entry, a key of
 * the same bytes is another entry, and the values keep their order. */
#include <stdio.h>

#include "harness.h"
#include "strtab.h"

#define N 6000

int main(void)
{
	relkg_strtab *t = relkg_strtab_new();
	OK(t != NULL, "new");
	if (!t) {
		return DONE();
	}
	static const relkg_str *v[N];
	char buf[64];
	int bad = 0;
	/* a key first, of bytes a value takes later: the value is its own */
	const relkg_str *k0;
	OK(relkg_strtab_intern(t, "target", 6, &k0) == RELKG_OK, "target");
	OK(relkg_strtab_add_key(t, 'n', "value 17", 8, relkg_strtab_hash("value 17", 8), k0) ==
		   RELKG_OK,
	   "a key of the bytes of a value to come");
	for (int round = 0; round < 2; ++round) {
		for (int i = 0; i < N; ++i) {
			int n = snprintf(buf, sizeof(buf), "value %d", i);
			const relkg_str *e;
			bad += relkg_strtab_intern(t, buf, (size_t)n, &e) != RELKG_OK;
			if (round == 0) {
				v[i] = e;
				bad += !e || e->len != (size_t)n || strcmp(e->str, buf) != 0 ||
				       e->val != e || e->tag != 0;
			} else {
				bad += e != v[i];
			}
		}
	}
	EQ_INT(bad, 0);
	EQ_INT(relkg_strtab_values(t), N + 1);
	for (int i = 0; i < N; ++i) {
		int n = snprintf(buf, sizeof(buf), "value %d", i);
		bad += relkg_strtab_find(t, 0, buf, (size_t)n, relkg_strtab_hash(buf, (size_t)n)) != v[i];
	}
	EQ_INT(bad, 0);
	const relkg_str *k = relkg_strtab_find(t, 'n', "value 17", 8, relkg_strtab_hash("value 17", 8));
	OK(k && k != v[17] && k->val == k0, "the key stays the key, the value its own entry");
	/* ranked: byte order, every value once */
	OK(relkg_strtab_rank(t) == RELKG_OK, "rank");
	OK(v[10]->rank < v[2]->rank && v[1]->rank < v[10]->rank, "byte order");
	relkg_strtab_clear(t);
	EQ_INT(relkg_strtab_values(t), 0);
	OK(relkg_strtab_find(t, 0, "value 1", 7, relkg_strtab_hash("value 1", 7)) == NULL,
	   "cleared");
	const relkg_str *again;
	OK(relkg_strtab_intern(t, "value 1", 7, &again) == RELKG_OK && strcmp(again->str, "value 1") == 0,
	   "interned after clear");
	relkg_strtab_free(t);
	return DONE();
}
