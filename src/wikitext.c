/* Wikitext into the document model, in three passes:
 *   1. strip: comments, <ref>s (collected, "[n]" left in their place),
 *      templates, tables and non-prose elements, over the whole page;
 *   2. blocks: lines into headings, list items and paragraphs;
 *   3. inline: links, external links, quote markup, tags and entities in
 *      each block, with white space folded so that the builder keeps the
 *      block as given and link offsets stay exact. */
#include "wikitext.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "reader.h"

/* ------------------------------------------------------------ refs */

typedef struct {
	char *name; /* NULL for unnamed refs */
	int number;
} ref_name;

typedef struct {
	relkg_doc *doc;
	ref_name *names;
	size_t n_names;
	int next_number;
	relkg_status st;
} wiki;

static int ieq_prefix(const char *s, const char *end, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(end - s) < n) {
		return 0;
	}
	for (size_t i = 0; i < n; ++i) {
		if (tolower((unsigned char)s[i]) != lit[i]) {
			return 0;
		}
	}
	return 1;
}

/* Finds needle (lower case) in [s, end) case-insensitively. */
static const char *ifind(const char *s, const char *end, const char *needle)
{
	for (; s < end; ++s) {
		if (ieq_prefix(s, end, needle)) {
			return s;
		}
	}
	return NULL;
}

/* The value of attribute name="..." (or name=x) inside a tag [s, end). */
static int tag_attr(const char *s, const char *end, const char *attr, const char **v,
		    size_t *vn)
{
	const char *a = ifind(s, end, attr);
	while (a && a > s && isalnum((unsigned char)a[-1])) {
		a = ifind(a + 1, end, attr);
	}
	if (!a) {
		return 0;
	}
	a += strlen(attr);
	while (a < end && *a == ' ') {
		++a;
	}
	if (a >= end || *a != '=') {
		return 0;
	}
	++a;
	while (a < end && *a == ' ') {
		++a;
	}
	char q = (a < end && (*a == '"' || *a == '\'')) ? *a++ : 0;
	const char *b = a;
	while (b < end && (q ? *b != q : (*b != ' ' && *b != '/' && *b != '>'))) {
		++b;
	}
	*v = a;
	*vn = (size_t)(b - a);
	return 1;
}

static int ref_number(wiki *w, const char *name, size_t n, int *is_new)
{
	if (name) {
		for (size_t i = 0; i < w->n_names; ++i) {
			if (w->names[i].name && strlen(w->names[i].name) == n &&
			    strncmp(w->names[i].name, name, n) == 0) {
				*is_new = 0;
				return w->names[i].number;
			}
		}
	}
	ref_name *nn = realloc(w->names, (w->n_names + 1) * sizeof(*nn));
	if (!nn) {
		w->st = RELKG_ERR_NOMEM;
		return 0;
	}
	w->names = nn;
	nn[w->n_names].name = name ? relkg_strndup(name, n) : NULL;
	nn[w->n_names].number = ++w->next_number;
	*is_new = 1;
	return nn[w->n_names++].number;
}

static relkg_status inline_text(const char *s, size_t n, relkg_buf *out, relkg_doc *links_to,
				size_t base);
static const char *balanced(const char *s, const char *end, const char *open,
			    const char *close);

/* A template parameter |name=value in [s, end), markup stripped. */
static int cite_field(const char *s, const char *end, const char *name, relkg_buf *out)
{
	size_t nl = strlen(name);
	for (const char *p = s; p < end; ++p) {
		if (*p != '|') {
			continue;
		}
		const char *q = p + 1;
		while (q < end && *q == ' ') {
			++q;
		}
		if (!ieq_prefix(q, end, name)) {
			continue;
		}
		q += nl;
		while (q < end && *q == ' ') {
			++q;
		}
		if (q >= end || *q != '=') {
			continue;
		}
		++q;
		const char *e = q;
		int depth = 0;
		while (e < end && (depth > 0 || *e != '|')) {
			depth += (e[0] == '[' && e + 1 < end && e[1] == '[') ||
				 (e[0] == '{' && e + 1 < end && e[1] == '{');
			depth -= (e[0] == ']' && e + 1 < end && e[1] == ']') ||
				 (e[0] == '}' && e + 1 < end && e[1] == '}');
			++e;
		}
		out->len = 0;
		if (inline_text(q, (size_t)(e - q), out, NULL, 0) != RELKG_OK) {
			return 0;
		}
		return out->len > 0;
	}
	return 0;
}

