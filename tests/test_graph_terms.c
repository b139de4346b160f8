/* The graph's string table (strtab.c) as the graph uses it: a term given
 * again is found, not expanded again, and must come out exactly as the
 * first time; a refused term is refused every time; nothing of one
 * article survives its flush; the written order is byte order of the
 * expanded terms (ranks, not strcmp, decide it now), with enough terms to
 * grow the index and literals big enough to need their own arena block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "graph.h"
#include "harness.h"
#include "strtab.h"

#define RKG "https://w3id.org/relkg/ontology#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"

/* A sink that writes one line per statement: s TAB p TAB kind:o TAB dt TAB lang. */
typedef struct {
	relkg_buf out;
	size_t n;
} lines;

static relkg_status l_statement(void *h, const relkg_term *s, const relkg_term *p,
				const relkg_term *o)
{
	lines *l = h;
	++l->n;
	return relkg_buf_printf(&l->out, "%s\t%s\t%d:%s\t%s\t%s\n", s->value, p->value,
				(int)o->kind, o->value, o->datatype ? o->datatype : "-",
				o->lang ? o->lang : "-");
}

static relkg_sink sink_of(lines *l)
{
	relkg_buf_init(&l->out);
	l->n = 0;
	relkg_sink k = {l, NULL, l_statement, NULL, NULL};
	return k;
}

static void test_same_term_again(void)
{
	relkg_graph *g = relkg_graph_new();
	lines l;
	relkg_sink k = sink_of(&l);
	const char *x = "https://w3id.org/relkg/id/x";
	/* the same class as a CURIE and as an IRI, given many times */
	for (int i = 0; i < 5; ++i) {
		OK(relkg_graph_type(g, x, "rkg:Person") == RELKG_OK, "type as CURIE %d", i);
		OK(relkg_graph_type(g, x, RKG "Person") == RELKG_OK, "type as IRI %d", i);
		OK(relkg_graph_text(g, x, "rdfs:label", "X", 1, i % 2 ? "EN" : "en") == RELKG_OK,
		   "label %d", i);
	}
	/* refused each time, the same way */
	for (int i = 0; i < 3; ++i) {
		EQ_INT(relkg_graph_type(g, x, "rkg:NotDeclared"), RELKG_ERR_UNDECLARED);
		EQ_INT(relkg_graph_iri(g, x, "nope:p", x), RELKG_ERR_ARG);
		EQ_INT(relkg_graph_iri(g, "relative", "rdfs:seeAlso", x), RELKG_ERR_ARG);
		EQ_INT(relkg_graph_text(g, x, "rdfs:label", "y", 1, "not a tag"), RELKG_ERR_ARG);
	}
	EQ_INT(relkg_graph_size(g), 15);
	OK(relkg_graph_has(g, x, "rdf:type"), "has rdf:type");
	OK(!relkg_graph_has(g, x, "rdfs:comment"), "has no rdfs:comment");
	OK(relkg_graph_flush(g, &k, NULL) == RELKG_OK, "flush");
	EQ_INT(l.n, 2);
	EQ_STR(l.out.data, "https://w3id.org/relkg/id/x\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#type"
			   "\t0:" RKG "Person\t-\t-\n"
			   "https://w3id.org/relkg/id/x\t" RDFS "label\t2:X\t-\ten\n");
	/* the next article starts empty, and the same terms come out the same */
	EQ_INT(relkg_graph_size(g), 0);
	OK(!relkg_graph_has(g, x, "rdf:type"), "nothing left after the flush");
	l.out.len = 0;
	l.n = 0;
	OK(relkg_graph_text(g, x, "rdfs:label", "X", 1, "EN") == RELKG_OK, "label again");
	OK(relkg_graph_type(g, x, "rkg:Person") == RELKG_OK, "type again");
	OK(relkg_graph_flush(g, &k, NULL) == RELKG_OK, "flush again");
	EQ_STR(l.out.data, "https://w3id.org/relkg/id/x\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#type"
			   "\t0:" RKG "Person\t-\t-\n"
			   "https://w3id.org/relkg/id/x\t" RDFS "label\t2:X\t-\ten\n");
	relkg_buf_clear(&l.out);
	relkg_graph_free(g);
}

/* A CURIE given at one address in article after article (the graph
 * remembers it across flushes) comes out right in each, whatever the
 * article stored before it; a buffer that holds another CURIE at the same
 * address is read anew. */
