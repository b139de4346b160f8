/* Plain-text reader for articles as encyclopedia mirrors save them:
 *
 *   site boilerplate (short lines)      -> dropped
 *   the title                           -> TITLE
 *   hatnotes ("For ..., see: ...")      -> dropped
 *   the lead, paragraphs                -> PARAGRAPH
 *   short lines that are not sentences  -> CAPTION (image captions)
 *   the contents list ("  • History 1") -> numbers and levels of headings
 *   headings                            -> sections
 *   bullet lines                        -> ITEM
 *   "  1. ^ entry" numbered list        -> reference entries
 *   licence / copyright footer          -> dropped
 *
 * Everything is decided by general rules about the shape of lines; the
 * reader names no site.  Two passes: the first cuts the input into lines
 * and finds the contents list, the title and the footer; the second walks
 * the body and calls the doc builder. */
#include "reader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "line_scan.h"
#include "try.h"

typedef enum { L_BLANK, L_TEXT, L_BULLET, L_NUMBERED } line_kind;

typedef struct {
	const char *s; /* content: after indent and bullet or "N." */
	size_t n;
	line_kind kind;
	int number; /* L_NUMBERED: the entry number */
	int skip;   /* consumed by the first pass (contents list) */
	int reference; /* L_NUMBERED in a run counting from 1 */
} tline;

typedef struct {
	const char *title;
	size_t n;
	char number[32];
	int level;
	int used;
} toc_entry;

typedef struct {
	relkg_doc *doc;
	tline *lines;
	size_t n_lines;
	toc_entry *toc;
	size_t n_toc;
	size_t title;    /* line index of the title, SIZE_MAX when none */
	size_t lead;     /* first paragraph line */
	size_t toc_end;  /* line after the contents list (0 when none) */
	size_t body_end; /* first footer line */
	/* second pass state */
	int seen_paragraph;
	int list_section; /* current section holds lists (See also, ...) */
	int ref_section;  /* current section is the reference list */
	int n_plain;      /* headings numbered without a contents list */
	size_t toc_next;  /* contents entries before this one are used */
} text_reader;

/* ---- characters and lines ---- */

static int is_space_at(const char *s, size_t n, size_t i, size_t *w)
{
	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		*w = 1;
		return 1;
	}
	if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
		*w = 2; /* no-break space */
		return 1;
	}
	return 0;
}

static size_t skip_space(const char *s, size_t n, size_t i)
{
	size_t w;
	while (i < n && is_space_at(s, n, i, &w)) {
		i += w;
	}
	return i;
}

static size_t trim_end(const char *s, size_t n)
{
	for (;;) {
		if (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) {
			--n;
		} else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
			   (unsigned char)s[n - 1] == 0xA0) {
			n -= 2;
		} else {
			return n;
		}
	}
}

/* Length of a list bullet at s (followed by a space), 0 when none. */
static size_t bullet_len(const char *s, size_t n)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA",
					      "\xE2\x97\xA6", "\xE2\x80\xA3", "*", "-", NULL};
	for (const char *const *b = bullets; *b; ++b) {
		size_t k = strlen(*b);
		if (n > k && memcmp(s, *b, k) == 0 && (s[k] == ' ' || s[k] == '\t')) {
			return k;
		}
	}
	return 0;
}

/* "12. " at s: sets *num and returns the length, 0 when not a numbered line. */
static size_t number_len(const char *s, size_t n, int *num)
{
	size_t i = 0;
	int v = 0;
	while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9') {
		v = v * 10 + (s[i] - '0');
		++i;
	}
	if (i == 0 || i >= n || s[i] != '.' || v == 0) {
		return 0;
	}
	if (i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '\t') {
		return 0;
	}
	*num = v;
	return i + 1;
}

static void classify(tline *l, const char *s, size_t n)
{
	n = trim_end(s, n);
	size_t i = skip_space(s, n, 0);
	size_t k;
	int num = 0;
	l->kind = L_TEXT;
	if (i == n) {
		l->kind = L_BLANK;
	} else if ((k = bullet_len(s + i, n - i)) > 0) {
		l->kind = L_BULLET;
		i += k;
	} else if (i > 0 && (k = number_len(s + i, n - i, &num)) > 0) {
		/* an indented "1. " line: the mirrors' reference list */
		l->kind = L_NUMBERED;
		l->number = num;
		i += k;
	}
	i = skip_space(s, n, i);
	l->s = s + i;
	l->n = n - i;
}

