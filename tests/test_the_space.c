/* relkg_the_space_at (the_space.h) held to the byte-by-byte test it
 * replaced in rules_orgs.c's court_at, on every four bytes made of a set
 * of bytes near the ones it looks for (case, the space, NUL, high bytes)
 * and on random ones. */
#include <stdlib.h>

#include "harness.h"
#include "the_space.h"

static int plain(const char *t)
{
	return (((unsigned char)t[0] | 0x20u) == 't' && t[1] == 'h' && t[2] == 'e' && t[3] == ' ');
}

int main(void)
{
	static const char bytes[] = {'t', 'T', 'h', 'H', 'e', 'E', ' ', '\0', 'x', 'T' | 0x80,
				     't' ^ 0x20 ^ 0x40, '\t', (char)0xE2, 'i', ' ' | 0x40};
	const size_t nb = sizeof(bytes);
	size_t bad = 0, found = 0;
	char s[5] = {0};
	for (size_t a = 0; a < nb; ++a) {
		for (size_t b = 0; b < nb; ++b) {
			for (size_t c = 0; c < nb; ++c) {
				for (size_t d = 0; d < nb; ++d) {
					s[0] = bytes[a], s[1] = bytes[b], s[2] = bytes[c], s[3] = bytes[d];
					int want = plain(s);
					bad += relkg_the_space_at(s) != want;
					found += want;
				}
			}
		}
	}
	srand(7);
	for (int k = 0; k < 200000; ++k) {
		for (int j = 0; j < 4; ++j) {
			s[j] = (char)(rand() & 255);
		}
		bad += relkg_the_space_at(s) != plain(s);
	}
	OK(bad == 0, "%zu answers differ from the byte-by-byte test", bad);
	EQ_INT(found, 2); /* "the " and "The " */
	OK(relkg_the_space_at("the court"), "the court");
	OK(relkg_the_space_at("The court"), "The court");
	OK(!relkg_the_space_at("then "), "then");
	OK(!relkg_the_space_at("THE "), "THE");
	return DONE();
}
