/* HTML reader: a Wikipedia-style article page through libxml2's HTML parser
 * (recovering, no network, no diagnostics on stderr).
 *
 *   h1 (or <title>)                  -> title
 *   h2..h6                           -> sections numbered in order (1, 1.1, ...)
 *   p and loose inline text          -> PARAGRAPH
 *   li                               -> ITEM
 *   figcaption, .thumbcaption        -> CAPTION
 *   ol.references li                 -> reference entries (back-links dropped)
 *   sup.reference "[n]"              -> kept as "[n]" in the sentence
 *   site chrome (nav, header, footer, script, style, table, .navbox,
 *   .infobox, #toc, .mw-editsection, .hatnote, ...) -> left out
 *
 * libxml2 stays inside this file; the rest of relkg sees only the doc. */
#include "reader.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

#include "buf.h"
#include "try.h"

#define MAX_LEVEL 6

typedef struct {
	size_t begin, end; /* in the block being collected */
	char *target;
} pending_link;

typedef struct {
	relkg_doc *doc;
	relkg_buf inl; /* inline text waiting for its block to end */
	pending_link *links; /* wiki links of the block being collected */
	size_t n_links, cap_links;
	int counters[MAX_LEVEL];
	int n_refs;
} html_reader;

/* ---- nodes ---- */

static int name_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       strcasecmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names)
{
	for (; *names; ++names) {
		if (name_is(n, *names)) {
			return 1;
		}
	}
	return 0;
}

/* Is `word` one of the space-separated tokens of attribute `attr`? */
static int attr_has(const xmlNode *n, const char *attr, const char *word)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	int found = 0;
	if (v) {
		size_t k = strlen(word);
		const char *p = (const char *)v;
		while (*p && !found) {
			while (*p == ' ' || *p == '\t' || *p == '\n') {
				++p;
			}
			size_t w = strcspn(p, " \t\n");
			found = w == k && strncmp(p, word, k) == 0;
			p += w;
		}
		xmlFree(v);
	}
	return found;
}

/* Site chrome and page furniture that is not article text. */
static int is_chrome(const xmlNode *n)
{
	static const char *const tags[] = {
		"nav", "header", "footer", "script", "style", "noscript", "table", "form",
		"button", "input", "select", "textarea", "iframe", "svg", "template", "aside",
		"link", "meta", "head", NULL};
	static const char *const classes[] = {
		"mw-editsection", "navbox", "infobox", "toc", "hatnote", "metadata", "noprint",
		"mw-jump-link", "catlinks", "printfooter", "sistersitebox", "mw-references-wrap-hidden",
		"navigation-not-searchable", "vector-header", "mw-indicators", "reflist-title",
		"citation-comment", "mw-empty-elt", "ambox", "mbox-small", "shortdescription",
		"sidebar", "vertical-navbox", "portalbox", "side-box", "sistersitebox",
		"authority-control", "mw-authority-control", NULL};
	static const char *const ids[] = {
		"toc", "siteSub", "contentSub", "jump-to-nav", "mw-navigation", "footer",
		"catlinks", "mw-head", "mw-panel", "siteNotice", NULL};
	if (n->type != XML_ELEMENT_NODE) {
		return 0;
	}
	if (name_in(n, tags) || attr_has(n, "role", "navigation")) {
		return 1;
	}
	for (const char *const *c = classes; *c; ++c) {
		/* "noprint" also marks [citation needed]: keep inline templates */
		if (attr_has(n, "class", *c) && !(strcmp(*c, "noprint") == 0 &&
						  attr_has(n, "class", "Inline-Template"))) {
			return 1;
		}
	}
	for (const char *const *i = ids; *i; ++i) {
		if (attr_has(n, "id", *i)) {
			return 1;
		}
	}
	return 0;
}

static int is_inline(const xmlNode *n)
{
	static const char *const tags[] = {
		"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "em", "i", "kbd", "mark", "q",
		"s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
		"font", "big", "tt", "del", "ins", "dfn", "label", "img", NULL};
	return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ||
	       n->type == XML_ENTITY_REF_NODE || name_in(n, tags);
}

