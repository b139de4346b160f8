/* relkg_strtab_add_self_key: a value made its own key of a tag is found
 * by that tag (giving itself) and by tag 0 (as the value), by no other
 * tag, and only for its own bytes; it stays one value; a key entry or a
 * value made a key already is refused; clearing forgets it. */
#include "harness.h"
#include "strtab.h"

int main(void)
{
	relkg_strtab *t = relkg_strtab_new();
	const relkg_str *v, *w, *k;
	OK(t != NULL, "new");
	OK(relkg_strtab_intern(t, "http://x/a", 10, &v) == RELKG_OK, "intern");
	OK(relkg_strtab_intern(t, "http://x/b", 10, &w) == RELKG_OK, "intern another");
	uint32_t h = relkg_strtab_hash("http://x/a", 10);
	OK(relkg_strtab_find(t, 'n', "http://x/a", 10, h) == NULL, "not a key yet");
	EQ_INT(relkg_strtab_add_self_key(t, 'n', v), RELKG_OK);
	const relkg_str *f = relkg_strtab_find(t, 'n', "http://x/a", 10, h);
	OK(f == v && f->val == v, "found as key n, its value itself");
	OK(relkg_strtab_find(t, 0, "http://x/a", 10, h) == v, "still found as the value");
	OK(relkg_strtab_find(t, 'l', "http://x/a", 10, h) == NULL, "not a key of another tag");
	OK(relkg_strtab_find(t, 'n', "http://x/b", 10, relkg_strtab_hash("http://x/b", 10)) ==
		   NULL,
	   "another value is not a key");
	OK(relkg_strtab_find(t, 'n', "http://x/", 9, relkg_strtab_hash("http://x/", 9)) == NULL,
	   "a prefix is not the key");
	EQ_INT(relkg_strtab_values(t), 2);
	EQ_INT(relkg_strtab_add_self_key(t, 'l', v), RELKG_ERR_ARG); /* one tag at most */
	EQ_INT(relkg_strtab_add_self_key(t, 0, w), RELKG_ERR_ARG);
	OK(relkg_strtab_add_key(t, 'n', "y", 1, relkg_strtab_hash("y", 1), w) == RELKG_OK,
	   "a key entry");
	k = relkg_strtab_find(t, 'n', "y", 1, relkg_strtab_hash("y", 1));
	OK(k && k->val == w, "key y -> b");
	EQ_INT(relkg_strtab_add_self_key(t, 'n', k), RELKG_ERR_ARG); /* a key, not a value */
	/* interning the same bytes again gives the same entry, still a key */
	const relkg_str *again;
	OK(relkg_strtab_intern(t, "http://x/a", 10, &again) == RELKG_OK && again == v, "intern again");
	OK(relkg_strtab_find(t, 'n', "http://x/a", 10, h) == v, "still its own key");
	relkg_strtab_clear(t);
	OK(relkg_strtab_find(t, 'n', "http://x/a", 10, h) == NULL, "cleared: no key");
	OK(relkg_strtab_intern(t, "http://x/a", 10, &v) == RELKG_OK, "intern after clear");
	OK(relkg_strtab_find(t, 'n', "http://x/a", 10, h) == NULL, "a new value is no key");
	relkg_strtab_free(t);
	return DONE();
}
