#include "sparql_text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "vocab.h"

const char *const relkg_sparql_prefixes[][2] = {
	{"rkg", RELKG_NS_RKG},
	{"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
	{"prov", "http://www.w3.org/ns/prov#"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
	{"skos", "http://www.w3.org/2004/02/skos/core#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
	{"dcterms", "http://purl.org/dc/terms/"},
	{"owl", "http://www.w3.org/2002/07/owl#"},
	{"foaf", "http://xmlns.com/foaf/0.1/"},
	{"schema", "http://schema.org/"},
	{NULL, NULL},
};

typedef enum { TOK_END, TOK_WORD, TOK_PNAME, TOK_IRI, TOK_VAR, TOK_PUNCT, TOK_LIT } tok_kind;

typedef struct {
	const char *p;  /* scan position */
	const char *text;
	tok_kind kind;
	const char *start;
	size_t len;
	int space_before; /* whitespace or comment between this and the last token */
} lexer;

static int name_char(int c)
{
	return isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

static void skip_space(lexer *lx)
{
	lx->space_before = 0;
	for (;;) {
		if (isspace((unsigned char)*lx->p)) {
			++lx->p;
		} else if (*lx->p == '#') {
			lx->p += strcspn(lx->p, "\n");
		} else {
			return;
		}
		lx->space_before = 1;
	}
}

static void lex_string(lexer *lx)
{
	char q = *lx->p;
	int triple = lx->p[1] == q && lx->p[2] == q;
	lx->p += triple ? 3 : 1;
	while (*lx->p) {
		if (*lx->p == '\\' && lx->p[1]) {
			lx->p += 2;
		} else if (*lx->p == q && (!triple || (lx->p[1] == q && lx->p[2] == q))) {
			lx->p += triple ? 3 : 1;
			return;
		} else {
			++lx->p;
		}
	}
}

/* '<' starts an IRI when a '>' follows before any space. */
static int iri_ahead(const char *p)
{
	size_t n = strcspn(p + 1, "> \t\r\n{}\"");
	return p[1 + n] == '>' && n > 0;
}

static void next(lexer *lx)
{
	skip_space(lx);
	const char *s = lx->start = lx->p;
	unsigned char c = (unsigned char)*s;
	if (!c) {
		lx->kind = TOK_END;
	} else if (c == '"' || c == '\'') {
		lex_string(lx);
		lx->kind = TOK_LIT;
	} else if (c == '<' && iri_ahead(s)) {
		lx->p = strchr(s, '>') + 1;
		lx->kind = TOK_IRI;
	} else if ((c == '?' || c == '$') && name_char((unsigned char)s[1])) {
		for (++lx->p; name_char((unsigned char)*lx->p); ++lx->p) {
		}
		lx->kind = TOK_VAR;
	} else if (isalpha(c) || c == ':' || c == '_') {
		lx->kind = TOK_WORD;
		while (name_char((unsigned char)*lx->p) || *lx->p == ':') {
			if (*lx->p == ':') {
				lx->kind = TOK_PNAME;
			}
			++lx->p;
		}
		while (lx->p > s + 1 && lx->p[-1] == '.') {
			--lx->p; /* a trailing '.' ends the triple */
		}
	} else if (isdigit(c)) {
		while (isalnum((unsigned char)*lx->p) || *lx->p == '.') {
			++lx->p;
		}
		lx->kind = TOK_LIT;
	} else {
		++lx->p;
		lx->kind = TOK_PUNCT;
	}
	lx->len = (size_t)(lx->p - s);
}

static int is_word(const lexer *lx, const char *w)
{
	return lx->kind == TOK_WORD && lx->len == strlen(w) && strncasecmp(lx->start, w, lx->len) == 0;
}

static int is_punct(const lexer *lx, char c)
{
	return lx->kind == TOK_PUNCT && *lx->start == c;
}

int relkg_sparql_declares(const char *query, const char *name)
{
	lexer lx = {.p = query, .text = query};
	size_t n = strlen(name);
	for (next(&lx); lx.kind != TOK_END; next(&lx)) {
		if (!is_word(&lx, "PREFIX")) {
			continue;
		}
		next(&lx);
		if (lx.kind == TOK_PNAME && lx.len == n + 1 && strncmp(lx.start, name, n) == 0) {
			return 1;
		}
	}
	return 0;
}

relkg_status relkg_sparql_prologue(const char *query, relkg_buf *out, int *lines)
{
	*lines = 0;
	for (size_t i = 0; relkg_sparql_prefixes[i][0]; ++i) {
		if (relkg_sparql_declares(query, relkg_sparql_prefixes[i][0])) {
			continue;
		}
		relkg_status st = relkg_buf_printf(out, "PREFIX %s: <%s>\n", relkg_sparql_prefixes[i][0],
			relkg_sparql_prefixes[i][1]);
		if (st != RELKG_OK) {
			return st;
		}
		++*lines;
	}
	return RELKG_OK;
}

static int predicate_like(tok_kind k)
{
	return k == TOK_PNAME || k == TOK_IRI;
}

static void locate(const char *text, const char *at, relkg_sparql_limit *f)
{
	f->line = 1;
	f->col = 1;
	for (const char *p = text; p < at; ++p) {
		if (*p == '\n') {
			++f->line;
			f->col = 1;
		} else if (((unsigned char)*p & 0xC0) != 0x80) {
			++f->col;
		}
	}
}

#define PATH_MSG "property paths are not supported by rasqal 0.9.33; write the steps as separate triple patterns"

/* Checks the token after a predicate-like token for a path operator. */
static const char *path_after(const lexer *prev, const lexer *lx)
{
	if (!predicate_like(prev->kind) && !is_word(prev, "a")) {
		return NULL;
	}
	if ((is_punct(lx, '/') || is_punct(lx, '|')) && lx->p[0] != '|') {
		return PATH_MSG;
	}
	if (!lx->space_before && (is_punct(lx, '*') || is_punct(lx, '+') ||
				       (is_punct(lx, '?') && !name_char((unsigned char)lx->p[0])))) {
		return PATH_MSG;
	}
	return NULL;
}

static const char *check_token(const lexer *prev, const lexer *lx)
{
	if (is_word(lx, "MINUS")) {
		return "MINUS parses but does not run in rasqal 0.9.33; use OPTIONAL { ... } "
		       "FILTER(!BOUND(?v))";
	}
	if (is_word(lx, "DESCRIBE")) {
		return "DESCRIBE does not run in rasqal 0.9.33; use CONSTRUCT { <x> ?p ?o } WHERE "
		       "{ <x> ?p ?o }";
	}
	if (is_word(lx, "EXISTS")) {
		return "FILTER [NOT] EXISTS is not supported by rasqal 0.9.33; use OPTIONAL { ... } "
		       "FILTER(!BOUND(?v)) or FILTER(BOUND(?v))";
	}
	if ((is_punct(lx, '^') && lx->p[0] != '^' && !is_punct(prev, '^')) ||
	    (is_punct(lx, '!') && (lx->p[0] == '<' || lx->p[0] == '^' ||
				       (lx->p[0] == 'a' && !name_char((unsigned char)lx->p[1])) ||
				       (isalpha((unsigned char)lx->p[0]) && strchr(lx->p, ':') &&
					strcspn(lx->p, ":") < strcspn(lx->p, " \t\n(){}.;,"))))) {
		return PATH_MSG;
	}
	return path_after(prev, lx);
}

relkg_status relkg_sparql_unsupported(const char *query, relkg_sparql_limit *found)
{
	lexer lx = {.p = query, .text = query};
	lexer prev = lx;
	prev.kind = TOK_END;
	for (next(&lx); lx.kind != TOK_END; prev = lx, next(&lx)) {
		const char *what = check_token(&prev, &lx);
		if (what) {
			found->what = what;
			locate(query, is_word(&lx, "EXISTS") && is_word(&prev, "NOT") ? prev.start
										    : lx.start,
				found);
			return RELKG_OK;
		}
	}
	return RELKG_NO_MATCH;
}