/* A reference entry's text in the reference-list style of the mirrors:
 * "Title". Publisher. Date.  From {{cite ...}} fields where present. */
static relkg_status ref_entry(wiki *w, int number, const char *s, const char *end)
{
	relkg_buf text, f, url;
	relkg_buf_init(&text);
	relkg_buf_init(&f);
	relkg_buf_init(&url);
	relkg_status st = RELKG_OK;
	const char *cite = ifind(s, end, "{{cite");
	if (!cite) {
		cite = ifind(s, end, "{{citation");
	}
	if (cite) {
		const char *close = balanced(cite, end, "{{", "}}");
		end = close ? close - 2 : end; /* the template's own fields */
		if (cite_field(cite, end, "title", &f)) {
			st = relkg_buf_printf(&text, "\"%s\".", f.data);
		}
		const char *pubs[] = {"publisher", "work", "newspaper", "website", "agency",
				      "journal", "magazine", NULL};
		for (const char **p = pubs; *p && !st; ++p) {
			if (cite_field(cite, end, *p, &f)) {
				st = relkg_buf_printf(&text, " %s.", f.data);
				break;
			}
		}
		if (!st && cite_field(cite, end, "date", &f)) {
			st = relkg_buf_printf(&text, " %s.", f.data);
		}
		if (cite_field(cite, end, "url", &f)) {
			st = st ? st : relkg_buf_append(&url, f.data, f.len);
		}
	}
	if (!st && text.len == 0) {
		st = inline_text(s, (size_t)(end - s), &text, NULL, 0);
	}
	if (!st) {
		st = relkg_doc_add_reference(w->doc, number, text.data ? text.data : "", text.len,
					     url.len ? url.data : NULL);
	}
	relkg_buf_clear(&text);
	relkg_buf_clear(&f);
	relkg_buf_clear(&url);
	return st;
}

/* ------------------------------------------------------------ pass 1 */

/* End of a balanced "open ... close" run starting at s (s points at open),
 * or NULL when unbalanced. */
static const char *balanced(const char *s, const char *end, const char *open, const char *close)
{
	size_t on = strlen(open), cn = strlen(close);
	int depth = 0;
	for (const char *p = s; p < end;) {
		if ((size_t)(end - p) >= on && strncmp(p, open, on) == 0) {
			++depth;
			p += on;
		} else if ((size_t)(end - p) >= cn && strncmp(p, close, cn) == 0) {
			p += cn;
			if (--depth == 0) {
				return p;
			}
		} else {
			++p;
		}
	}
	return NULL;
}

static int at_line_start(const char *begin, const char *p)
{
	while (p > begin && (p[-1] == ' ' || p[-1] == '\t')) {
		--p;
	}
	return p == begin || p[-1] == '\n';
}

/* Table "{|" ... "|}" with nesting; returns its end. */
static const char *table_end(const char *s, const char *end)
{
	int depth = 0;
	for (const char *p = s; p < end; ++p) {
		if (p[0] == '{' && p + 1 < end && p[1] == '|') {
			++depth;
			++p;
		} else if (p[0] == '|' && p + 1 < end && p[1] == '}') {
			if (--depth == 0) {
				return p + 2;
			}
			++p;
		}
	}
	return end;
}

static const char *const dropped_elements[] = {"gallery", "math", "score", "timeline",
					       "imagemap", "syntaxhighlight", "graph", NULL};

/* A <ref ...>...</ref> or <ref .../> at s: collect it, write "[n]". */
static const char *take_ref(wiki *w, const char *s, const char *end, relkg_buf *out)
{
	const char *gt = memchr(s, '>', (size_t)(end - s));
	if (!gt) {
		return NULL;
	}
	const char *name = NULL;
	size_t nn = 0;
	tag_attr(s + 4, gt, "name", &name, &nn);
	int self_closing = gt[-1] == '/';
	const char *body = gt + 1, *body_end = body, *after = body;
	if (!self_closing) {
		const char *close = ifind(body, end, "</ref");
		if (!close) {
			return NULL;
		}
		body_end = close;
		const char *cgt = memchr(close, '>', (size_t)(end - close));
		after = cgt ? cgt + 1 : end;
	}
	int is_new = 0;
	int number = ref_number(w, name, nn, &is_new);
	if (w->st) {
		return NULL;
	}
	if (is_new && !self_closing && (w->st = ref_entry(w, number, body, body_end))) {
		return NULL;
	}
	if ((w->st = relkg_buf_printf(out, "[%d]", number))) {
		return NULL;
	}
	return after;
}