static int heading_level(const xmlNode *n)
{
	if (n->type != XML_ELEMENT_NODE || !n->name || tolower(n->name[0]) != 'h' ||
	    n->name[1] < '1' || n->name[1] > '6' || n->name[2]) {
		return 0;
	}
	return n->name[1] - '0';
}

/* ---- text ---- */

/* Text is collected already folded the way the doc builder folds it (one
 * space for any white-space run, none leading), so positions in the
 * collected buffer are positions in the block: wiki links keep their spans. */
static int is_ws(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];
	*w = 1;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
		return 1;
	}
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
		*w = 2; /* no-break space */
		return 1;
	}
	return 0;
}

static relkg_status put_space(relkg_buf *out)
{
	if (out->len == 0 || out->data[out->len - 1] == ' ') {
		return RELKG_OK;
	}
	return relkg_buf_putc(out, ' ');
}

static relkg_status put_folded(relkg_buf *out, const char *s, size_t n)
{
	relkg_status st;
	size_t i = 0;
	while (i < n) {
		size_t w, k = i;
		if (is_ws(s, n, i, &w)) {
			TRY(st, put_space(out));
			i += w;
			continue;
		}
		while (k < n && !is_ws(s, n, k, &w)) {
			++k;
		}
		TRY(st, relkg_buf_append(out, s + i, k - i));
		i = k;
	}
	return RELKG_OK;
}

/* The page a link points at ("/wiki/Angela_Merkel" -> "Angela Merkel"),
 * into t; 0 for other links (namespaces, anchors, external sites). */
static int wiki_target(const char *href, relkg_buf *t)
{
	static const char *const prefixes[] = {"/wiki/", "./", "https://en.wikipedia.org/wiki/",
					       "http://en.wikipedia.org/wiki/", NULL};
	const char *p = NULL;
	for (const char *const *x = prefixes; *x && !p; ++x) {
		if (strncmp(href, *x, strlen(*x)) == 0) {
			p = href + strlen(*x);
		}
	}
	size_t n = p ? strcspn(p, "#?") : 0;
	if (!n || memchr(p, ':', n)) {
		return 0;
	}
	for (size_t i = 0; i < n; ++i) {
		char c = p[i];
		if (c == '%' && i + 2 < n && isxdigit((unsigned char)p[i + 1]) &&
		    isxdigit((unsigned char)p[i + 2])) {
			char hex[3] = {p[i + 1], p[i + 2], 0};
			c = (char)strtol(hex, NULL, 16);
			i += 2;
		}
		if (relkg_buf_putc(t, c == '_' ? ' ' : c) != RELKG_OK) {
			return 0;
		}
	}
	return t->len > 0;
}

static relkg_status note_link(html_reader *r, const xmlNode *a, size_t begin, size_t end,
			      const relkg_buf *out)
{
	while (end > begin && out->data[end - 1] == ' ') {
		--end;
	}
	while (begin < end && out->data[begin] == ' ') {
		++begin;
	}
	xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
	relkg_buf t;
	relkg_buf_init(&t);
	relkg_status st = RELKG_OK;
	if (href && end > begin && wiki_target((const char *)href, &t)) {
		if (r->n_links == r->cap_links) {
			size_t nc = r->cap_links ? r->cap_links * 2 : 16;
			pending_link *nl = realloc(r->links, nc * sizeof(*nl));
			if (!nl) {
				st = RELKG_ERR_NOMEM;
			} else {
				r->links = nl;
				r->cap_links = nc;
			}
		}
		if (st == RELKG_OK) {
			pending_link *l = &r->links[r->n_links++];
			l->begin = begin;
			l->end = end;
			l->target = relkg_buf_steal(&t);
			st = l->target ? RELKG_OK : RELKG_ERR_NOMEM;
			r->n_links -= st != RELKG_OK;
		}
	}
	xmlFree(href);
	relkg_buf_clear(&t);
	return st;
}

