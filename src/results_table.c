#include "results_table.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sparql_text.h"

static relkg_status put_iri(relkg_buf *b, const char *iri)
{
	for (size_t i = 0; relkg_sparql_prefixes[i][0]; ++i) {
		size_t n = strlen(relkg_sparql_prefixes[i][1]);
		if (strncmp(iri, relkg_sparql_prefixes[i][1], n) == 0 && iri[n] &&
		    strcspn(iri + n, "/#?") == strlen(iri + n)) {
			return relkg_buf_printf(b, "%s:%s", relkg_sparql_prefixes[i][0], iri + n);
		}
	}
	return relkg_buf_printf(b, "<%s>", iri);
}

static relkg_status put_node(relkg_buf *b, librdf_node *n)
{
	if (!n) {
		return RELKG_OK;
	}
	if (librdf_node_is_resource(n)) {
		return put_iri(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
	}
	if (librdf_node_is_blank(n)) {
		return relkg_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
	}
	relkg_status st = relkg_buf_printf(b, "\"%s\"", (const char *)librdf_node_get_literal_value(n));
	const char *lang = librdf_node_get_literal_value_language(n);
	librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
	if (st == RELKG_OK && lang) {
		st = relkg_buf_printf(b, "@%s", lang);
	} else if (st == RELKG_OK && dt) {
		st = relkg_buf_puts(b, "^^");
		st = st ? st : put_iri(b, (const char *)librdf_uri_as_string(dt));
	}
	return st;
}

/* Display width in code points (good enough for a text table). */
static size_t width(const char *s)
{
	size_t w = 0;
	for (; *s; ++s) {
		w += ((unsigned char)*s & 0xC0) != 0x80;
	}
	return w;
}

static void row(FILE *out, char **cells, const size_t *w, int n)
{
	for (int i = 0; i < n; ++i) {
		fprintf(out, "%s %s%*s", i ? " |" : "|", cells[i], (int)(w[i] - width(cells[i])), "");
	}
	fputs(" |\n", out);
}

static void rule(FILE *out, const size_t *w, int n)
{
	for (int i = 0; i < n; ++i) {
		fputc('+', out);
		for (size_t k = 0; k < w[i] + 2; ++k) {
			fputc('-', out);
		}
	}
	fputs("+\n", out);
}

static relkg_status read_rows(librdf_query_results *res, int n, char ***cells, size_t *rows,
	size_t *w)
{
	size_t cap = 0;
	relkg_status st = RELKG_OK;
	for (; st == RELKG_OK && !librdf_query_results_finished(res); librdf_query_results_next(res)) {
		if (*rows == cap) {
			cap = cap ? cap * 2 : 64;
			char **nc = realloc(*cells, cap * (size_t)n * sizeof **cells);
			if (!nc) {
				return RELKG_ERR_NOMEM;
			}
			*cells = nc;
		}
		for (int i = 0; i < n; ++i) {
			relkg_buf b = {0};
			librdf_node *node = librdf_query_results_get_binding_value(res, i);
			st = put_node(&b, node);
			st = st ? st : relkg_buf_puts(&b, "");
			if (node) {
				librdf_free_node(node);
			}
			char *s = relkg_buf_steal(&b);
			(*cells)[*rows * (size_t)n + (size_t)i] = s ? s : strdup("");
			size_t cw = width((*cells)[*rows * (size_t)n + (size_t)i]);
			w[i] = cw > w[i] ? cw : w[i];
		}
		++*rows;
	}
	return st;
}

relkg_status relkg_results_table(librdf_query_results *res, FILE *out)
{
	int n = librdf_query_results_get_bindings_count(res);
	if (n <= 0) {
		return RELKG_OK;
	}
	size_t *w = calloc((size_t)n, sizeof *w);
	char **head = calloc((size_t)n, sizeof *head);
	char **cells = NULL;
	size_t rows = 0;
	relkg_status st = w && head ? RELKG_OK : RELKG_ERR_NOMEM;
	for (int i = 0; st == RELKG_OK && i < n; ++i) {
		head[i] = (char *)librdf_query_results_get_binding_name(res, i);
		w[i] = width(head[i]);
	}
	st = st ? st : read_rows(res, n, &cells, &rows, w);
	if (st == RELKG_OK) {
		rule(out, w, n);
		row(out, head, w, n);
		rule(out, w, n);
		for (size_t r = 0; r < rows; ++r) {
			row(out, cells + r * (size_t)n, w, n);
		}
		rule(out, w, n);
		fprintf(out, "%zu row%s\n", rows, rows == 1 ? "" : "s");
	}
	for (size_t i = 0; i < rows * (size_t)n; ++i) {
		free(cells[i]);
	}
	free(cells);
	free(head);
	free(w);
	return st;
}