/* Skips an element we drop whole (<gallery>...</gallery>); NULL if s is
 * not one. */
static const char *skip_element(const char *s, const char *end)
{
	for (const char *const *e = dropped_elements; *e; ++e) {
		size_t n = strlen(*e);
		if (s + 1 + n <= end && ieq_prefix(s + 1, end, *e) &&
		    (s[1 + n] == '>' || s[1 + n] == ' ' || s[1 + n] == '/')) {
			char close[32];
			snprintf(close, sizeof(close), "</%s", *e);
			const char *c = ifind(s, end, close);
			if (!c) {
				return end;
			}
			const char *gt = memchr(c, '>', (size_t)(end - c));
			return gt ? gt + 1 : end;
		}
	}
	return NULL;
}

static relkg_status strip_pass(wiki *w, const char *s, size_t n, relkg_buf *out)
{
	const char *p = s, *end = s + n;
	while (p < end && !w->st) {
		const char *next = NULL;
		if (p[0] == '<' && p + 3 < end && strncmp(p, "<!--", 4) == 0) {
			const char *c = strstr(p + 4, "-->");
			next = (c && c < end) ? c + 3 : end;
		} else if (p[0] == '<' && ieq_prefix(p, end, "<ref") &&
			   (p[4] == ' ' || p[4] == '>' || p[4] == '/')) {
			next = take_ref(w, p, end, out);
			if (!next && !w->st) {
				next = p + 1;
			}
		} else if (p[0] == '<' && ieq_prefix(p, end, "<references")) {
			const char *c = ifind(p, end, "</references>");
			const char *gt = memchr(p, '>', (size_t)(end - p));
			next = (gt && gt[-1] == '/') ? gt + 1 : (c ? c + 13 : end);
		} else if (p[0] == '<' && (next = skip_element(p, end))) {
			/* dropped */
		} else if (p[0] == '{' && p + 1 < end && p[1] == '{') {
			next = balanced(p, end, "{{", "}}");
			if (!next) {
				next = end; /* unbalanced template: the rest is markup */
			}
		} else if (p[0] == '{' && p + 1 < end && p[1] == '|' && at_line_start(s, p)) {
			next = table_end(p, end);
		}
		if (next) {
			p = next;
			continue;
		}
		if ((w->st = relkg_buf_putc(out, *p))) {
			break;
		}
		++p;
	}
	return w->st;
}

/* ------------------------------------------------------------ pass 3 */

typedef struct {
	relkg_buf *out;
	int space;         /* a space is pending */
	relkg_doc *doc;    /* where links go, or NULL */
	size_t base;       /* doc offset of out->data[0] */
} emitter;

static relkg_status emit(emitter *e, const char *s, size_t n)
{
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && !st; ++i) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			++i; /* U+00A0 folds like the builder folds it */
			c = ' ';
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			e->space = e->out->len > 0;
			continue;
		}
		if (e->space) {
			st = relkg_buf_putc(e->out, ' ');
			e->space = 0;
		}
		if (!st) {
			st = relkg_buf_putc(e->out, (char)c);
		}
	}
	return st;
}

static relkg_status emit_cp(emitter *e, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (cp == 0xA0) {
		return emit(e, " ", 1);
	}
	return emit(e, u, n);
}