static void test_curie_across_flushes(void)
{
	relkg_graph *g = relkg_graph_new();
	lines l;
	relkg_sink k = sink_of(&l);
	const char *x = "https://w3id.org/relkg/id/x";
	char buf[32], lit[32];
	size_t bad = 0;
	for (int a = 0; a < 6; ++a) {
		l.out.len = 0;
		l.n = 0;
		/* other values first, a different number each article: the
		 * CURIE's value lands elsewhere in the table each time */
		for (int i = 0; i < 3 * a + 1; ++i) {
			snprintf(lit, sizeof(lit), "v%d-%d", a, i);
			bad += relkg_graph_text(g, x, "rdfs:comment", lit, strlen(lit), NULL) != RELKG_OK;
		}
		bad += relkg_graph_type(g, x, "rkg:Person") != RELKG_OK;
		strcpy(buf, a % 2 ? "rkg:Country" : "rkg:Organization");
		bad += relkg_graph_type(g, x, buf) != RELKG_OK;
		strcpy(buf, a % 2 ? "rkg:Organization" : "rkg:Country");
		bad += relkg_graph_type(g, x, buf) != RELKG_OK;
		bad += relkg_graph_type(g, x, RKG "Person") != RELKG_OK; /* one statement with the first */
		bad += relkg_graph_flush(g, &k, NULL) != RELKG_OK;
		char want[4096];
		int w = 0;
		w += snprintf(want + w, sizeof(want) - (size_t)w,
			      "%s\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#type\t0:" RKG
			      "Country\t-\t-\n"
			      "%s\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#type\t0:" RKG
			      "Organization\t-\t-\n"
			      "%s\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#type\t0:" RKG
			      "Person\t-\t-\n",
			      x, x, x);
		/* the types first: rdf:type's IRI sorts before rdfs:comment's */
		bad += l.out.data == NULL || strncmp(l.out.data, want, (size_t)w) != 0;
		bad += l.n != (size_t)(3 + 3 * a + 1);
	}
	EQ_INT(bad, 0);
	relkg_buf_clear(&l.out);
	relkg_graph_free(g);
}

static int by_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Many subjects whose IRIs are prefixes of each other, escapes that
 * change the order, literals of 100 KB: the flush must write them in the
 * order of the lines themselves (subject first, then predicate; the
 * object kind digit and the rest follow the same byte order here). */
static void test_order(void)
{
	relkg_graph *g = relkg_graph_new();
	lines l;
	relkg_sink k = sink_of(&l);
	static const char *const tails[] = {"a", "ab", "a b", "a%20", "A", "a/b", "\xc3\xa9", "",
					    "~", "a#b", "a#b#c", "[x]", "%zz"};
	size_t nt = sizeof(tails) / sizeof(*tails);
	char *big = malloc(100001);
	memset(big, 'q', 100000);
	big[100000] = '\0';
	size_t added = 0;
	for (int round = 0; round < 2; ++round) { /* everything twice: written once */
		for (size_t i = 0; i < 3000; ++i) {
			char s[64], o[64];
			snprintf(s, sizeof(s), "http://example/%s%zu", tails[i % nt], i % 1500);
			snprintf(o, sizeof(o), "http://example/o/%s", tails[(i * 7) % nt]);
			OK(relkg_graph_iri(g, s, "rdfs:seeAlso", o) == RELKG_OK, "iri %zu", i);
			if (i % 500 == 0) {
				big[i / 500] = 'r';
				OK(relkg_graph_text(g, s, "rdfs:comment", big, 100000, NULL) == RELKG_OK,
				   "big literal %zu", i);
			}
			added += round == 0;
		}
	}
	OK(relkg_graph_flush(g, &k, NULL) == RELKG_OK, "flush");
	/* split the output into lines; sorted and distinct already? */
	size_t n = 0;
	char **v = malloc(l.n * sizeof(*v));
	for (char *p = l.out.data, *e; p && (e = strchr(p, '\n')); p = e + 1) {
		*e = '\0';
		v[n++] = p;
	}
	EQ_INT(n, l.n);
	size_t bad = 0;
	for (size_t i = 1; i < n; ++i) {
		bad += strcmp(v[i - 1], v[i]) >= 0;
	}
	EQ_INT(bad, 0);
	char **w = malloc(n * sizeof(*w));
	memcpy(w, v, n * sizeof(*w));
	qsort(w, n, sizeof(*w), by_line);
	OK(memcmp(v, w, n * sizeof(*v)) == 0, "written in byte order");
	OK(n > 1500 && n <= added + 12, "duplicates written once (%zu lines)", n);
	free(v);
	free(w);
	free(big);
	relkg_buf_clear(&l.out);
	relkg_graph_free(g);
}

/* The table on its own: values found again, keys kept apart by tag, ranks
 * in byte order with a prefix before its extensions. */
