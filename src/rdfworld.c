#include "rdfworld.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

/* Column of rasqal's "unexpected TOKEN" on the user's line, 1-based, or 0
 * when it cannot be found (rasqal 0.9.33 reports lines only). */
static int guess_column(const char *text, int line, const char *msg)
{
	const char *u = msg ? strstr(msg, "unexpected ") : NULL;
	if (!text || line < 1 || !u) {
		return 0;
	}
	u += strlen("unexpected ");
	char tok[64];
	size_t n = 0;
	if (*u == '\'') {
		for (++u; *u && *u != '\'' && n + 1 < sizeof tok; ++u) {
			tok[n++] = *u;
		}
	} else {
		for (; *u && !isspace((unsigned char)*u) && *u != ',' && n + 1 < sizeof tok; ++u) {
			tok[n++] = *u;
		}
	}
	tok[n] = '\0';
	const char *p = text;
	for (int l = 1; l < line && p; ++l) {
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	if (!p || n == 0) {
		return 0;
	}
	size_t len = strcspn(p, "\n");
	for (size_t i = 0; i + n <= len; ++i) {
		if (strncasecmp(p + i, tok, n) == 0) {
			return (int)i + 1;
		}
	}
	return 0;
}

static const char *level_name(librdf_log_level level)
{
	switch (level) {
	case LIBRDF_LOG_FATAL:
		return "fatal error";
	case LIBRDF_LOG_ERROR:
		return "error";
	case LIBRDF_LOG_WARN:
		return "warning";
	default:
		return "note";
	}
}

/* rasqal repeats some warnings (once when preparing, once when running)
 * and warns about its own internal variables ($$agg$$0): both are dropped. */
static int repeated_warning(relkg_rdf *r, const char *msg)
{
	if (!msg || strstr(msg, "$$")) {
		return 1;
	}
	size_t n = sizeof r->seen / sizeof r->seen[0];
	for (size_t i = 0; i < n && r->seen[i]; ++i) {
		if (strcmp(r->seen[i], msg) == 0) {
			return 1;
		}
	}
	for (size_t i = 0; i < n; ++i) {
		if (!r->seen[i]) {
			r->seen[i] = strdup(msg);
			break;
		}
	}
	return 0;
}

static int log_handler(void *user_data, librdf_log_message *m)
{
	relkg_rdf *r = user_data;
	librdf_log_level level = librdf_log_message_level(m);
	if (level < LIBRDF_LOG_WARN || r->mute) {
		return 1; /* debug and info: swallowed on purpose */
	}
	if (level == LIBRDF_LOG_WARN && repeated_warning(r, librdf_log_message_message(m))) {
		return 1;
	}
	if (level == LIBRDF_LOG_WARN) {
		++r->warnings;
		if (r->quiet) {
			return 1;
		}
	} else {
		++r->errors;
	}
	const char *msg = librdf_log_message_message(m);
	raptor_locator *loc = librdf_log_message_locator(m);
	fputs("relkg: ", stderr);
	if (r->where) {
		fputs(r->where, stderr);
		int line = loc ? loc->line - r->line_offset : -1;
		if (loc && loc->line > 0 && line > 0) {
			fprintf(stderr, ":%d", line);
			int col = loc->column > 0 ? loc->column : guess_column(r->text, line, msg);
			if (col > 0) {
				fprintf(stderr, ":%d", col);
			}
		}
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s: %s\n", level_name(level), msg ? msg : "(no message)");
	return 1;
}

relkg_status relkg_rdf_open(relkg_rdf *r)
{
	memset(r, 0, sizeof *r);
	r->world = librdf_new_world();
	if (!r->world) {
		return RELKG_ERR_NOMEM;
	}
	librdf_world_set_logger(r->world, r, log_handler);
	librdf_world_open(r->world);
	return RELKG_OK;
}

void relkg_rdf_close(relkg_rdf *r)
{
	if (r && r->world) {
		librdf_free_world(r->world);
		r->world = NULL;
	}
	for (size_t i = 0; r && i < sizeof r->seen / sizeof r->seen[0]; ++i) {
		free(r->seen[i]);
		r->seen[i] = NULL;
	}
}

relkg_status relkg_rdf_slurp(const char *path, char **out, size_t *len)
{
	FILE *fh = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!fh) {
		return RELKG_ERR_IO;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	relkg_status st = buf ? RELKG_OK : RELKG_ERR_NOMEM;
	while (st == RELKG_OK) {
		if (cap - n < 2) {
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				st = RELKG_ERR_NOMEM;
				break;
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, fh);
		n += got;
		if (got == 0) {
			st = ferror(fh) ? RELKG_ERR_IO : RELKG_NO_MATCH;
		}
	}
	if (fh != stdin) {
		fclose(fh);
	}
	if (st != RELKG_NO_MATCH) {
		free(buf);
		return st;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return RELKG_OK;
}

const char *relkg_rdf_guess_parser(relkg_rdf *r, const char *path, const unsigned char *head,
	size_t len)
{
	(void)len;
	const relkg_format *f = relkg_format_guess(path);
	if (f) {
		return strcmp(f->raptor, "rdfxml-abbrev") == 0 ? "rdfxml" : f->raptor;
	}
	const char *name = librdf_parser_guess_name2(r->world, NULL, head,
		(const unsigned char *)path);
	return name ? name : "turtle";
}

relkg_status relkg_rdf_parse_file(relkg_rdf *r, const char *path, librdf_model *model)
{
	char *buf = NULL;
	size_t len = 0;
	relkg_status st = relkg_rdf_slurp(path, &buf, &len);
	if (st != RELKG_OK) {
		return st;
	}
	const char *name = relkg_rdf_guess_parser(r, path, (unsigned char *)buf, len);
	librdf_parser *parser = librdf_new_parser(r->world, name, NULL, NULL);
	librdf_uri *base = strcmp(path, "-") == 0
		? librdf_new_uri(r->world, (const unsigned char *)"file:///dev/stdin")
		: librdf_new_uri_from_filename(r->world, path);
	const char *saved = r->where;
	unsigned errors = r->errors;
	r->where = path;
	if (!parser || !base) {
		st = RELKG_ERR_RDF;
	} else if (librdf_parser_parse_counted_string_into_model(parser,
			   (unsigned char *)buf, len, base, model) != 0 ||
		   r->errors != errors) {
		st = RELKG_ERR_SYNTAX;
	}
	r->where = saved;
	if (base) {
		librdf_free_uri(base);
	}
	if (parser) {
		librdf_free_parser(parser);
	}
	free(buf);
	return st;
}

typedef struct {
	librdf_model *plain, *graphs;
	int failed;
} quad_target;

/* librdf_statement is raptor_statement and librdf_node raptor_term (Redland
 * 1.0.17), so raptor's statements go straight into the models (copied). */
static void on_quad(void *user_data, raptor_statement *st)
{
	quad_target *t = user_data;
	if (st->graph) {
		librdf_node *g = st->graph;
		st->graph = NULL;
		t->failed |= librdf_model_context_add_statement(t->graphs, g, st) != 0;
		st->graph = g;
	} else {
		t->failed |= librdf_model_add_statement(t->plain, st) != 0;
	}
}

relkg_status relkg_rdf_parse_quads(relkg_rdf *r, const char *path, librdf_model *plain,
	librdf_model *graphs)
{
	char *buf = NULL;
	size_t len = 0;
	relkg_status st = relkg_rdf_slurp(path, &buf, &len);
	if (st != RELKG_OK) {
		return st;
	}
	raptor_world *rw = librdf_world_get_raptor(r->world);
	const char *name = relkg_rdf_guess_parser(r, path, (unsigned char *)buf, len);
	raptor_parser *p = raptor_new_parser(rw, name);
	raptor_uri *base = strcmp(path, "-") == 0
		? raptor_new_uri(rw, (const unsigned char *)"file:///dev/stdin")
		: raptor_new_uri_from_uri_or_file_string(rw, NULL, (const unsigned char *)path);
	quad_target t = {plain, graphs, 0};
	const char *saved = r->where;
	unsigned errors = r->errors;
	r->where = path;
	if (!p || !base) {
		st = RELKG_ERR_RDF;
	} else {
		raptor_parser_set_statement_handler(p, &t, on_quad);
		if (raptor_parser_parse_start(p, base) ||
		    raptor_parser_parse_chunk(p, (unsigned char *)buf, len, 1) || t.failed ||
		    r->errors != errors) {
			st = RELKG_ERR_SYNTAX;
		}
	}
	r->where = saved;
	if (base) {
		raptor_free_uri(base);
	}
	if (p) {
		raptor_free_parser(p);
	}
	free(buf);
	return st;
}
