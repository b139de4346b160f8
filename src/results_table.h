/* SELECT results as a plain text table: one column per variable, IRIs
 * shortened with the predeclared prefixes, literals quoted with their
 * language or datatype, unbound cells empty.  Rows are read once; the
 * table is held in memory to size the columns. */
#ifndef RELKG_RESULTS_TABLE_H
#define RELKG_RESULTS_TABLE_H
#include <stdio.h>
#include <redland.h>
#include "relkg/relkg.h"

RELKG_NODISCARD relkg_status relkg_results_table(librdf_query_results *res, FILE *out);

#endif