static void drop_links(html_reader *r)
{
	for (size_t i = 0; i < r->n_links; ++i) {
		free(r->links[i].target);
	}
	r->n_links = 0;
}

static relkg_status collect_text(html_reader *r, const xmlNode *n, relkg_buf *out,
				 int skip_lists);

static relkg_status collect_children(html_reader *r, const xmlNode *n, relkg_buf *out,
				     int skip_lists)
{
	relkg_status st;
	for (const xmlNode *c = n->children; c; c = c->next) {
		TRY(st, collect_text(r, c, out, skip_lists));
	}
	return RELKG_OK;
}

/* A citation marker <sup class="reference">: "[n]" whatever the page
 * writes inside. */
static relkg_status collect_marker(const xmlNode *n, relkg_buf *out)
{
	relkg_buf t;
	relkg_status st;
	relkg_buf_init(&t);
	st = collect_children(NULL, n, &t, 0);
	if (st == RELKG_OK) {
		const char *s = t.data ? t.data : "";
		int bracketed = strchr(s, '[') != NULL;
		st = bracketed ? relkg_buf_puts(out, s) : relkg_buf_printf(out, "[%s]", s);
	}
	relkg_buf_clear(&t);
	return st;
}

/* Appends the text of n (block children become space-separated); with a
 * reader, notes the wiki links in it. */
static relkg_status collect_text(html_reader *r, const xmlNode *n, relkg_buf *out,
				 int skip_lists)
{
	relkg_status st;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		const char *s = (const char *)n->content;
		return s ? put_folded(out, s, strlen(s)) : RELKG_OK;
	}
	if (n->type != XML_ELEMENT_NODE || is_chrome(n)) {
		return RELKG_OK;
	}
	if (skip_lists && (name_is(n, "ul") || name_is(n, "ol"))) {
		return RELKG_OK;
	}
	if (name_is(n, "sup") && attr_has(n, "class", "reference")) {
		return collect_marker(n, out);
	}
	if (name_is(n, "br") || !is_inline(n)) {
		TRY(st, put_space(out));
		TRY(st, collect_children(r, n, out, skip_lists));
		return put_space(out);
	}
	size_t begin = out->len;
	TRY(st, collect_children(r, n, out, skip_lists));
	if (r && name_is(n, "a")) {
		return note_link(r, n, begin, out->len, out);
	}
	return RELKG_OK;
}

/* Adds the collected text as a block and its links at their place. */
static relkg_status emit_block(html_reader *r, relkg_block_kind kind, relkg_buf *t)
{
	relkg_status st = RELKG_OK;
	while (t->len && t->data[t->len - 1] == ' ') {
		t->data[--t->len] = '\0';
	}
	size_t built = relkg_doc_built_len(r->doc);
	size_t base = built + (built ? 2 : 0);
	if (t->len) {
		st = relkg_doc_add_block(r->doc, kind, t->data, t->len);
	}
	for (size_t i = 0; i < r->n_links && st == RELKG_OK && t->len; ++i) {
		pending_link *l = &r->links[i];
		size_t e = l->end < t->len ? l->end : t->len;
		if (e > l->begin) {
			st = relkg_doc_add_link(r->doc, base + l->begin, base + e, l->target,
						strlen(l->target));
		}
	}
	drop_links(r);
	return st;
}

static relkg_status add_text_block(html_reader *r, relkg_block_kind kind, const xmlNode *n,
				   int skip_lists)
{
	relkg_buf t;
	relkg_status st;
	relkg_buf_init(&t);
	drop_links(r);
	st = collect_children(r, n, &t, skip_lists);
	if (st == RELKG_OK) {
		st = emit_block(r, kind, &t);
	}
	drop_links(r);
	relkg_buf_clear(&t);
	return st;
}

