/* The evaluator's rules: name normalization and matching, dates, Python
 * number syntax and slicing, gold file parsing, and the matching on a tiny
 * graph built in memory. */
#include <stdlib.h>

#include "eval.h"
#include "eval_match.h"
#include "eval_prov.h"
#include "harness.h"

static char *norm(const char *s)
{
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_name_norm(s, &b) != RELKG_OK || relkg_buf_append(&b, "", 0) != RELKG_OK) {
		relkg_buf_clear(&b);
		return NULL;
	}
	return relkg_buf_steal(&b);
}

#define EQ_NORM(in, want)                     \
	do {                                  \
		char *got_ = norm(in);        \
		EQ_STR(got_, want);           \
		free(got_);                   \
	} while (0)

static void test_norm(void)
{
	EQ_NORM("Keizō Obuchi", "keizo obuchi");                     /* macron */
	EQ_NORM("Ana\xcc\x81lia Ç", "analia c");                      /* decomposed accent */
	EQ_NORM("  St. Petersburg!! ", "st petersburg");             /* punctuation runs */
	EQ_NORM("People's Republic", "people s republic");
	EQ_NORM("ＡＢＣ ①", "abc 1");                                 /* NFKD: full width, circled */
	EQ_NORM("Łódź", "odz");        /* Ł has no decomposition: a separator, as in Python */
	EQ_NORM("Москва", "");                                       /* nothing Latin */
	/* U+034F is a mark (Mn) of combining class 0: Python keeps it, so it
	 * separates words; utf8proc's STRIPMARK would have glued them */
	EQ_NORM("a\xcd\x8f" "b", "a b");
	EQ_NORM("", "");
}

static int same(const char *gold, const char *cand, int person)
{
	relkg_name g, c;
	if (relkg_name_init(&g, gold) != RELKG_OK) {
		return -1;
	}
	if (relkg_name_init(&c, cand) != RELKG_OK) {
		relkg_name_clear(&g);
		return -1;
	}
	int r = relkg_name_same(&g, &c, person);
	relkg_name_clear(&g);
	relkg_name_clear(&c);
	return r;
}

static void test_same_name(void)
{
	/* persons: words in any order, either contains the other */
	EQ_INT(same("Hata Tsutomu", "Tsutomu Hata", 1), 1);
	EQ_INT(same("Medvedev", "Dmitry Medvedev", 1), 1);
	EQ_INT(same("Dmitry Anatolyevich Medvedev", "Dmitry Medvedev", 1), 1);
	EQ_INT(same("Keizo Obuchi", "Keizō Obuchi", 1), 1);
	EQ_INT(same("Dmitry Medvedev", "Dmitry Peskov", 1), 0);
	EQ_INT(same("Medvedev", "", 1), 0);
	EQ_INT(same("", "Medvedev", 1), 0);
	EQ_INT(same("-", "Medvedev", 1), 0);
	/* non-persons: word order matters, generic words do not */
	EQ_INT(same("Habomai Islands", "Habomai", 0), 1);
	EQ_INT(same("the Island of Sakhalin", "Sakhalin", 0), 1);
	EQ_INT(same("North Cape", "Cape North", 0), 0);
	EQ_INT(same("North Rocks", "Rocks North", 0), 1); /* "rocks" is generic */
	EQ_INT(same("Medvedev", "Dmitry Medvedev", 0), 0);
	EQ_INT(same("Islands", "Island", 0), 0); /* nothing left of the gold */
	EQ_INT(same("Republic of Korea", "Korea", 0), 1);
	/* aliases, also for persons' countries */
	EQ_INT(same("Russia", "Russian Federation", 0), 1);
	EQ_INT(same("USSR", "Soviet Union", 0), 1);
	EQ_INT(same("US", "United States of America", 0), 1);
	EQ_INT(same("U.S.", "United States of America", 0), 0); /* "u s" is no alias */
	EQ_INT(same("St. Petersburg", "Saint Petersburg", 0), 1);
	EQ_INT(same("Russia", "Soviet Union", 0), 0);
	EQ_INT(same("China", "Republic of China", 0), 1); /* "republic" is generic */
	EQ_INT(same("Japan", "JAPAN", 0), 1);
}

static void test_dates_numbers(void)
{
	EQ_INT(relkg_date_ok("-", NULL), 1);
	EQ_INT(relkg_date_ok("1994-03", "1994-03-12"), 1); /* finer is fine */
	EQ_INT(relkg_date_ok("1994-03", "1994"), 0);       /* coarser is not */
	EQ_INT(relkg_date_ok("1994", NULL), 0);
	EQ_INT(relkg_date_ok("1994", "1995"), 0);
	double d = 0;
	EQ_INT(relkg_py_float(" 61.96\n", &d), 1);
	OK(d > 61.95 && d < 61.97, "61.96 read as %g", d);
	EQ_INT(relkg_py_float("1_000.5", &d), 1);
	OK(d == 1000.5, "1_000.5 read as %g", d);
	EQ_INT(relkg_py_float("1e2", &d), 1);
	EQ_INT(relkg_py_float("62%", &d), 0);
	EQ_INT(relkg_py_float("0x10", &d), 0);
	EQ_INT(relkg_py_float("_1", &d), 0);
	EQ_INT(relkg_py_float("", &d), 0);
	long long i = 0;
	EQ_INT(relkg_py_int("007", &i), 1);
	EQ_INT(i, 7);
	EQ_INT(relkg_py_int(" -3 ", &i), 1);
	EQ_INT(i, -3);
	EQ_INT(relkg_py_int("1.0", &i), 0);
	EQ_INT(relkg_py_int("99999999999999999999999", &i), 1);
	OK(i > 1000000000000LL, "huge int saturates, got %lld", i);
}

