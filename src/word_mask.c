#include "word_mask.h"

void relkg_word_keyset_add_classes(relkg_word_keyset *ks, uint64_t classes)
{
	for (unsigned k = 0; k < RELKG_WORD_KEYS; ++k) {
		if (classes >> (k / RELKG_WORD_KINDS) & 1u) {
			ks->bits[k / 64] |= UINT64_C(1) << (k % 64);
		}
	}
}

void relkg_word_keyset_add_filter(relkg_word_keyset *ks, const relkg_written_filter *f)
{
	for (unsigned a = 0; a < 256; ++a) {
		if (!(f->at[a] & 1u)) {
			continue;
		}
		for (unsigned b = 0; b < 256; ++b) {
			if (!(f->at[b] & 2u)) {
				continue;
			}
			/* the key of a word "ab" (the byte after a before the end) */
			char two[3] = {(char)a, (char)b, '\0'};
			unsigned k = relkg_word_key(two, 0, 2);
			ks->bits[k / 64] |= UINT64_C(1) << (k % 64);
		}
	}
}
