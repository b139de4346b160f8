/* The plain-text reader on the dev articles and on made-up layouts.
 * RELKG_DUMP=1 prints every document's blocks, sentences and references. */
#include <stdlib.h>

#include "doc_dump.h"
#include "harness.h"

static const char *const corpus[] = {
	"tests/corpus/japan-russia-relations.txt", "tests/corpus/georgia-japan.txt",
	"tests/corpus/estonia-russia.txt", "tests/corpus/japan-south-korea.txt",
	"tests/corpus/russia-united-states.txt", NULL};

static int text_has(const relkg_doc *d, const char *s)
{
	return strstr(d->text, s) != NULL;
}

/* The block whose text starts with `prefix`, or NULL. */
static const relkg_block *block_starting(const relkg_doc *d, const char *prefix)
{
	for (size_t i = 0; i < d->n_blocks; ++i) {
		const relkg_block *b = &d->blocks[i];
		size_t n = strlen(prefix);
		if (b->span.end - b->span.begin >= n && memcmp(d->text + b->span.begin, prefix, n) == 0) {
			return b;
		}
	}
	return NULL;
}

static const relkg_section *section_titled(const relkg_doc *d, const char *title)
{
	for (size_t i = 0; i < d->n_sections; ++i) {
		if (strcmp(d->sections[i].title, title) == 0) {
			return &d->sections[i];
		}
	}
	return NULL;
}

static void check_section(const relkg_doc *d, const char *title, const char *number, int level)
{
	const relkg_section *s = section_titled(d, title);
	OK(s != NULL, "section \"%s\" found", title);
	if (s) {
		EQ_STR(s->number, number);
		EQ_INT(s->level, level);
	}
}

static void check_kind(const relkg_doc *d, const char *prefix, relkg_block_kind kind,
		       const char *section)
{
	const relkg_block *b = block_starting(d, prefix);
	OK(b != NULL, "block \"%s\" found", prefix);
	if (b) {
		OK(b->kind == kind, "block \"%s\" is of kind %d, want %d", prefix, b->kind, kind);
		EQ_STR(d->sections[b->section].title, section);
	}
}

/* Every sentence's code-point offsets count the same text as its bytes. */
static void check_offsets(const relkg_doc *d)
{
	size_t bad = 0;
	for (size_t i = 0; i < d->n_sentences; ++i) {
		const relkg_sentence *s = &d->sentences[i];
		size_t cp = 0;
		for (size_t k = 0; k < s->span.begin; ++k) {
			cp += ((unsigned char)d->text[k] & 0xC0) != 0x80;
		}
		size_t len = 0;
		for (size_t k = s->span.begin; k < s->span.end; ++k) {
			len += ((unsigned char)d->text[k] & 0xC0) != 0x80;
		}
		bad += s->cp_begin != cp || s->cp_end != cp + len || s->span.end <= s->span.begin ||
		       d->text[s->span.begin] == ' ' || d->text[s->span.end - 1] == ' ';
	}
	OK(bad == 0, "%s: %zu sentences with wrong offsets", d->name, bad);
}

static int marker_sentence(const relkg_doc *d, int number, size_t nth)
{
	for (size_t i = 0; i < d->n_markers; ++i) {
		if (d->markers[i].number == number && nth-- == 0) {
			return (int)d->markers[i].sentence;
		}
	}
	return -1;
}