static relkg_status split_lines(text_reader *r, const char *data, size_t len)
{
	size_t cap = 1;
	for (const char *p = data, *end = data + len;
	     p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; ++p) {
		++cap;
	}
	r->lines = calloc(cap, sizeof(*r->lines));
	if (!r->lines) {
		return RELKG_ERR_NOMEM;
	}
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - data) : len;
		classify(&r->lines[r->n_lines++], data + i, e - i);
		i = e + 1;
	}
	return RELKG_OK;
}

/* ---- shapes of text ---- */

static int is_blank(const text_reader *r, size_t i)
{
	return i >= r->n_lines || r->lines[i].kind == L_BLANK;
}

/* Does the line end like a sentence: ".", "!", "?" before any closing
 * quotes, brackets and citation markers ("...favorably.[2]")? */
static int ends_sentence(const char *s, size_t n)
{
	while (n) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == '"' || c == '\'' || c == ')') {
			--n;
		} else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
			   (unsigned char)s[n - 2] == 0x80 &&
			   ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99)) {
			n -= 3; /* closing curly quote */
		} else if (c == ']') {
			const char *open = NULL;
			for (size_t k = n - 1; k-- > 0;) {
				if (s[k] == '[') {
					open = s + k;
					break;
				}
			}
			if (!open) {
				return 0;
			}
			n = (size_t)(open - s);
		} else {
			break;
		}
	}
	if (n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0) {
		return 1; /* ellipsis */
	}
	return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

static unsigned char ascii_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* strncasecmp (C locale: ASCII folding), tried only when the first
 * bytes agree folded: lines are tested against many prefixes. */
static int starts_with_ci(const char *s, size_t n, const char *p)
{
	if (n == 0 || ascii_lower((unsigned char)s[0]) != ascii_lower((unsigned char)p[0])) {
		return p[0] == '\0';
	}
	size_t k = strlen(p);
	return n >= k && strncasecmp(s, p, k) == 0;
}

/* strncasecmp (C locale: ASCII folding) at every position, tried only
 * where the first byte already matches folded. */
static int contains_ci(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	unsigned char first = ascii_lower((unsigned char)p[0]);
	for (size_t i = 0; i + k <= n; ++i) {
		if (ascii_lower((unsigned char)s[i]) == first && strncasecmp(s + i, p, k) == 0) {
			return 1;
		}
	}
	return 0;
}

/* Wikipedia's navigation notes above a section: "For X, see Y.",
 * "Main article: X", "See also: X", "Further information: X". */
static int is_hatnote(const tline *l)
{
	static const char *const starts[] = {
		"Main article:", "Main articles:", "See also:", "Further information:",
		"This article is about", "Not to be confused with", "For other uses",
		"This article needs", "This article has multiple issues", "This article relies",
		"This article is missing", "This section needs", "This section does not",
		"Learn how and when to remove", NULL};
	if (l->kind != L_TEXT) {
		return 0;
	}
	for (const char *const *p = starts; *p; ++p) {
		if (starts_with_ci(l->s, l->n, *p)) {
			return 1;
		}
	}
	return starts_with_ci(l->s, l->n, "For ") &&
	       (contains_ci(l->s, l->n, ", see:") || contains_ci(l->s, l->n, ", see "));
}

/* A running-text paragraph: a sentence of some length. */
static int is_paragraph_line(const tline *l)
{
	return l->kind == L_TEXT && !is_hatnote(l) && ends_sentence(l->s, l->n) &&
	       relkg_line_words_upto(l->s, l->n, 6) >= 6;
}

/* Words that name a section in any encyclopedia article. */
static const char *const section_names[] = {
	"See also", "References", "Notes", "Footnotes", "Citations", "Sources",
	"Bibliography", "Further reading", "External links", "History",
	"Notes and references", "Literature", "Works cited", NULL};

