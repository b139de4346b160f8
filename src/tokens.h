/* The words of one sentence with their stems: what the event and survey
 * rules match triggers and phrases against.  Punctuation marks are words
 * of their own (flag PUNCT) so rules can see clause breaks, quotes and
 * percent signs; '$' and white space are dropped.
 *
 * Ownership: relkg_toks owns its array and the strings' arena (chars);
 * clear frees them.  Splitting again reuses both (a sentence's words cost
 * no malloc once the arrays are big enough), so the strings of one split
 * are valid until the next split or clear.  With a lending stemmer (the
 * thread stemmers, relkg_stemmer_new_lending) a word's stem may instead be
 * the stemmer's own kept copy (relkg_stem_kept: not copied again), valid
 * as long as that stemmer; no caller writes through stem.  Every string
 * of a split may be read eight bytes at a time: at least eight bytes
 * follow each one's NUL (relkg_stem_lower8 and trigger_index.h's key bits
 * read so). */
#ifndef RELKG_TOKENS_H
#define RELKG_TOKENS_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "relkg/relkg.h"
#include "stem.h"

enum {
	RELKG_TK_PUNCT = 1u << 0,  /* a punctuation mark */
	RELKG_TK_CAP = 1u << 1,    /* starts with an upper-case ASCII letter */
	RELKG_TK_QUOTED = 1u << 2, /* inside double quotes */
	RELKG_TK_NUMBER = 1u << 3, /* digits only */
};

typedef struct {
	size_t begin, end; /* bytes in the text */
	char *lower;       /* lower-cased surface ("," for a comma; quotes as '"') */
	char *stem;        /* stem of lower (same as lower for punctuation);
			    * read-only (see Ownership) */
	unsigned flags;
	/* the top sixteen bits of relkg_word_hash (word_hash.h) of lower and
	 * of stem: what the trigger scan tests every word by */
	uint16_t key_lower, key_stem;
} relkg_tok;

typedef struct {
	relkg_tok *w;
	size_t n, cap;
	char *chars; /* the words' lower and stem strings, NUL-terminated */
	size_t clen, ccap;
} relkg_toks;

/* Splits text[begin..end) into out (emptied first). */
RELKG_NODISCARD relkg_status relkg_toks_split(relkg_toks *out, const char *text,
	size_t begin, size_t end, relkg_stemmer *st);
void relkg_toks_clear(relkg_toks *w);

/* Is word i the word s (compared lower-cased)?  Inline: the rules ask it
 * of most words of a sentence, and the first byte mostly answers. */
static inline int relkg_tok_is(const relkg_toks *w, size_t i, const char *s)
{
	return i < w->n && w->w[i].lower[0] == s[0] && strcmp(w->w[i].lower, s) == 0;
}

#endif