static void test_japan_russia(void)
{
	relkg_doc *d = read_doc("tests/corpus/japan-russia-relations.txt", "text");
	OK(d != NULL, "japan-russia reads");
	if (!d) {
		return;
	}
	EQ_STR(d->title, "Japan\xE2\x80\x93Russia relations");
	/* site boilerplate, hatnote, contents list and licence footer are gone */
	OK(!text_has(d, "Flag as Inappropriate") && !text_has(d, "Email this Article"),
	   "top boilerplate dropped");
	OK(!text_has(d, "World Library"), "site name dropped");
	OK(!text_has(d, "Creative Commons") && !text_has(d, "Copyright") &&
	   !text_has(d, "Terms of Use") && !text_has(d, "Crowd sourced"), "footer dropped");
	OK(!text_has(d, "For the relations between"), "hatnote dropped");
	OK(!text_has(d, "History 1") && !text_has(d, "2010s"), "contents list dropped");
	OK(!text_has(d, "^") && !text_has(d, "Retrieved"), "reference list is not article text");
	/* sections carry the contents list's numbers */
	check_section(d, "Relations before 1991", "1.1", 2);
	check_section(d, "Russian Federation", "1.2", 2);
	check_section(d, "Kuril Islands dispute", "2", 1);
	check_section(d, "See also", "3", 1);
	check_section(d, "Further reading", "5", 1);
	check_section(d, "External links", "6", 1);
	OK(section_titled(d, "Embassy of Russia in Japan") == NULL, "a caption is no heading");
	/* blocks */
	check_kind(d, "Relations between Russia and Japan", RELKG_BLOCK_PARAGRAPH, "");
	check_kind(d, "Map indicating locations", RELKG_BLOCK_CAPTION, "");
	check_kind(d, "Extreme-right truck", RELKG_BLOCK_CAPTION, "Kuril Islands dispute");
	check_kind(d, "Extreme-right van", RELKG_BLOCK_CAPTION, "Kuril Islands dispute");
	check_kind(d, "Embassy of Japan in Moscow", RELKG_BLOCK_ITEM, "External links");
	check_kind(d, "Hara, Kimie.", RELKG_BLOCK_ITEM, "Further reading");
	check_kind(d, "Database of Russian-Japanese relations", RELKG_BLOCK_ITEM, "External links");
	/* references */
	EQ_INT(d->n_citations, 10);
	if (d->n_citations == 10) {
		EQ_INT(d->citations[0].number, 1);
		EQ_STR(d->citations[1].text,
		       "\"Opinion of Russia\". Pew Research Center. 2012. Retrieved 12 August 2013.");
		EQ_STR(d->citations[1].publisher, "Pew Research Center");
		EQ_STR(d->citations[8].text, "");
		EQ_INT(d->citations[9].number, 10);
	}
	/* markers: "[3][4]" both cite the Crimea sentence; 10 markers in all */
	EQ_INT(d->n_markers, 10);
	OK(marker_sentence(d, 3, 0) >= 0 && marker_sentence(d, 3, 0) == marker_sentence(d, 4, 0),
	   "[3][4] in one sentence");
	int s2 = marker_sentence(d, 2, 0);
	OK(s2 >= 0 && d->text[d->sentences[s2].span.end - 1] == ']', "[2] ends its sentence");
	check_offsets(d);
	relkg_doc_free(d);
}

static void test_georgia_japan(void)
{
	relkg_doc *d = read_doc("tests/corpus/georgia-japan.txt", "text");
	OK(d != NULL, "georgia-japan reads");
	if (!d) {
		return;
	}
	/* no contents list: headings by shape and name, numbered in order */
	check_section(d, "Abkhazia and South Ossetia", "1", 1);
	check_section(d, "See also", "2", 1);
	check_section(d, "External links", "3", 1);
	check_section(d, "References", "4", 1);
	EQ_INT(d->n_citations, 3);
	if (d->n_citations == 3) {
		/* "1 2" back-links are dropped, the template's date warning too */
		EQ_STR(d->citations[0].text, "\"Relations between Georgia and Japan\". Embassy of "
					     "Georgia to Japan. Retrieved 10 May 2011.");
		EQ_STR(d->citations[2].date, "2011-02-04");
		OK(strstr(d->citations[2].text, "Check") == NULL, "no template note");
	}
	/* "March 1999[1] and ..." is one sentence citing 1 and 2 */
	int s = marker_sentence(d, 1, 1);
	OK(s >= 0 && s == marker_sentence(d, 2, 0), "[1] mid-sentence, [2] at its end");
	check_offsets(d);
	relkg_doc_free(d);
}

