/* Person names as the rules see them: a run of one to four capitalized
 * words ("Sushma Swaraj", "George W. Bush", "Shinzō Abe", "Omar al-Bashir": a
 * joined article may begin a later word; "Mohammed VI": a regnal number may
 * end it) none of which
 * is a function word, a place, organization or office keyword, a month, or
 * a gazetteer name.  Borrowed text; nothing allocates. */
#ifndef RELKG_NAMES_H
#define RELKG_NAMES_H
#include <stddef.h>
#include "extract.h"

/* Is text[b..e) a word that cannot be part of a person's name? */
int relkg_name_stopword(const relkg_ctx *ctx, size_t b, size_t e, size_t end);

/* Past an honorific before a name at i ("Mr Abiy", "Shri Narendra
 * Modi", "Dr. Smith"): where the name starts; i when there is none. */
size_t relkg_name_skip_honorific(const char *text, size_t i, size_t end);

/* Length of a romanized Arabic article joined to a capitalized word at
 * text[b] ("al-" of "al-Bashir", "el-" of "el-Sisi"), or 0. */
size_t relkg_name_joined_article_at(const char *text, size_t b, size_t end);
/* The same, inline where it fails at once (the call is made only where an
 * article may begin: 'a', 'e' or 'u', a hyphen at b + 2 or b + 3): the
 * people rules ask at every lower-case word, ~240 times an article. */
static inline size_t relkg_name_joined_article(const char *text, size_t b, size_t end)
{
	if (b + 3 >= end || (text[b] != 'a' && text[b] != 'e' && text[b] != 'u') ||
	    (text[b + 2] != '-' && text[b + 3] != '-')) {
		return 0;
	}
	return relkg_name_joined_article_at(text, b, end);
}

/* A name starting at i (within [i,end)): returns its end and the number of
 * words in *words, or i when none starts there.  A name is not followed by
 * another capitalized word. */
size_t relkg_name_parse(const relkg_ctx *ctx, size_t i, size_t end, int *words);

/* The person (entity index) whose first or last name is text[b..e), when
 * exactly one person of the article has it ("Sisi" or "el-Sisi" for
 * "Abdel Fattah el-Sisi", "Barco" for "Virgilio Barco"); when several
 * have it, the one mentioned last before b; else NONE. */
size_t relkg_name_known_person(const relkg_ctx *ctx, size_t b, size_t e);

#endif