/* "&amp;", "&#8211;", "&#x2013;" at s; returns bytes consumed or 0. */
static size_t entity(emitter *e, const char *s, const char *end, relkg_status *st)
{
	const char *semi = memchr(s, ';', (size_t)(end - s) < 12 ? (size_t)(end - s) : 12);
	if (!semi || semi == s + 1) {
		return 0;
	}
	unsigned long cp = 0;
	if (s[1] == '#') {
		char *stop;
		cp = (s[2] == 'x' || s[2] == 'X') ? strtoul(s + 3, &stop, 16) : strtoul(s + 2, &stop, 10);
		if (stop != semi || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
		    cp == 0xFFFE || cp == 0xFFFF || (cp < 0x20 && cp != '\t' && cp != '\n')) {
			return 0;
		}
	} else {
		char name[12];
		size_t n = (size_t)(semi - s - 1);
		memcpy(name, s + 1, n);
		name[n] = '\0';
		const htmlEntityDesc *d = htmlEntityLookup((const xmlChar *)name);
		if (!d) {
			return 0;
		}
		cp = d->value;
	}
	*st = emit_cp(e, (unsigned)cp);
	return (size_t)(semi - s + 1);
}

static int namespaced_link(const char *s, const char *end)
{
	static const char *const ns[] = {"file:", "image:", "category:", "media:", "wikt:",
					 "wiktionary:", "s:", "commons:", NULL};
	for (const char *const *n = ns; *n; ++n) {
		if (ieq_prefix(s, end, *n)) {
			return 1;
		}
	}
	/* interlanguage links: [[de:...]], [[zh-yue:...]] */
	const char *p = s;
	while (p < end && (islower((unsigned char)*p) || *p == '-') && p - s < 12) {
		++p;
	}
	return p > s && p < end && *p == ':' && p - s >= 2;
}

static relkg_status inline_run(emitter *e, const char *s, const char *end);

/* [[Target|shown]]trail at s (s points at "[["); returns the end. */
static const char *wiki_link(emitter *e, const char *s, const char *end, relkg_status *st)
{
	const char *close = balanced(s, end, "[[", "]]");
	if (!close) {
		*st = emit(e, s, 2);
		return s + 2;
	}
	const char *in = s + 2, *in_end = close - 2;
	if (namespaced_link(in, in_end)) {
		return close;
	}
	const char *bar = memchr(in, '|', (size_t)(in_end - in));
	const char *t_end = bar ? bar : in_end;
	const char *hash = memchr(in, '#', (size_t)(t_end - in));
	const char *target_end = hash ? hash : t_end;
	if (e->space && e->out->len > 0) {
		if ((*st = relkg_buf_putc(e->out, ' '))) {
			return end;
		}
		e->space = 0;
	}
	size_t begin = e->out->len;
	*st = bar ? inline_run(e, bar + 1, in_end) : inline_run(e, in, in_end);
	const char *trail = close;
	while (trail < end && isalpha((unsigned char)*trail)) {
		++trail;
	}
	if (!*st && trail > close) {
		*st = emit(e, close, (size_t)(trail - close));
	}
	if (!*st && e->doc && e->out->len > begin && target_end > in) {
		relkg_buf t;
		relkg_buf_init(&t);
		for (const char *c = in; c < target_end && !*st; ++c) {
			*st = relkg_buf_putc(&t, *c == '_' ? ' ' : *c);
		}
		if (!*st && t.len) {
			t.data[0] = (char)toupper((unsigned char)t.data[0]);
			*st = relkg_doc_add_link(e->doc, e->base + begin, e->base + e->out->len,
						 t.data, t.len);
		}
		relkg_buf_clear(&t);
	}
	return trail;
}

/* [http://example.org label] at s; returns the end or NULL. */
static const char *ext_link(emitter *e, const char *s, const char *end, relkg_status *st)
{
	const char *p = s + 1;
	if (!(ieq_prefix(p, end, "http://") || ieq_prefix(p, end, "https://") ||
	      ieq_prefix(p, end, "//") || ieq_prefix(p, end, "ftp://"))) {
		return NULL;
	}
	const char *close = memchr(p, ']', (size_t)(end - p));
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	if (!close || (nl && nl < close)) {
		return NULL;
	}
	const char *sp = memchr(p, ' ', (size_t)(close - p));
	if (sp) {
		*st = inline_run(e, sp + 1, close);
	}
	return close + 1;
}

/* An HTML tag at s: <br> is a space, others vanish (content stays). */
static const char *html_tag(emitter *e, const char *s, const char *end, relkg_status *st)
{
	const char *p = s + 1;
	if (p < end && *p == '/') {
		++p;
	}
	if (p >= end || !isalpha((unsigned char)*p)) {
		return NULL;
	}
	const char *gt = memchr(p, '>', (size_t)(end - p) < 512 ? (size_t)(end - p) : 512);
	if (!gt) {
		return NULL;
	}
	if (ieq_prefix(p, end, "br")) {
		*st = emit(e, " ", 1);
	}
	return gt + 1;
}

