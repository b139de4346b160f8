/* relkg_order_memo against byte order: random sets of distinct strings
 * (prefixes of each other, long common starts, bytes from 0x80 up), one
 * article after another with strings added as they come, each string's
 * rank compared with every other's as strcmp compares them; a string
 * added before those found earlier in the same call; a full memo. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "order_memo.h"
#include "strtab.h"

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* Do the ranks of vals[0..n) compare as their strings do? */
static size_t misordered(relkg_str *const *vals, size_t n)
{
	size_t bad = 0;
	for (size_t i = 0; i < n; ++i) {
		for (size_t j = 0; j < n; ++j) {
			int want = sign(strcmp(vals[i]->str, vals[j]->str));
			int got = (vals[i]->rank > vals[j]->rank) - (vals[i]->rank < vals[j]->rank);
			bad += want != got;
		}
	}
	return bad;
}

static void test_random(void)
{
	static const char *const pool[] = {"", "a", "ab", "abc", "abd", "b", "http://x/a#char=1,2",
		"http://x/a#char=1,20", "http://x/a#char=10,2", "http://x/a#section-1", "\xc3\xa9",
		"\xc3\xa9" "a", "\xff", "https://w3id.org/relkg/ontology#agent",
		"https://w3id.org/relkg/ontology#agentOf", "https://w3id.org/relkg/ontology#Event",
		"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
		"http://www.w3.org/2000/01/rdf-schema#label"};
	size_t n_pool = sizeof(pool) / sizeof(*pool), bad = 0;
	relkg_order_memo *m = relkg_order_memo_new();
	relkg_strtab *t = relkg_strtab_new();
	int met[sizeof(pool) / sizeof(*pool)] = {0};
	unsigned seed = 11;
	for (int round = 0; round < 300; ++round) {
		relkg_strtab_clear(t); /* an article: its own values */
		relkg_str *vals[sizeof(pool) / sizeof(*pool)];
		size_t n = 0;
		for (size_t i = 0; i < n_pool; ++i) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 5 == 0) { /* a few of the pool each time */
				const relkg_str *v;
				bad += relkg_strtab_intern(t, pool[i], strlen(pool[i]), &v) != RELKG_OK;
				vals[n++] = (relkg_str *)v;
				met[i] = 1;
			}
		}
		for (size_t i = n; i > 1; --i) { /* in no particular order */
			seed = seed * 1103515245u + 12345u;
			size_t j = (seed >> 16) % i;
			relkg_str *x = vals[i - 1];
			vals[i - 1] = vals[j];
			vals[j] = x;
		}
		bad += relkg_order_memo_rank(m, vals, n) != RELKG_OK;
		bad += misordered(vals, n);
		size_t n_met = 0;
		for (size_t i = 0; i < n_pool; ++i) {
			n_met += (size_t)met[i];
		}
		bad += relkg_order_memo_size(m) != n_met;
	}
	EQ_INT(bad, 0);
	relkg_strtab_free(t);
	relkg_order_memo_free(m);
}

/* "b" is held; "a" and "c" come with it: "a" moves "b"'s place. */
static void test_added_before(void)
{
	relkg_order_memo *m = relkg_order_memo_new();
	relkg_strtab *t = relkg_strtab_new();
	const relkg_str *a, *b, *c;
	OK(relkg_strtab_intern(t, "b", 1, &b) == RELKG_OK, "b");
	relkg_str *one[] = {(relkg_str *)b};
	OK(relkg_order_memo_rank(m, one, 1) == RELKG_OK, "b alone");
	OK(relkg_strtab_intern(t, "a", 1, &a) == RELKG_OK && relkg_strtab_intern(t, "c", 1, &c) == RELKG_OK,
	   "a, c");
	relkg_str *three[] = {(relkg_str *)b, (relkg_str *)c, (relkg_str *)a};
	OK(relkg_order_memo_rank(m, three, 3) == RELKG_OK, "b with a and c");
	OK(a->rank < b->rank && b->rank < c->rank, "a < b < c: %u %u %u", (unsigned)a->rank,
	   (unsigned)b->rank, (unsigned)c->rank);
	relkg_strtab_free(t);
	relkg_order_memo_free(m);
}

/* A full memo refuses a string it does not hold, and still ranks those it
 * does. */
static void test_full(void)
{
	relkg_order_memo *m = relkg_order_memo_new();
	relkg_strtab *t = relkg_strtab_new();
	size_t bad = 0;
	char s[32];
	for (int i = 0; i < RELKG_ORDER_MEMO_MAX; ++i) {
		const relkg_str *v;
		snprintf(s, sizeof(s), "p%03d", (i * 37) % RELKG_ORDER_MEMO_MAX);
		bad += relkg_strtab_intern(t, s, strlen(s), &v) != RELKG_OK;
		relkg_str *one[] = {(relkg_str *)v};
		bad += relkg_order_memo_rank(m, one, 1) != RELKG_OK;
	}
	EQ_INT(bad, 0);
	EQ_INT(relkg_order_memo_size(m), RELKG_ORDER_MEMO_MAX);
	const relkg_str *x, *y, *z;
	OK(relkg_strtab_intern(t, "p000", 4, &x) == RELKG_OK &&
	   relkg_strtab_intern(t, "p511", 4, &y) == RELKG_OK &&
	   relkg_strtab_intern(t, "new", 3, &z) == RELKG_OK, "values");
	relkg_str *two[] = {(relkg_str *)y, (relkg_str *)x};
	OK(relkg_order_memo_rank(m, two, 2) == RELKG_OK && x->rank < y->rank, "held ones ranked");
	relkg_str *three[] = {(relkg_str *)y, (relkg_str *)z, (relkg_str *)x};
	EQ_INT(relkg_order_memo_rank(m, three, 3), RELKG_NO_MATCH);
	EQ_INT(relkg_order_memo_size(m), RELKG_ORDER_MEMO_MAX);
	relkg_strtab_free(t);
	relkg_order_memo_free(m);
	relkg_order_memo_free(NULL);
}

int main(void)
{
	test_random();
	test_added_before();
	test_full();
	return DONE();
}
