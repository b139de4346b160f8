#include "triggers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "stem.h"

#define MAX_FIELDS 9

static void free_words(char **w, size_t n)
{
	for (size_t i = 0; i < n; ++i) {
		free(w[i]);
	}
	free(w);
}

void relkg_triggers_free(relkg_triggers *t)
{
	if (!t) {
		return;
	}
	for (size_t i = 0; i < t->n; ++i) {
		relkg_trigger *x = &t->t[i];
		free_words(x->words, x->n_words);
		free(x->cls);
		free(x->cameo);
		free(x->plover);
		free(x->refer);
		free(x->on_place);
	}
	for (size_t i = 0; i < t->n_before; ++i) {
		free_words(t->before[i].words, t->before[i].n_words);
	}
	for (size_t i = 0; i < t->n_after; ++i) {
		free_words(t->after[i].words, t->after[i].n_words);
	}
	relkg_trigger_index_free(t->index);
	relkg_trigger_index_free(t->before_index);
	relkg_trigger_index_free(t->after_index);
	free(t->t);
	free(t->before);
	free(t->after);
	free(t);
}

int relkg_frame_has(const relkg_arg_frame *f, const char *src)
{
	for (size_t i = 0; i < f->n; ++i) {
		if (strcmp(f->src[i], src) == 0) {
			return 1;
		}
	}
	return 0;
}

/* Splits line (modified in place) at TABs. Returns the field count. */
static size_t split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line;
	while (n < max) {
		f[n++] = p;
		char *tab = strchr(p, '\t');
		if (!tab) {
			break;
		}
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

/* Stems the space-separated words of pattern into *out. */
static relkg_status stem_pattern(relkg_stemmer *st, const char *pattern, char ***out,
				 size_t *n_out)
{
	char **w = NULL;
	size_t n = 0;
	const char *p = pattern;
	while (*p) {
		while (*p == ' ') {
			++p;
		}
		const char *e = p;
		while (*e && *e != ' ') {
			++e;
		}
		if (e == p) {
			break;
		}
		char **nw = realloc(w, (n + 1) * sizeof(*w));
		/* "*", "**" and "=surface" are kept as written */
		const char *s = (*p == '*' || *p == '=') ? NULL : relkg_stem(st, p, (size_t)(e - p));
		char *copy = s ? relkg_strndup(s, strlen(s)) : relkg_strndup(p, (size_t)(e - p));
		if (!nw || !copy) {
			free(copy);
			free_words(nw ? nw : w, n);
			return RELKG_ERR_NOMEM;
		}
		w = nw;
		w[n++] = copy;
		p = e;
	}
	*out = w;
	*n_out = n;
	return n ? RELKG_OK : RELKG_ERR_SYNTAX;
}

/* "subj,to,with" or "-" into f. */
static relkg_status parse_frame(const char *s, relkg_arg_frame *f)
{
	memset(f, 0, sizeof(*f));
	if (strcmp(s, "-") == 0) {
		return RELKG_OK;
	}
	while (*s) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (len == 0 || len >= sizeof(f->src[0]) || f->n == RELKG_ARG_SOURCES) {
			return RELKG_ERR_SYNTAX;
		}
		memcpy(f->src[f->n], s, len);
		f->src[f->n++][len] = '\0';
		s = e ? e + 1 : s + len;
	}
	return RELKG_OK;
}

static char *dup(const char *s)
{
	return relkg_strndup(s, strlen(s));
}