static relkg_status inline_run(emitter *e, const char *s, const char *end)
{
	relkg_status st = RELKG_OK;
	const char *p = s;
	while (p < end && !st) {
		const char *next = NULL;
		if (p[0] == '[' && p + 1 < end && p[1] == '[') {
			next = wiki_link(e, p, end, &st);
		} else if (p[0] == '[') {
			next = ext_link(e, p, end, &st);
		} else if (p[0] == '\'' && p + 1 < end && p[1] == '\'') {
			next = p;
			while (next < end && *next == '\'') {
				++next;
			}
		} else if (p[0] == '<') {
			next = html_tag(e, p, end, &st);
		} else if (p[0] == '&') {
			size_t k = entity(e, p, end, &st);
			next = k ? p + k : NULL;
		} else if (p[0] == '_' && p + 1 < end && p[1] == '_') {
			const char *q = p + 2;
			while (q < end && isupper((unsigned char)*q)) {
				++q;
			}
			if (q + 1 < end && q > p + 2 && q[0] == '_' && q[1] == '_') {
				next = q + 2; /* __NOTOC__ */
			}
		}
		if (next) {
			p = next;
			continue;
		}
		st = emit(e, p, 1);
		++p;
	}
	return st;
}

/* Inline markup of s[0..n) into out (folded, trimmed); links recorded in
 * links_to at base + offset when given. */
static relkg_status inline_text(const char *s, size_t n, relkg_buf *out, relkg_doc *links_to,
				size_t base)
{
	emitter e = {out, 0, links_to, base};
	relkg_status st = inline_run(&e, s, s + n);
	if (!st && !out->data) {
		st = relkg_buf_puts(out, "");
	}
	return st;
}

/* ------------------------------------------------------------ pass 2 */

typedef struct {
	int counters[8];
	relkg_buf para;
} blocks;

/* Adds one block of wikitext s[0..n) (or a heading) to the document. */
static relkg_status add_inline_block(wiki *w, relkg_block_kind kind, const char *s, size_t n)
{
	relkg_buf text;
	relkg_buf_init(&text);
	size_t sep = relkg_doc_built_len(w->doc) > 0 ? 2 : 0;
	size_t base = relkg_doc_built_len(w->doc) + sep;
	size_t first_link = w->doc->n_links;
	relkg_status st = inline_text(s, n, &text, w->doc, base);
	if (!st && text.len == 0) {
		/* nothing visible: drop links that pointed into it */
		while (w->doc->n_links > first_link) {
			free(w->doc->links[--w->doc->n_links].target);
		}
	} else if (!st) {
		/* trailing space could have been emitted before a link: trim */
		while (text.len && text.data[text.len - 1] == ' ') {
			text.data[--text.len] = '\0';
		}
		st = relkg_doc_add_block(w->doc, kind, text.data, text.len);
	}
	relkg_buf_clear(&text);
	return st;
}

static relkg_status flush_para(wiki *w, blocks *b)
{
	relkg_status st = RELKG_OK;
	if (b->para.len) {
		st = add_inline_block(w, RELKG_BLOCK_PARAGRAPH, b->para.data, b->para.len);
		b->para.len = 0;
		b->para.data[0] = '\0';
	}
	return st;
}

static relkg_status heading(wiki *w, blocks *b, const char *s, size_t n)
{
	size_t lead = 0, trail = 0;
	while (lead < n && s[lead] == '=') {
		++lead;
	}
	while (trail < n - lead && s[n - 1 - trail] == '=') {
		++trail;
	}
	size_t eq = lead < trail ? lead : trail;
	int level = (int)eq - 1;
	if (level < 1) {
		level = 1;
	}
	if (level > 7) {
		level = 7;
	}
	b->counters[level]++;
	for (int i = level + 1; i < 8; ++i) {
		b->counters[i] = 0;
	}
	char num[64] = "";
	for (int i = 1; i <= level; ++i) {
		size_t k = strlen(num);
		snprintf(num + k, sizeof(num) - k, i > 1 ? ".%d" : "%d", b->counters[i]);
	}
	relkg_buf t;
	relkg_buf_init(&t);
	relkg_status st = inline_text(s + eq, n - 2 * eq, &t, NULL, 0);
	if (!st) {
		st = relkg_doc_begin_section(w->doc, level, num, t.data, t.len);
	}
	relkg_buf_clear(&t);
	return st;
}

