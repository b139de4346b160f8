/* relkg_strtab_store: a stored string is an entry with its bytes (and a
 * NUL), its own value, tag 0; it is never found (not in the index) nor
 * counted among the values; the same bytes stored twice are two entries;
 * interning those bytes makes a value of its own; clearing forgets all. */
#include "harness.h"
#include "strtab.h"

int main(void)
{
	relkg_strtab *t = relkg_strtab_new();
	OK(t != NULL, "new");
	if (!t) {
		return DONE();
	}
	const relkg_str *a, *b, *v, *e;
	OK(relkg_strtab_store(t, "Tokyo is the capital", 5, &a) == RELKG_OK, "store");
	OK(a->len == 5 && strcmp(a->str, "Tokyo") == 0, "its bytes, cut at n, with a NUL");
	OK(a->val == a && a->tag == 0 && a->self_key == 0, "a value of its own");
	uint32_t h = relkg_strtab_hash("Tokyo", 5);
	OK(relkg_strtab_find(t, 0, "Tokyo", 5, h) == NULL, "never found");
	EQ_INT(relkg_strtab_values(t), 0);
	OK(relkg_strtab_store(t, "Tokyo", 5, &b) == RELKG_OK && b != a, "stored again: another");
	OK(strcmp(a->str, "Tokyo") == 0, "the first stays as it was");
	OK(relkg_strtab_intern(t, "Tokyo", 5, &v) == RELKG_OK && v != a && v != b,
	   "interned: a value of its own");
	EQ_INT(relkg_strtab_values(t), 1);
	OK(relkg_strtab_find(t, 0, "Tokyo", 5, h) == v, "the interned one is found");
	OK(relkg_strtab_store(t, "", 0, &e) == RELKG_OK && e->len == 0 && e->str[0] == '\0',
	   "the empty string");
	/* many, past a block: each keeps its bytes */
	char buf[64];
	const relkg_str *first = NULL, *last = NULL;
	int bad = 0;
	for (int i = 0; i < 5000; ++i) {
		int n = snprintf(buf, sizeof(buf), "sentence number %d of the article", i);
		const relkg_str *x;
		bad += relkg_strtab_store(t, buf, (size_t)n, &x) != RELKG_OK;
		first = first ? first : x;
		last = x;
	}
	EQ_INT(bad, 0);
	OK(first && strcmp(first->str, "sentence number 0 of the article") == 0, "first kept");
	OK(last && strcmp(last->str, "sentence number 4999 of the article") == 0, "last kept");
	EQ_INT(relkg_strtab_values(t), 1);
	relkg_strtab_clear(t);
	EQ_INT(relkg_strtab_values(t), 0);
	OK(relkg_strtab_store(t, "x", 1, &a) == RELKG_OK && strcmp(a->str, "x") == 0,
	   "after clear");
	relkg_strtab_free(t);
	return DONE();
}
