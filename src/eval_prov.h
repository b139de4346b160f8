/* Provenance counts of the evaluator: how many facts cite a sentence, and
 * in how many sentences the NIF offsets hold (the reference scorer's
 * provenance()).  Also the event classes the evaluator knows. */
#ifndef RELKG_EVAL_PROV_H
#define RELKG_EVAL_PROV_H
#include "eval.h"

#define RELKG_N_EVENT_TYPES 20
/* "Visit", "Meeting", ... (rkg: local names), the reference's order. */
extern const char *const relkg_event_types[RELKG_N_EVENT_TYPES];

/* Fills r->facts, with_source, sentences, offsets_hold.  A sentence is
 * anything typed nif:Sentence or the object of prov:wasDerivedFrom; its
 * offsets hold when its context's nif:isString sliced like a Python string
 * (code points, negative and out-of-range indexes too) at
 * [beginIndex, endIndex) equals its nif:anchorOf. */
RELKG_NODISCARD relkg_status relkg_eval_provenance(const relkg_egraph *g, relkg_eval_report *r);

/* Python's text[b:e] on code points: the byte span of the slice. */
void relkg_py_slice(const char *text, long long b, long long e, size_t *off, size_t *len);

#endif