static void test_strtab(void)
{
	relkg_strtab *t = relkg_strtab_new();
	const relkg_str *a, *b, *c, *d;
	OK(relkg_strtab_intern(t, "abc", 3, &a) == RELKG_OK, "intern abc");
	OK(relkg_strtab_intern(t, "ab", 2, &b) == RELKG_OK, "intern ab");
	OK(relkg_strtab_intern(t, "abc", 3, &c) == RELKG_OK && c == a, "abc found again");
	OK(relkg_strtab_intern(t, "", 0, &d) == RELKG_OK && d->len == 0 && d->str[0] == '\0',
	   "the empty string");
	uint32_t h = relkg_strtab_hash("x", 1);
	OK(relkg_strtab_find(t, 'n', "x", 1, h) == NULL, "no key yet");
	OK(relkg_strtab_add_key(t, 'n', "x", 1, h, a) == RELKG_OK, "key x -> abc");
	OK(relkg_strtab_find(t, 'n', "x", 1, h) && relkg_strtab_find(t, 'n', "x", 1, h)->val == a,
	   "key x found, gives abc");
	OK(relkg_strtab_find(t, 'l', "x", 1, h) == NULL, "another tag is another key");
	OK(relkg_strtab_find(t, 0, "x", 1, h) == NULL, "a key is not a value");
	OK(relkg_strtab_rank(t) == RELKG_OK, "rank");
	OK(d->rank < b->rank && b->rank < a->rank, "ranks: \"\" < ab < abc");
	relkg_strtab_clear(t);
	OK(relkg_strtab_find(t, 'n', "x", 1, h) == NULL, "cleared");
	OK(relkg_strtab_intern(t, "abc", 3, &c) == RELKG_OK && c->len == 3, "usable after clear");
	relkg_strtab_free(t);
	relkg_strtab_free(NULL);
}

/* relkg_strtab_distinct: each value once, in the order first met, call
 * after call (a value met in an earlier call is kept again). */
static void test_distinct(void)
{
	relkg_strtab *t = relkg_strtab_new();
	const relkg_str *a, *b, *c;
	OK(relkg_strtab_intern(t, "a", 1, &a) == RELKG_OK && relkg_strtab_intern(t, "b", 1, &b) == RELKG_OK &&
	   relkg_strtab_intern(t, "c", 1, &c) == RELKG_OK, "values");
	for (int call = 0; call < 3; ++call) {
		const relkg_str *v[] = {b, a, b, b, c, a};
		size_t n = 6;
		OK(relkg_strtab_distinct(t, v, &n) == RELKG_OK, "distinct");
		OK(n == 3 && v[0] == b && v[1] == a && v[2] == c, "b, a, c (call %d): %zu", call, n);
	}
	relkg_strtab_free(t);
}

static int by_bytes(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* relkg_strtab_rank_these against a sort of the distinct strings: random
 * subsets (with repeats) of strings sharing long prefixes, three in turn
 * from each table, each one ranked as its place among the distinct ones. */
static void test_rank_these(void)
{
	static const char *const pool[] = {"", "a", "ab", "abc", "abd", "b", "http://x/a#char=1,2",
		"http://x/a#char=1,20", "http://x/a#char=10,2", "http://x/a#section-1", "é",
		"éa", "\xff", "https://w3id.org/relkg/id/article/x", "https://w3id.org/relkg/id/article/y"};
	size_t n_pool = sizeof(pool) / sizeof(*pool), bad = 0;
	unsigned seed = 7;
	relkg_strtab *t = NULL;
	for (int round = 0; round < 500; ++round) {
		if (round % 3 == 0) { /* three subsets ranked in turn by each table */
			relkg_strtab_free(t);
			t = relkg_strtab_new();
		}
		const relkg_str *vals[64];
		const char *want[64];
		size_t n = 0, n_want = 0;
		seed = seed * 1103515245u + 12345u;
		size_t k = 1 + (seed >> 16) % 63;
		for (size_t i = 0; i < n_pool; ++i) { /* every string a value, some not asked */
			const relkg_str *v;
			bad += relkg_strtab_intern(t, pool[i], strlen(pool[i]), &v) != RELKG_OK;
		}
		for (size_t i = 0; i < k; ++i) {
			seed = seed * 1103515245u + 12345u;
			const char *s = pool[(seed >> 16) % n_pool];
			bad += relkg_strtab_intern(t, s, strlen(s), &vals[n++]) != RELKG_OK;
			size_t j = 0;
			while (j < n_want && strcmp(want[j], s) != 0) {
				++j;
			}
			if (j == n_want) {
				want[n_want++] = s;
			}
		}
		qsort(want, n_want, sizeof(*want), by_bytes);
		bad += relkg_strtab_rank_these(t, vals, &n) != RELKG_OK || n != n_want;
		for (size_t i = 0; i < n && i < n_want; ++i) {
			bad += strcmp(vals[i]->str, want[i]) != 0 || vals[i]->rank != i;
		}
	}
	relkg_strtab_free(t);
	EQ_INT(bad, 0);
}

int main(void)
{
	test_same_term_again();
	test_curie_across_flushes();
	test_order();
	test_strtab();
	test_distinct();
	test_rank_these();
	return DONE();
}
