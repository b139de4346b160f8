/* The byte order of strings met before, kept from one article to the
 * next.  An article's predicates are nearly all the vocabulary's, the
 * same few dozen in every article: the flush ranks them by looking each
 * one up here instead of sorting them again (graph.c).
 *
 * The memo owns copies of its strings, at most RELKG_ORDER_MEMO_MAX; the
 * values it ranks stay their table's. */
#ifndef RELKG_ORDER_MEMO_H
#define RELKG_ORDER_MEMO_H
#include <stddef.h>
#include "strtab.h"

#define RELKG_ORDER_MEMO_MAX 512

typedef struct relkg_order_memo relkg_order_memo;

relkg_order_memo *relkg_order_memo_new(void);
void relkg_order_memo_free(relkg_order_memo *m);

/* Sets the rank of each of vals[0..n) (distinct values: hash and bytes as
 * relkg_strtab stores them) to its place in byte order among the strings
 * of m (a prefix first), adding to m those it does not hold yet: two of
 * them compare as their ranks do.  RELKG_NO_MATCH when m has no room for
 * them all (their ranks are then unspecified), RELKG_ERR_NOMEM. */
RELKG_NODISCARD relkg_status relkg_order_memo_rank(relkg_order_memo *m, relkg_str *const *vals,
	size_t n);

/* The number of strings m holds. */
size_t relkg_order_memo_size(const relkg_order_memo *m);

#endif
