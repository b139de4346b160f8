#include "reader.h"
#include "wikitext.h"

#include <string.h>

const relkg_reader relkg_readers[] = {
	{"text", "plain text as encyclopedia mirrors save it (default)", relkg_read_text,
	 relkg_sniff_text},
	{"html", "an HTML page of an article (Wikipedia-style)", relkg_read_html,
	 relkg_sniff_html},
	{"wikitext", "MediaWiki page source (wikitext)", relkg_read_wikitext,
	 relkg_sniff_wikitext},
	{"mediawiki", "MediaWiki XML export (pages-articles dump), one article per page",
	 NULL, NULL},
	{NULL, NULL, NULL, NULL},
};

const relkg_reader *relkg_reader_by_name(const char *name)
{
	for (const relkg_reader *r = relkg_readers; r->name; ++r) {
		if (strcmp(r->name, name) == 0) {
			return r;
		}
	}
	return NULL;
}

const relkg_reader *relkg_reader_guess(const char *data, size_t len, const char *path)
{
	for (const relkg_reader *r = relkg_readers + 1; r->name; ++r) {
		if (r->read && r->sniff && r->sniff(data, len, path)) {
			return r;
		}
	}
	return relkg_readers;
}
