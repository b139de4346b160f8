#include "doc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "bytes8.h"
#include "citation.h"
#include "sentence.h"
#include "try.h"

typedef struct {
	relkg_buf text;
	size_t cap_blocks, cap_sections, cap_sentences, cap_citations, cap_markers;
	uint32_t *cp_index; /* code points before every 8th byte: [k] those of text[0 .. 8k) */
} builder;

#define GROW(arr, n, cap)                                                   \
	do {                                                                 \
		if ((n) == (cap)) {                                          \
			size_t nc_ = (cap) ? (cap) * 2 : 16;                 \
			void *p_ = realloc((arr), nc_ * sizeof(*(arr)));     \
			if (!p_) {                                           \
				return RELKG_ERR_NOMEM;                      \
			}                                                    \
			(arr) = p_;                                          \
			(cap) = nc_;                                         \
		}                                                            \
	} while (0)

relkg_doc *relkg_doc_new(const char *name)
{
	relkg_doc *doc = calloc(1, sizeof(*doc));
	builder *b = calloc(1, sizeof(*b));
	if (!doc || !b) {
		free(doc);
		free(b);
		return NULL;
	}
	doc->name = relkg_strndup(name, strlen(name));
	doc->priv = b;
	relkg_buf_init(&b->text);
	if (!doc->name) {
		relkg_doc_free(doc);
		return NULL;
	}
	return doc;
}

static void free_builder(builder *b)
{
	if (b) {
		relkg_buf_clear(&b->text);
		free(b->cp_index);
		free(b);
	}
}

void relkg_doc_free(relkg_doc *doc)
{
	if (!doc) {
		return;
	}
	for (size_t i = 0; i < doc->n_sections; ++i) {
		free(doc->sections[i].number);
		free(doc->sections[i].title);
	}
	for (size_t i = 0; i < doc->n_citations; ++i) {
		relkg_citation *c = &doc->citations[i];
		free(c->text);
		free(c->title);
		free(c->publisher);
		free(c->date);
		free(c->url);
		free(c->accessed);
	}
	free(doc->sections);
	free(doc->citations);
	free(doc->blocks);
	free(doc->sentences);
	free(doc->markers);
	relkg_doc_free_links(doc);
	free(doc->name);
	free(doc->title);
	free(doc->source);
	free(doc->text);
	free_builder(doc->priv);
	free(doc);
}

/* Bytes of white space at s[i] (n bytes in all): 1 for ASCII white
 * space, 2 for U+00A0 no-break space, 0 for anything else. */
static size_t space_at(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
		return 1;
	}
	return (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) ? 2 : 0;
}

/* Bytes of s[0..8) that append_folded may copy as they are, 8 bytes a
 * step (8 when all): up to the first byte below 0x20, 0xC2 (the lead of
 * a no-break space) or space followed by a space, not starting with a
 * space (it may be leading, or follow other white space) nor ending with
 * one (what follows it may be white space too, or the end).  Single
 * spaces between words are copied with them: a run no longer stops at
 * every word.  Per byte of a word: b - c borrows into the top bit just
 * when b < c, and ~b keeps it for b < 0x80; no borrow reaches a byte
 * before the first match, so the lowest marked byte is the first match
 * (later ones may be marked wrongly, which does not matter; the space
 * marks are exact). */
static unsigned plain_run8(const unsigned char *s)
{
	const uint64_t ones = RELKG_B8_ONES, high = RELKG_B8_HIGH;
	uint64_t w = relkg_b8_load(s), x = w ^ (ones * 0xC2), sp = relkg_b8_eq(w, ' ');
	uint64_t m = ((w - ones * 0x20) & ~w & high) | ((x - ones) & ~x & high) |
		     (sp & (sp >> 8)) | (sp & 0x80);
	unsigned k = m ? (unsigned)__builtin_ctzll(m) / 8 : 8;
	return k ? k - (unsigned)((sp >> (8 * k - 1)) & 1) : 0;
}

/* Appends s[0..n) with white space folded to single spaces and trimmed,
 * written straight into room reserved once (the folded text is never
 * longer, so the output is never ahead of the input and an 8-byte copy at
 * o fits when 8 bytes of input are left): runs of words and the single
 * spaces between them (plain_run8) are copied 8 bytes at a time, the rest
 * one by one. */