static int is_section_name(const char *s, size_t n)
{
	for (const char *const *p = section_names; *p; ++p) {
		if (strlen(*p) == n && strncasecmp(s, *p, n) == 0) {
			return 1;
		}
	}
	return 0;
}

/* Sections whose content is lists of links, not running text. */
static int is_list_section(const char *s, size_t n)
{
	return (n == 8 && strncasecmp(s, "See also", n) == 0) ||
	       (n == 15 && strncasecmp(s, "Further reading", n) == 0) ||
	       (n == 14 && strncasecmp(s, "External links", n) == 0) ||
	       (n == 12 && strncasecmp(s, "Bibliography", n) == 0);
}

static int is_reference_section(const char *s, size_t n)
{
	return (n == 10 && strncasecmp(s, "References", n) == 0) ||
	       (n == 5 && strncasecmp(s, "Notes", n) == 0) ||
	       (n == 9 && strncasecmp(s, "Footnotes", n) == 0) ||
	       (n == 9 && strncasecmp(s, "Citations", n) == 0) ||
	       (n == 20 && strncasecmp(s, "Notes and references", n) == 0);
}

/* ---- first pass: contents list ---- */

/* "History 1" / "2010s 1.2.1": splits off the trailing section number. */
static int toc_parse(const tline *l, toc_entry *e)
{
	if (l->kind != L_BULLET || l->n < 3) {
		return 0;
	}
	size_t k = l->n;
	while (k > 0 && ((l->s[k - 1] >= '0' && l->s[k - 1] <= '9') || l->s[k - 1] == '.')) {
		--k;
	}
	size_t nlen = l->n - k;
	if (k == 0 || l->s[k - 1] != ' ' || nlen == 0 || nlen >= sizeof(e->number) ||
	    l->s[k] == '.' || l->s[l->n - 1] == '.') {
		return 0;
	}
	memset(e, 0, sizeof(*e));
	memcpy(e->number, l->s + k, nlen);
	e->level = 1;
	for (size_t i = 0; i < nlen; ++i) {
		e->level += e->number[i] == '.';
	}
	e->title = l->s;
	e->n = trim_end(l->s, k);
	return e->n > 0;
}

static relkg_status find_contents(text_reader *r)
{
	for (size_t i = 0; i < r->n_lines; ++i) {
		toc_entry e;
		if (!toc_parse(&r->lines[i], &e) || strcmp(e.number, "1") != 0) {
			continue;
		}
		size_t j = i;
		while (j < r->n_lines && toc_parse(&r->lines[j], &e)) {
			++j;
		}
		if (j - i < 2) {
			continue;
		}
		r->toc = calloc(j - i, sizeof(*r->toc));
		if (!r->toc) {
			return RELKG_ERR_NOMEM;
		}
		for (size_t k = i; k < j; ++k) {
			(void)toc_parse(&r->lines[k], &r->toc[r->n_toc++]);
			r->lines[k].skip = 1;
		}
		r->toc_end = j;
		if (i > 0 && r->lines[i - 1].kind == L_TEXT && r->lines[i - 1].n == 8 &&
		    strncasecmp(r->lines[i - 1].s, "Contents", 8) == 0) {
			r->lines[i - 1].skip = 1;
		}
		return RELKG_OK;
	}
	return RELKG_OK;
}

/* ---- first pass: title and lead ---- */

static int names_relations(const tline *l)
{
	static const char word[] = "relations";
	size_t k = sizeof(word) - 1;
	return l->kind == L_TEXT && l->n > k && strncasecmp(l->s + l->n - k, word, k) == 0 &&
	       l->s[l->n - k - 1] == ' ' && !ends_sentence(l->s, l->n);
}

/* A line standing alone between blank lines (or the start of input). */
static int is_isolated(const text_reader *r, size_t i)
{
	return (i == 0 || is_blank(r, i - 1)) && is_blank(r, i + 1);
}

/* The title, before the lead: the first line standing alone that names
 * "X–Y relations" (site boilerplate comes in runs of short lines); else the
 * first line standing alone; else the first line ending in "relations";
 * else the line just before the lead. */
