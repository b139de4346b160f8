#include "eval_rdf.h"

#include <errno.h>
#include <raptor2.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "vocab.h"

typedef struct {
	relkg_egraph *g;
	relkg_status st;   /* first failure: NOMEM or RDF */
	int n_problems;    /* errors and warnings raptor reported */
	relkg_diag *diag;
	relkg_buf scratch;
} loader;

const char *relkg_eval_rdf_format_for(const char *path)
{
	static const char *const table[][2] = {
		{"ttl", "turtle"}, {"nt", "ntriples"}, {"rdf", "rdfxml"},
		{"nq", "nquads"}, {"owl", "rdfxml"},
	};
	/* the reference takes what follows the last '.', or the whole name */
	const char *dot = strrchr(path, '.');
	const char *ext = dot ? dot + 1 : path;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); ++i) {
		if (strcmp(table[i][0], ext) == 0) {
			return table[i][1];
		}
	}
	return NULL;
}

int relkg_eval_rdf_format_known(const char *name)
{
	raptor_world *w = raptor_new_world();
	int ok = w && raptor_world_open(w) == 0 && raptor_world_is_parser_name(w, name);
	raptor_free_world(w);
	return ok;
}

static void log_handler(void *data, raptor_log_message *msg)
{
	loader *l = data;
	if (msg->level < RAPTOR_LOG_LEVEL_WARN) {
		return;
	}
	int line = msg->locator ? raptor_locator_line(msg->locator) : -1;
	if (l->n_problems++ == 0) {
		const char *text = msg->text ? msg->text : "parse error";
		if (line > 0) {
			snprintf(l->diag->msg, sizeof(l->diag->msg), "line %d: %s", line, text);
		} else {
			snprintf(l->diag->msg, sizeof(l->diag->msg), "%s", text);
		}
	}
	if (l->st == RELKG_OK) {
		l->st = RELKG_ERR_RDF;
	}
}

/* The string the reference scorer keeps for a term. */
static relkg_status term_sid(loader *l, raptor_term *t, relkg_sid *out)
{
	size_t n = 0;
	const char *s = "";
	l->scratch.len = 0;
	switch (t->type) {
	case RAPTOR_TERM_TYPE_URI:
		s = (const char *)raptor_uri_as_counted_string(t->value.uri, &n);
		break;
	case RAPTOR_TERM_TYPE_LITERAL:
		s = (const char *)t->value.literal.string;
		n = t->value.literal.string_len;
		break;
	case RAPTOR_TERM_TYPE_BLANK: {
		relkg_status st = relkg_buf_puts(&l->scratch, "_:");
		if (st == RELKG_OK) {
			st = relkg_buf_append(&l->scratch, (const char *)t->value.blank.string,
					      t->value.blank.string_len);
		}
		if (st != RELKG_OK) {
			return st;
		}
		s = l->scratch.data;
		n = l->scratch.len;
		break;
	}
	case RAPTOR_TERM_TYPE_UNKNOWN:
	default:
		break;
	}
	return relkg_egraph_intern(l->g, s ? s : "", n, out);
}

static void statement_handler(void *data, raptor_statement *st)
{
	loader *l = data;
	relkg_sid s, p, o;
	relkg_status rs = RELKG_OK;
	if (l->st == RELKG_ERR_NOMEM) {
		return;
	}
	if ((rs = term_sid(l, st->subject, &s)) == RELKG_OK &&
	    (rs = term_sid(l, st->predicate, &p)) == RELKG_OK &&
	    (rs = term_sid(l, st->object, &o)) == RELKG_OK) {
		rs = relkg_egraph_add(l->g, s, p, o);
	}
	if (rs != RELKG_OK) {
		l->st = rs;
	}
}

static relkg_status parse_stream(loader *l, raptor_world *w, FILE *fh, const char *path,
				 const char *format)
{
	raptor_parser *parser = raptor_new_parser(w, format ? format : "guess");
	raptor_uri *base = raptor_new_uri(w, (const unsigned char *)RELKG_NS_ID);
	if (!parser || !base) {
		raptor_free_parser(parser);
		raptor_free_uri(base);
		return RELKG_ERR_RDF;
	}
	raptor_parser_set_statement_handler(parser, l, statement_handler);
	if (raptor_parser_parse_file_stream(parser, fh, path, base) != 0 && l->st == RELKG_OK) {
		l->st = RELKG_ERR_RDF;
		snprintf(l->diag->msg, sizeof(l->diag->msg), "does not parse as %s",
			 format ? format : "RDF");
	}
	raptor_free_parser(parser);
	raptor_free_uri(base);
	return l->st;
}

relkg_status relkg_eval_rdf_load(relkg_egraph *g, const char *path, const char *format,
				 relkg_diag *diag)
{
	int std_in = strcmp(path, "-") == 0;
	FILE *fh = std_in ? stdin : fopen(path, "rb");
	struct stat sb;
	if (fh && !std_in && fstat(fileno(fh), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(fh);
		fh = NULL;
		errno = EISDIR;
	}
	if (!fh) {
		snprintf(diag->msg, sizeof(diag->msg), "%s", strerror(errno));
		return RELKG_ERR_IO;
	}
	loader l = {g, RELKG_OK, 0, diag, {NULL, 0, 0}};
	raptor_world *w = raptor_new_world();
	relkg_status st = RELKG_ERR_NOMEM;
	if (w && raptor_world_open(w) == 0) {
		raptor_world_set_log_handler(w, &l, log_handler);
		st = parse_stream(&l, w, fh, path, format);
	}
	if (st == RELKG_OK && ferror(fh)) {
		snprintf(diag->msg, sizeof(diag->msg), "read error");
		st = RELKG_ERR_IO;
	}
	raptor_free_world(w);
	relkg_buf_clear(&l.scratch);
	if (!std_in) {
		fclose(fh);
	}
	return st;
}
