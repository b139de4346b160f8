/* Person-name parses remembered for one article.  relkg_name_parse is a
 * function of the text, the position, the end given and the lexicon
 * alone (no mention is read), and the offices and people rule sets both
 * parse a name at most capitalized words of a sentence: the second asks
 * the memo instead of parsing again (~1,000 instructions a parse).
 *
 * Ownership: the memo owns its memory; the mention table owns the memo
 * (relkg_mentions.names, freed by relkg_mentions_free). */
#ifndef RELKG_NAME_MEMO_H
#define RELKG_NAME_MEMO_H
#include <stddef.h>

typedef struct relkg_name_memo relkg_name_memo;

void relkg_name_memo_free(relkg_name_memo *m);
/* The parse remembered for (at, end): 1 with *name_end and *words set,
 * else 0.  m may be NULL (nothing remembered). */
int relkg_name_memo_get(const relkg_name_memo *m, size_t at, size_t end, size_t *name_end,
	int *words);
/* relkg_name_memo_get, for a caller that parses and puts the answer
 * where there is none: the memo keeps the empty slot the question found,
 * and a relkg_name_memo_put of the same question right after fills it
 * without searching again (another put first, or growth, forgets it). */
int relkg_name_memo_ask(relkg_name_memo *m, size_t at, size_t end, size_t *name_end,
	int *words);
/* Remembers a parse, creating the memo on first use (*m NULL).  Out of
 * memory, the parse is only not remembered (a later question parses
 * again): no error to report. */
void relkg_name_memo_put(relkg_name_memo **m, size_t at, size_t end, size_t name_end,
	int words);

#endif