static void find_title(text_reader *r)
{
	r->lead = r->n_lines;
	for (size_t i = 0; i < r->n_lines; ++i) {
		if (!r->lines[i].skip && is_paragraph_line(&r->lines[i])) {
			r->lead = i;
			break;
		}
	}
	r->title = SIZE_MAX;
	for (int pass = 0; pass < 3 && r->title == SIZE_MAX; ++pass) {
		for (size_t i = 0; i < r->lead && r->title == SIZE_MAX; ++i) {
			const tline *l = &r->lines[i];
			int alone = l->kind == L_TEXT && !l->skip && !is_hatnote(l) &&
				    !ends_sentence(l->s, l->n) && is_isolated(r, i);
			int rel = contains_ci(l->s, l->n, " relations");
			if ((pass == 0 && alone && rel) || (pass == 1 && alone) ||
			    (pass == 2 && names_relations(l))) {
				r->title = i;
			}
		}
	}
	for (size_t i = r->lead; i-- > 0 && r->title == SIZE_MAX;) {
		if (r->lines[i].kind == L_TEXT && !r->lines[i].skip) {
			r->title = i;
		}
	}
}

/* ---- first pass: footer ---- */

/* Words of a licence footer, looked for in the lines at the end. */
static const char *const footer_words[] = {
	"licence", "license", "copyright", "\xC2\xA9", "terms of use", "privacy policy",
	"trademark", "rights reserved", "creative commons", "additional terms may apply",
	"retrieved from \"http", "this page was last", NULL};

static int is_footer_line(const tline *l, const relkg_line_keys *footer)
{
	return l->kind == L_TEXT && relkg_line_has_any(l->s, l->n, footer);
}

/* First footer line of the run of lines [b, e), e when none: the first
 * footer-worded line after which only plain text lines follow. */
static size_t footer_in_group(const text_reader *r, size_t b, size_t e,
			      const relkg_line_keys *footer)
{
	size_t start = e;
	for (size_t i = e; i-- > b;) {
		if (r->lines[i].kind != L_TEXT) {
			break;
		}
		if (is_footer_line(&r->lines[i], footer)) {
			start = i;
		}
	}
	return start;
}

/* The licence footer: trailing runs of lines (between blank lines) that
 * each speak of licences, copyright or terms of use.  It never reaches
 * back past the lead. */
static void find_footer(text_reader *r)
{
	size_t e = r->n_lines;
	r->body_end = r->n_lines;
	relkg_line_keys footer;
	if (!relkg_line_keys_init(&footer, footer_words)) {
		return; /* cannot happen: the list is short */
	}
	while (e > 0) {
		while (e > 0 && is_blank(r, e - 1)) {
			--e;
		}
		size_t b = e;
		while (b > 0 && !is_blank(r, b - 1)) {
			--b;
		}
		if (b == e) {
			break;
		}
		size_t f = footer_in_group(r, b, e, &footer);
		if (f == e || f <= r->lead || (r->title != SIZE_MAX && f <= r->title)) {
			break;
		}
		r->body_end = f;
		if (f > b) {
			break;
		}
		e = b;
	}
}

/* ---- second pass ---- */

static relkg_status open_section(text_reader *r, int level, const char *number,
				 const char *s, size_t n)
{
	r->list_section = is_list_section(s, n);
	r->ref_section = is_reference_section(s, n);
	return relkg_doc_begin_section(r->doc, level, number, s, n);
}

/* Heading text without the "[edit]" link some copies keep. */
static size_t heading_len(const tline *l)
{
	size_t n = l->n;
	if (n > 6 && memcmp(l->s + n - 6, "[edit]", 6) == 0) {
		n = trim_end(l->s, n - 6);
	}
	return n;
}

/* The contents entry this line is the heading of, or NULL. */
static toc_entry *toc_match(text_reader *r, const tline *l)
{
	/* headings come in contents order; a few may be missing from the body */
	size_t stop = r->n_toc - r->toc_next > 64 ? r->toc_next + 64 : r->n_toc;
	for (size_t k = r->toc_next; k < stop; ++k) {
		toc_entry *e = &r->toc[k];
		if (!e->used && e->n == heading_len(l) && memcmp(e->title, l->s, e->n) == 0) {
			return e;
		}
	}
	return NULL;
}

