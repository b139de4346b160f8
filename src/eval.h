/* Scoring a graph against gold facts, exactly as the reference scorer
 * ../shared/eval/score does: per kind, the extracted candidates (persons,
 * (person, office) pairs, treaties, disputes, territories and islands,
 * events, (survey, result) pairs, missions), a maximum bipartite matching
 * between gold rows and candidates (Kuhn's augmenting paths, required rows
 * first, then optional rows that never take a required row's candidate),
 * tp/fp/fn, event target/place agreement and provenance counts.
 *
 * Candidates are taken in the reference's order: sorted by IRI, and for
 * (person, office) and (survey, result) pairs, persons/surveys sorted then
 * objects in parse order.  (The reference iterates a Python set there, so
 * its order is hash-randomized: when a required and an optional row compete
 * for the same candidates its fp count and explain order may vary from run
 * to run; ours is fixed.)  Where a node has several values for a
 * single-valued property (date, role, jurisdiction, ...), the first in
 * parse order counts, as the reference's obj() takes the first line of
 * rapper's output.
 *
 * The report owns its explain lines (relkg_eval_report_clear). */
#ifndef RELKG_EVAL_H
#define RELKG_EVAL_H
#include <stddef.h>
#include "eval_gold.h"
#include "eval_graph.h"

typedef struct {
	size_t tp, fp, fn;
	double precision, recall, f1;
} relkg_eval_counts;

typedef struct {
	relkg_eval_counts kind[RELKG_N_KINDS];
	relkg_eval_counts all;
	size_t args_hit, args_n;  /* matched required events whose target/place agrees */
	size_t facts, with_source; /* facts (events, office terms, ...) citing a sentence */
	size_t sentences, offsets_hold;
	char **explain;           /* "  miss  ..." / "  extra ..." lines, no newline */
	size_t n_explain;
} relkg_eval_report;

/* Scores g (indexed) against gold.  Interns the gold's names into g.
 * With explain, lists every missed required row and every unmatched
 * candidate. */
RELKG_NODISCARD relkg_status relkg_eval_score(const relkg_gold *gold, relkg_egraph *g,
	int explain, relkg_eval_report *out);
void relkg_eval_report_clear(relkg_eval_report *r);

#endif