static void test_russia_us(void)
{
	relkg_doc *d = read_doc("tests/corpus/russia-united-states.txt", "text");
	OK(d != NULL, "russia-united-states reads");
	if (!d) {
		return;
	}
	check_kind(d, "U.S. President Joe Biden", RELKG_BLOCK_CAPTION, "");
	EQ_INT(d->n_sections, 1); /* the lead only */
	for (size_t i = 0; i < d->n_markers; ++i) {
		OK(d->markers[i].number > 0, "markers are numbers");
	}
	EQ_INT(d->n_markers, 6); /* [citation needed] is not one */
	int s = marker_sentence(d, 3, 0);
	OK(s >= 0 && s == marker_sentence(d, 6, 0), "[3][4][5][6] in one sentence");
	check_offsets(d);
	relkg_doc_free(d);
}

static void test_estonia(void)
{
	relkg_doc *d = read_doc("tests/corpus/estonia-russia.txt", "text");
	OK(d != NULL, "estonia-russia reads");
	if (!d) {
		return;
	}
	check_section(d, "History", "1", 1);
	int s = marker_sentence(d, 1, 0);
	OK(s >= 0, "marker [1] found");
	if (s >= 0) {
		const relkg_sentence *se = &d->sentences[s];
		char *copy = strndup(d->text + se->span.begin, se->span.end - se->span.begin);
		OK(copy && strstr(copy, "contested[1] by Western powers") &&
			   copy[strlen(copy) - 1] == '.',
		   "[1] stays inside its sentence");
		free(copy);
	}
	const relkg_block *b = block_starting(d, "During World War I");
	OK(b == NULL, "glued sentence stays in its paragraph");
	int found = 0;
	for (size_t i = 0; i < d->n_sentences; ++i) {
		found |= strncmp(d->text + d->sentences[i].span.begin, "During World War I", 18) == 0;
	}
	OK(found, "\"movement.During\" splits");
	check_offsets(d);
	relkg_doc_free(d);
}

/* The footer test (contains_any_ci, whose first two bytes are compared
 * before the rest): footer words in any case and at a line's very end
 * make the last lines a footer; words that differ in their second byte,
 * or stop short at the end, do not. */
static void footer_lines(const char *tail, int dropped)
{
	char page[512];
	snprintf(page, sizeof(page),
		 "Example relations\n\nThe two states signed a treaty in 1900. It held.\n\n"
		 "Trade grew after the war ended.\n%s\n", tail);
	relkg_doc *d = relkg_doc_new("footer");
	relkg_diag diag = {{0}};
	EQ_INT(relkg_read_text(d, page, strlen(page), &diag), RELKG_OK);
	OK(text_has(d, "Trade grew") && text_has(d, tail) == !dropped,
	   "[%s]: %s", tail, dropped ? "a footer" : "no footer");
	relkg_doc_free(d);
}

static void test_footer_words(void)
{
	static const char *const footers[] = {"Some text, COPYRIGHT", "\xC2\xA9 Example",
		"Read our TeRmS oF uSe", "This Page Was Last edited", "x licence",
		"retrieved from \"http://example", "all rights reserved"};
	static const char *const others[] = {"Some text, copyrigh", "Some text \xC2",
		"Some text \xC2\xA8 here", "Terms of us", "this page wax last", "licenc",
		"retrieved from 'http", "all rights reserve", "Cppyright 1999", "Lxcence"};
	for (size_t k = 0; k < sizeof(footers) / sizeof(*footers); ++k) {
		footer_lines(footers[k], 1);
	}
	for (size_t k = 0; k < sizeof(others) / sizeof(*others); ++k) {
		footer_lines(others[k], 0);
	}
}

/* A made-up page: other boilerplate, no "relations" title, hard-wrapped
 * paragraphs, a licence word in the body, a footer after references. */
