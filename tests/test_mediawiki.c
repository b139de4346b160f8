/* MediaWiki dump reader over a small fixture and broken inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "mediawiki.h"

static int count_pages(const char *path, const char *select, char titles[][64], size_t *skipped,
		       relkg_status *end)
{
	relkg_dump *d = NULL;
	relkg_diag diag = {{0}};
	if (relkg_dump_open(&d, path, select, &diag) != RELKG_OK) {
		return -1;
	}
	int n = 0;
	const char *title, *text;
	size_t len;
	while ((*end = relkg_dump_next(d, &title, &text, &len, &diag)) == RELKG_OK) {
		if (n < 8) {
			snprintf(titles[n], 64, "%s", title);
		}
		++n;
	}
	*skipped = relkg_dump_skipped(d);
	relkg_dump_free(d);
	return n;
}

static void write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");
	fputs(s, f);
	fclose(f);
}

int main(void)
{
	char titles[8][64];
	size_t skipped = 0;
	relkg_status end;
	int n = count_pages("tests/fixtures/wiki/dump.xml", NULL, titles, &skipped, &end);
	EQ_INT(n, 3);
	EQ_INT(skipped, 2); /* the redirect and the talk page */
	EQ_INT(end, RELKG_NO_MATCH);
	EQ_STR(titles[0], "Example relations");
	EQ_STR(titles[1], "Northland\xE2\x80\x93Southland relations");
	EQ_STR(titles[2], "Northland");

	n = count_pages("tests/fixtures/wiki/dump.xml", "relations$", titles, &skipped, &end);
	EQ_INT(n, 2);
	EQ_INT(skipped, 3);

	relkg_dump *d = NULL;
	relkg_diag diag = {{0}};
	OK(relkg_dump_open(&d, "tests/fixtures/wiki/dump.xml", "([", &diag) == RELKG_ERR_ARG,
	   "bad --select pattern refused");
	OK(strstr(diag.msg, "--select") != NULL, "message names --select: %s", diag.msg);

	/* truncated dump: the pages before the cut, then a syntax error */
	FILE *f = fopen("tests/fixtures/wiki/dump.xml", "r");
	char buf[4096];
	size_t k = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[k] = '\0';
	char *cut = strstr(buf, "<title>Talk:");
	OK(cut != NULL, "fixture has a talk page");
	if (cut) {
		*cut = '\0';
		write_file("build/truncated.xml", buf);
		n = count_pages("build/truncated.xml", NULL, titles, &skipped, &end);
		EQ_INT(n, 1);
		EQ_INT(end, RELKG_ERR_SYNTAX);
	}

	/* entity bomb: entities are never expanded */
	write_file("build/bomb.xml",
		   "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [\n"
		   "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
		   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
		   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
		   "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
		   "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
		   "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
		   "<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n"
		   "<mediawiki><page><title>Bomb</title><ns>0</ns><revision>"
		   "<text>&f;&f;&f;&f; &x; plain</text></revision></page></mediawiki>\n");
	d = NULL;
	OK(relkg_dump_open(&d, "build/bomb.xml", NULL, &diag) == RELKG_OK, "opens");
	if (d) {
		const char *title, *text;
		size_t len;
		relkg_status st = relkg_dump_next(d, &title, &text, &len, &diag);
		OK(st == RELKG_OK || st == RELKG_ERR_SYNTAX, "bomb: status %d", st);
		if (st == RELKG_OK) {
			OK(len < 4096, "entities not expanded (%zu bytes)", len);
			OK(strstr(text, "root:") == NULL, "external entity not loaded");
		}
		relkg_dump_free(d);
	}

	OK(relkg_dump_open(&d, "tests/fixtures/wiki/missing.xml", NULL, &diag) == RELKG_ERR_IO,
	   "missing file");
	return DONE();
}
