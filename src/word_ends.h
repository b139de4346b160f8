/* The ends of the word runs of one article, sentence by sentence: the
 * bytes q of a sentence holding a byte a word may hold (an ASCII letter or
 * digit, '-', '\'' or a byte >= 0x80) that is the sentence's last byte or
 * comes before a byte no word goes on from (neither an ASCII letter nor
 * a digit).  A word relkg_word_end finds, starting anywhere, ends at one
 * of them unless its last byte is none a word may hold (the '.' of an
 * initial "W."): the word scanner looks for its keywords there instead of
 * at every byte (entities.c).
 *
 * Ownership: found for the whole article on first use and kept with the
 * mention table (relkg_mentions.run_ends, freed by relkg_mentions_free). */
#ifndef RELKG_WORD_ENDS_H
#define RELKG_WORD_ENDS_H
#include <stddef.h>
#include "extract.h"
#include "mentions.h"

/* Is c a byte a word may hold (see above)? */
static inline int relkg_word_byte(unsigned char c)
{
	unsigned f = c | 0x20u;
	return (f >= 'a' && f <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' ||
	       c >= 0x80;
}

/* The run ends of sentence si in order: (*ends)[0 .. *n). */
RELKG_NODISCARD relkg_status relkg_sentence_run_ends_general(relkg_ctx *ctx, size_t si,
	const size_t **ends, size_t *n);
/* The same, inline once the index is made (the word scanner asks it at
 * every sentence of three scans an article). */
RELKG_NODISCARD static inline relkg_status relkg_sentence_run_ends(relkg_ctx *ctx, size_t si,
	const size_t **ends, size_t *n)
{
	const relkg_mentions *m = ctx->mentions;
	if (m->sentence_run_ends && m->run_ends) {
		*n = m->sentence_run_ends[si + 1] - m->sentence_run_ends[si];
		*ends = m->run_ends + m->sentence_run_ends[si];
		return RELKG_OK;
	}
	return relkg_sentence_run_ends_general(ctx, si, ends, n);
}

#endif
