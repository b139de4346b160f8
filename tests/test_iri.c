/* Slugs and entity IRIs: deterministic, case- and accent-folded, safe in
 * an IRI path. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "iri.h"

/* The slug of s, malloc'd ("(error N)" when the slug fails). */
static char *slug(const char *s)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_slug(&b, s, strlen(s));
	if (st != RELKG_OK) {
		relkg_buf_clear(&b);
		char *e = malloc(32);
		snprintf(e, 32, "(error %d)", (int)st);
		return e;
	}
	return b.data ? relkg_buf_steal(&b) : relkg_strndup("", 0);
}

#define SLUG(in, want)                  \
	do {                            \
		char *got_ = slug(in);  \
		EQ_STR(got_, want);     \
		free(got_);             \
	} while (0)

static void test_latin(void)
{
	SLUG("Keizō Obuchi", "keizo-obuchi");
	SLUG("Japan", "japan");
	SLUG("São Tomé and Príncipe", "sao-tome-and-principe");
	SLUG("İstanbul", "istanbul");
	SLUG("Straße", "strasse"); /* case folding expands ß */
	SLUG("Łódź", "lodz");      /* a stroke is no mark: Ł takes its ASCII spelling */
	SLUG("Đỗ Mười", "do-muoi");
	SLUG("Søren Kierkegaard", "soren-kierkegaard");
	SLUG("Æsir Œuvre", "aesir-oeuvre");
	SLUG("Ħamrun", "hamrun");
}

static void test_punctuation(void)
{
	SLUG("  Hello,  World!  ", "hello-world"); /* no leading or trailing '-' */
	SLUG("Saint-Pierre & Miquelon", "saint-pierre-miquelon");
	SLUG("O'Brien", "obrien");             /* apostrophes vanish */
	SLUG("Côte d’Ivoire", "cote-divoire"); /* typographic apostrophe too */
	SLUG("Treaty (1956) — text", "treaty-1956-text");
	SLUG("1.2.1", "1-2-1");
	SLUG("---", "");
	SLUG("", "");
}

static void test_non_latin(void)
{
	SLUG("Москва", "москва");
	SLUG("МОСКВА", "москва");
	SLUG("Ελλάδα", "ελλαδα"); /* accents stripped in Greek as well */
	SLUG("東京都", "東京都");
	SLUG("Россия и Япония", "россия-и-япония");
}

static void test_invalid(void)
{
	SLUG("a\xff" "b", "(error 5)");
	EQ_INT(RELKG_ERR_ENCODING, 5);
}

static void test_deterministic(void)
{
	/* Composed and decomposed spellings give the same slug. */
	SLUG("Keize\xcc\x84", "keize");
	char *a = slug("Ko\xcc\x84" "be"), *b = slug("Kōbe");
	EQ_STR(a, b);
	free(a);
	free(b);
}

static void test_entity(void)
{
	relkg_buf b;
	relkg_buf_init(&b);
	OK(relkg_buf_puts(&b, "left over") == RELKG_OK, "prefill");
	const char *name = "Keizō Obuchi";
	EQ_INT(relkg_iri_entity(&b, "https://w3id.org/relkg/id/", "person", name, strlen(name)),
	       RELKG_OK);
	EQ_STR(b.data, "https://w3id.org/relkg/id/person/keizo-obuchi");
	EQ_INT(relkg_iri_entity(&b, "http://example.org/kg/", "country", "Japan and more", 5),
	       RELKG_OK);
	EQ_STR(b.data, "http://example.org/kg/country/japan");
	relkg_buf_clear(&b);
}

/* The ASCII path (no branch on the text) makes what the general path
 * makes, on random ASCII: words, separators, apostrophes, at both ends,
 * appended after what the buffer holds, and long enough to be capped. */
static void test_ascii_random(void)
{
	static const char alpha[] = "aZ09 -'.x\t,Q";
	char s[301];
	size_t bad = 0;
	srand(3);
	for (int round = 0; round < 3000; ++round) {
		size_t n = (size_t)(rand() % (round % 10 == 0 ? 300 : 24));
		random_text(s, n, alpha, sizeof(alpha) - 1);
		relkg_buf a, b;
		relkg_buf_init(&a);
		relkg_buf_init(&b);
		if (round % 2) { /* after a prefix */
			bad += relkg_buf_puts(&a, "pre/") != RELKG_OK || relkg_buf_puts(&b, "pre/") != RELKG_OK;
		}
		bad += relkg_slug(&a, s, n) != RELKG_OK || relkg_slug_general(&b, s, n) != RELKG_OK;
		bad += a.len != b.len || (a.len && memcmp(a.data, b.data, a.len) != 0) ||
		       (a.data && a.data[a.len] != '\0');
		relkg_buf_clear(&a);
		relkg_buf_clear(&b);
	}
	EQ_INT(bad, 0);
}

int main(void)
{
	test_ascii_random();
	test_latin();
	test_punctuation();
	test_non_latin();
	test_invalid();
	test_deterministic();
	test_entity();
	return DONE();
}
