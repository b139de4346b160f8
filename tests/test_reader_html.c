/* The HTML reader: the hand-written Wikipedia-style page of the bundled
 * article gives the same sentences as the text mirror; chrome stays out. */
#include <stdlib.h>

#include "doc_dump.h"
#include "harness.h"

#define HTML_FIXTURE "tests/fixtures/japan-russia-relations.html"
#define TEXT_ARTICLE "data/articles/japan-russia-relations.txt"

static int text_has(const relkg_doc *d, const char *s)
{
	return strstr(d->text, s) != NULL;
}

static relkg_doc *read_string(const char *html)
{
	char *data = strdup(html);
	relkg_doc *d = relkg_doc_new("inline.html");
	relkg_diag diag = {{0}};
	if (relkg_read_html(d, data, strlen(data), &diag) != RELKG_OK) {
		fprintf(stderr, "inline html: %s\n", diag.msg);
		relkg_doc_free(d);
		d = NULL;
	}
	free(data);
	return d;
}

static void test_same_sentences(void)
{
	relkg_doc *h = read_doc(HTML_FIXTURE, "html");
	relkg_doc *t = read_doc(TEXT_ARTICLE, "text");
	OK(h && t, "both readings succeed");
	if (h && t) {
		EQ_STR(h->title, t->title);
		EQ_INT(h->n_sentences, t->n_sentences);
		size_t n = h->n_sentences < t->n_sentences ? h->n_sentences : t->n_sentences;
		size_t same = 0;
		for (size_t i = 0; i < n; ++i) {
			const relkg_span a = h->sentences[i].span, b = t->sentences[i].span;
			int eq = a.end - a.begin == b.end - b.begin &&
				 memcmp(h->text + a.begin, t->text + b.begin, a.end - a.begin) == 0;
			same += eq;
			OK(eq, "sentence %zu: html \"%.*s\" / text \"%.*s\"", i, (int)(a.end - a.begin),
			   h->text + a.begin, (int)(b.end - b.begin), t->text + b.begin);
		}
		EQ_INT(same, t->n_sentences);
		/* the same references and markers */
		EQ_INT(h->n_citations, t->n_citations);
		for (size_t i = 0; i < h->n_citations && i < t->n_citations; ++i) {
			EQ_INT(h->citations[i].number, t->citations[i].number);
			EQ_STR(h->citations[i].text, t->citations[i].text);
		}
		EQ_INT(h->n_markers, t->n_markers);
		for (size_t i = 0; i < h->n_markers && i < t->n_markers; ++i) {
			EQ_INT(h->markers[i].number, t->markers[i].number);
			EQ_INT(h->markers[i].sentence, t->markers[i].sentence);
		}
	}
	relkg_doc_free(h);
	relkg_doc_free(t);
}

static void test_fixture_structure(void)
{
	relkg_doc *d = read_doc(HTML_FIXTURE, NULL); /* sniffed by extension */
	OK(d != NULL, "fixture reads");
	if (!d) {
		return;
	}
	static const char *const chrome[] = {
		"World Library", "Jump to content", "Main page", "Flag as Inappropriate", "edit",
		"Contents", "Main article", "For the relations between", "Foreign relations of Japan",
		"Categories", "From Wikipedia", "Creative Commons", "Copyright", "RLCONF",
		"font-size", "Diplomatic mission", "Diplomatic relations between Japan and", NULL};
	for (const char *const *c = chrome; *c; ++c) {
		OK(!text_has(d, *c), "chrome \"%s\" left out", *c);
	}
	static const struct {
		const char *title, *number;
		int level;
	} secs[] = {{"History", "1", 1},          {"Relations before 1991", "1.1", 2},
		    {"Russian Federation", "1.2", 2}, {"2010s", "1.2.1", 3},
		    {"Kuril Islands dispute", "2", 1}, {"See also", "3", 1},
		    {"References", "4", 1},         {"Further reading", "5", 1},
		    {"External links", "6", 1}};
	EQ_INT(d->n_sections, 10);
	for (size_t i = 0; i < 9 && i + 1 < d->n_sections; ++i) {
		EQ_STR(d->sections[i + 1].title, secs[i].title);
		EQ_STR(d->sections[i + 1].number, secs[i].number);
		EQ_INT(d->sections[i + 1].level, secs[i].level);
	}
	EQ_INT(d->n_citations, 10);
	if (d->n_citations == 10) {
		EQ_STR(d->citations[1].url, "https://example.org/ref-2");
		OK(d->citations[8].url == NULL, "an empty entry has no URL");
	}
	relkg_doc_free(d);
}

