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

int main(void)
{
	test_latin();
	test_punctuation();
	test_non_latin();
	test_invalid();
	test_deterministic();
	test_entity();
	return DONE();
}
