#include "pipeline.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "extract.h"
#include "wikitext.h"
#include <stdlib.h>

relkg_status relkg_pipeline_run(const relkg_pipeline_opts *opts, const char *name, char *data,
				size_t len, relkg_graph *g, char **article_iri, relkg_diag *diag)
{
	return relkg_pipeline_run_if(opts, NULL, NULL, name, data, len, g, article_iri, diag);
}

relkg_status relkg_pipeline_run_if(const relkg_pipeline_opts *opts, relkg_pipeline_keep keep,
				   void *keep_arg, const char *name, char *data, size_t len,
				   relkg_graph *g, char **article_iri, relkg_diag *diag)
{
	relkg_status st = relkg_input_check(data, &len, diag);
	if (st != RELKG_OK) {
		return st;
	}
	return relkg_pipeline_checked_if(opts, keep, keep_arg, name, data, len, g, article_iri,
					 diag);
}

relkg_status relkg_pipeline_checked_if(const relkg_pipeline_opts *opts, relkg_pipeline_keep keep,
				       void *keep_arg, const char *name, const char *data,
				       size_t len, relkg_graph *g, char **article_iri,
				       relkg_diag *diag)
{
	relkg_status st;
	const relkg_reader *r = opts->reader ? opts->reader : relkg_reader_guess(data, len, name);
	relkg_doc *doc = relkg_doc_new(name);
	if (!doc) {
		return RELKG_ERR_NOMEM;
	}
	st = r->read(doc, data, len, diag);
	if (st == RELKG_OK && keep && !keep(doc, keep_arg)) {
		st = RELKG_NO_MATCH;
	} else if (st == RELKG_OK) {
		st = relkg_pipeline_doc(opts, doc, g, article_iri, diag);
	}
	relkg_doc_free(doc);
	return st;
}

relkg_status relkg_pipeline_doc(const relkg_pipeline_opts *opts, const relkg_doc *doc,
				relkg_graph *g, char **article_iri, relkg_diag *diag)
{
	relkg_ctx ctx;
	relkg_status st = relkg_ctx_init(&ctx, doc, g, opts->base, opts->lex);
	if (st == RELKG_OK) {
		st = relkg_extract(&ctx);
	}
	if (st == RELKG_OK && article_iri) {
		*article_iri = ctx.article_iri;
		ctx.article_iri = NULL;
	}
	if (st != RELKG_OK && !diag->msg[0]) {
		snprintf(diag->msg, sizeof(diag->msg), "%s", relkg_strerror(st));
	}
	relkg_ctx_clear(&ctx);
	return st;
}

relkg_status relkg_pipeline_wikipage(const relkg_pipeline_opts *opts, const char *name,
				     const char *title, const char *text, size_t len,
				     relkg_graph *g, char **article_iri, relkg_diag *diag)
{
	return relkg_pipeline_wikipage_if(opts, NULL, NULL, name, title, text, len, g,
					  article_iri, diag);
}

relkg_status relkg_pipeline_wikipage_if(const relkg_pipeline_opts *opts, relkg_pipeline_keep keep,
					void *keep_arg, const char *name, const char *title,
					const char *text, size_t len, relkg_graph *g,
					char **article_iri, relkg_diag *diag)
{
	/* libxml2 hands out valid UTF-8; the common checks still apply
	 * (controls, NUL-free, size) on a private copy. */
	char *copy = malloc(len + 1);
	if (!copy) {
		return RELKG_ERR_NOMEM;
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	relkg_status st = relkg_input_check(copy, &len, diag);
	relkg_doc *doc = st == RELKG_OK ? relkg_doc_new(name) : NULL;
	if (st == RELKG_OK && !doc) {
		st = RELKG_ERR_NOMEM;
	}
	if (st == RELKG_OK) {
		st = relkg_wikitext_read(doc, title, copy, len, diag);
	}
	if (st == RELKG_OK && keep && !keep(doc, keep_arg)) {
		st = RELKG_NO_MATCH;
	}
	if (st == RELKG_OK) {
		st = relkg_pipeline_doc(opts, doc, g, article_iri, diag);
	}
	relkg_doc_free(doc);
	free(copy);
	return st;
}