static int is_heading(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) {
		--n;
	}
	return n >= 3 && s[0] == '=' && s[n - 1] == '=';
}

static relkg_status line(wiki *w, blocks *b, const char *s, size_t n)
{
	relkg_status st;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) {
		--n;
	}
	size_t lead = 0;
	while (lead < n && (s[lead] == ' ' || s[lead] == '\t')) {
		++lead;
	}
	if (lead == n) { /* blank line: paragraph break */
		return flush_para(w, b);
	}
	if (is_heading(s, n)) {
		if ((st = flush_para(w, b))) {
			return st;
		}
		return heading(w, b, s, n);
	}
	if (s[0] == '*' || s[0] == '#' || s[0] == ';' || s[0] == ':') {
		if ((st = flush_para(w, b))) {
			return st;
		}
		size_t k = 0;
		while (k < n && strchr("*#;:", s[k])) {
			++k;
		}
		relkg_block_kind kind = s[0] == ':' ? RELKG_BLOCK_PARAGRAPH : RELKG_BLOCK_ITEM;
		return add_inline_block(w, kind, s + k, n - k);
	}
	if (n >= 4 && strncmp(s, "----", 4) == 0) {
		return flush_para(w, b);
	}
	if (b->para.len && (st = relkg_buf_putc(&b->para, ' '))) {
		return st;
	}
	return relkg_buf_append(&b->para, s, n);
}

static relkg_status blocks_pass(wiki *w, const char *s, size_t n)
{
	blocks b;
	memset(&b, 0, sizeof(b));
	relkg_buf_init(&b.para);
	relkg_status st = RELKG_OK;
	size_t i = 0;
	while (i < n && !st) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) : n;
		st = line(w, &b, s + i, e - i);
		i = e + 1;
	}
	if (!st) {
		st = flush_para(w, &b);
	}
	relkg_buf_clear(&b.para);
	return st;
}

/* ------------------------------------------------------------ entry */

static relkg_status title_from_name(relkg_doc *doc)
{
	const char *name = doc->name;
	const char *slash = strrchr(name, '/');
	const char *base = slash ? slash + 1 : name;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
	relkg_buf t;
	relkg_buf_init(&t);
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && !st; ++i) {
		st = relkg_buf_putc(&t, base[i] == '_' ? ' ' : base[i]);
	}
	if (!st) {
		st = relkg_doc_set_title(doc, t.data ? t.data : "", t.len);
	}
	relkg_buf_clear(&t);
	return st;
}

relkg_status relkg_wikitext_read(relkg_doc *doc, const char *title, const char *data,
				 size_t len, relkg_diag *diag)
{
	wiki w;
	memset(&w, 0, sizeof(w));
	w.doc = doc;
	relkg_buf clean;
	relkg_buf_init(&clean);
	relkg_status st = title ? relkg_doc_set_title(doc, title, strlen(title))
				: title_from_name(doc);
	if (!st) {
		st = strip_pass(&w, data, len, &clean);
	}
	if (!st && clean.len) {
		st = blocks_pass(&w, clean.data, clean.len);
	}
	if (!st) {
		st = relkg_doc_finish(doc);
	}
	if (st && !diag->msg[0]) {
		snprintf(diag->msg, sizeof(diag->msg), "wikitext: %s", relkg_strerror(st));
	}
	for (size_t i = 0; i < w.n_names; ++i) {
		free(w.names[i].name);
	}
	free(w.names);
	relkg_buf_clear(&clean);
	return st;
}

relkg_status relkg_read_wikitext(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag)
{
	return relkg_wikitext_read(doc, NULL, data, len, diag);
}

int relkg_sniff_wikitext(const char *data, size_t len, const char *path)
{
	(void)data;
	(void)len;
	const char *dot = strrchr(path, '.');
	return dot && (strcmp(dot, ".wiki") == 0 || strcmp(dot, ".wikitext") == 0 ||
		       strcmp(dot, ".mediawiki") == 0);
}
