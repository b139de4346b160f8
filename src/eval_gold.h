/* Gold fact files (../shared/eval/GOLD-FORMAT.md): one fact a line, fields
 * separated by TAB, '#' comment lines, '?' before the kind for optional
 * facts.  Read as the reference scorer reads them: lines end at LF, CRLF
 * or CR; a line of white space is skipped; fields past those a kind needs
 * are ignored.  Stricter than the reference: a row with fewer fields than
 * its kind needs is an error (the reference fails on it only when a
 * candidate reaches it).
 *
 * relkg_gold owns its text; rows' fields point into it. */
#ifndef RELKG_EVAL_GOLD_H
#define RELKG_EVAL_GOLD_H
#include <stddef.h>
#include "input.h"

typedef enum {
	RELKG_KIND_PERSON,
	RELKG_KIND_HOLDS,
	RELKG_KIND_TREATY,
	RELKG_KIND_DISPUTE,
	RELKG_KIND_TERRITORY,
	RELKG_KIND_EVENT,
	RELKG_KIND_SURVEY,
	RELKG_KIND_MISSION,
	RELKG_N_KINDS
} relkg_kind;

/* "person", "holds", ... in the order above (the report's order). */
extern const char *const relkg_kind_names[RELKG_N_KINDS];
/* How many fields a kind needs (person 1, holds 3, ..., survey 6). */
extern const int relkg_kind_fields[RELKG_N_KINDS];

typedef struct {
	relkg_kind kind;
	int optional;
	char **fields;   /* every field after the kind */
	size_t n_fields;
	size_t line;     /* 1-based */
} relkg_gold_row;

typedef struct {
	relkg_gold_row *rows;
	size_t n_rows;
	char *text;
	char **field_store;
} relkg_gold;

/* Reads path: RELKG_ERR_IO (cannot read), RELKG_ERR_ENCODING (not UTF-8,
 * NUL byte), RELKG_ERR_SYNTAX (unknown kind, missing fields; diag gives
 * the line). */
RELKG_NODISCARD relkg_status relkg_gold_read(relkg_gold *gold, const char *path,
	relkg_diag *diag);
/* The same from a buffer (copied). */
RELKG_NODISCARD relkg_status relkg_gold_parse(relkg_gold *gold, const char *data, size_t len,
	relkg_diag *diag);
void relkg_gold_clear(relkg_gold *gold);

#endif