static relkg_status flush_inline(html_reader *r)
{
	relkg_status st = RELKG_OK;
	if (r->inl.len) {
		st = emit_block(r, RELKG_BLOCK_PARAGRAPH, &r->inl);
		r->inl.len = 0;
		r->inl.data[0] = '\0';
	}
	drop_links(r);
	return st;
}

/* ---- blocks ---- */

static relkg_status walk(html_reader *r, const xmlNode *n);

static relkg_status heading(html_reader *r, const xmlNode *n, int h)
{
	int level = h - 1; /* h2 -> 1 */
	char number[64] = "";
	size_t len = 0;
	r->counters[level - 1]++;
	for (int k = level; k < MAX_LEVEL; ++k) {
		r->counters[k] = 0;
	}
	for (int k = 0; k < level; ++k) {
		len += (size_t)snprintf(number + len, sizeof(number) - len, k ? ".%d" : "%d",
					r->counters[k]);
		if (len >= sizeof(number)) {
			return RELKG_ERR_TOO_BIG;
		}
	}
	relkg_buf t;
	relkg_status st;
	relkg_buf_init(&t);
	st = collect_children(NULL, n, &t, 0);
	if (st == RELKG_OK) {
		st = relkg_doc_begin_section(r->doc, level, number, t.data ? t.data : "", t.len);
	}
	relkg_buf_clear(&t);
	return st;
}

/* The trailing number of id="cite_note-name-12", or 0. */
static int note_number(const xmlNode *li)
{
	xmlChar *id = xmlGetProp(li, (const xmlChar *)"id");
	int v = 0;
	if (id) {
		const char *s = (const char *)id;
		size_t k = strlen(s);
		size_t e = k;
		while (k > 0 && isdigit((unsigned char)s[k - 1])) {
			--k;
		}
		if (k < e && e - k < 6 && strncmp(s, "cite_note", 9) == 0) {
			v = atoi(s + k);
		}
		xmlFree(id);
	}
	return v;
}

/* First external link of an entry, malloc'd, or NULL. */
static char *entry_url(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE) {
			continue;
		}
		if (name_is(c, "a")) {
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			if (href && (strncmp((const char *)href, "http://", 7) == 0 ||
				     strncmp((const char *)href, "https://", 8) == 0)) {
				char *u = relkg_strndup((const char *)href, strlen((const char *)href));
				xmlFree(href);
				return u;
			}
			xmlFree(href);
		}
		char *u = entry_url(c);
		if (u) {
			return u;
		}
	}
	return NULL;
}

/* One reference entry: the text without the "^ a b" back-links. */
static relkg_status reference(html_reader *r, const xmlNode *li)
{
	relkg_buf t;
	relkg_status st = RELKG_OK;
	relkg_buf_init(&t);
	for (const xmlNode *c = li->children; c && st == RELKG_OK; c = c->next) {
		if (!attr_has(c, "class", "mw-cite-backlink")) {
			st = collect_text(NULL, c, &t, 0);
		}
	}
	int number = note_number(li);
	r->n_refs++;
	char *url = entry_url(li);
	if (st == RELKG_OK) {
		st = relkg_doc_add_reference(r->doc, number ? number : r->n_refs,
					     t.data ? t.data : "", t.len, url);
	}
	free(url);
	relkg_buf_clear(&t);
	return st;
}

static relkg_status list(html_reader *r, const xmlNode *n)
{
	relkg_status st;
	int refs = attr_has(n, "class", "references");
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (!name_is(c, "li") || is_chrome(c)) {
			continue;
		}
		if (refs) {
			TRY(st, reference(r, c));
			continue;
		}
		TRY(st, add_text_block(r, RELKG_BLOCK_ITEM, c, 1));
		for (const xmlNode *k = c->children; k; k = k->next) {
			if (name_is(k, "ul") || name_is(k, "ol")) {
				TRY(st, list(r, k));
			}
		}
	}
	return RELKG_OK;
}

