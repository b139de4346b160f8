#include "mediawiki.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <fcntl.h>
#include <libxml/xmlreader.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"

struct relkg_dump {
	xmlTextReaderPtr reader;
	int fd;
	pcre2_code *select;
	pcre2_match_data *match;
	relkg_buf title, text, ns;
	int redirect;
	size_t skipped;
	char error[200];
	int error_line;
};

/* libxml2's structured errors for this reader (raptor installs global
 * handlers of its own; a per-reader handler keeps ours apart). */
static void on_error(void *arg, xmlErrorPtr err)
{
	relkg_dump *d = arg;
	if (!err || err->level < XML_ERR_ERROR || d->error[0]) {
		return;
	}
	snprintf(d->error, sizeof(d->error), "%s", err->message ? err->message : "parse error");
	size_t n = strlen(d->error);
	while (n && (d->error[n - 1] == '\n' || d->error[n - 1] == ' ')) {
		d->error[--n] = '\0';
	}
	d->error_line = err->line;
}

static relkg_status compile_select(relkg_dump *d, const char *select, relkg_diag *diag)
{
	int err;
	PCRE2_SIZE off;
	d->select = pcre2_compile((PCRE2_SPTR)select, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &off,
				  NULL);
	if (!d->select) {
		PCRE2_UCHAR msg[120];
		pcre2_get_error_message(err, msg, sizeof(msg));
		snprintf(diag->msg, sizeof(diag->msg), "--select: %s at offset %zu", (char *)msg,
			 (size_t)off);
		return RELKG_ERR_ARG;
	}
	d->match = pcre2_match_data_create_from_pattern(d->select, NULL);
	return d->match ? RELKG_OK : RELKG_ERR_NOMEM;
}

relkg_status relkg_dump_open(relkg_dump **out, const char *path, const char *select,
			     relkg_diag *diag)
{
	relkg_dump *d = calloc(1, sizeof(*d));
	if (!d) {
		return RELKG_ERR_NOMEM;
	}
	d->fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	if (d->fd < 0) {
		snprintf(diag->msg, sizeof(diag->msg), "cannot open");
		free(d);
		return RELKG_ERR_IO;
	}
	relkg_status st = select ? compile_select(d, select, diag) : RELKG_OK;
	if (st == RELKG_OK) {
		/* No NOENT, no DTDLOAD, no HUGE: entities stay unexpanded,
		 * nothing is fetched, libxml2's limits hold. */
		d->reader = xmlReaderForFd(d->fd, path, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
		if (!d->reader) {
			snprintf(diag->msg, sizeof(diag->msg), "cannot start the XML reader");
			st = RELKG_ERR_NOMEM;
		} else {
			xmlTextReaderSetStructuredErrorHandler(d->reader, on_error, d);
		}
	}
	if (st != RELKG_OK) {
		relkg_dump_free(d);
		return st;
	}
	*out = d;
	return RELKG_OK;
}

void relkg_dump_free(relkg_dump *d)
{
	if (!d) {
		return;
	}
	if (d->reader) {
		xmlFreeTextReader(d->reader);
	}
	if (d->fd > 0) {
		close(d->fd);
	}
	pcre2_match_data_free(d->match);
	pcre2_code_free(d->select);
	relkg_buf_clear(&d->title);
	relkg_buf_clear(&d->text);
	relkg_buf_clear(&d->ns);
	free(d);
}

size_t relkg_dump_skipped(const relkg_dump *d)
{
	return d->skipped;
}

static void reset(relkg_buf *b)
{
	b->len = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
}

/* The text content of the current element into b. */
static relkg_status read_string(relkg_dump *d, relkg_buf *b)
{
	reset(b);
	xmlChar *s = xmlTextReaderReadString(d->reader);
	if (!s) {
		return relkg_buf_puts(b, "");
	}
	relkg_status st = relkg_buf_puts(b, (const char *)s);
	xmlFree(s);
	return st;
}

static int selected(relkg_dump *d)
{
	if (d->redirect || !d->ns.data || strcmp(d->ns.data, "0") != 0 || !d->title.len) {
		return 0;
	}
	if (!d->select) {
		return 1;
	}
	return pcre2_match(d->select, (PCRE2_SPTR)d->title.data, d->title.len, 0, 0, d->match,
			   NULL) >= 0;
}

static relkg_status element(relkg_dump *d, const char *name, int depth)
{
	if (strcmp(name, "page") == 0) {
		reset(&d->title);
		reset(&d->text);
		reset(&d->ns);
		d->redirect = 0;
	} else if (strcmp(name, "title") == 0 && depth == 2) {
		return read_string(d, &d->title);
	} else if (strcmp(name, "ns") == 0 && depth == 2) {
		return read_string(d, &d->ns);
	} else if (strcmp(name, "redirect") == 0 && depth == 2) {
		d->redirect = 1;
	} else if (strcmp(name, "text") == 0 && depth == 3) {
		return read_string(d, &d->text);
	}
	return RELKG_OK;
}

relkg_status relkg_dump_next(relkg_dump *d, const char **title, const char **text, size_t *len,
			     relkg_diag *diag)
{
	int rc;
	while ((rc = xmlTextReaderRead(d->reader)) == 1) {
		int type = xmlTextReaderNodeType(d->reader);
		const char *name = (const char *)xmlTextReaderConstLocalName(d->reader);
		if (!name) {
			continue;
		}
		int depth = xmlTextReaderDepth(d->reader);
		if (type == XML_READER_TYPE_ELEMENT) {
			relkg_status st = element(d, name, depth);
			if (st != RELKG_OK) {
				return st;
			}
		} else if (type == XML_READER_TYPE_END_ELEMENT && strcmp(name, "page") == 0) {
			if (!selected(d)) {
				d->skipped++;
				continue;
			}
			*title = d->title.data;
			*text = d->text.data ? d->text.data : "";
			*len = d->text.len;
			return RELKG_OK;
		}
	}
	if (rc < 0 || d->error[0]) {
		snprintf(diag->msg, sizeof(diag->msg), "malformed XML at line %d: %s", d->error_line,
			 d->error[0] ? d->error : "parse error");
		return RELKG_ERR_SYNTAX;
	}
	return RELKG_NO_MATCH;
}

int relkg_dump_sniff(const char *data, size_t len)
{
	size_t n = len < 1024 ? len : 1024;
	for (size_t i = 0; i + 10 <= n; ++i) {
		if (memcmp(data + i, "<mediawiki", 10) == 0) {
			return 1;
		}
	}
	return 0;
}
