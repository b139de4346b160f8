/* relkg_cut_copy against snprintf with "%s" formats: strings of every
 * length up to past the room, one to three of them, into every room from
 * none to more than they need; relkg_buf_cat against relkg_buf_printf. */
#include <stdio.h>
#include <string.h>

#include "cut_copy.h"
#include "harness.h"

int main(void)
{
	static const char *const words[] = {"", "7", "72", "2014", "per.cent",
		"abcdefghijklmnopqrstuvwxyz0123456789"};
	const size_t nw = sizeof(words) / sizeof(words[0]);
	size_t tried = 0, bad = 0;
	for (size_t a = 0; a < nw; ++a) {
		for (size_t b = 0; b < nw; ++b) {
			for (size_t c = 0; c < nw; ++c) {
				for (size_t cap = 0; cap < 48; ++cap) {
					char want[64], got[64];
					memset(want, 'x', sizeof(want));
					memset(got, 'x', sizeof(got));
					const char *parts[3] = {words[a], words[b], words[c]};
					size_t n = 1 + (a + b + c) % 3;
					if (n == 1) {
						snprintf(want, cap, "%s", parts[0]);
					} else if (n == 2) {
						snprintf(want, cap, "%s%s", parts[0], parts[1]);
					} else {
						snprintf(want, cap, "%s%s%s", parts[0], parts[1], parts[2]);
					}
					size_t len = relkg_cut_copy(got, cap, parts, n);
					++tried;
					bad += memcmp(want, got, sizeof(want)) != 0 ||
					       (cap > 0 && len != strlen(got));
				}
			}
		}
	}
	OK(bad == 0, "cut copies: %zu of %zu differ from snprintf", bad, tried);
	relkg_buf x, y;
	relkg_buf_init(&x);
	relkg_buf_init(&y);
	size_t differ = 0;
	for (size_t a = 0; a < nw; ++a) {
		for (size_t b = 0; b < nw; ++b) {
			const char *parts[] = {words[a], " of ", words[b], NULL};
			x.len = y.len = 0;
			differ += relkg_buf_printf(&x, "%s of %s%s", words[a], words[b], "(null)") !=
				  RELKG_OK;
			differ += relkg_buf_cat(&y, parts, 4) != RELKG_OK;
			differ += x.len != y.len || memcmp(x.data, y.data, x.len + 1) != 0;
		}
	}
	OK(differ == 0, "buffer appends: %zu differ from relkg_buf_printf", differ);
	relkg_buf_clear(&x);
	relkg_buf_clear(&y);
	char s[5];
	const char *one[] = {"12345"};
	OK(relkg_cut_copy(s, sizeof(s), one, 1) == 4 && strcmp(s, "1234") == 0, "cut to the room");
	return DONE();
}