static relkg_status element(html_reader *r, const xmlNode *n)
{
	int h = heading_level(n);
	if (h == 1) {
		return RELKG_OK; /* the title, read before */
	}
	if (h) {
		return heading(r, n, h);
	}
	if (name_is(n, "p") || name_is(n, "dd") || name_is(n, "pre")) {
		return add_text_block(r, RELKG_BLOCK_PARAGRAPH, n, 0);
	}
	if (name_is(n, "figcaption") || attr_has(n, "class", "thumbcaption") ||
	    name_is(n, "caption")) {
		return add_text_block(r, RELKG_BLOCK_CAPTION, n, 0);
	}
	if (name_is(n, "ul") || name_is(n, "ol")) {
		return list(r, n);
	}
	if (name_is(n, "dt")) {
		return add_text_block(r, RELKG_BLOCK_ITEM, n, 0);
	}
	return walk(r, n); /* div, section, blockquote, figure, main, ... */
}

/* Walks a block container: inline runs become paragraphs. */
static relkg_status walk(html_reader *r, const xmlNode *n)
{
	relkg_status st;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (is_chrome(c)) {
			continue;
		}
		if (is_inline(c)) {
			TRY(st, collect_text(r, c, &r->inl, 0));
			continue;
		}
		if (c->type != XML_ELEMENT_NODE) {
			continue;
		}
		TRY(st, flush_inline(r));
		TRY(st, element(r, c));
	}
	return flush_inline(r);
}

/* ---- title ---- */

static const xmlNode *find_element(const xmlNode *n, const char *name)
{
	for (const xmlNode *c = n; c; c = c->next) {
		if (name_is(c, name)) {
			return c;
		}
		const xmlNode *f = c->children ? find_element(c->children, name) : NULL;
		if (f) {
			return f;
		}
	}
	return NULL;
}

static relkg_status read_title(html_reader *r, const xmlNode *root)
{
	const xmlNode *h1 = find_element(root, "h1");
	const xmlNode *t = h1 ? h1 : find_element(root, "title");
	relkg_buf b;
	relkg_status st;
	if (!t) {
		return RELKG_OK;
	}
	relkg_buf_init(&b);
	st = collect_children(NULL, t, &b, 0);
	size_t n = b.len;
	if (st == RELKG_OK && !h1) {
		/* "Article - Site name" */
		for (size_t i = n; i-- > 2;) {
			if (b.data[i] == ' ' && (b.data[i - 1] == '-' || b.data[i - 1] == '|') &&
			    b.data[i - 2] == ' ') {
				n = i - 2;
				break;
			}
		}
	}
	if (st == RELKG_OK && n) {
		st = relkg_doc_set_title(r->doc, b.data, n);
	}
	relkg_buf_clear(&b);
	return st;
}

/* ---- entry points ---- */

int relkg_sniff_html(const char *data, size_t len, const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;
	if (dot && (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
		    strcasecmp(dot, ".xhtml") == 0)) {
		return 1;
	}
	size_t i = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		i = 3;
	}
	while (i < len && isspace((unsigned char)data[i])) {
		++i;
	}
	return (len - i >= 14 && strncasecmp(data + i, "<!DOCTYPE html", 14) == 0) ||
	       (len - i >= 5 && strncasecmp(data + i, "<html", 5) == 0);
}

/* libxml2's limits.  Without XML_PARSE_HUGE it stops at 256 levels of
 * nesting and at text nodes of 10 MB and silently drops the rest of the
 * page (HTML_PARSE_RECOVER).  relkg parses with XML_PARSE_HUGE (memory is
 * already bounded by RELKG_INPUT_MAX) and refuses a page that still hits
 * a libxml2 limit, or that nests deeper than RELKG_HTML_MAX_DEPTH (walk()
 * recurses once per level; with XML_PARSE_HUGE libxml2's HTML parser has
 * no depth limit of its own), rather than read half of it. */
#define RELKG_HTML_MAX_DEPTH 1000
typedef struct {
	int limit_hit;       /* depth or size limit: content was dropped */
	char what[128];
} parse_errors;

