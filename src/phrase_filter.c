#include "phrase_filter.h"

#include <string.h>

void relkg_phrase_filter_init(relkg_phrase_filter *f, const char *const *list)
{
	memset(f, 0, sizeof(*f));
	for (; *list; ++list) {
		const unsigned char *s = (const unsigned char *)*list;
		if (!s[0]) {
			continue;
		}
		unsigned k = relkg_phrases_bucket(s[0]);
		uint64_t *bits = f->fifth[k];
		if (strlen(*list) < 5) { /* matched whatever the fifth byte */
			bits[0] = bits[1] = bits[2] = bits[3] = ~UINT64_C(0);
			f->short_phrase[k] = 1;
			continue;
		}
		unsigned c = s[4] | 0x20u;
		bits[c >> 6] |= UINT64_C(1) << (c & 63u);
	}
}
