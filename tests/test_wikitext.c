/* Wikitext reader: markup removed, links recorded, refs as citations. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "input.h"
#include "wikitext.h"

static relkg_doc *read_wiki(const char *src)
{
	relkg_doc *doc = relkg_doc_new("test.wiki");
	relkg_diag diag = {{0}};
	if (relkg_wikitext_read(doc, "Test", src, strlen(src), &diag) != RELKG_OK) {
		relkg_doc_free(doc);
		return NULL;
	}
	return doc;
}

static char *span(const relkg_doc *d, relkg_span s)
{
	char *r = malloc(s.end - s.begin + 1);
	memcpy(r, d->text + s.begin, s.end - s.begin);
	r[s.end - s.begin] = '\0';
	return r;
}

static void check_sentence(const relkg_doc *d, size_t i, const char *want)
{
	OK(i < d->n_sentences, "sentence %zu exists", i);
	if (i < d->n_sentences) {
		char *s = span(d, d->sentences[i].span);
		EQ_STR(s, want);
		free(s);
	}
}

static void test_inline(void)
{
	relkg_doc *d = read_wiki("'''Alpha''' met [[Beta Gamma|Gamma]] in [[Delta]]s and "
				 "[http://x.org the site] &amp; ''more''&nbsp;text.");
	OK(d != NULL, "reads");
	if (!d) {
		return;
	}
	check_sentence(d, 0, "Alpha met Gamma in Deltas and the site & more text.");
	EQ_INT(d->n_links, 2);
	if (d->n_links == 2) {
		char *a = span(d, d->links[0].span), *b = span(d, d->links[1].span);
		EQ_STR(a, "Gamma");
		EQ_STR(d->links[0].target, "Beta Gamma");
		EQ_STR(b, "Deltas");
		EQ_STR(d->links[1].target, "Delta");
		free(a);
		free(b);
	}
	relkg_doc_free(d);
}

static void test_dropped(void)
{
	relkg_doc *d = read_wiki("{{Infobox country|name=X|leader=[[Someone]]}}\n"
				 "Text one.<!-- secret --> Text two.\n\n"
				 "{| class=\"wikitable\"\n| cell [[Y]]\n|}\n"
				 "[[File:A.jpg|thumb|Caption with [[link]].]]\n"
				 "[[Category:Things]]\n[[fr:Chose]]\n__NOTOC__\n"
				 "<gallery>\nB.jpg|b\n</gallery>\nLast one.");
	OK(d != NULL, "reads");
	if (!d) {
		return;
	}
	EQ_INT(d->n_sentences, 3);
	check_sentence(d, 0, "Text one.");
	check_sentence(d, 1, "Text two.");
	check_sentence(d, 2, "Last one.");
	EQ_INT(d->n_links, 0);
	OK(strstr(d->text, "cell") == NULL, "table left out");
	OK(strstr(d->text, "secret") == NULL, "comment left out");
	relkg_doc_free(d);
}

static void test_refs(void)
{
	relkg_doc *d = read_wiki(
		"First claim.<ref name=\"n\">{{cite news |title=Big news |publisher=The Paper "
		"|date=5 May 2005 |url=http://p.example/1}}</ref> Second claim.<ref>Book, 1999.</ref> "
		"Again.<ref name=\"n\" />\n\n== References ==\n<references />");
	OK(d != NULL, "reads");
	if (!d) {
		return;
	}
	EQ_INT(d->n_citations, 2);
	if (d->n_citations == 2) {
		EQ_INT(d->citations[0].number, 1);
		EQ_STR(d->citations[0].text, "\"Big news\". The Paper. 5 May 2005.");
		EQ_STR(d->citations[0].url, "http://p.example/1");
		EQ_STR(d->citations[1].text, "Book, 1999.");
	}
	check_sentence(d, 0, "First claim.[1]");
	check_sentence(d, 1, "Second claim.[2]");
	check_sentence(d, 2, "Again.[1]");
	EQ_INT(d->n_markers, 3);
	if (d->n_markers == 3) {
		EQ_INT(d->markers[2].number, 1);
	}
	relkg_doc_free(d);
}

static void test_sections(void)
{
	relkg_doc *d = read_wiki("Lead.\n== History ==\nOld.\n=== Early ===\nOlder.\n"
				 "== See also ==\n* [[Other page]]\n* Item two\n");
	OK(d != NULL, "reads");
	if (!d) {
		return;
	}
	EQ_INT(d->n_sections, 4);
	if (d->n_sections == 4) {
		EQ_STR(d->sections[1].title, "History");
		EQ_STR(d->sections[1].number, "1");
		EQ_STR(d->sections[2].number, "1.1");
		EQ_INT(d->sections[2].level, 2);
		EQ_STR(d->sections[3].number, "2");
	}
	size_t items = 0;
	for (size_t i = 0; i < d->n_blocks; ++i) {
		items += d->blocks[i].kind == RELKG_BLOCK_ITEM;
	}
	EQ_INT(items, 2);
	relkg_doc_free(d);
}

static void test_offsets_hold(void)
{
	/* link spans must point at the shown text even after folding */
	relkg_doc *d = read_wiki("A  lot   of\tspace [[X|shown  text]] &ndash; [[Y]].");
	OK(d != NULL, "reads");
	if (!d) {
		return;
	}
	check_sentence(d, 0, "A lot of space shown text \xE2\x80\x93 Y.");
	EQ_INT(d->n_links, 2);
	for (size_t i = 0; i < d->n_links; ++i) {
		char *s = span(d, d->links[i].span);
		OK(strcmp(s, i ? "Y" : "shown text") == 0, "link %zu is '%s'", i, s);
		free(s);
	}
	relkg_doc_free(d);
}

static void test_unbalanced(void)
{
	/* never a crash: unbalanced markup is cut or kept as text */
	const char *bad[] = {"{{open template", "[[open link", "<ref>open ref", "{|\n| open table",
			     "''''''", "&#xD800; &#0; &bogus;", "[[File:x|[[y]]", "<!-- open", ""};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); ++i) {
		relkg_doc *doc = relkg_doc_new("bad.wiki");
		relkg_diag diag = {{0}};
		relkg_status st = relkg_wikitext_read(doc, "T", bad[i], strlen(bad[i]), &diag);
		OK(st == RELKG_OK || st == RELKG_ERR_EMPTY, "input %zu: status %d", i, st);
		relkg_doc_free(doc);
	}
}

int main(void)
{
	test_inline();
	test_dropped();
	test_refs();
	test_sections();
	test_offsets_hold();
	test_unbalanced();
	return DONE();
}
