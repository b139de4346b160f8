/* A string table: strings stored once in an arena and found again by
 * hash, for one article at a time (the graph's terms).
 *
 * Each entry has a tag.  Tag 0 entries are *values*: every distinct
 * string the graph stores, once.  Other tags are *keys*: a string as a
 * caller gave it (a CURIE, an IRI to repair, a language tag) mapped to the
 * value it became, so the same term given again costs one lookup.
 *
 * The table owns every entry; entries stay where they are (pointers to
 * them are valid) until relkg_strtab_clear. */
#ifndef RELKG_STRTAB_H
#define RELKG_STRTAB_H
#include <stddef.h>
#include <stdint.h>
#include "relkg/relkg.h"

typedef struct relkg_str {
	const struct relkg_str *val; /* a key's value; a value's is itself */
	size_t len;
	uint32_t hash;
	uint32_t rank; /* order among the values, set by relkg_strtab_rank
			  (or among some, relkg_strtab_rank_these) */
	uint32_t seen; /* the relkg_strtab_rank_these call that met it last */
	unsigned char tag;
	unsigned char self_key; /* a value's: the tag of the key it is too, or 0 */
	char str[]; /* len bytes, then NUL */
} relkg_str;

typedef struct relkg_strtab relkg_strtab;

relkg_strtab *relkg_strtab_new(void);
void relkg_strtab_free(relkg_strtab *t);

/* Forgets every entry; keeps some memory for the next article. */
void relkg_strtab_clear(relkg_strtab *t);

uint32_t relkg_strtab_hash(const char *s, size_t n);

/* The entry (tag, s[0..n)) with hash h = relkg_strtab_hash(s, n), or NULL. */
const relkg_str *relkg_strtab_find(const relkg_strtab *t, unsigned char tag, const char *s,
	size_t n, uint32_t h);

/* The value s[0..n), added when new. */
RELKG_NODISCARD relkg_status relkg_strtab_intern(relkg_strtab *t, const char *s, size_t n,
	const relkg_str **out);
/* The same, h = relkg_strtab_hash(s, n) known already (a key stored as
 * its own value). */
RELKG_NODISCARD relkg_status relkg_strtab_intern_hashed(relkg_strtab *t, const char *s, size_t n,
	uint32_t h, const relkg_str **out);

/* Stores s[0..n) as a value that is never looked up: an entry like a
 * value's (val itself, tag 0), but neither in the hash index nor among
 * the values relkg_strtab_values counts and relkg_strtab_rank orders, so
 * no hash is made and no probe walked.  Two stored strings of the same
 * bytes are two entries: their users compare them by content.  For the
 * graph's literal objects, mostly met once (a sentence's text, its
 * offsets). */
RELKG_NODISCARD relkg_status relkg_strtab_store(relkg_strtab *t, const char *s, size_t n,
	const relkg_str **out);

/* Adds the key (tag != 0, s[0..n), hash h), not present yet, for value
 * val (an entry of this table). */
RELKG_NODISCARD relkg_status relkg_strtab_add_key(relkg_strtab *t, unsigned char tag,
	const char *s, size_t n, uint32_t h, const relkg_str *val);

/* Makes the value val (an entry of this table) its own key of tag
 * (!= 0): the key (tag, val's bytes), not present yet, for value val,
 * without a second entry.  A value is the key of one tag at most. */
RELKG_NODISCARD relkg_status relkg_strtab_add_self_key(relkg_strtab *t, unsigned char tag,
	const relkg_str *val);

/* The number of values (tag-0 entries). */
size_t relkg_strtab_values(const relkg_strtab *t);
/* Keeps each of vals[0..*n) (values of t) once, in the order first met;
 * their number in *n. */
RELKG_NODISCARD relkg_status relkg_strtab_distinct(relkg_strtab *t, const relkg_str **vals,
	size_t *n);
/* Ranks some values only: vals[0..*n) are values of t, each maybe more
 * than once; afterwards vals[0..*n) holds each of them once, in byte
 * order (as relkg_strtab_rank orders), and each one's rank is its place
 * there.  The ranks of the other values are left unspecified. */
RELKG_NODISCARD relkg_status relkg_strtab_rank_these(relkg_strtab *t, const relkg_str **vals,
	size_t *n);
/* Sets every value's rank to its place in byte order (shorter first when
 * one is a prefix of the other, as strcmp for strings without NUL), so
 * two values compare as their ranks do. */
RELKG_NODISCARD relkg_status relkg_strtab_rank(relkg_strtab *t);

#endif