static void test_slice(void)
{
	size_t off, len;
	const char *t = "Kovač visited"; /* 13 code points, 14 bytes */
	relkg_py_slice(t, 0, 5, &off, &len);
	EQ_INT(off, 0);
	EQ_INT(len, 6); /* "Kovač": 5 code points, 6 bytes */
	relkg_py_slice(t, 6, 100, &off, &len);
	EQ_INT(off, 7);
	EQ_INT(len, 7);
	relkg_py_slice(t, -7, -1, &off, &len); /* "visite" */
	EQ_INT(off, 7);
	EQ_INT(len, 6);
	relkg_py_slice(t, 9, 3, &off, &len);
	EQ_INT(len, 0);
}

static void test_gold(void)
{
	relkg_gold g;
	relkg_diag d = {{0}};
	const char *text = "# comment\r\n\r\n \t \n?person\tA B\r\nholds\tA B\tHeadOfState\tJapan\textra\n"
			   "??territory\tX\rmission\tEmbassy\tJapan\tOslo";
	EQ_INT(relkg_gold_parse(&g, text, strlen(text), &d), RELKG_OK);
	EQ_INT(g.n_rows, 4);
	if (g.n_rows == 4) {
		EQ_INT(g.rows[0].kind, RELKG_KIND_PERSON);
		EQ_INT(g.rows[0].optional, 1);
		EQ_INT(g.rows[0].line, 4);
		EQ_STR(g.rows[0].fields[0], "A B");
		EQ_INT(g.rows[1].n_fields, 4);
		EQ_STR(g.rows[1].fields[2], "Japan");
		EQ_INT(g.rows[2].optional, 1);
		EQ_INT(g.rows[3].line, 7); /* a lone CR ends a line too */
		EQ_STR(g.rows[3].fields[2], "Oslo");
	}
	relkg_gold_clear(&g);
	const char *bad = "person\tA\nperon\tB\n";
	EQ_INT(relkg_gold_parse(&g, bad, strlen(bad), &d), RELKG_ERR_SYNTAX);
	OK(strstr(d.msg, "line 2") && strstr(d.msg, "peron"), "message: %s", d.msg);
	const char *shortrow = "holds\tA\tHeadOfState\n";
	EQ_INT(relkg_gold_parse(&g, shortrow, strlen(shortrow), &d), RELKG_ERR_SYNTAX);
	const char *latin1 = "person\tKeiz\xf5\n";
	EQ_INT(relkg_gold_parse(&g, latin1, strlen(latin1), &d), RELKG_ERR_ENCODING);
}

#define RKG "https://w3id.org/relkg/ontology#"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static int add(relkg_egraph *g, const char *s, const char *p, const char *o)
{
	relkg_sid a, b, c;
	return relkg_egraph_intern(g, s, strlen(s), &a) == RELKG_OK &&
	       relkg_egraph_intern(g, p, strlen(p), &b) == RELKG_OK &&
	       relkg_egraph_intern(g, o, strlen(o), &c) == RELKG_OK &&
	       relkg_egraph_add(g, a, b, c) == RELKG_OK;
}

/* Two persons named like one gold row: the required row takes the first
 * candidate by IRI, an optional row never takes it back, so the second
 * person counts as an extra (the reference's tie-breaking). */
static void test_matching(void)
{
	relkg_egraph *g = relkg_egraph_new();
	OK(g != NULL, "graph");
	if (!g) {
		return;
	}
	int ok = add(g, "p:b", RDF_TYPE, RKG "Person") && add(g, "p:b", RDFS_LABEL, "Lena Weber") &&
		 add(g, "p:a", RDF_TYPE, RKG "Person") && add(g, "p:a", RDFS_LABEL, "Karl Weber") &&
		 add(g, "p:a", RDFS_LABEL, "K. Weber") && add(g, "t:1", RDF_TYPE, RKG "Island") &&
		 add(g, "t:1", RDFS_LABEL, "Blue Islands");
	OK(ok, "building the graph");
	EQ_INT(relkg_egraph_index(g), RELKG_OK);
	relkg_gold gold;
	relkg_diag d = {{0}};
	const char *text = "person\tWeber\n?person\tKarl Weber\nterritory\tBlue\nterritory\tRed\n";
	EQ_INT(relkg_gold_parse(&gold, text, strlen(text), &d), RELKG_OK);
	relkg_eval_report r;
	EQ_INT(relkg_eval_score(&gold, g, 1, &r), RELKG_OK);
	EQ_INT(r.kind[RELKG_KIND_PERSON].tp, 1);
	EQ_INT(r.kind[RELKG_KIND_PERSON].fp, 1);
	EQ_INT(r.kind[RELKG_KIND_PERSON].fn, 0);
	EQ_INT(r.kind[RELKG_KIND_TERRITORY].tp, 1);
	EQ_INT(r.kind[RELKG_KIND_TERRITORY].fn, 1);
	EQ_INT(r.all.tp, 2);
	OK(r.all.f1 > 0.666 && r.all.f1 < 0.667, "F1 %f", r.all.f1);
	EQ_INT(r.n_explain, 2);
	if (r.n_explain == 2) {
		EQ_STR(r.explain[0], "  extra person    Lena Weber");
		EQ_STR(r.explain[1], "  miss  territory line 4: Red");
	}
	relkg_eval_report_clear(&r);
	relkg_gold_clear(&gold);
	relkg_egraph_free(g);
}

int main(void)
{
	test_norm();
	test_same_name();
	test_dates_numbers();
	test_slice();
	test_gold();
	test_matching();
	return DONE();
}
