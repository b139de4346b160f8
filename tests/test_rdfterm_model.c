/* rdfterm's fast paths (a byte-class table, whole runs appended at once,
 * printable ASCII skipped in literals) against a reference model: the
 * plain character-by-character walk rdfterm.c used before, written out
 * here from the policy in rdfterm.h.  Both must give the same bytes and
 * the same status on every input: targeted cases for each rule ('%', a
 * second '#', '[' ']' inside and outside the authority, '/' and '?'
 * ending it, forbidden ASCII, invalid UTF-8, C1 controls, NFC, NUL), then
 * many deterministic pseudo-random strings over an alphabet of exactly
 * those pieces. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "harness.h"
#include "rdfterm.h"

/* ---- the reference model ------------------------------------------ */

static void put(relkg_buf *out, const char *s, size_t n)
{
	if (relkg_buf_append(out, s, n) != RELKG_OK) {
		abort();
	}
}

/* Same decoder contract as rdfterm.c: length of the sequence with *cp, or
 * the maximal invalid subpart with *cp = -1. */
static size_t ref_utf8(const unsigned char *s, size_t n, long *cp)
{
	utf8proc_int32_t c;
	*cp = -1;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)n, &c);
	if (k > 0) {
		*cp = c;
		return (size_t)k;
	}
	/* maximal subpart: the lead byte plus the continuation bytes that can
	 * still start a valid sequence */
	size_t want = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
	if (s[0] < 0xC2 || s[0] > 0xF4) {
		return 1;
	}
	size_t i = 1;
	for (; i < want && i < n; ++i) {
		unsigned char lo = 0x80, hi = 0xBF;
		if (i == 1) {
			lo = s[0] == 0xE0 ? 0xA0 : s[0] == 0xF0 ? 0x90 : 0x80;
			hi = s[0] == 0xED ? 0x9F : s[0] == 0xF4 ? 0x8F : 0xBF;
		}
		if (s[i] < lo || s[i] > hi) {
			break;
		}
	}
	return i;
}

static int ref_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static size_t ref_scheme(const char *s, size_t n)
{
	if (n == 0 || !strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", s[0]) ||
	    s[0] == '\0') {
		return 0;
	}
	for (size_t i = 1; i < n; ++i) {
		if (s[i] == ':') {
			return i;
		}
		if (s[i] == '\0' || !strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					    "0123456789+-.", s[i])) {
			return 0;
		}
	}
	return 0;
}

static int ref_ucs(long cp)
{
	return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
	       (cp >= 0xFDF0 && cp <= 0xFFEF) || (cp >= 0xE000 && cp <= 0xF8FF) ||
	       (cp >= 0x10000 && cp <= 0x10FFFF && (cp & 0xFFFF) <= 0xFFFD);
}

static void ref_pct(relkg_buf *out, const unsigned char *s, size_t k)
{
	for (size_t j = 0; j < k; ++j) {
		char e[4];
		snprintf(e, sizeof(e), "%%%02X", s[j]);
		put(out, e, 3);
	}
}

/* One character at a time, as rdfterm.c did before the class table. */
static relkg_status ref_walk(relkg_buf *out, const char *s, size_t n)
{
	size_t sl = ref_scheme(s, n);
	if (sl == 0) {
		return RELKG_ERR_ARG;
	}
	size_t auth = sl + 3;
	int in_auth = n >= sl + 3 && s[sl + 1] == '/' && s[sl + 2] == '/', in_frag = 0;
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		long cp;
		size_t k = ref_utf8(u + i, n - i, &cp);
		int esc;
		if (cp < 0) {
			esc = 1;
		} else if (cp >= 0x80) {
			esc = !ref_ucs(cp);
		} else if (cp <= 0x20 || cp == 0x7F || strchr("<>\"{}|^`\\", (int)cp)) {
			esc = 1;
		} else if (cp == '%') {
			esc = !(i + 2 < n && ref_hex(u[i + 1]) && ref_hex(u[i + 2]));
		} else if (cp == '#') {
			esc = in_frag;
			in_frag = 1;
			in_auth = 0;
		} else {
			if (in_auth && i >= auth && (cp == '/' || cp == '?')) {
				in_auth = 0;
			}
			esc = (cp == '[' || cp == ']') && !in_auth;
		}
		if (i <= sl) {
			esc = 0;
		}
		if (esc) {
			ref_pct(out, u + i, k);
		} else {
			put(out, s + i, k);
		}
		i += k;
	}
	return RELKG_OK;
}

static int ref_valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		long cp;
		i += ref_utf8((const unsigned char *)s + i, n - i, &cp);
		if (cp < 0) {
			return 0;
		}
	}
	return 1;
}

static relkg_status ref_iri(relkg_buf *out, const char *s, size_t n)
{
	if (memchr(s, '\0', n) || !ref_valid_utf8(s, n)) {
		return ref_walk(out, s, n);
	}
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (m < 0) {
		return ref_walk(out, s, n);
	}
	relkg_status st = ref_walk(out, (const char *)nfc, (size_t)m);
	free(nfc);
	return st;
}

static void ref_literal(relkg_buf *out, const char *s, size_t n, size_t *fixed)
{
	*fixed = 0;
	put(out, "", 0);
	for (size_t i = 0; i < n;) {
		long cp;
		size_t k = ref_utf8((const unsigned char *)s + i, n - i, &cp);
		if (cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
		    cp == 0xFFFE || cp == 0xFFFF) {
			put(out, "\xEF\xBF\xBD", 3);
			++*fixed;
		} else {
			put(out, s + i, k);
		}
		i += k;
	}
}

/* ---- comparisons --------------------------------------------------- */

