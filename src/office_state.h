/* The state of an office title that names none ("Prime Minister Sato",
 * "Foreign Minister Gareth Evans and Indonesian Foreign Minister Ali
 * Alatas"): from the person's earlier office, the holders and states of
 * the sentence, what the sentence says the person did, and the article's
 * two parties.  Used by the offices rule set (rules_offices.c).
 *
 * Ownership: reads the document and the mention table of ctx; owns
 * nothing, allocates nothing (relkg_ent_person may add the person). */
#ifndef RELKG_OFFICE_STATE_H
#define RELKG_OFFICE_STATE_H
#include <stddef.h>

#include "extract.h"
#include "gazetteer.h"

/* May the title go exist in the state of country entity c?  No office
 * states (a title office-states.tsv does not list, no title, no state,
 * a state outside the gazetteer): yes. */
int relkg_office_possible(const relkg_ctx *ctx, const relkg_gz_office *go, size_t c);

/* The article's party other than country entity c (or c's lineage), or
 * NONE. */
size_t relkg_office_other_party(const relkg_ctx *ctx, size_t c);

/* The state of the office person p holds when it is the same post as go
 * (the same title, or both head of state, head of government or foreign
 * minister), else NONE (also for p NONE). */
size_t relkg_office_held_state(const relkg_ctx *ctx, size_t p, const relkg_gz_office *go);

/* The gazetteer title of office entity o (its label begins with the
 * canonical title), or NULL. */
const relkg_gz_office *relkg_office_title(const relkg_ctx *ctx, size_t o);

/* The state (country entity) of title go at title_begin in sentence si,
 * held by the person named at [nb, ne) (known: that person's entity when
 * the name is one word naming a person found before, else NONE); NONE when
 * the text does not tell it. */
size_t relkg_office_context_state(relkg_ctx *ctx, size_t si, size_t title_begin, size_t nb,
	size_t ne, size_t known, const relkg_gz_office *go);

/* The same, where what the sentence tells next about the holder begins at
 * `after` rather than at the name's end ("X, by then prime minister,
 * visited China": after the apposed title). */
size_t relkg_office_context_state_after(relkg_ctx *ctx, size_t si, size_t title_begin,
	size_t nb, size_t ne, size_t after, size_t known, const relkg_gz_office *go);

#endif
