#include "line_scan.h"

#include <string.h>
#include <strings.h>

size_t relkg_line_words_upto(const char *s, size_t n, size_t max)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n && w < max; ++i) {
		int sp = s[i] == ' ' || s[i] == '\t';
		w += !sp && !in;
		in = !sp;
	}
	return w;
}

static unsigned char fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

int relkg_line_keys_init(relkg_line_keys *k, const char *const *words)
{
	memset(k, 0, sizeof(*k));
	k->words = words;
	for (size_t i = 0; words[i]; ++i) {
		if (i == RELKG_LINE_KEYS_MAX) {
			return 0;
		}
		uint32_t bit = (uint32_t)1 << i;
		const unsigned char *w = (const unsigned char *)words[i];
		k->len[i] = strlen(words[i]);
		k->first[fold(w[0])] |= bit;
		if (k->len[i] == 1) {
			for (size_t c = 0; c < 256; ++c) {
				k->second[c] |= bit;
			}
		} else {
			k->second[fold(w[1])] |= bit;
		}
	}
	return 1;
}

int relkg_line_has_any(const char *s, size_t n, const relkg_line_keys *k)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char cur = n ? fold(u[0]) : 0;
	for (size_t i = 0; i < n; ++i) {
		/* past the last byte, 0: no word of two bytes or more has it
		 * second, every one-byte word does */
		unsigned char next = i + 1 < n ? fold(u[i + 1]) : 0;
		uint32_t m = k->first[cur] & k->second[next];
		cur = next;
		while (m) {
			unsigned w = (unsigned)__builtin_ctz(m);
			m &= m - 1;
			if (i + k->len[w] <= n && strncasecmp(s + i, k->words[w], k->len[w]) == 0) {
				return 1;
			}
		}
	}
	return 0;
}
