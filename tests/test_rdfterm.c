/* rdfterm: terms made valid before they reach raptor.  Written from the
 * N-Triples and Turtle grammars (RDF 1.1):
 *   IRIREF  ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
 *   LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
 *   STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'
 *   BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
 *   INTEGER ::= [+-]? [0-9]+   DECIMAL ::= [+-]? [0-9]* '.' [0-9]+
 * and from the W3C negative syntax tests for IRIs and literals (the bad
 * term of each is given here as data, already unescaped).  Last, every
 * hostile term goes through the graph and raptor into N-Triples and
 * Turtle, and serdi must read the result back. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "format.h"
#include "graph.h"
#include "harness.h"
#include "rdfterm.h"
#include "sink_raptor.h"

/* An independent IRIREF check (grammar above) plus "has a scheme". */
static int iriref_ok(const char *s)
{
	const char *colon = strchr(s, ':');
	if (!colon || colon == s) {
		return 0;
	}
	for (const unsigned char *p = (const unsigned char *)s; *p; ++p) {
		if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p)) {
			return 0;
		}
		if (*p == '%' && !(isxdigit(p[1]) && isxdigit(p[2]))) {
			return 0;
		}
	}
	return 1;
}

static char *iri(const char *s)
{
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_rdfterm_iri(&b, s, strlen(s)) != RELKG_OK) {
		relkg_buf_clear(&b);
		return NULL;
	}
	return relkg_buf_steal(&b);
}

static char *lit(const char *s, size_t n, size_t *fixed)
{
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_rdfterm_literal(&b, s, n, fixed) != RELKG_OK) {
		relkg_buf_clear(&b);
		return NULL;
	}
	return relkg_buf_steal(&b);
}

static char *typed(const char *lex, const char *dt)
{
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_rdfterm_typed(&b, lex, dt) != RELKG_OK) {
		relkg_buf_clear(&b);
		return NULL;
	}
	return relkg_buf_steal(&b);
}

/* W3C nt-syntax-bad-uri-*, turtle-syntax-bad-uri-* and friends: IRIs with
 * characters IRIREF forbids.  Each must come out valid. */
static const char *const bad_iris[] = {
	"http://example/ space",             /* nt-syntax-bad-uri-01 */
	"http://example/\\u00ZZ11",          /* -02: a broken UCHAR, taken literally */
	"http://example/\\U00ZZ1111",        /* -03 */
	"http://example/\n",                 /* -04 */
	"http://example/\\/",                /* -05 */
	"http://example/<>\"{}|^`\\",
	"http://example/a#b#c",              /* a second '#' */
	"http://example/100%",               /* bare '%' */
	"http://example/%zz",
	"http://example/[x]",                /* brackets outside the host */
	"http://example/\x01\x1f\x7f",
	"http://example/\xff\xfe",           /* invalid UTF-8 */
	"http://example/\xc0\xaf",           /* overlong '/' */
	"http://example/\xed\xa0\x80",       /* surrogate */
	"http://example/\xef\xbf\xbf",       /* U+FFFF */
	"http://example/\xc2\x85",           /* U+0085, a C1 control */
	"http://example/\xf0\x9f\x98\x80",   /* emoji: allowed */
};

/* nt-syntax-bad-uri-06..09: relative IRIs.  Refused. */
static const char *const relative_iris[] = {
	"s", "p", "o", "", "//example/x", ":x", "1http://x", "http//x", "/a:b",
};