static int same_iri(const char *s, size_t n)
{
	relkg_buf a, b;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	relkg_status sa = relkg_rdfterm_iri(&a, s, n);
	relkg_status sb = ref_iri(&b, s, n);
	int same = sa == sb && (sa != RELKG_OK || (a.len == b.len && memcmp(a.data, b.data, a.len) == 0));
	if (same && sa == RELKG_OK) {
		/* relkg_rdfterm_iri_valid walks without copying: it must say
		 * "unchanged" exactly when the walk changed nothing (NFC aside) */
		relkg_buf w;
		relkg_buf_init(&w);
		int plain = ref_walk(&w, s, n) == RELKG_OK && w.len == n && memcmp(w.data, s, n) == 0;
		same = relkg_rdfterm_iri_valid(s, n) == plain;
		relkg_buf_clear(&w);
	}
	if (!same) {
		fprintf(stderr, "  IRI [%.*s] -> [%s] (%d), model [%s] (%d)\n", (int)n, s,
			a.data ? a.data : "", (int)sa, b.data ? b.data : "", (int)sb);
	}
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	return same;
}

static int same_literal(const char *s, size_t n)
{
	relkg_buf a, b;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	size_t fa = 0, fb = 0;
	relkg_status st = relkg_rdfterm_literal(&a, s, n, &fa);
	ref_literal(&b, s, n, &fb);
	int same = st == RELKG_OK && fa == fb && a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	return same;
}

static const char *const cases[] = {
	"http://example/plain/path?q=1&r=2#frag",
	"https://w3id.org/relkg/id/person/some-name",
	"http://example/a b<c>d\"e{f}g|h^i`j\\k",
	"http://example/100%", "http://example/%4", "http://example/%41%zz%4g%",
	"http://example/%", "http://example/%%41",
	"http://example/a#b#c", "http://example/#", "http://example/##",
	"http://[::1]:80/[x]", "http://[::1]/a#[b]", "http://host[1]?q=[2]",
	"http://a[b]c/d[e]", "http://a?[b]", "http://a#[b]", "http:[x]", "http:/[x]",
	"urn:x:[a]", "mailto:a[b]@c", "http://a/b?c#d?e/f[g]",
	"http://example/\x01\x1f\x7f", "http://example/\xff\xfe", "http://example/\xc0\xaf",
	"http://example/\xed\xa0\x80", "http://example/\xef\xbf\xbf", "http://example/\xc2\x85",
	"http://example/\xc2\xa0", "http://example/\xf0\x9f\x98\x80",
	"http://example/\xf4\x90\x80\x80", "http://example/\xe0\x80", "http://example/\xe2\x82",
	"http://example/Cafe\xcc\x81", "http://example/e\xcc\x81#e\xcc\x81",
	"http://example/\xef\xb7\x90", "http://example/\xf3\xb0\x80\x80",
	"HTTP+x.y-z://ok", "a:", "a:b", "1a:b", "a b:c", ":x", "", "x",
};

static void test_cases(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); ++i) {
		OK(same_iri(cases[i], strlen(cases[i])), "IRI case %zu agrees with the model", i);
		OK(same_literal(cases[i], strlen(cases[i])), "literal case %zu agrees", i);
	}
	static const char nul[] = "http://example/a\0b%00";
	OK(same_iri(nul, sizeof(nul) - 1), "IRI with NUL agrees with the model");
	OK(same_literal(nul, sizeof(nul) - 1), "literal with NUL agrees with the model");
}

/* Pieces the random strings are made of: each rule's trigger. */
static const char *const pieces[] = {
	"a", "Z", "0", "9", "f", "-", ".", "_", "~", ":", "/", "//", "?", "#", "%", "%4", "%41",
	"%g1", "[", "]", "@", "!", "=", "&", " ", "<", ">", "\"", "{", "}", "|", "^", "`", "\\",
	"\t", "\n", "\x7f", "\x01", "\xc3\xa9", "e\xcc\x81", "\xcc\x81", "\xc2\x85", "\xc2\xa0",
	"\xe2\x80\x8b", "\xef\xbf\xbd", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xed\xa0\x80",
	"\xf0\x9f\x98\x80", "\xf0\x9f\xbf\xbf", "\xff", "\xc3", "\xe2\x82", "\xc0\xaf",
	"\xee\x80\x80", "\xef\xb7\x90", "\xea\xb0\x80", "\xe1\x84\x80\xe1\x85\xa1",
};

static unsigned long rng = 0x2545F491UL;

static unsigned next(void)
{
	rng = (rng * 1103515245UL + 12345UL) & 0x7FFFFFFFUL;
	return (unsigned)(rng >> 8);
}

static void test_random(void)
{
	static const char *const heads[] = {"http://", "http://h", "https://w3id.org/x/",
					    "urn:", "x:", "a+b:", "http:", ""};
	size_t bad_iri = 0, bad_lit = 0, n_tests = 20000;
	char s[256];
	for (size_t t = 0; t < n_tests; ++t) {
		size_t n = 0;
		const char *h = heads[next() % (sizeof(heads) / sizeof(*heads))];
		memcpy(s, h, strlen(h));
		n = strlen(h);
		size_t parts = next() % 12;
		for (size_t j = 0; j < parts; ++j) {
			const char *p = pieces[next() % (sizeof(pieces) / sizeof(*pieces))];
			size_t l = strlen(p);
			memcpy(s + n, p, l);
			n += l;
		}
		if (next() % 16 == 0) {
			s[n++] = '\0'; /* a NUL inside */
			s[n++] = 'x';
		}
		bad_iri += !same_iri(s, n);
		bad_lit += !same_literal(s, n);
	}
	EQ_INT(bad_iri, 0);
	EQ_INT(bad_lit, 0);
}

int main(void)
{
	test_cases();
	test_random();
	return DONE();
}