/* Without a contents list: a short line between blank lines, after the
 * lead, not ending like a sentence, or a known section name. */
static int plain_heading(const text_reader *r, size_t i)
{
	const tline *l = &r->lines[i];
	size_t n = heading_len(l);
	if (l->kind != L_TEXT || n == 0 || ends_sentence(l->s, n)) {
		return 0;
	}
	if (is_section_name(l->s, n)) {
		return 1;
	}
	unsigned char c = (unsigned char)l->s[0];
	return r->seen_paragraph && is_isolated(r, i) && relkg_line_words_upto(l->s, n, 7) <= 6 && n <= 60 &&
	       c != '(' && c != '"' && l->s[n - 1] != ',' && l->s[n - 1] != ':' &&
	       l->s[n - 1] != ';';
}

static relkg_status try_heading(text_reader *r, size_t i, int *done)
{
	const tline *l = &r->lines[i];
	*done = 0;
	if (l->kind != L_TEXT) {
		return RELKG_OK;
	}
	size_t n = heading_len(l);
	toc_entry *e = r->n_toc && i >= r->toc_end ? toc_match(r, l) : NULL;
	if (e) {
		e->used = 1;
		r->toc_next = (size_t)(e - r->toc) + 1;
		*done = 1;
		return open_section(r, e->level, e->number, l->s, n);
	}
	if (r->n_toc ? (is_section_name(l->s, n) && is_isolated(r, i)) : plain_heading(r, i)) {
		char num[16] = "";
		if (!r->n_toc) {
			snprintf(num, sizeof(num), "%d", ++r->n_plain);
		}
		*done = 1;
		return open_section(r, 1, num, l->s, n);
	}
	return RELKG_OK;
}

/* Does line i continue the text of line i-1 (a hard-wrapped paragraph)? */
static int continues(const tline *prev, const tline *l)
{
	if (l->kind != L_TEXT || prev->kind != L_TEXT || ends_sentence(prev->s, prev->n)) {
		return 0;
	}
	unsigned char c = (unsigned char)l->s[0];
	char last = prev->s[prev->n - 1];
	return (c >= 'a' && c <= 'z') || last == ',' || last == ';' || last == ':' ||
	       last == '(' || last == '-';
}

/* Drops back-links before a reference entry: "^", "^ a b", "1 2" (Wikipedia
 * numbers or letters the places that cite an entry used more than once). */
static const char *strip_backlinks(const char *s, size_t *n)
{
	const char *e = s + *n;
	if (s < e && *s == '^') {
		++s;
		while (s < e && *s == ' ') {
			++s;
		}
	}
	static const char first[2] = {'1', 'a'};
	for (int form = 0; form < 2; ++form) {
		char c = first[form];
		const char *p = s;
		int k = 0;
		while (p + 1 < e && *p == c && p[1] == ' ') {
			p += 2;
			++c;
			++k;
		}
		if (k >= 2) {
			s = p;
			break;
		}
	}
	*n = (size_t)(e - s);
	return s;
}

/* Cuts rendering notes of citation templates ("Check date values in: ...
 * (help)") off the end of an entry. */
static size_t strip_template_notes(const char *s, size_t n)
{
	if (n < 6 || memcmp(s + n - 6, "(help)", 6) != 0) {
		return n; /* no note ends the entry: nothing to look for */
	}
	for (size_t i = 0; i + 6 < n; ++i) {
		if (s[i] == 'C' && strncmp(s + i, "Check ", 6) == 0 && i > 0 && s[i - 1] == ' ') {
			return trim_end(s, i);
		}
	}
	return n;
}

static relkg_status add_reference(text_reader *r, const tline *l)
{
	size_t n = l->n;
	const char *s = strip_backlinks(l->s, &n);
	n = strip_template_notes(s, n);
	return relkg_doc_add_reference(r->doc, l->number, s, n, NULL);
}

/* Marks numbered lines in runs that count up from 1 (blank lines may
 * separate entries): the reference list, not an ordinary numbered list. */