static void test_iris(void)
{
	for (size_t i = 0; i < sizeof(bad_iris) / sizeof(*bad_iris); ++i) {
		char *r = iri(bad_iris[i]);
		OK(r && iriref_ok(r), "bad IRI %zu repaired to valid: %s", i, r ? r : "(null)");
		OK(r && relkg_rdfterm_iri_valid(r, strlen(r)), "repaired IRI %zu is stable", i);
		char *again = r ? iri(r) : NULL;
		OK(again && strcmp(again, r) == 0, "IRI repair %zu is idempotent", i);
		free(again);
		free(r);
	}
	for (size_t i = 0; i < sizeof(relative_iris) / sizeof(*relative_iris); ++i) {
		char *r = iri(relative_iris[i]);
		OK(r == NULL, "relative IRI '%s' refused", relative_iris[i]);
		free(r);
	}
	char *r = iri("http://example/ space");
	EQ_STR(r, "http://example/%20space");
	free(r);
	r = iri("http://example/a#b#c");
	EQ_STR(r, "http://example/a#b%23c");
	free(r);
	r = iri("http://example/100%");
	EQ_STR(r, "http://example/100%25");
	free(r);
	r = iri("http://example/%41");
	EQ_STR(r, "http://example/%41");
	free(r);
	r = iri("http://[::1]:80/[x]");
	EQ_STR(r, "http://[::1]:80/%5Bx%5D");
	free(r);
	r = iri("http://example/\xff");
	EQ_STR(r, "http://example/%FF");
	free(r);
	r = iri("http://example/\xc2\x85");
	EQ_STR(r, "http://example/%C2%85");
	free(r);
	/* NFC: "e" + COMBINING ACUTE becomes U+00E9 */
	r = iri("http://example/Cafe\xcc\x81");
	EQ_STR(r, "http://example/Caf\xc3\xa9");
	free(r);
	r = iri("urn:x-relkg:ok");
	EQ_STR(r, "urn:x-relkg:ok");
	free(r);
	relkg_buf b;
	relkg_buf_init(&b);
	const char nul[] = "http://example/a\0b";
	EQ_INT(relkg_rdfterm_iri(&b, nul, sizeof(nul) - 1), RELKG_OK);
	EQ_STR(b.data, "http://example/a%00b");
	relkg_buf_clear(&b);
	OK(!relkg_rdfterm_iri_valid("http://x/ y", 11), "space is not valid");
	OK(relkg_rdfterm_iri_valid("http://x/y?q=1#f", 16), "plain IRI is valid");
}

/* Literals: nt-syntax-bad-string-* are about quoting, which the serializer
 * does; what reaches it must be valid UTF-8 without NUL.  Each kind of
 * invalid UTF-8 becomes U+FFFD per maximal subpart. */
