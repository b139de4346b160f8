/* What the trigger lexicon works out at load (triggers.h): each line's
 * class number (cls_id: equal exactly for lines of the same class) and
 * the frame for signing a treaty. */
#include <stdlib.h>

#include "harness.h"
#include "triggers.h"

#define T(pat, cls) "trigger\t" pat "\t" cls "\t057\tAGREE\tsubj\tobj\t-\t-\n"

static void small(void)
{
	const char *text = T("visit", "Visit") T("sign * pact", "Agreement") T("meet", "Meeting")
		T("sign * treaty", "Agreement") T("=visited", "Visit") T("sign ** treaty", "Agreement");
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_parse(&t, text, "x.tsv", &d) == RELKG_OK, "parse: %s", d.msg);
	if (!t) {
		return;
	}
	EQ_INT(t->n, 6);
	EQ_INT(t->t[0].cls_id, 0);
	EQ_INT(t->t[1].cls_id, 1);
	EQ_INT(t->t[2].cls_id, 2);
	EQ_INT(t->t[3].cls_id, 1);
	EQ_INT(t->t[4].cls_id, 0);
	EQ_INT(t->t[5].cls_id, 1);
	OK(t->signing == &t->t[3], "the first \"sign * treaty\" of class Agreement signs");
	relkg_triggers_free(t);
	t = NULL;
	OK(relkg_triggers_parse(&t, T("sign * treaty", "Visit") T("sign * pact", "Agreement"),
				"y.tsv", &d) == RELKG_OK,
	   "parse: %s", d.msg);
	OK(t && t->signing == NULL, "no line signs a treaty");
	relkg_triggers_free(t);
}

static void shipped(void)
{
	relkg_triggers *t = NULL;
	relkg_diag d = {{0}};
	OK(relkg_triggers_load(&t, RELKG_DATADIR, &d) == RELKG_OK, "load: %s", d.msg);
	if (!t) {
		return;
	}
	size_t bad = 0, same = 0;
	for (size_t i = 0; i < t->n; ++i) {
		for (size_t j = 0; j < t->n; ++j) {
			int eq = strcmp(t->t[i].cls, t->t[j].cls) == 0;
			bad += eq != (t->t[i].cls_id == t->t[j].cls_id);
			same += eq && i != j;
		}
	}
	OK(bad == 0, "%zu pairs of lines differ", bad);
	OK(same > t->n, "only %zu pairs of one class", same);
	OK(t->signing && strcmp(t->signing->cls, "Agreement") == 0 &&
		   strcmp(t->signing->words[0], "sign") == 0,
	   "the shipped lexicon signs treaties");
	relkg_triggers_free(t);
}

int main(void)
{
	small();
	shipped();
	return DONE();
}