static void test_small_pages(void)
{
	/* no h1: <title> without the site name; loose text is a paragraph;
	 * nested lists; a marker without brackets; [citation needed] */
	relkg_doc *d = read_string(
		"<html><head><title>Chile&ndash;Peru relations - Wikipedia</title></head><body>"
		"Loose text opens the page.<div>Relations are warm.<sup class=\"reference\">"
		"<a href=\"#cite_note-1\">1</a></sup> Trade grew.<sup class=\"noprint Inline-Template\">"
		"[<i>citation needed</i>]</sup></div>"
		"<h2>Missions<span class=\"mw-editsection\">[edit]</span></h2>"
		"<ul><li>Embassy of Chile in Lima<ul><li>Consulate in Tacna</li></ul></li></ul>"
		"<h3>Sub</h3><p>One.</p><h2>Notes</h2><p>Two.</p>"
		"<ol class=\"references\"><li id=\"cite_note-1\"><span class=\"mw-cite-backlink\">"
		"<a href=\"#r\">^</a> <a href=\"#r\">a</a> <a href=\"#r\">b</a></span> <span "
		"class=\"reference-text\">\"Ties\". El Mercurio. 2010.<span class=\"cs1-visible-error "
		"citation-comment\"> Check date values in: |date= (help)</span></span></li></ol>"
		"</body></html>");
	OK(d != NULL, "small page reads");
	if (!d) {
		return;
	}
	EQ_STR(d->title, "Chile\xE2\x80\x93Peru relations");
	OK(text_has(d, "Loose text opens the page."), "loose text kept");
	OK(text_has(d, "Relations are warm.[1] Trade grew.[citation needed]"), "markers as text");
	OK(!text_has(d, "[edit]") && !text_has(d, "edit"), "edit links left out");
	OK(text_has(d, "Embassy of Chile in Lima\n\nConsulate in Tacna"), "nested list items");
	EQ_INT(d->n_markers, 1);
	EQ_INT(d->n_citations, 1);
	if (d->n_citations == 1) {
		EQ_INT(d->citations[0].number, 1);
		EQ_STR(d->citations[0].text, "\"Ties\". El Mercurio. 2010.");
		EQ_STR(d->citations[0].publisher, "El Mercurio");
	}
	EQ_INT(d->n_sections, 4);
	if (d->n_sections == 4) {
		EQ_STR(d->sections[2].number, "1.1");
		EQ_STR(d->sections[3].number, "2");
	}
	relkg_doc_free(d);

	/* wiki links keep their spans in the text */
	d = read_string("<html><body><h1>T</h1><p>Putin  met <a href=\"/wiki/Dmitry_Medvedev\">"
			"Medvedev</a> in <a href=\"./Tokyo#Wards\"> Tokyo</a>, see <a "
			"href=\"/wiki/File:X.jpg\">file</a> and <a href=\"https://example.org/\">"
			"site</a>.</p><ul><li><a href=\"/wiki/S%C3%A3o_Paulo\">S\xC3\xA3o Paulo</a>"
			"</li></ul></body></html>");
	OK(d != NULL, "linked page reads");
	if (d) {
		EQ_INT(d->n_links, 3);
		static const char *const want[][2] = {{"Medvedev", "Dmitry Medvedev"},
						      {"Tokyo", "Tokyo"},
						      {"S\xC3\xA3o Paulo", "S\xC3\xA3o Paulo"}};
		for (size_t i = 0; i < 3 && i < d->n_links; ++i) {
			const relkg_link *l = &d->links[i];
			size_t n = l->span.end - l->span.begin;
			OK(n == strlen(want[i][0]) && memcmp(d->text + l->span.begin, want[i][0], n) == 0,
			   "link %zu spans \"%.*s\"", i, (int)n, d->text + l->span.begin);
			EQ_STR(l->target, want[i][1]);
		}
	}
	relkg_doc_free(d);

	/* broken markup is recovered, not refused */
	d = read_string("<html><body><h1>Broken</h1><p>First <b>bold <i>text.</p><p>Second.");
	OK(d != NULL && text_has(d, "First bold text.") && text_has(d, "Second."),
	   "unclosed tags recovered");
	relkg_doc_free(d);

	/* no title, white space before the first block (once a NULL write) */
	d = read_string("<html><body>\n  <p>Only text.</p></body></html>");
	OK(d != NULL && d->title == NULL && d->n_sentences == 1, "untitled page reads");
	relkg_doc_free(d);

	/* only chrome: no article text */
	char *data = strdup("<html><body><nav>Menu</nav><footer>Copyright</footer></body></html>");
	d = relkg_doc_new("chrome.html");
	relkg_diag diag = {{0}};
	EQ_INT(relkg_read_html(d, data, strlen(data), &diag), RELKG_ERR_EMPTY);
	OK(diag.msg[0] != '\0', "an error message is given");
	relkg_doc_free(d);
	free(data);
}

static void test_sniff(void)
{
	OK(relkg_sniff_html("", 0, "page.html"), ".html");
	OK(relkg_sniff_html("", 0, "PAGE.HTM"), ".HTM");
	OK(relkg_sniff_html("  <!doctype html><p>x", 20, "-"), "doctype");
	OK(relkg_sniff_html("\xEF\xBB\xBF<html lang=en>", 18, "page"), "<html after a BOM");
	OK(!relkg_sniff_html("Japan\xE2\x80\x93Russia relations\n", 25, "a.txt"), "text is not HTML");
	OK(!relkg_sniff_html("<p>", 3, "x.txt"), "a fragment is not a page");
	const relkg_reader *r = relkg_reader_guess("<!DOCTYPE html>", 15, "-");
	EQ_STR(r->name, "html");
	r = relkg_reader_guess("Title\n\nText.", 12, "article.txt");
	EQ_STR(r->name, "text");
}

int main(void)
{
	test_same_sentences();
	test_fixture_structure();
	test_small_pages();
	test_sniff();
	return DONE();
}
