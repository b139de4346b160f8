/* Sentence splitting over a span of normalized text.  Knows abbreviations
 * ("Dr.", "U.S.", "Jan."), initials ("George W. Bush"), decimals ("2.5"),
 * citation markers ("...said.[3] Next") and closing quotes. */
#ifndef RELKG_SENTENCE_H
#define RELKG_SENTENCE_H
#include <stddef.h>
#include "relkg/relkg.h"

/* Called once per sentence, [begin, end) in bytes, trimmed of white space;
 * a trailing citation marker belongs to the sentence before it. */
typedef relkg_status (*relkg_sentence_fn)(void *ctx, size_t begin, size_t end);

RELKG_NODISCARD relkg_status relkg_sentence_split(const char *text, size_t begin,
	size_t end, relkg_sentence_fn fn, void *ctx);

#endif
