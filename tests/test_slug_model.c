/* relkg_slug's ASCII path (no utf8proc) against the general path it
 * replaces for ASCII names, written out here as the model: NFC, marks
 * stripped, case folded by utf8proc, then runs of non-letters and
 * non-digits turned into one '-', apostrophes dropped.  Pseudo-random
 * ASCII names (NUL, apostrophes, punctuation, long ones that get the hash
 * suffix) and a few non-ASCII ones (which take the general path) must
 * give the same slug both ways. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "harness.h"
#include "iri.h"

static int model_word(utf8proc_int32_t c)
{
	if (c < 0x80) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
	       k == UTF8PROC_CATEGORY_LT || k == UTF8PROC_CATEGORY_LM ||
	       k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_ND;
}

/* The slug before the length cap, into out (at least 4 * n + 1 bytes). */
static size_t model_words(char *out, const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
		UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	size_t w = 0;
	int dash = 0, any = 0;
	for (utf8proc_ssize_t i = 0; i < len;) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &c);
		if (k <= 0) {
			break;
		}
		if (c == '\'' || c == 0x2019) {
			i += k;
			continue;
		}
		if (model_word(c)) {
			if (dash && any) {
				out[w++] = '-';
			}
			dash = 0;
			any = 1;
			memcpy(out + w, m + i, (size_t)k);
			w += (size_t)k;
		} else {
			dash = 1;
		}
		i += k;
	}
	free(m);
	out[w] = '\0';
	return w;
}

static int agrees(const char *s, size_t n)
{
	char *want = malloc(4 * n + 1);
	size_t wl = model_words(want, s, n);
	relkg_buf b;
	relkg_buf_init(&b);
	int ok = relkg_buf_puts(&b, "prefix/") == RELKG_OK && relkg_slug(&b, s, n) == RELKG_OK;
	const char *got = b.data + 7;
	if (wl <= RELKG_SLUG_MAX) {
		ok = ok && strcmp(got, want) == 0;
	} else { /* capped: the model's first bytes, '-', 8 hex digits */
		size_t gl = strlen(got);
		ok = ok && gl > 9 && gl - 9 <= RELKG_SLUG_KEEP && strncmp(got, want, gl - 9) == 0 &&
		     got[gl - 9] == '-';
	}
	ok = ok && strncmp(b.data, "prefix/", 7) == 0;
	if (!ok) {
		fprintf(stderr, "  slug [%.*s] -> [%s], model [%s]\n", (int)n, s, got, want);
	}
	relkg_buf_clear(&b);
	free(want);
	return ok;
}

static unsigned long rng = 12345;

static unsigned next(void)
{
	rng = (rng * 1103515245UL + 12345UL) & 0x7FFFFFFFUL;
	return (unsigned)(rng >> 8);
}

int main(void)
{
	static const char *const fixed[] = {
		"", "a", "A", "'", "O'Brien", "--x--", "x  y", "Hello, World!", "99 Red-Balloons",
		"ALL CAPS NAME", "  lead and trail  ", "a'b'c", "tab\there", "S\xc3\xa3o Tom\xc3\xa9",
		"Caf\xc3\xa9 O\xe2\x80\x99Neil", "\xc3\x85land", "\xe6\x9d\xb1\xe4\xba\xac",
	};
	for (size_t i = 0; i < sizeof(fixed) / sizeof(*fixed); ++i) {
		OK(agrees(fixed[i], strlen(fixed[i])), "slug of fixed name %zu agrees", i);
	}
	OK(agrees("a\0b", 3), "slug with NUL agrees");
	static const char alphabet[] = "aZ09 -'.,;:/_()&\t\n\"!?#%~^xyQR";
	size_t bad = 0;
	char s[400];
	for (int t = 0; t < 20000; ++t) {
		size_t n = next() % (t % 50 == 0 ? 400 : 40);
		for (size_t i = 0; i < n; ++i) {
			s[i] = next() % 97 == 0 ? '\0' : alphabet[next() % (sizeof(alphabet) - 1)];
		}
		bad += !agrees(s, n);
	}
	EQ_INT(bad, 0);
	return DONE();
}