static void note_error(void *ctx, xmlError *error)
{
	parse_errors *pe = ctx;
	if (!pe || !error || pe->limit_hit) {
		return;
	}
	const char *m = error->message ? error->message : "";
	if (strstr(m, "Excessive depth") || strstr(m, "huge") || strstr(m, "Huge")) {
		pe->limit_hit = 1;
		snprintf(pe->what, sizeof(pe->what), "%s", m);
		size_t n = strlen(pe->what);
		while (n > 0 && (pe->what[n - 1] == '\n' || pe->what[n - 1] == ' ')) {
			pe->what[--n] = '\0';
		}
	}
}

/* Parses with libxml2's structured error handler replaced: other users of
 * libxml2 in the process (raptor installs one globally) would otherwise
 * count the HTML parser's complaints as their own errors.  Only the limit
 * errors are kept (pe). */
static xmlDoc *parse_quietly(const char *data, size_t len, parse_errors *pe)
{
	xmlStructuredErrorFunc old = xmlStructuredError;
	void *old_ctx = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(pe, note_error);
	xmlDoc *x = htmlReadMemory(data, (int)len, NULL, "UTF-8",
				   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					   HTML_PARSE_RECOVER | XML_PARSE_HUGE);
	xmlSetStructuredErrorFunc(old_ctx, old);
	return x;
}

/* Depth of the element tree under root (root is 1), without recursion. */
static size_t tree_depth(const xmlNode *root)
{
	size_t d = 1, max = 1;
	const xmlNode *n = root;
	for (;;) {
		if (n->children) {
			n = n->children;
			if (++d > max) {
				max = d;
			}
			continue;
		}
		while (n != root && !n->next) {
			n = n->parent;
			--d;
		}
		if (n == root) {
			return max;
		}
		n = n->next;
	}
}

static relkg_status read_tree(html_reader *r, xmlDoc *x)
{
	relkg_status st;
	const xmlNode *root = xmlDocGetRootElement(x);
	if (!root) {
		return RELKG_ERR_EMPTY;
	}
	TRY(st, read_title(r, root));
	const xmlNode *body = find_element(root, "body");
	return walk(r, body ? body : root);
}

relkg_status relkg_read_html(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag)
{
	html_reader r;
	relkg_status st;
	if (len > (size_t)INT32_MAX) {
		snprintf(diag->msg, sizeof(diag->msg), "HTML input too big");
		return RELKG_ERR_TOO_BIG;
	}
	memset(&r, 0, sizeof(r));
	r.doc = doc;
	relkg_buf_init(&r.inl);
	parse_errors pe = {0, ""};
	xmlDoc *x = parse_quietly(data, len, &pe);
	const xmlNode *top = x ? xmlDocGetRootElement(x) : NULL;
	if (top && !pe.limit_hit && tree_depth(top) > RELKG_HTML_MAX_DEPTH) {
		pe.limit_hit = 1;
		snprintf(pe.what, sizeof(pe.what), "elements nested deeper than %d",
			 RELKG_HTML_MAX_DEPTH);
	}
	if (x && pe.limit_hit) {
		xmlFreeDoc(x);
		relkg_buf_clear(&r.inl);
		snprintf(diag->msg, sizeof(diag->msg),
			 "beyond libxml2's limits (%s): the rest of the page would be lost", pe.what);
		return RELKG_ERR_TOO_BIG;
	}
	if (!x) {
		snprintf(diag->msg, sizeof(diag->msg), "not readable as HTML");
		return RELKG_ERR_SYNTAX;
	}
	st = read_tree(&r, x);
	xmlFreeDoc(x);
	relkg_buf_clear(&r.inl);
	drop_links(&r);
	free(r.links);
	if (st == RELKG_OK) {
		st = relkg_doc_finish(doc);
	}
	if (st != RELKG_OK) {
		snprintf(diag->msg, sizeof(diag->msg), "%s",
			 st == RELKG_ERR_EMPTY ? "the page has no article text" : relkg_strerror(st));
	}
	return st;
}
