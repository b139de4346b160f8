/* relkg_slug's fast path for Latin letters and punctuation (slug_fold.h:
 * each code point mapped alone) against its general path
 * (relkg_slug_general: utf8proc_map on the whole text).  Every code point
 * of the covered ranges, alone and next to every other one and to ASCII
 * letters, digits, spaces and apostrophes, must give the same slug both
 * ways; so must names and titles as the corpus writes them, and text the
 * fast path does not cover (it falls back). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "harness.h"
#include "iri.h"
#include "slug_fold.h"

/* a, b and c one after the other, into s (room for all three) */
static size_t join3(char *s, const char *a, const char *b, const char *c)
{
	size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
	memcpy(s, a, na);
	memcpy(s + na, b, nb);
	memcpy(s + na + nb, c, nc);
	s[na + nb + nc] = '\0';
	return na + nb + nc;
}

static int same_slug(const char *s, size_t n)
{
	relkg_buf a, b;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	relkg_status sa = relkg_slug(&a, s, n), sb = relkg_slug_general(&b, s, n);
	int ok = sa == sb && (sa != RELKG_OK || strcmp(a.data ? a.data : "", b.data ? b.data : "") == 0);
	if (!ok) {
		fprintf(stderr, "  slug [%.*s]: fast [%s] (%d), general [%s] (%d)\n", (int)n, s,
			a.data ? a.data : "", (int)sa, b.data ? b.data : "", (int)sb);
	}
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	return ok;
}

/* Every code point of [lo, hi) the table covers, as UTF-8, into cps (each
 * 4 bytes, NUL-padded); returns how many. */
static size_t covered_in(int32_t lo, int32_t hi, char (*cps)[5], size_t n)
{
	for (int32_t c = lo; c < hi; ++c) {
		if (relkg_slug_fold_of(c)) {
			memset(cps[n], 0, 5);
			utf8proc_encode_char(c, (utf8proc_uint8_t *)cps[n]);
			++n;
		}
	}
	return n;
}

static void test_pairs(void)
{
	static char cps[1024][5];
	size_t n = covered_in(0x00A0, 0x0250, cps, 0);
	n = covered_in(0x2010, 0x2030, cps, n);
	OK(n > 400, "the table covers most of Latin-1, Latin Extended-A and -B (%zu)", n);
	OK(relkg_slug_fold_of(0x2013) != NULL, "the en dash is covered");
	OK(relkg_slug_fold_of(0x0301) == NULL, "a combining mark is not");
	OK(relkg_slug_fold_of(0x0041) == NULL, "ASCII is not (the slug reads it itself)");
	static const char *const ascii[] = {"a", "Z", "0", " ", "'", "-", "e", "o"};
	size_t bad = 0;
	char s[32];
	for (size_t i = 0; i < n; ++i) {
		bad += !same_slug(cps[i], strlen(cps[i]));
		for (size_t k = 0; k < sizeof(ascii) / sizeof(*ascii); ++k) {
			bad += !same_slug(s, join3(s, ascii[k], cps[i], ascii[k]));
		}
		for (size_t j = 0; j < n; ++j) {
			bad += !same_slug(s, join3(s, cps[i], cps[j], ""));
		}
	}
	EQ_INT(bad, 0);
}

static void test_text(void)
{
	static const char *const names[] = {
		"Japan\xe2\x80\x93Russia relations", "Russia\xe2\x80\x93United States relations (bench 9)",
		"Keiz\xc5\x8d Obuchi", "Maap\xc3\xa4\x65v 1918-02-24", "O\xe2\x80\x99Neil",
		"\xc5\x81\xc3\xb3\x64\xc5\xba", "Stra\xc3\x9f\x65", "\xc4\xb0stanbul", "S\xc3\xb8ren",
		"\xe2\x80\x9cquoted\xe2\x80\x9d title", "a\xe2\x80\x94\xe2\x80\x94z",
		"\xc3\x86thelred", "Th\xc3\xa9r\xc3\xa8se \xc3\x85land",
		/* not covered: the general path */
		"e\xcc\x81t\xc3\xa9", "\xe6\x9d\xb1\xe4\xba\xac", "\xea\xb0\x80\xeb\x82\x98",
		"Đỗ Mười", "caf\xc3", "x\xe2\x80", "\xc0\xafx", "\xed\xa0\x80z", "\xf0\x9f\x98\x80 a",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); ++i) {
		OK(same_slug(names[i], strlen(names[i])), "name %zu", i);
	}
	OK(same_slug("\xc3\xa4\0b", 4), "a NUL after a covered code point");
	char longer[600] = "";
	for (int i = 0; i < 40; ++i) {
		strcat(longer, "R\xc3\xa9publique\xe2\x80\x93");
	}
	OK(same_slug(longer, strlen(longer)), "a long slug is capped alike");
}

int main(void)
{
	test_pairs();
	test_text();
	return DONE();
}