static void test_literals(void)
{
	size_t fixed = 0;
	char *r = lit("plain \"quoted\" \\ <>{}|^`%~# \n\r\t", 31, &fixed);
	EQ_STR(r, "plain \"quoted\" \\ <>{}|^`%~# \n\r\t");
	EQ_INT(fixed, 0);
	free(r);
	static const struct {
		const char *in;
		size_t n;
		const char *want;
		size_t fixed;
	} cases[] = {
		{"a\0b", 3, "a\xef\xbf\xbd" "b", 1},                     /* NUL */
		{"a\x80z", 3, "a\xef\xbf\xbdz", 1},                      /* stray continuation */
		{"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2},          /* overlong */
		{"\xe0\x80\xaf", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3},
		{"\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3}, /* surrogate */
		{"ab\xe2\x82", 4, "ab\xef\xbf\xbd", 1},                  /* truncated */
		{"\xef\xbf\xbf", 3, "\xef\xbf\xbd", 1},                  /* U+FFFF */
		{"\xef\xbf\xbe", 3, "\xef\xbf\xbd", 1},                  /* U+FFFE */
		{"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4},
		{"\x01\x1b[0m", 5, "\xef\xbf\xbd\xef\xbf\xbd[0m", 2},    /* controls */
		{"\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80", 0},          /* emoji kept */
		{"\x7f", 1, "\x7f", 0},                                  /* DEL is legal */
		{"", 0, "", 0},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); ++i) {
		r = lit(cases[i].in, cases[i].n, &fixed);
		OK(r && strcmp(r, cases[i].want) == 0, "literal case %zu", i);
		EQ_INT(fixed, cases[i].fixed);
		free(r);
	}
}

static void test_langs(void)
{
	static const char *const good[] = {"en", "EN", "en-US", "zh-Hant-TW", "de-CH-1901",
		"sl-rozaj-biske", "x-private", "i-klingon", "en-a-bbb-x-a", "es-419",
		"zh-yue-HK", "en-x-1"};
	/* turtle-syntax-bad-lang-01 ("@1"), LANGTAG violations, BCP 47 shape */
	static const char *const bad[] = {"", "1", "en-", "-en", "en--us", "en_US", "en us",
		"e\xc3\xa9", "abcdefghi", "en-abcdefghi", "x", "en-a", "en-a-x", "q-x",
		"en-US-x", "12-en"};
	for (size_t i = 0; i < sizeof(good) / sizeof(*good); ++i) {
		OK(relkg_rdfterm_lang_valid(good[i]), "lang '%s' accepted", good[i]);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); ++i) {
		OK(!relkg_rdfterm_lang_valid(bad[i]), "lang '%s' refused", bad[i]);
	}
	char longtag[300];
	memset(longtag, 'a', sizeof(longtag));
	for (size_t i = 2; i < sizeof(longtag) - 1; i += 3) {
		longtag[i] = '-';
	}
	longtag[sizeof(longtag) - 1] = '\0';
	OK(!relkg_rdfterm_lang_valid(longtag), "300-byte tag refused (raptor overflows)");
	longtag[RELKG_LANG_MAX + 1] = '\0';
	OK(!relkg_rdfterm_lang_valid(longtag), "tag over RELKG_LANG_MAX refused");
	relkg_buf b;
	relkg_buf_init(&b);
	EQ_INT(relkg_rdfterm_lang(&b, "EN-Latn-GB"), RELKG_OK);
	EQ_STR(b.data, "en-latn-gb");
	EQ_INT(relkg_rdfterm_lang(&b, "en us"), RELKG_ERR_ARG);
	relkg_buf_clear(&b);
}

static void test_numbers(void)
{
	static const struct {
		const char *lex, *dt, *want; /* want NULL: refused */
	} cases[] = {
		{"7", "integer", "7"},       {"+007", "integer", "7"},
		{"-0", "integer", "0"},      {"-12", "integer", "-12"},
		{"000", "integer", "0"},     {"1.0", "integer", NULL},
		{"1e3", "integer", NULL},    {"", "integer", NULL},
		{"+", "integer", NULL},      {" 1", "integer", NULL},
		{"0x10", "integer", NULL},   {"12", "nonNegativeInteger", "12"},
		{"-0", "nonNegativeInteger", "0"}, {"-1", "nonNegativeInteger", NULL},
		{"5", "decimal", "5.0"},     {"5.", "decimal", "5.0"},
		{".5", "decimal", "0.5"},    {"-0.0", "decimal", "0.0"},
		{"01.2300", "decimal", "1.23"}, {"-.50", "decimal", "-0.5"},
		{".", "decimal", NULL},      {"1.2.3", "decimal", NULL},
		{"1e5", "decimal", NULL},    {"NaN", "decimal", NULL},
		{"123456789012345678901234567890", "integer", "123456789012345678901234567890"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); ++i) {
		char dt[128];
		snprintf(dt, sizeof(dt), "%s%s", RELKG_XSD, cases[i].dt);
		char *r = typed(cases[i].lex, dt);
		if (cases[i].want) {
			OK(r && strcmp(r, cases[i].want) == 0, "\"%s\"^^xsd:%s -> %s, want %s",
			   cases[i].lex, cases[i].dt, r ? r : "(refused)", cases[i].want);
		} else {
			OK(r == NULL, "\"%s\"^^xsd:%s refused, got %s", cases[i].lex, cases[i].dt,
			   r ? r : "");
		}
		free(r);
	}
	char *r = typed("1999\xff", RELKG_XSD "gYear");
	EQ_STR(r, "1999\xef\xbf\xbd"); /* other types: literal repair only */
	free(r);
}

static void test_blank(void)
{
	relkg_buf b;
	relkg_buf_init(&b);
	EQ_INT(relkg_rdfterm_blank(&b, "a b.c-\xc3\xa9"), RELKG_OK);
	EQ_STR(b.data, RELKG_BLANK_PREFIX "a_20b_2Ec_2D_C3_A9");
	b.len = 0;
	EQ_INT(relkg_rdfterm_blank(&b, ""), RELKG_OK);
	EQ_STR(b.data, RELKG_BLANK_PREFIX);
	relkg_buf_clear(&b);
}

/* The graph refuses what cannot be repaired and repairs the rest. */
static void test_graph(void)
{
	relkg_graph *g = relkg_graph_new();
	EQ_INT(relkg_graph_text(g, "http://x/s", "rdfs:label", "a", 1, "1"), RELKG_ERR_ARG);
	EQ_INT(relkg_graph_typed(g, "http://x/s", "rdfs:label", "x", "xsd:integer"),
	       RELKG_ERR_ARG);
	EQ_INT(relkg_graph_iri(g, "http://x/s", "rdfs:seeAlso", "relative"), RELKG_ERR_ARG);
	EQ_INT(relkg_graph_iri(g, "http://x/s p", "rdfs:seeAlso", "http://x/<o>"), RELKG_OK);
	OK(relkg_graph_has(g, "http://x/s p", "rdfs:seeAlso"), "has() normalizes the same way");
	OK(relkg_graph_has(g, "http://x/s%20p", "rdfs:seeAlso"), "stored repaired");
	relkg_graph_free(g);
}

/* Every hostile term through graph -> raptor -> file; serdi reads it. */
static int add_hostile(relkg_graph *g)
{
	static const char text[] = "NUL\0 \x80 \xc0\xaf \xed\xa0\x80 \xef\xbf\xbf \x01 \"\"\" "
				   "'''\" \\ \\u0000 <>{}|^`%~# \r\n emoji \xf0\x9f\x98\x80 end\"";
	const char *s = "http://example/s";
	int bad = 0;
	for (size_t i = 0; i < sizeof(bad_iris) / sizeof(*bad_iris); ++i) {
		bad |= relkg_graph_iri(g, s, "rdfs:seeAlso", bad_iris[i]) != RELKG_OK;
		bad |= relkg_graph_iri(g, bad_iris[i], "rdfs:seeAlso", s) != RELKG_OK;
	}
	bad |= relkg_graph_text(g, s, "rdfs:label", text, sizeof(text) - 1, "en") != RELKG_OK;
	bad |= relkg_graph_text(g, s, "rdfs:comment", text, sizeof(text) - 1, NULL) != RELKG_OK;
	bad |= relkg_graph_text(g, s, "rdfs:comment", "ends in quote\"", 14, NULL) != RELKG_OK;
	bad |= relkg_graph_text(g, s, "rdfs:comment", "two\nlines\"", 10, NULL) != RELKG_OK;
	bad |= relkg_graph_typed(g, s, "rdf:value", "+5", "xsd:decimal") != RELKG_OK;
	bad |= relkg_graph_typed(g, s, "rdf:value", "-0", "xsd:integer") != RELKG_OK;
	bad |= relkg_graph_uint(g, s, "rdf:value", 42, "xsd:nonNegativeInteger") != RELKG_OK;
	bad |= relkg_graph_iri(g, "_:x y.", "rdfs:seeAlso", "_:.") != RELKG_OK;
	return bad;
}

static int serialize(const char *format, const char *path)
{
	FILE *fh = fopen(path, "wb");
	if (!fh) {
		return 1;
	}
	relkg_graph *g = relkg_graph_new();
	relkg_sink sink;
	int bad = add_hostile(g);
	if (relkg_sink_raptor_new(&sink, relkg_format_by_name(format), fh, "http://example/id/")) {
		bad = 1;
	} else {
		bad |= relkg_graph_flush(g, &sink, "http://example/g") != RELKG_OK;
		bad |= relkg_sink_raptor_finish(&sink) != RELKG_OK;
		sink.free(sink.handle);
	}
	relkg_graph_free(g);
	bad |= fclose(fh) != 0;
	return bad;
}

static void test_roundtrip(void)
{
	if (system("command -v serdi >/dev/null 2>&1") != 0) {
		OK(0, "serdi is needed (scripts/deps.sh installs it)");
		return;
	}
	static const char *const fmts[][2] = {{"ntriples", "ntriples"}, {"turtle", "turtle"},
					      {"nquads", "nquads"}};
	for (size_t i = 0; i < 3; ++i) {
		char path[64], cmd[256];
		snprintf(path, sizeof(path), "/tmp/relkg-rdfterm-%ld.%s", (long)getpid(), fmts[i][0]);
		EQ_INT(serialize(fmts[i][0], path), 0);
		snprintf(cmd, sizeof(cmd),
			 "serdi -i %s -o ntriples %s >/dev/null 2>%s.err && ! test -s %s.err",
			 fmts[i][1], path, path, path);
		int rc = system(cmd);
		OK(rc == 0, "serdi re-reads the %s output (%s kept)", fmts[i][0], path);
		if (rc == 0 && !getenv("KEEP")) {
			unlink(path);
			snprintf(cmd, sizeof(cmd), "%s.err", path);
			unlink(cmd);
		}
	}
}

/* relkg_rdfterm_literal_clean (the graph stores such text as it is)
 * says yes exactly when relkg_rdfterm_literal copies the text unchanged:
 * random text over printable ASCII, controls, NUL, valid and broken
 * UTF-8, U+FFFE and U+FFFF, at every alignment of the 8-byte scan. */
static void test_literal_clean(void)
{
	static const char *const parts[] = {"a", "Z", " ", "\t", "\n", "\r", "\x01", "\x1f",
		"\x7f", "\xc3\xa9", "\xe2\x80\x93", "\xef\xbf\xbe", "\xef\xbf\xbf",
		"\xef\xbf\xbd", "\xf0\x9f\x98\x80", "\xc3", "\xe2\x80", "\xff", "\xc0\xaf",
		"\xed\xa0\x80", "abcdefgh"};
	unsigned long r = 99;
	size_t bad = 0, clean = 0;
	char s[300];
	for (int t = 0; t < 20000; ++t) {
		size_t n = 0;
		r = (r * 1103515245UL + 12345UL) & 0x7FFFFFFFUL;
		for (size_t k = (r >> 8) % 24; k > 0; --k) {
			r = (r * 1103515245UL + 12345UL) & 0x7FFFFFFFUL;
			size_t pick = (r >> 8) % (t % 3 ? 5 : sizeof(parts) / sizeof(*parts));
			const char *p = parts[pick];
			size_t pl = pick == 0 && t % 7 == 0 ? 1 : strlen(p);
			memcpy(s + n, p, pl);
			n += pl;
		}
		if (t % 11 == 0 && n > 0) {
			s[(r >> 4) % n] = '\0';
		}
		relkg_buf b;
		relkg_buf_init(&b);
		size_t fixed = 0;
		int same = relkg_rdfterm_literal(&b, s, n, &fixed) == RELKG_OK && fixed == 0 &&
			   b.len == n && memcmp(b.data, s, n) == 0;
		relkg_buf_clear(&b);
		int c = relkg_rdfterm_literal_clean(s, n);
		bad += c != same;
		clean += c;
	}
	EQ_INT(bad, 0);
	OK(clean > 1000 && clean < 19000, "clean texts: %zu", clean);
}

int main(void)
{
	test_literal_clean();
	test_iris();
	test_literals();
	test_langs();
	test_numbers();
	test_blank();
	test_graph();
	test_roundtrip();
	return DONE();
}
