/* Reference-list entries: parse title, publisher and date out of an entry's
 * text as the common citation styles write it. */
#ifndef RELKG_CITATION_H
#define RELKG_CITATION_H
#include "doc.h"

/* Fills c->title, c->publisher, c->date from c->text where recognisable;
 * leaves them NULL otherwise. */
RELKG_NODISCARD relkg_status relkg_citation_parse(relkg_citation *c);

#endif
