#include "phrases.h"

#include <string.h>

/* Fills p->common[k] and p->common_head[k] from bucket k's phrases: the
 * bytes in every phrase's mask on which all their heads agree (none for
 * an empty bucket, which no text matches anyway). */
static void common_bytes(relkg_phrases *p, unsigned k)
{
	uint64_t common = 0, first = 0;
	for (unsigned j = p->from[k]; j < p->from[k + 1]; ++j) {
		unsigned w = p->order[j];
		if (j == p->from[k]) {
			common = p->mask[w];
			first = p->head[w];
			continue;
		}
		uint64_t differ = p->head[w] ^ first;
		for (unsigned b = 0; b < 8; ++b) {
			uint64_t byte = UINT64_C(0xFF) << (8 * b);
			if ((differ & byte) || !(p->mask[w] & byte)) {
				common &= ~byte;
			}
		}
	}
	p->common[k] = common;
	p->common_head[k] = first & common;
}

int relkg_phrases_init(relkg_phrases *p, const char *const *list)
{
	size_t n = 0, total = 0;
	memset(p, 0, sizeof(*p));
	p->list = list;
	while (list[total]) {
		++total;
	}
	if (total > RELKG_PHRASES_MAX) {
		return 0;
	}
	for (size_t w = 0; w < total; ++w) {
		size_t len = strlen(list[w]);
		unsigned char ones[8] = {0};
		memset(ones, 0xFF, len < 8 ? len : 8);
		p->len[w] = len;
		p->head[w] = relkg_phrases_head8(list[w], len);
		memcpy(&p->mask[w], ones, 8); /* the bytes head has, in any byte order */
	}
	for (unsigned k = 0; k <= 26; ++k) {
		p->from[k] = (unsigned char)n;
		for (size_t w = 0; w < total; ++w) {
			if (list[w][0] != '\0' && relkg_phrases_bucket((unsigned char)list[w][0]) == k) {
				p->order[n++] = (unsigned char)w;
			}
		}
	}
	p->from[27] = (unsigned char)n;
	for (unsigned k = 0; k <= 26; ++k) {
		common_bytes(p, k);
	}
	return 1;
}
