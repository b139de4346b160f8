/* The graph's flush order on many statements: by subject, predicate,
 * kind of object, object, datatype, language, each in byte order, with no
 * statement twice.  One subject has far more statements than the others
 * (the long-run path of the sort); subjects are given from one reused
 * buffer (the same address with other contents each time), and the same
 * statements flushed again give the same output (terms remembered across
 * flushes). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "graph.h"
#include "harness.h"

#define ID "https://w3id.org/relkg/id/"

typedef struct {
	char **rows; /* "s\tp\tkind\to\tdt\tlang" */
	size_t n, cap;
} rows;

static char *field(const char *v)
{
	return (char *)(v ? v : "");
}

static relkg_status r_statement(void *h, const relkg_term *s, const relkg_term *p,
				const relkg_term *o)
{
	rows *r = h;
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->rows = realloc(r->rows, r->cap * sizeof(*r->rows));
	}
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_buf_printf(&b, "%s\t%s\t%d\t%s\t%s\t%s", s->value, p->value, (int)o->kind,
			     o->value, field(o->datatype), field(o->lang)) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	r->rows[r->n++] = relkg_buf_steal(&b);
	return RELKG_OK;
}

static void rows_clear(rows *r)
{
	for (size_t i = 0; i < r->n; ++i) {
		free(r->rows[i]);
	}
	free(r->rows);
	memset(r, 0, sizeof(*r));
}

/* Field k (0-based, tab-separated) of row a compared with b's. */
static int cmp_field(const char *a, const char *b, int k)
{
	for (int i = 0; i < k; ++i) {
		a = strchr(a, '\t') + 1;
		b = strchr(b, '\t') + 1;
	}
	size_t na = strcspn(a, "\t"), nb = strcspn(b, "\t");
	int c = memcmp(a, b, na < nb ? na : nb);
	return c ? c : (na > nb) - (na < nb);
}

static int cmp_row(const char *a, const char *b)
{
	int c = 0;
	for (int k = 0; k < 6 && c == 0; ++k) {
		c = cmp_field(a, b, k);
	}
	return c;
}

static unsigned long seed = 7;

static unsigned next_rand(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

/* Adds 1500 random statements; marks the distinct ones in seen. */
static void add_random(relkg_graph *g, unsigned char *seen, size_t *distinct)
{
	static const char *const classes[] = {"rkg:Person", "rkg:Country", "rkg:Organization"};
	static const char *const langs[] = {NULL, "en", "ja"};
	char subject[64], text[64], num[16];
	int bad = 0;
	for (int i = 0; i < 1500; ++i) {
		unsigned s = next_rand() % 3 ? 0 : 1 + next_rand() % 40; /* subject 0: a long run */
		unsigned kind = next_rand() % 4, v = next_rand() % 12, l = next_rand() % 3;
		size_t key = ((s * 4 + kind) * 12 + v) * 3 + (kind == 2 ? l : 0);
		snprintf(subject, sizeof(subject), ID "thing/s%u", s);
		relkg_status st;
		switch (kind) {
		case 0:
			st = relkg_graph_type(g, subject, classes[v % 3]);
			key = ((s * 4 + kind) * 12 + v % 3) * 3;
			break;
		case 1:
			snprintf(text, sizeof(text), ID "country/c%u", v);
			st = relkg_graph_iri(g, subject, "rkg:country", text);
			break;
		case 2:
			snprintf(text, sizeof(text), "label %u", v);
			st = relkg_graph_text(g, subject, "rdfs:label", text, strlen(text), langs[l]);
			break;
		default:
			snprintf(num, sizeof(num), "0.%02u", v);
			st = relkg_graph_typed(g, subject, "rkg:confidence", num, "xsd:decimal");
			break;
		}
		bad += st != RELKG_OK;
		if (!seen[key]) {
			seen[key] = 1;
			++*distinct;
		}
	}
	EQ_INT(bad, 0);
}

static void flush_rows(relkg_graph *g, rows *r)
{
	relkg_sink sink = {r, NULL, r_statement, NULL, NULL};
	EQ_INT(relkg_graph_flush(g, &sink, NULL), RELKG_OK);
}

static void test_order(void)
{
	relkg_graph *g = relkg_graph_new();
	unsigned char seen[41 * 4 * 12 * 3] = {0};
	size_t distinct = 0;
	rows first = {0}, second = {0};
	unsigned long start = seed;
	add_random(g, seen, &distinct);
	flush_rows(g, &first);
	EQ_INT(first.n, distinct);
	int unordered = 0;
	for (size_t i = 1; i < first.n; ++i) {
		unordered += cmp_row(first.rows[i - 1], first.rows[i]) >= 0;
	}
	EQ_INT(unordered, 0);
	seed = start; /* the same statements again, into the emptied graph */
	memset(seen, 0, sizeof(seen));
	distinct = 0;
	add_random(g, seen, &distinct);
	flush_rows(g, &second);
	EQ_INT(second.n, first.n);
	int differ = 0;
	for (size_t i = 0; i < first.n && i < second.n; ++i) {
		differ += strcmp(first.rows[i], second.rows[i]) != 0;
	}
	EQ_INT(differ, 0);
	rows_clear(&first);
	rows_clear(&second);
	relkg_graph_free(g);
}

/* Runs of every length from 1 to 80 (one subject each, given in pieces
 * between the others'), half of each run's statements given twice: the
 * insertion sort of short runs, the merging of long ones at every split,
 * and both halves of a merge already in order or not. */
static void test_run_lengths(void)
{
	relkg_graph *g = relkg_graph_new();
	char subject[64], text[64];
	size_t want = 0;
	int bad = 0;
	for (unsigned round = 0; round < 4; ++round) {
		for (unsigned len = 1; len <= 80; ++len) {
			snprintf(subject, sizeof(subject), ID "thing/r%u", len);
			for (unsigned k = round; k < len; k += 4) {
				unsigned v = (k * 7919u + len) % len; /* each of 0..len-1 once */
				snprintf(text, sizeof(text), "label %u", v);
				bad += relkg_graph_text(g, subject, "rdfs:label", text, strlen(text),
							 NULL) != RELKG_OK;
				if (v % 2) { /* given twice */
					bad += relkg_graph_text(g, subject, "rdfs:label", text,
								 strlen(text), NULL) != RELKG_OK;
				}
				want += 1;
			}
		}
	}
	EQ_INT(bad, 0);
	rows r = {0};
	flush_rows(g, &r);
	EQ_INT(r.n, want);
	int unordered = 0;
	for (size_t i = 1; i < r.n; ++i) {
		unordered += cmp_row(r.rows[i - 1], r.rows[i]) >= 0;
	}
	EQ_INT(unordered, 0);
	rows_clear(&r);
	relkg_graph_free(g);
}

int main(void)
{
	test_order();
	test_run_lengths();
	return DONE();
}
