/* The word classes the event rules look at: see event_words.h. */
#include "event_words.h"

#include <string.h>

int relkg_ew_in_list(const char *s, const char *const *list)
{
	for (; *list; ++list) {
		if (s[0] == (*list)[0] && strcmp(s, *list) == 0) {
			return 1;
		}
	}
	return 0;
}

const char *const relkg_ew_preps[] = {"with", "to", "in", "into", "from", "for", "on", "at",
	"against", "between", "over", "after", "since", "under", "near", "around", "toward",
	"towards", "about", "by", "during", "following", "than", "via", "among", "across",
	"upon", "within", "without", NULL};
const char *const relkg_ew_ordering[] = {"ordered", "orders", "ordering", "announced",
	"announces", "announcing", "authorized", "authorised", "authorizing", "authorising",
	"approved", "approves", "approving", "decreed", "decrees", "decreeing", NULL};
const char *const relkg_ew_dets[] = {"the", "a", "an", "its", "their", "his", "her", NULL};
static const char *const adverbs[] = {"also", "then", "later", "again", "subsequently",
	"soon", "thereafter", "afterwards", NULL};

int relkg_ew_adverb(const relkg_tok *x)
{
	size_t n = strlen(x->lower);
	return relkg_ew_in_list(x->lower, adverbs) || (n > 4 && strcmp(x->lower + n - 2, "ly") == 0);
}
