/* The trigger lexicon and the stemmer it matches on. */
#include <stdlib.h>

#include "harness.h"
#include "stem.h"
#include "triggers.h"

static void test_stems(void)
{
	relkg_stemmer *s = relkg_stemmer_new();
	OK(s != NULL, "stemmer");
	char buf[64];
	const char *a = buf;
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "Visited", 7));
	EQ_STR(a, relkg_stem(s, "visits", 6));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "took", 4));
	EQ_STR(a, relkg_stem(s, "taking", 6));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "met", 3));
	EQ_STR(a, relkg_stem(s, "meet", 4));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "sanctions", 9));
	EQ_STR(a, relkg_stem(s, "sanction", 8));
	snprintf(buf, sizeof(buf), "%s", relkg_stem(s, "visa", 4));
	OK(strcmp(buf, relkg_stem(s, "visit", 5)) != 0, "visa is no visit");
	relkg_stemmer_free(s);
	relkg_stemmer_free(NULL);
}

static void test_parse(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	const char *text = "# comment\n"
			   "trigger\timposed * sanctions against\tSanction\t163\tSANCTION\tsubj\tagainst,obj\t-\t-\n"
			   "trigger\tpostponed * visit\tPostponement\t161\tREDUCE\tsubj\tto\tto\trefer=Visit\n"
			   "trigger\t=cooperated\tCooperation\t06\tCOOPERATE\tsubj,both\twith\t-\t-\n"
			   "block-before\tunable to\n"
			   "block-after\texpected\n";
	OK(relkg_triggers_parse(&t, text, "x.tsv", &d) == RELKG_OK, "parse: %s", d.msg);
	if (!t) {
		return;
	}
	EQ_INT(t->n, 3);
	EQ_INT(t->t[0].n_words, 4);
	EQ_STR(t->t[0].words[0], "impos");
	EQ_STR(t->t[0].words[1], "*");
	EQ_STR(t->t[0].words[2], "sanction");
	EQ_STR(t->t[0].cls, "Sanction");
	EQ_STR(t->t[0].cameo, "163");
	EQ_INT(t->t[0].target.n, 2);
	OK(relkg_frame_has(&t->t[0].target, "against"), "frame has against");
	OK(!relkg_frame_has(&t->t[0].target, "with"), "frame lacks with");
	EQ_STR(t->t[1].refer, "Visit");
	OK(t->t[0].refer == NULL, "no refer");
	EQ_STR(t->t[2].words[0], "=cooperated");
	EQ_INT(t->t[2].agent.n, 2);
	EQ_INT(t->n_before, 1);
	EQ_STR(t->before[0].words[0], "unabl");
	EQ_INT(t->n_after, 1);
	EQ_STR(t->after[0].words[0], "expect");
	relkg_triggers_free(t);
	relkg_triggers_free(NULL);
}

static void test_errors(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	const char *few = "# ok\ntrigger\tvisited\tVisit\t042\n";
	EQ_INT(relkg_triggers_parse(&t, few, "x.tsv", &d), RELKG_ERR_SYNTAX);
	OK(strstr(d.msg, "x.tsv:2") != NULL, "message names file and line: %s", d.msg);
	const char *kind = "trigger\tvisited\tVisit\t042\tCONSULT\tsubj\tto\t-\t-\nfoo\tbar\n";
	EQ_INT(relkg_triggers_parse(&t, kind, "y.tsv", &d), RELKG_ERR_SYNTAX);
	OK(strstr(d.msg, "y.tsv:2") != NULL, "unknown kind: %s", d.msg);
	const char *flag = "trigger\tvisited\tVisit\t042\tCONSULT\tsubj\tto\t-\tloud\n";
	EQ_INT(relkg_triggers_parse(&t, flag, "z.tsv", &d), RELKG_ERR_SYNTAX);
	EQ_INT(relkg_triggers_load(&t, "/nonexistent", &d) != RELKG_OK, 1);
	OK(strstr(d.msg, "events.tsv") != NULL, "missing file named: %s", d.msg);
}

/* The shipped lexicon loads, and every class is one of the contract's. */
static void test_shipped(void)
{
	static const char *const classes[] = {"Visit", "Meeting", "Talks", "Agreement",
		"Recognition", "Support", "Cooperation", "Aid", "Statement", "Criticism", "Apology",
		"Postponement", "Sanction", "Seizure", "Attack", "MilitaryPosture", "Annexation",
		"Succession", "Election", "Policy", NULL};
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_load(&t, RELKG_DATADIR, &d) == RELKG_OK, "load: %s", d.msg);
	if (!t) {
		return;
	}
	OK(t->n > 50, "%zu triggers", t->n);
	int bad = 0;
	int seen[20] = {0};
	for (size_t i = 0; i < t->n; ++i) {
		int k = 0;
		while (classes[k] && strcmp(classes[k], t->t[i].cls) != 0) {
			++k;
		}
		if (!classes[k] && strcmp(t->t[i].cls, "-") != 0) {
			fprintf(stderr, "line %d: class %s\n", t->t[i].line, t->t[i].cls);
			++bad;
		} else if (classes[k]) {
			seen[k] = 1;
		}
	}
	EQ_INT(bad, 0);
	int all = 1;
	for (int k = 0; k < 20; ++k) {
		all &= seen[k];
	}
	OK(all, "every contract class has a trigger");
	relkg_triggers_free(t);
}

int main(void)
{
	test_stems();
	test_parse();
	test_errors();
	test_shipped();
	return DONE();
}
