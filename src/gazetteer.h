/* The gazetteer: general knowledge about the world, loaded from
 * data/lexicon/: every country (ISO 3166 spine plus former states) with
 * its aliases, demonyms, capitals and successor, and for a dependent
 * territory its sovereign state; cities with their country;
 * office titles with their role; organizations.  Nothing in it belongs to
 * a particular article.
 *
 * Matching: relkg_gazetteer_match finds the longest name, alias, demonym,
 * capital or city starting at a position (case-sensitive: proper nouns);
 * relkg_gazetteer_office the longest office title (case-insensitive).
 *
 * Ownership: the gazetteer owns every string; the structs it hands out are
 * borrowed and live until relkg_gazetteer_free. */
#ifndef RELKG_GAZETTEER_H
#define RELKG_GAZETTEER_H
#include <stddef.h>
#include <stdint.h>
#include "input.h"

typedef struct relkg_gazetteer relkg_gazetteer;

#define RELKG_GZ_NONE ((size_t)-1)

typedef struct {
	char *code;      /* ISO 3166-1 alpha-3, or X.. for states ISO lacks */
	char *label;     /* "Russia" */
	char **aliases;  /* "Russian Federation", ... */
	size_t n_aliases;
	char *capital;   /* first capital, or NULL */
	int historical;  /* a former state */
	int dependency;  /* a dependent territory ("Falkland Islands"), no state */
	size_t successor; /* country index, or NONE */
	size_t sovereign; /* a dependency's state (country index), or NONE */
} relkg_gz_country;

typedef struct {
	char *name;
	size_t country; /* country index, or NONE */
} relkg_gz_city;

typedef enum {
	RELKG_ROLE_HEAD_OF_STATE,
	RELKG_ROLE_HEAD_OF_GOVERNMENT,
	RELKG_ROLE_FOREIGN_MINISTER,
	RELKG_ROLE_MINISTER,
	RELKG_ROLE_DIPLOMAT,
	RELKG_ROLE_OTHER,
} relkg_role;

typedef struct {
	char *title;     /* as matched, lower case: "minister of foreign affairs" */
	char *canonical; /* "Foreign Minister" */
	relkg_role role;
} relkg_gz_office;

typedef struct {
	char *name;     /* "North Atlantic Treaty Organization" */
	char *label;    /* its label ("NATO") */
	size_t country; /* or NONE */
} relkg_gz_org;

typedef enum {
	RELKG_GZ_NAME,    /* a country's label or alias */
	RELKG_GZ_DEMONYM, /* "Japanese" */
	RELKG_GZ_CAPITAL, /* a country's capital */
	RELKG_GZ_CITY,    /* another city */
	RELKG_GZ_ORG,     /* an organization */
} relkg_gz_form;

typedef struct {
	relkg_gz_form form;
	size_t ref; /* country index (NAME, DEMONYM, CAPITAL), city index (CAPITAL,
		       CITY: the city), org index (ORG) */
	size_t country; /* the country it names or belongs to, or NONE */
	size_t len;     /* bytes matched */
} relkg_gz_hit;

RELKG_NODISCARD relkg_status relkg_gazetteer_load(relkg_gazetteer **out, const char *dir,
	relkg_diag *diag);
void relkg_gazetteer_free(relkg_gazetteer *gaz);

/* Longest entry matching s[0..n) at its start and ending at a word
 * boundary.  Returns 1 and fills hit, or 0. */
int relkg_gazetteer_match(const relkg_gazetteer *gaz, const char *s, size_t n,
	relkg_gz_hit *hit);
/* Word classes (RELKG_WC_* of words.h) of the bytes entries start with:
 * relkg_gazetteer_match hits only at a word of one of them. */
uint64_t relkg_gazetteer_word_classes(const relkg_gazetteer *gaz);
/* Word classes of the bytes the names of cities (capitals among them)
 * start with, found at load: a city is named only at a word of one of
 * them (no city begins with a lower-case 't', though an entry does: "the
 * State of Eritrea").  0 for NULL. */
uint64_t relkg_gazetteer_city_classes(const relkg_gazetteer *gaz);
/* Does every entry begin with a letter (relkg_is_letter_at)?  Then a
 * match at a word start is at a word beginning with a letter
 * (relkg_letter_word_at). */
int relkg_gazetteer_letter_initial(const relkg_gazetteer *gaz);
/* The same answer by a scan of every entry, no index: the reference the
 * tests hold relkg_gazetteer_match to. */
int relkg_gazetteer_match_scan(const relkg_gazetteer *gaz, const char *s, size_t n,
	relkg_gz_hit *hit);
/* Longest office title at the start of s (ASCII case-insensitive, word
 * boundary).  Returns its index and sets *len, or NONE. */
size_t relkg_gazetteer_office(const relkg_gazetteer *gaz, const char *s, size_t n,
	size_t *len);
/* May an office title begin at s: 0 when relkg_gazetteer_office(gaz, s, k,
 * ...) finds none for every k <= n (by the first three bytes alone, two
 * when n is 2: exact for two bytes; for three, exact unless the titles
 * begin with more pairs of bytes than the filters have sets for). */
int relkg_gazetteer_office_may_begin(const relkg_gazetteer *gaz, const char *s, size_t n);
/* relkg_gazetteer_office_may_begin(gaz, text + ws[w], end - ws[w]) for
 * the words w < min(n, 64) of ws (each < end), as bit w of the answer:
 * a sentence's words at once, one call for 64. */
uint64_t relkg_gazetteer_office_may_begin_words(const relkg_gazetteer *gaz, const char *text,
	const size_t *ws, size_t n, size_t end);
/* The last byte p of [b, end) where an office title begins in text
 * ending at end (relkg_gazetteer_office(gaz, text + p, end - p, ...) finds
 * one), or RELKG_GZ_NONE: a rule that reads a title at or after its word
 * does nothing at a word after it.  Found from the end, so a sentence
 * costs a table look-up a byte up to its last title. */
size_t relkg_gazetteer_office_last(const relkg_gazetteer *gaz, const char *text, size_t b,
	size_t end);
/* Does every office title begin with an ASCII letter (so that none begins
 * at a space, a hyphen or a mark)? */
int relkg_gazetteer_titles_ascii_initial(const relkg_gazetteer *gaz);

size_t relkg_gazetteer_n_countries(const relkg_gazetteer *gaz);
const relkg_gz_country *relkg_gazetteer_country(const relkg_gazetteer *gaz, size_t i);
const relkg_gz_city *relkg_gazetteer_city(const relkg_gazetteer *gaz, size_t i);
const relkg_gz_office *relkg_gazetteer_office_at(const relkg_gazetteer *gaz, size_t i);
const relkg_gz_org *relkg_gazetteer_org(const relkg_gazetteer *gaz, size_t i);
/* Country whose label, alias or demonym is exactly s[0..n), or NONE. */
size_t relkg_gazetteer_find_country(const relkg_gazetteer *gaz, const char *s, size_t n);
/* Do countries a and b name the same state or one succeed the other? */
int relkg_gazetteer_same_lineage(const relkg_gazetteer *gaz, size_t a, size_t b);
/* May the office with this canonical title ("President") exist in the
 * country (index)?  data/lexicon/office-states.tsv says, per title, which
 * states have it or lack it; a title it does not list: 1. */
int relkg_gazetteer_office_in(const relkg_gazetteer *gaz, const char *canonical,
	size_t country);
/* The contract's CURIE for a role ("rkg:HeadOfState"). */
const char *relkg_role_curie(relkg_role role);

#endif
