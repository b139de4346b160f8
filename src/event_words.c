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

/* relkg_ew_preps by initial (the lists below hold its words, each once):
 * a word is compared with the few that share its first byte, not with
 * all twenty-nine. */
int relkg_ew_is_prep(const char *s)
{
	static const char *const a[] = {"at", "against", "after", "around", "about", "among",
		"across", NULL};
	static const char *const b[] = {"between", "by", NULL};
	static const char *const d[] = {"during", NULL};
	static const char *const f[] = {"from", "for", "following", NULL};
	static const char *const i[] = {"in", "into", NULL};
	static const char *const n[] = {"near", NULL};
	static const char *const o[] = {"on", "over", NULL};
	static const char *const si[] = {"since", NULL};
	static const char *const t[] = {"to", "toward", "towards", "than", NULL};
	static const char *const u[] = {"under", "upon", NULL};
	static const char *const v[] = {"via", NULL};
	static const char *const w[] = {"with", "within", "without", NULL};
	const char *const *l;
	switch (s[0]) {
	case 'a': l = a; break;
	case 'b': l = b; break;
	case 'd': l = d; break;
	case 'f': l = f; break;
	case 'i': l = i; break;
	case 'n': l = n; break;
	case 'o': l = o; break;
	case 's': l = si; break;
	case 't': l = t; break;
	case 'u': l = u; break;
	case 'v': l = v; break;
	case 'w': l = w; break;
	default: return 0;
	}
	return relkg_ew_in_list(s, l);
}

/* relkg_ew_dets by initial, as relkg_ew_is_prep. */
int relkg_ew_is_det(const char *s)
{
	static const char *const a[] = {"a", "an", NULL};
	static const char *const h[] = {"his", "her", NULL};
	static const char *const i[] = {"its", NULL};
	static const char *const t[] = {"the", "their", NULL};
	const char *const *l;
	switch (s[0]) {
	case 'a': l = a; break;
	case 'h': l = h; break;
	case 'i': l = i; break;
	case 't': l = t; break;
	default: return 0;
	}
	return relkg_ew_in_list(s, l);
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

/* The initials of the adverbs above (bit letter - 'a'): most words are
 * passed over without the list. */
#define ADVERB_INITIALS ((1u << ('a' - 'a')) | (1u << ('t' - 'a')) | (1u << ('l' - 'a')) | \
			 (1u << ('s' - 'a')))

int relkg_ew_adverb(const relkg_tok *x)
{
	if (x->flags & RELKG_TK_PUNCT) {
		return 0; /* a mark is one byte: no adverb, no "-ly" */
	}
	/* a word's lower-cased form has its bytes, one for one */
	const char *l = x->lower;
	size_t n = x->end - x->begin;
	unsigned c = (unsigned char)l[0] - 'a';
	if (n > 4 && l[n - 2] == 'l' && l[n - 1] == 'y') {
		return 1;
	}
	return c < 26u && ((ADVERB_INITIALS >> c) & 1u) && relkg_ew_in_list(l, adverbs);
}
