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

/* The first byte of [i, end) a sentence may end at ('.', '!', '?', or the
 * first byte 0xE2 of an ellipsis), end when none is: what the split
 * tests, found eight bytes at a time. */
size_t relkg_sentence_may_end_from(const char *text, size_t i, size_t end);

#endif