static void find_reference_runs(text_reader *r)
{
	int want = 0; /* next number in the current run, 0 outside a run */
	for (size_t i = 0; i < r->n_lines; ++i) {
		tline *l = &r->lines[i];
		if (l->kind == L_BLANK) {
			continue;
		}
		if (l->kind == L_NUMBERED && (l->number == want || l->number == 1)) {
			l->reference = 1;
			want = l->number + 1;
		} else {
			want = 0;
		}
	}
}

/* Text lines: a paragraph (joined with its continuation lines), or a
 * caption when the line is not a sentence; in list sections an item. */
static relkg_status add_text(text_reader *r, size_t *i, relkg_buf *tmp)
{
	const tline *l = &r->lines[*i];
	relkg_status st;
	tmp->len = 0;
	TRY(st, relkg_buf_append(tmp, l->s, l->n));
	while (*i + 1 < r->body_end && !r->lines[*i + 1].skip &&
	       continues(&r->lines[*i], &r->lines[*i + 1])) {
		++*i;
		TRY(st, relkg_buf_putc(tmp, ' '));
		TRY(st, relkg_buf_append(tmp, r->lines[*i].s, r->lines[*i].n));
	}
	relkg_block_kind kind = RELKG_BLOCK_PARAGRAPH;
	if (r->list_section) {
		kind = RELKG_BLOCK_ITEM;
	} else if (!ends_sentence(tmp->data, tmp->len) && relkg_line_words_upto(tmp->data, tmp->len, 30) < 30) {
		kind = RELKG_BLOCK_CAPTION;
	} else {
		r->seen_paragraph = 1;
	}
	return relkg_doc_add_block(r->doc, kind, tmp->data, tmp->len);
}

static relkg_status body_line(text_reader *r, size_t *i, relkg_buf *tmp)
{
	const tline *l = &r->lines[*i];
	relkg_status st;
	int done;
	if (l->kind == L_BLANK || l->skip || is_hatnote(l)) {
		return RELKG_OK;
	}
	if (l->kind == L_NUMBERED && l->reference) {
		return add_reference(r, l);
	}
	if (l->kind == L_BULLET) {
		return relkg_doc_add_block(r->doc, RELKG_BLOCK_ITEM, l->s, l->n);
	}
	if (l->kind == L_NUMBERED) { /* a numbered list that is not references */
		return relkg_doc_add_block(r->doc, RELKG_BLOCK_ITEM, l->s, l->n);
	}
	TRY(st, try_heading(r, *i, &done));
	if (done) {
		return RELKG_OK;
	}
	return add_text(r, i, tmp);
}

static relkg_status read_body(text_reader *r)
{
	relkg_status st = RELKG_OK;
	relkg_buf tmp;
	relkg_buf_init(&tmp);
	size_t start = 0;
	if (r->title != SIZE_MAX) {
		const tline *t = &r->lines[r->title];
		st = relkg_doc_set_title(r->doc, t->s, t->n);
		start = r->title + 1;
	}
	for (size_t i = start; i < r->body_end && st == RELKG_OK; ++i) {
		st = body_line(r, &i, &tmp);
	}
	relkg_buf_clear(&tmp);
	return st;
}

int relkg_sniff_text(const char *data, size_t len, const char *path)
{
	(void)data;
	(void)len;
	(void)path;
	return 1;
}

relkg_status relkg_read_text(relkg_doc *doc, const char *data, size_t len, relkg_diag *diag)
{
	text_reader r;
	memset(&r, 0, sizeof(r));
	r.doc = doc;
	relkg_status st = split_lines(&r, data, len);
	if (st == RELKG_OK) {
		st = find_contents(&r);
	}
	if (st == RELKG_OK) {
		find_title(&r);
		find_footer(&r);
		find_reference_runs(&r);
		st = read_body(&r);
	}
	if (st == RELKG_OK) {
		st = relkg_doc_finish(doc);
	}
	free(r.lines);
	free(r.toc);
	if (st != RELKG_OK) {
		snprintf(diag->msg, sizeof(diag->msg), "%s", relkg_strerror(st));
	}
	return st;
}