static relkg_status add_trigger(relkg_triggers *t, relkg_stemmer *st, char **f, int line)
{
	relkg_trigger *nt = realloc(t->t, (t->n + 1) * sizeof(*nt));
	if (!nt) {
		return RELKG_ERR_NOMEM;
	}
	t->t = nt;
	relkg_trigger *x = &t->t[t->n];
	memset(x, 0, sizeof(*x));
	x->line = line;
	relkg_status s = stem_pattern(st, f[1], &x->words, &x->n_words);
	if (s != RELKG_OK) {
		return s;
	}
	for (size_t i = 0; i < x->n_words; ++i) {
		const char *w = x->words[i];
		x->n_solid += w[0] != '*';
		if (w[0] != '*') {
			relkg_word_keys_add_word(&x->solid_keys, w[0] == '=' ? w + 1 : w);
		}
	}
	++t->n; /* owned from here on: freed with t */
	if (!(x->cls = dup(f[2])) || !(x->cameo = dup(f[3])) || !(x->plover = dup(f[4]))) {
		return RELKG_ERR_NOMEM;
	}
	if (parse_frame(f[5], &x->agent) || parse_frame(f[6], &x->target) ||
	    parse_frame(f[7], &x->place)) {
		return RELKG_ERR_SYNTAX;
	}
	if (strncmp(f[8], "refer=", 6) == 0) {
		if (!(x->refer = dup(f[8] + 6))) {
			return RELKG_ERR_NOMEM;
		}
	} else if (strcmp(f[8], "dated") == 0) {
		x->dated = 1;
	} else if (strncmp(f[8], "place=", 6) == 0) {
		if (!(x->on_place = dup(f[8] + 6))) {
			return RELKG_ERR_NOMEM;
		}
	} else if (strcmp(f[8], "-") != 0) {
		return RELKG_ERR_SYNTAX;
	}
	return RELKG_OK;
}

static relkg_status add_blocker(relkg_blocker **list, size_t *n, relkg_stemmer *st,
				const char *pattern)
{
	relkg_blocker *nl = realloc(*list, (*n + 1) * sizeof(*nl));
	if (!nl) {
		return RELKG_ERR_NOMEM;
	}
	*list = nl;
	relkg_blocker *b = &nl[*n];
	relkg_status s = stem_pattern(st, pattern, &b->words, &b->n_words);
	if (s == RELKG_OK) {
		++*n;
	}
	return s;
}

static relkg_status parse_line(relkg_triggers *t, relkg_stemmer *st, char *line, int ln)
{
	char *f[MAX_FIELDS];
	size_t n = split_tabs(line, f, MAX_FIELDS);
	if (strcmp(f[0], "trigger") == 0) {
		return n == MAX_FIELDS ? add_trigger(t, st, f, ln) : RELKG_ERR_SYNTAX;
	}
	if (n != 2) {
		return RELKG_ERR_SYNTAX;
	}
	if (strcmp(f[0], "block-before") == 0) {
		return add_blocker(&t->before, &t->n_before, st, f[1]);
	}
	if (strcmp(f[0], "block-after") == 0) {
		return add_blocker(&t->after, &t->n_after, st, f[1]);
	}
	return RELKG_ERR_SYNTAX;
}

/* Indexes the triggers (blockers when t is NULL) by their first words. */
static relkg_trigger_index *index_first(const relkg_trigger *t, const relkg_blocker *b,
					size_t n)
{
	const char **first = malloc((n ? n : 1) * sizeof(*first));
	if (!first) {
		return NULL;
	}
	for (size_t k = 0; k < n; ++k) {
		first[k] = t ? t[k].words[0] : b[k].words[0];
	}
	relkg_trigger_index *x = relkg_trigger_index_new(first, n);
	free(first);
	return x;
}

/* Points each "place=CLASS" line at the first line of CLASS with no such
 * flag of its own; a class no line has is an error. */
static relkg_status resolve_places(relkg_triggers *t)
{
	for (size_t i = 0; i < t->n; ++i) {
		relkg_trigger *x = &t->t[i];
		for (size_t k = 0; x->on_place && !x->place_trig && k < t->n; ++k) {
			if (!t->t[k].on_place && strcmp(t->t[k].cls, x->on_place) == 0) {
				x->place_trig = &t->t[k];
			}
		}
		if (x->on_place && !x->place_trig) {
			return RELKG_ERR_SYNTAX;
		}
	}
	return RELKG_OK;
}

/* Sets each line's cls_id: the number of the first line of its class.
 * A lexicon has a score of classes: each line is compared with the first
 * line of each class seen so far, not with every line before it. */
