#include "at_heads.h"

/* Is c an ASCII letter or digit (what relkg_starts_with's word boundary
 * and relkg_word_end read as inside a word)? */
static int ascii_alnum(unsigned char c)
{
	unsigned f = c | 0x20u;
	return (f >= 'a' && f <= 'z') || (c >= '0' && c <= '9');
}

/* The bucket of a word (not ""): by its first two bytes, a byte past its
 * end as 26 (the text has no letter there). */
static unsigned bucket(const char *w)
{
	unsigned a = relkg_phrases_bucket((unsigned char)w[0]);
	return a * 27u + (w[1] ? relkg_phrases_bucket((unsigned char)w[1]) : 26u);
}

/* Appends word w of list k to h at slot j. */
static void put(relkg_at_heads *h, unsigned j, const char *w, unsigned k)
{
	size_t n = strlen(w);
	unsigned char ones[8] = {0};
	memset(ones, 0xFF, n < 8 ? n : 8);
	memcpy(&h->mask[j], ones, 8);
	h->head[j] = relkg_phrases_head8(w, n);
	h->len[j] = n;
	h->after[j] = n > 0 && n < 8 && ascii_alnum((unsigned char)w[n - 1])
			      ? UINT64_C(0x80) << (8 * n)
			      : 0;
	h->pats[j] = (uint8_t)(1u << k);
}

void relkg_at_heads_init(relkg_at_heads *h, const char *const *const *lists, size_t n)
{
	memset(h, 0, sizeof(*h));
	size_t total = 0;
	for (size_t k = 0; k < n; ++k) {
		for (const char *const *w = lists[k]; w && *w; ++w) {
			++total;
		}
	}
	if (n > 8 || total > RELKG_AT_HEADS_MAX) {
		return; /* nothing checked: every pattern passes */
	}
	/* lists left unchecked: with "" (relkg_word_in matches an empty
	 * word), or a word of one byte no letter or digit (any byte may
	 * follow it, so it has no second-byte bucket) */
	unsigned empty = 0;
	for (size_t k = 0; k < n; ++k) {
		for (const char *const *w = lists[k]; w && *w; ++w) {
			int odd = (*w)[0] == '\0' ||
				  ((*w)[1] == '\0' && !ascii_alnum((unsigned char)(*w)[0]));
			empty |= odd ? 1u << k : 0u;
		}
	}
	for (size_t k = 0; k < n; ++k) {
		if (lists[k] && !(empty >> k & 1u)) {
			h->checked |= (uint8_t)(1u << k);
		}
	}
	/* a counting sort by bucket, list order kept within one */
	unsigned count[RELKG_AT_HEADS_BUCKETS + 1] = {0};
	for (size_t k = 0; k < n; ++k) {
		for (const char *const *w = lists[k]; w && (h->checked >> k & 1u) && *w; ++w) {
			++count[bucket(*w) + 1];
		}
	}
	for (unsigned b = 0; b < RELKG_AT_HEADS_BUCKETS; ++b) {
		count[b + 1] += count[b];
		h->from[b + 1] = (uint8_t)count[b + 1];
	}
	for (size_t k = 0; k < n; ++k) {
		for (const char *const *w = lists[k]; w && (h->checked >> k & 1u) && *w; ++w) {
			put(h, count[bucket(*w)]++, *w, (unsigned)k);
		}
	}
}
