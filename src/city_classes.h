/* The word classes (RELKG_WC_* of words.h) the names of a gazetteer's
 * cities and capitals begin with: where city_at (rules_places.c) can
 * find one.  The gazetteer's own classes (relkg_gazetteer_word_classes)
 * hold every entry's, lower-case 't' among them ("the State of
 * Eritrea"), so city_at was asked at every "the", "to" and "that" for
 * nothing (~8,600 calls on 200 articles, 2% of the rule set).
 *
 * Found once a gazetteer and kept for the process with what identifies
 * the gazetteer (its address, its number of countries and of cities, its
 * word classes, and the names of cities spread over its list), found
 * again when any of that differs; under a lock, for the workers.
 *
 * Ownership: nothing is kept of the gazetteer but its address and copies
 * of a few bytes. */
#ifndef RELKG_CITY_CLASSES_H
#define RELKG_CITY_CLASSES_H
#include <stdint.h>

#include "gazetteer.h"

/* The classes of the first bytes of every city's name (0 for NULL). */
uint64_t relkg_city_classes(const relkg_gazetteer *g);
/* The same found anew by reading every city (the tests' reference). */
uint64_t relkg_city_classes_scan(const relkg_gazetteer *g);

#endif