static void test_layout(void)
{
	static const char page[] =
		"Home\nLog in\nDonate\n\n"
		"Treaty of Example\n\n"
		"This article needs additional citations for verification. Please help.\n\n"
		"The Treaty of Example was signed in 1900 by two\n"
		"states, and it settled the border. It is held\nin the national archive.\n\n"
		"Background[edit]\n\n"
		"Fishing needed a licence from either state. Disputes were frequent.\n\n"
		"  1. ^ a b \"A history\". Example Press. 1999.\n"
		"  2. ^ Another source 2001\n\n"
		"Content is available under the Creative Commons licence.\n"
		"Privacy policy\n";
	char *data = strdup(page);
	relkg_doc *d = relkg_doc_new("layout");
	relkg_diag diag = {{0}};
	EQ_INT(relkg_read_text(d, data, strlen(data), &diag), RELKG_OK);
	EQ_STR(d->title, "Treaty of Example");
	OK(!text_has(d, "Log in") && !text_has(d, "Privacy") && !text_has(d, "Creative"),
	   "boilerplate and footer dropped");
	OK(text_has(d, "Fishing needed a licence"), "a licence in the body is kept");
	OK(!text_has(d, "additional citations"), "maintenance banner dropped");
	OK(text_has(d, "by two states, and it settled"), "wrapped lines joined");
	check_section(d, "Background", "1", 1); /* without its "[edit]" */
	OK(!text_has(d, "[edit]"), "edit links dropped");
	EQ_INT(d->n_citations, 2);
	if (d->n_citations == 2) {
		EQ_STR(d->citations[0].text, "\"A history\". Example Press. 1999.");
		EQ_STR(d->citations[1].date, "2001");
	}
	relkg_doc_free(d);
	free(data);
}

/* The title line does not always end in "relations"; an infobox line that
 * does is not the title. */
static void test_title_rule(void)
{
	static const char page[] = "Site name\nShare this\n\nChile\xE2\x80\x93Peru relations "
				   "(2nd edition)\n\nChilean-Peruvian relations\nMap of both\n\n"
				   "Chile and Peru have kept embassies in each other's capitals.\n";
	char *data = strdup(page);
	relkg_doc *d = relkg_doc_new("title");
	relkg_diag diag = {{0}};
	EQ_INT(relkg_read_text(d, data, strlen(data), &diag), RELKG_OK);
	EQ_STR(d->title, "Chile\xE2\x80\x93Peru relations (2nd edition)");
	check_kind(d, "Chilean-Peruvian relations", RELKG_BLOCK_CAPTION, "");
	OK(!text_has(d, "Site name"), "boilerplate dropped");
	relkg_doc_free(d);
	free(data);
}

static void test_no_text(void)
{
	char data[] = "\n\n   \n";
	relkg_doc *d = relkg_doc_new("blank");
	relkg_diag diag = {{0}};
	OK(relkg_read_text(d, data, strlen(data), &diag) == RELKG_ERR_EMPTY, "blank input is empty");
	relkg_doc_free(d);
}

/* Every dev article reads into a title, sentences and valid offsets. */
static void test_corpus(void)
{
	for (const char *const *p = corpus; *p; ++p) {
		relkg_doc *d = read_doc(*p, NULL);
		OK(d != NULL, "%s reads", *p);
		if (!d) {
			continue;
		}
		OK(d->title && strstr(d->title, "relations"), "%s has its title", *p);
		OK(d->n_sentences >= 5, "%s has sentences", *p);
		check_offsets(d);
		if (getenv("RELKG_DUMP")) {
			dump_doc(d, stderr);
		}
		relkg_doc_free(d);
	}
}

int main(void)
{
	test_japan_russia();
	test_georgia_japan();
	test_russia_us();
	test_estonia();
	test_layout();
	test_footer_words();
	test_title_rule();
	test_no_text();
	test_corpus();
	return DONE();
}
