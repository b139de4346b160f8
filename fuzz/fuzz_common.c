#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "lexicon.h"
#include "rdfterm.h"

char *relkg_fuzz_checked(const uint8_t *data, size_t *len)
{
	char *buf = malloc(*len + 1);
	if (!buf) {
		return NULL;
	}
	memcpy(buf, data, *len);
	buf[*len] = '\0';
	relkg_diag diag = {{0}};
	if (relkg_input_check(buf, len, &diag) != RELKG_OK) {
		if (!diag.msg[0]) {
			abort(); /* every refusal says why */
		}
		free(buf);
		return NULL;
	}
	return buf;
}

int relkg_fuzz_reader(const uint8_t *data, size_t size, const char *name,
		      relkg_fuzz_read_fn read)
{
	size_t len = size;
	char *buf = relkg_fuzz_checked(data, &len);
	if (!buf) {
		return 0;
	}
	relkg_doc *doc = relkg_doc_new(name);
	relkg_diag diag = {{0}};
	if (doc && read(doc, buf, len, &diag) != RELKG_OK && !diag.msg[0]) {
		abort(); /* every error says what is wrong */
	}
	relkg_doc_free(doc);
	free(buf);
	return 0;
}

const struct relkg_lexicon *relkg_fuzz_lexicon(const char *target)
{
	static relkg_lexicon *lex;
	static int tried;
	if (!tried) {
		tried = 1;
		relkg_diag diag = {{0}};
		if (relkg_lexicon_load(&lex, relkg_data_dir(NULL), &diag) != RELKG_OK) {
			fprintf(stderr, "%s: no lexicon: %s\n", target, diag.msg);
			lex = NULL;
		}
	}
	return lex;
}

static void check(int ok, const char *what, const char *value)
{
	if (!ok) {
		fprintf(stderr, "invalid %s reached the sink: \"%s\"\n", what, value ? value : "(null)");
		abort();
	}
}

/* A literal that reaches a sink: valid UTF-8 (rdfterm repaired it), so
 * repairing it again must change nothing. */
static void check_literal(const char *v)
{
	relkg_buf b;
	relkg_buf_init(&b);
	size_t fixed = 1;
	check(relkg_rdfterm_literal(&b, v, strlen(v), &fixed) == RELKG_OK && fixed == 0,
	      "literal", v);
	relkg_buf_clear(&b);
}

static void check_term(const relkg_term *t)
{
	switch (t->kind) {
	case RELKG_TERM_IRI:
		check(relkg_rdfterm_iri_valid(t->value, strlen(t->value)), "IRI", t->value);
		break;
	case RELKG_TERM_BLANK:
		check(strncmp(t->value, RELKG_BLANK_PREFIX, strlen(RELKG_BLANK_PREFIX)) == 0 &&
			      strspn(t->value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					       "0123456789_") == strlen(t->value),
		      "blank node", t->value);
		break;
	case RELKG_TERM_LITERAL:
		check_literal(t->value);
		check(!t->lang || relkg_rdfterm_lang_valid(t->lang), "language tag", t->lang);
		check(!t->datatype || relkg_rdfterm_iri_valid(t->datatype, strlen(t->datatype)),
		      "datatype", t->datatype);
		check(!(t->lang && t->datatype), "literal with lang and datatype", t->value);
		break;
	}
}

static relkg_status null_statement(void *h, const relkg_term *s, const relkg_term *p,
				   const relkg_term *o)
{
	(void)h;
	check(s->kind != RELKG_TERM_LITERAL, "subject", s->value);
	check(p->kind == RELKG_TERM_IRI, "predicate", p->value);
	check_term(s);
	check_term(p);
	check_term(o);
	return RELKG_OK;
}

void relkg_fuzz_null_sink(relkg_sink *sink)
{
	memset(sink, 0, sizeof(*sink));
	sink->statement = null_statement;
}
