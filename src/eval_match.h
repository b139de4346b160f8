/* The comparison rules of the reference scorer (../shared/eval/score):
 * name normalization, name matching with generic words and aliases, date
 * prefixes, and Python's int()/float() number syntax.  Pure functions; no
 * graph, no gold file.
 *
 * A relkg_name owns its strings (relkg_name_clear frees them). */
#ifndef RELKG_EVAL_MATCH_H
#define RELKG_EVAL_MATCH_H
#include <stddef.h>
#include "buf.h"

/* Appends norm(s) to out: NFKD, characters with a non-zero canonical
 * combining class dropped, lower case, every run of anything but [a-z0-9]
 * one space, no space at either end ("Shinzō  Abe!" -> "shinzo abe"). */
RELKG_NODISCARD relkg_status relkg_name_norm(const char *s, relkg_buf *out);

typedef struct {
	char *norm;     /* norm(s) */
	char *core;     /* norm(s) without the generic words, in order */
	char **words;   /* the distinct words of norm(s), sorted (point into wbuf) */
	size_t n_words;
	char *wbuf;
	int alias;      /* index of the alias set holding norm(s), or -1 */
} relkg_name;

RELKG_NODISCARD relkg_status relkg_name_init(relkg_name *n, const char *s);
void relkg_name_clear(relkg_name *n);

/* Is gold the same name as cand?  Persons: either one's words contain the
 * other's.  Anything else: equal once generic words ("islands", "the",
 * "republic", ...) are dropped.  Both: members of one alias set ("russia",
 * "russian federation").  A gold with no words matches nothing. */
int relkg_name_same(const relkg_name *gold, const relkg_name *cand, int person);

/* "-" matches anything; else got must begin with gold (a finer date is
 * fine, a coarser one is not).  got NULL: not stated. */
int relkg_date_ok(const char *gold, const char *got);

/* Python's float(s) / int(s) for ASCII text: surrounding white space,
 * sign, '_' between digits; float also "inf", "nan", exponents.  Returns 1
 * and sets *out when s is a number, else 0.  int saturates at +-2^62. */
int relkg_py_float(const char *s, double *out);
int relkg_py_int(const char *s, long long *out);

/* Python's str.isspace() for one code point. */
int relkg_py_space(long c);

#endif