static relkg_status number_classes(relkg_triggers *t)
{
	size_t *firsts = malloc((t->n ? t->n : 1) * sizeof(*firsts)), n = 0;
	if (!firsts) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < t->n; ++i) {
		size_t k = 0;
		while (k < n && strcmp(t->t[firsts[k]].cls, t->t[i].cls) != 0) {
			++k;
		}
		if (k == n) {
			firsts[n++] = i;
		}
		t->t[i].cls_id = firsts[k];
	}
	free(firsts);
	return RELKG_OK;
}

/* The first "sign * treaty" line of class Agreement, or NULL. */
static const relkg_trigger *signing_trigger(const relkg_triggers *lex)
{
	for (size_t i = 0; i < lex->n; ++i) {
		const relkg_trigger *t = &lex->t[i];
		if (strcmp(t->cls, "Agreement") == 0 && t->n_words == 3 &&
		    strcmp(t->words[0], "sign") == 0 && strcmp(t->words[2], "treati") == 0) {
			return t;
		}
	}
	return NULL;
}

static relkg_status build_indexes(relkg_triggers *t)
{
	t->index = index_first(t->t, NULL, t->n);
	t->before_index = index_first(NULL, t->before, t->n_before);
	t->after_index = index_first(NULL, t->after, t->n_after);
	return t->index && t->before_index && t->after_index ? RELKG_OK : RELKG_ERR_NOMEM;
}

relkg_status relkg_triggers_parse(relkg_triggers **out, const char *text, const char *name,
				  relkg_diag *diag)
{
	relkg_triggers *t = calloc(1, sizeof(*t));
	relkg_stemmer *st = relkg_stemmer_new();
	char *copy = relkg_strndup(text, strlen(text));
	relkg_status s = (t && st && copy) ? RELKG_OK : RELKG_ERR_NOMEM;
	int ln = 0;
	for (char *p = copy; s == RELKG_OK && p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl) {
			*nl = '\0';
		}
		++ln;
		if (*p && *p != '#') {
			s = parse_line(t, st, p, ln);
		}
		p = nl ? nl + 1 : NULL;
	}
	if (s == RELKG_OK) {
		s = resolve_places(t);
	}
	if (s == RELKG_OK) {
		s = build_indexes(t);
	}
	if (s == RELKG_OK) {
		s = number_classes(t);
	}
	if (s == RELKG_OK) {
		t->signing = signing_trigger(t);
	}
	if (s != RELKG_OK && diag) {
		snprintf(diag->msg, sizeof(diag->msg), "%s:%d: %s", name, ln,
			 s == RELKG_ERR_SYNTAX ? "malformed trigger line" : relkg_strerror(s));
	}
	free(copy);
	relkg_stemmer_free(st);
	if (s != RELKG_OK) {
		relkg_triggers_free(t);
		return s;
	}
	*out = t;
	return RELKG_OK;
}

relkg_status relkg_triggers_load(relkg_triggers **out, const char *dir, relkg_diag *diag)
{
	relkg_diag local = {{0}};
	if (!diag) {
		diag = &local; /* callers may pass none */
	}
	relkg_buf path;
	relkg_buf_init(&path);
	relkg_status s = relkg_buf_printf(&path, "%s/lexicon/events.tsv", dir);
	char *text = NULL;
	size_t len = 0;
	if (s == RELKG_OK) {
		s = relkg_input_read(path.data, &text, &len, diag);
		if (s != RELKG_OK) {
			char msg[sizeof(diag->msg)];
			memcpy(msg, diag->msg, sizeof(msg));
			int n = snprintf(diag->msg, sizeof(diag->msg), "%s: ", path.data);
			if (n > 0 && (size_t)n < sizeof(diag->msg)) {
				snprintf(diag->msg + n, sizeof(diag->msg) - (size_t)n, "%.*s",
					 (int)(sizeof(diag->msg) - (size_t)n - 1), msg);
			}
		}
	}
	if (s == RELKG_OK) {
		s = relkg_triggers_parse(out, text, path.data, diag);
	}
	free(text);
	relkg_buf_clear(&path);
	return s;
}
