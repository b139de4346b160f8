/* relkg_rdfterm_iri_plain (the graph stores such an IRI as given) against
 * the repair it stands for: whenever it says 1, relkg_rdfterm_iri must
 * append the IRI unchanged.  Every byte after "scheme://host/", random
 * IRIs over the bytes that matter to the repair ('%', '#', '[', ']', '/',
 * '?', controls, UTF-8), and the IRIs relkg builds for its nodes. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "harness.h"
#include "rdfterm.h"

/* Does relkg_rdfterm_iri leave s[0..n) as it is? */
static int repair_keeps(const char *s, size_t n)
{
	relkg_buf b;
	relkg_buf_init(&b);
	int same = relkg_rdfterm_iri(&b, s, n) == RELKG_OK && b.len == n &&
		   memcmp(b.data, s, n) == 0;
	relkg_buf_clear(&b);
	return same;
}

/* plain(s) implies that the repair keeps s. */
static int sound(const char *s, size_t n)
{
	int ok = !relkg_rdfterm_iri_plain(s, n) || repair_keeps(s, n);
	if (!ok) {
		fprintf(stderr, "  plain but repaired: [%.*s]\n", (int)n, s);
	}
	return ok;
}

static void test_bytes(void)
{
	size_t bad = 0, plain = 0;
	for (int c = 1; c < 256; ++c) {
		char s[32];
		int n = snprintf(s, sizeof(s), "http://example.org/a%cb", c);
		bad += !sound(s, (size_t)n);
		plain += relkg_rdfterm_iri_plain(s, (size_t)n);
	}
	EQ_INT(bad, 0);
	OK(plain > 70, "most printable ASCII bytes are plain (%zu)", plain);
}

static unsigned long rng = 4242;

static unsigned next(void)
{
	rng = (rng * 1103515245UL + 12345UL) & 0x7FFFFFFFUL;
	return (unsigned)(rng >> 8);
}

static void test_random(void)
{
	static const char *const heads[] = {"http://", "https://w3id.org/relkg/id/", "urn:x://",
		"h1+.-x://", "1http://", "http:/", "http:", "://", "mailto://", ""};
	static const char alphabet[] = "aZ09-._~:/?#[]@!$&'()*+,;=%%AF \"<>\\^`{|}\x7f\x01";
	static const char *const utf8[] = {"\xc3\xa9", "\xe2\x80\x93", "\xff", "\xc3"};
	size_t bad = 0, plain = 0, tails = 0, split = 0;
	char s[200];
	for (int t = 0; t < 50000; ++t) {
		const char *h = heads[next() % (sizeof(heads) / sizeof(*heads))];
		size_t n = strlen(h);
		memcpy(s, h, n);
		for (size_t k = next() % 40; k > 0; --k) {
			if (next() % 30 == 0) {
				const char *u = utf8[next() % 4];
				memcpy(s + n, u, strlen(u));
				n += strlen(u);
			} else {
				s[n++] = alphabet[next() % (sizeof(alphabet) - 1)];
			}
		}
		bad += !sound(s, n);
		plain += relkg_rdfterm_iri_plain(s, n);
		/* split after any plain prefix with no '#' (plain: it ends after
		 * its "scheme://"): the rest decides as the whole does */
		for (size_t k = 1; k <= n; ++k) {
			if (relkg_rdfterm_iri_plain(s, k) && !memchr(s, '#', k)) {
				int hashes = relkg_rdfterm_iri_plain_tail(s + k, n - k);
				tails += (hashes == 0 || hashes == 1) != relkg_rdfterm_iri_plain(s, n);
				++split;
			}
		}
	}
	EQ_INT(tails, 0);
	OK(split > 10000, "prefixes tried: %zu", split);
	EQ_INT(bad, 0);
	OK(plain > 1000, "some random IRIs are plain (%zu)", plain);
}

static void test_relkg_iris(void)
{
	static const char *const iris[] = {
		"https://w3id.org/relkg/id/article/estonia-russia-relations-bench-0#char=36,124",
		"https://w3id.org/relkg/id/event/visit-keizo-obuchi-russia-1998-11",
		"https://w3id.org/relkg/id/article/japan-russia-relations#section-2.1",
		"https://w3id.org/relkg/id/rule/event-trigger-subject",
		"http://example.org/x?q=1&r=2#frag",
	};
	for (size_t i = 0; i < sizeof(iris) / sizeof(*iris); ++i) {
		OK(relkg_rdfterm_iri_plain(iris[i], strlen(iris[i])), "iri %zu is plain", i);
		OK(repair_keeps(iris[i], strlen(iris[i])), "iri %zu is kept", i);
	}
	static const char *const not_plain[] = {
		"https://x/a#b#c", "https://x/a%20b", "https://x/[a]", "https://x/\xc3\xa9",
		"https://x/a b", "relkg:Person", "_:b0", "http:x", "",
	};
	for (size_t i = 0; i < sizeof(not_plain) / sizeof(*not_plain); ++i) {
		OK(!relkg_rdfterm_iri_plain(not_plain[i], strlen(not_plain[i])), "iri %zu is not plain",
		   i);
	}
}

int main(void)
{
	test_bytes();
	test_random();
	test_relkg_iris();
	return DONE();
}