static relkg_status append_folded(relkg_buf *t, const char *s, size_t n)
{
	if (relkg_buf_reserve(t, n) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	const unsigned char *u = (const unsigned char *)s;
	char *o = t->data + t->len, *start = o;
	int space = 0;
	for (size_t i = 0; i < n;) {
		unsigned k = i + 8 <= n ? plain_run8(u + i) : 0;
		if (k) {
			if (space && o > start) {
				*o++ = ' ';
			}
			space = 0;
			memcpy(o, u + i, 8);
			o += k;
			i += k;
			continue;
		}
		unsigned char c = u[i];
		size_t w = c > ' ' && c != 0xC2 ? 0 : space_at(u, n, i);
		if (w) {
			space = 1;
			i += w;
			continue;
		}
		if (space && o > start) {
			*o++ = ' ';
		}
		space = 0;
		*o++ = (char)c;
		++i;
	}
	t->len = (size_t)(o - t->data);
	t->data[t->len] = '\0';
	return RELKG_OK;
}

static relkg_status add_block(relkg_doc *doc, relkg_block_kind kind, const char *s,
			      size_t n, relkg_span *out)
{
	builder *b = doc->priv;
	if (!b) {
		return RELKG_ERR_ARG;
	}
	size_t mark = b->text.len;
	if (mark > 0) {
		if (relkg_buf_puts(&b->text, "\n\n") != RELKG_OK) {
			return RELKG_ERR_NOMEM;
		}
	}
	size_t begin = b->text.len;
	relkg_status st;
	TRY(st, append_folded(&b->text, s, n));
	if (b->text.len == begin) { /* empty: take the separator back */
		b->text.len = mark;
		if (b->text.data) { /* NULL while nothing was ever appended */
			b->text.data[mark] = '\0';
		}
		if (out) {
			out->begin = out->end = mark;
		}
		return RELKG_NO_MATCH;
	}
	GROW(doc->blocks, doc->n_blocks, b->cap_blocks);
	relkg_block *blk = &doc->blocks[doc->n_blocks++];
	blk->kind = kind;
	blk->span.begin = begin;
	blk->span.end = b->text.len;
	blk->section = doc->n_sections ? doc->n_sections - 1 : 0;
	if (out) {
		*out = blk->span;
	}
	return RELKG_OK;
}

static relkg_status ensure_lead(relkg_doc *doc)
{
	builder *b = doc->priv;
	if (doc->n_sections) {
		return RELKG_OK;
	}
	GROW(doc->sections, doc->n_sections, b->cap_sections);
	relkg_section *sec = &doc->sections[doc->n_sections];
	memset(sec, 0, sizeof(*sec));
	sec->number = calloc(1, 1);
	sec->title = calloc(1, 1);
	if (!sec->number || !sec->title) {
		free(sec->number);
		free(sec->title);
		return RELKG_ERR_NOMEM;
	}
	doc->n_sections++;
	return RELKG_OK;
}

size_t relkg_doc_built_len(const relkg_doc *doc)
{
	const builder *b = doc->priv;
	return doc->text ? doc->len : (b ? b->text.len : 0);
}

relkg_status relkg_doc_set_title(relkg_doc *doc, const char *s, size_t n)
{
	relkg_status st;
	relkg_span sp;
	TRY(st, ensure_lead(doc));
	st = add_block(doc, RELKG_BLOCK_TITLE, s, n, &sp);
	if (st == RELKG_NO_MATCH) {
		return RELKG_OK;
	}
	if (st != RELKG_OK) {
		return st;
	}
	builder *b = doc->priv;
	free(doc->title);
	doc->title = relkg_strndup(b->text.data + sp.begin, sp.end - sp.begin);
	return doc->title ? RELKG_OK : RELKG_ERR_NOMEM;
}

relkg_status relkg_doc_set_source(relkg_doc *doc, const char *iri)
{
	free(doc->source);
	doc->source = iri ? relkg_strndup(iri, strlen(iri)) : NULL;
	return (iri && !doc->source) ? RELKG_ERR_NOMEM : RELKG_OK;
}

relkg_status relkg_doc_begin_section(relkg_doc *doc, int level, const char *number,
				     const char *title, size_t title_len)
{
	relkg_status st;
	TRY(st, ensure_lead(doc));
	builder *b = doc->priv;
	GROW(doc->sections, doc->n_sections, b->cap_sections);
	relkg_section *sec = &doc->sections[doc->n_sections];
	memset(sec, 0, sizeof(*sec));
	sec->level = level;
	sec->number = relkg_strndup(number ? number : "", number ? strlen(number) : 0);
	if (!sec->number) {
		return RELKG_ERR_NOMEM;
	}
	doc->n_sections++;
	st = add_block(doc, RELKG_BLOCK_HEADING, title, title_len, &sec->heading);
	if (st != RELKG_OK && st != RELKG_NO_MATCH) {
		return st;
	}
	sec->title = relkg_strndup(b->text.data ? b->text.data + sec->heading.begin : "",
				   sec->heading.end - sec->heading.begin);
	return sec->title ? RELKG_OK : RELKG_ERR_NOMEM;
}

relkg_status relkg_doc_add_block(relkg_doc *doc, relkg_block_kind kind, const char *s, size_t n)
{
	relkg_status st;
	TRY(st, ensure_lead(doc));
	st = add_block(doc, kind, s, n, NULL);
	return st == RELKG_NO_MATCH ? RELKG_OK : st;
}

relkg_status relkg_doc_add_reference(relkg_doc *doc, int number, const char *s, size_t n,
				     const char *url)
{
	builder *b = doc->priv;
	if (!b) {
		return RELKG_ERR_ARG;
	}
	GROW(doc->citations, doc->n_citations, b->cap_citations);
	relkg_citation *c = &doc->citations[doc->n_citations];
	memset(c, 0, sizeof(*c));
	relkg_buf t;
	relkg_buf_init(&t);
	if (append_folded(&t, s, n) != RELKG_OK) {
		relkg_buf_clear(&t);
		return RELKG_ERR_NOMEM;
	}
	c->number = number;
	c->text = relkg_buf_steal(&t);
	c->url = url ? relkg_strndup(url, strlen(url)) : NULL;
	if (!c->text || (url && !c->url)) {
		free(c->text);
		free(c->url);
		return RELKG_ERR_NOMEM;
	}
	doc->n_citations++;
	return RELKG_OK;
}

/* ---- finish ---- */

static relkg_status add_sentence(void *ctx, size_t begin, size_t end)
{
	relkg_doc *doc = ctx;
	builder *b = doc->priv;
	GROW(doc->sentences, doc->n_sentences, b->cap_sentences);
	relkg_sentence *s = &doc->sentences[doc->n_sentences++];
	memset(s, 0, sizeof(*s));
	s->span.begin = begin;
	s->span.end = end;
	s->block = doc->n_blocks - 1; /* fixed up by the caller */
	return RELKG_OK;
}

static relkg_status split_blocks(relkg_doc *doc)
{
	relkg_status st;
	for (size_t i = 0; i < doc->n_blocks; ++i) {
		relkg_block *blk = &doc->blocks[i];
		if (blk->kind == RELKG_BLOCK_TITLE || blk->kind == RELKG_BLOCK_HEADING) {
			continue;
		}
		size_t first = doc->n_sentences;
		if (blk->kind == RELKG_BLOCK_ITEM) {
			/* a list entry is one unit ("Hara, Kimie. Title (1998)") */
			TRY(st, add_sentence(doc, blk->span.begin, blk->span.end));
		} else {
			TRY(st, relkg_sentence_split(doc->text, blk->span.begin, blk->span.end,
						     add_sentence, doc));
		}
		for (size_t k = first; k < doc->n_sentences; ++k) {
			doc->sentences[k].block = i;
			doc->sentences[k].section = blk->section;
		}
	}
	return RELKG_OK;
}

static int utf8_lead(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

/* The code points that begin in t[from .. to): eight bytes at a time. */
static size_t count_leads(const unsigned char *t, size_t from, size_t to)
{
	size_t cp = 0, i = from;
	for (; to - i >= 8; i += 8) {
		cp += relkg_b8_count_leads(relkg_b8_load(t + i));
	}
	for (; i < to; ++i) {
		cp += (size_t)utf8_lead(t[i]);
	}
	return cp;
}

static relkg_status index_code_points(relkg_doc *doc)
{
	builder *b = doc->priv;
	if (doc->len >= UINT32_MAX) { /* far above any article's limit */
		return RELKG_ERR_TOO_BIG;
	}
	b->cp_index = malloc((doc->len / 8 + 1) * sizeof(*b->cp_index));
	if (!b->cp_index) {
		return RELKG_ERR_NOMEM;
	}
	uint32_t cp = 0;
	const unsigned char *t = (const unsigned char *)doc->text;
	size_t k = 0;
	for (; 8 * k + 8 <= doc->len; ++k) { /* one entry per 8 bytes */
		b->cp_index[k] = cp;
		cp += relkg_b8_count_leads(relkg_b8_load(t + 8 * k));
	}
	b->cp_index[k] = cp;
	doc->cp_len = cp + count_leads(t, 8 * k, doc->len);
	return RELKG_OK;
}

/* The code points that begin among the bytes of x (loaded from the text)
 * that mask marks (bit 7 of each). */
static size_t leads_in(uint64_t x, uint64_t mask)
{
	uint64_t leads = ~(x & ~(x << 1)) & mask & RELKG_B8_HIGH;
	return (size_t)(((leads >> 7) * RELKG_B8_ONES) >> 56);
}

/* No loop over the bytes: the index's entry for the 8 bytes the offset is
 * in, plus the leads among those of them before it, read as one word
 * (the word ending at the offset when the 8 run past the text's end). */
size_t relkg_doc_cp(const relkg_doc *doc, size_t byte)
{
	const builder *b = doc->priv;
	if (byte > doc->len) {
		byte = doc->len;
	}
	const unsigned char *t = (const unsigned char *)doc->text;
	size_t k = byte / 8, r = byte % 8;
	size_t cp = b->cp_index[k];
	if (8 * k + 8 <= doc->len) {
		return cp + leads_in(relkg_b8_load(t + 8 * k), (UINT64_C(1) << (8 * r)) - 1);
	}
	if (r == 0) {
		return cp;
	}
	if (byte >= 8) { /* the top r bytes of the word that ends at byte */
		return cp + leads_in(relkg_b8_load(t + byte - 8), ~UINT64_C(0) << (64 - 8 * r));
	}
	return cp + count_leads(t, 0, byte);
}

size_t relkg_doc_sentence_at(const relkg_doc *doc, size_t byte)
{
	size_t lo = 0, hi = doc->n_sentences;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const relkg_sentence *s = &doc->sentences[mid];
		if (byte < s->span.begin) {
			hi = mid;
		} else if (byte >= s->span.end) {
			lo = mid + 1;
		} else {
			return mid;
		}
	}
	return (size_t)-1;
}

/* "[12]" markers inside sentences. */
static relkg_status find_markers(relkg_doc *doc)
{
	builder *b = doc->priv;
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		for (size_t i = sp.begin; i < sp.end; ++i) {
			const char *open = memchr(doc->text + i, '[', sp.end - i);
			if (!open) {
				break;
			}
			i = (size_t)(open - doc->text);
			size_t j = i + 1;
			int num = 0;
			while (j < sp.end && j - i <= 4 && doc->text[j] >= '0' && doc->text[j] <= '9') {
				num = num * 10 + (doc->text[j] - '0');
				++j;
			}
			if (j == i + 1 || j >= sp.end || doc->text[j] != ']' || num == 0) {
				continue;
			}
			GROW(doc->markers, doc->n_markers, b->cap_markers);
			relkg_marker *m = &doc->markers[doc->n_markers++];
			m->span.begin = i;
			m->span.end = j + 1;
			m->number = num;
			m->sentence = si;
			i = j;
		}
	}
	return RELKG_OK;
}

relkg_status relkg_doc_finish(relkg_doc *doc)
{
	builder *b = doc->priv;
	relkg_status st;
	if (!b) {
		return RELKG_ERR_ARG;
	}
	if (b->text.len == 0) {
		return RELKG_ERR_EMPTY;
	}
	doc->len = b->text.len;
	doc->text = relkg_buf_steal(&b->text);
	TRY(st, index_code_points(doc));
	TRY(st, split_blocks(doc));
	for (size_t i = 0; i < doc->n_sentences; ++i) {
		relkg_sentence *s = &doc->sentences[i];
		s->cp_begin = relkg_doc_cp(doc, s->span.begin);
		s->cp_end = relkg_doc_cp(doc, s->span.end);
	}
	TRY(st, find_markers(doc));
	for (size_t i = 0; i < doc->n_citations; ++i) {
		TRY(st, relkg_citation_parse(&doc->citations[i]));
	}
	return RELKG_OK;
}
