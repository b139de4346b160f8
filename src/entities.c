#include "entities.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii16.h"
#include "at_heads.h"
#include "bytes8.h"
#include "iri.h"
#include "lexicon.h"
#include "sentence_index.h"
#include "try.h"
#include "word_ends.h"
#include "words.h"

/* Adds the entity; *is_new says whether it was not there before. */
static size_t add(relkg_ctx *ctx, relkg_ent_kind kind, const char *iri, const char *label,
		  size_t n, int *is_new)
{
	size_t before = ctx->mentions->n_ents;
	size_t e = relkg_mentions_entity(ctx->mentions, kind, iri, label, n);
	*is_new = e != RELKG_NONE && ctx->mentions->n_ents > before;
	return e;
}

static relkg_status emit_label(relkg_ctx *ctx, const char *iri, const char *cls,
			       const char *label, size_t n)
{
	relkg_status st;
	TRY(st, relkg_graph_type(ctx->graph, iri, cls));
	return relkg_graph_text(ctx->graph, iri, "rdfs:label", label, n, "en");
}

static size_t ent_country(relkg_ctx *ctx, size_t gi);

/* Countries are named again and again: an entity found once is
 * remembered by gazetteer index (its IRI built, slugged and looked up
 * again cost ~1,500 instructions a mention). */
size_t relkg_ent_country(relkg_ctx *ctx, size_t gi)
{
	relkg_mentions *m = ctx->mentions;
	for (size_t i = 0; i < m->n_country_memo; ++i) {
		if (m->country_gz[i] == gi) {
			return m->country_ent[i];
		}
	}
	size_t e = ent_country(ctx, gi);
	if (e != RELKG_NONE && m->n_country_memo < RELKG_COUNTRY_MEMO) {
		m->country_gz[m->n_country_memo] = gi;
		m->country_ent[m->n_country_memo++] = e;
	}
	return e;
}

static size_t ent_country(relkg_ctx *ctx, size_t gi)
{
	const relkg_gz_country *c = relkg_gazetteer_country(relkg_ctx_gaz(ctx), gi);
	if (!c) {
		return RELKG_NONE;
	}
	relkg_buf b;
	relkg_buf_init(&b);
	int is_new = 0;
	size_t e = RELKG_NONE;
	if (relkg_iri_entity(&b, ctx->base, "country", c->label, strlen(c->label)) == RELKG_OK) {
		e = add(ctx, RELKG_ENT_COUNTRY, b.data, c->label, strlen(c->label), &is_new);
	}
	if (is_new) {
		relkg_status st = emit_label(ctx, b.data, "rkg:Country", c->label, strlen(c->label));
		for (size_t i = 0; st == RELKG_OK && i < c->n_aliases; ++i) {
			st = relkg_graph_text(ctx->graph, b.data, "skos:altLabel", c->aliases[i],
					      strlen(c->aliases[i]), "en");
		}
		if (c->historical) {
			ctx->mentions->ents[e].flags |= RELKG_EF_HISTORICAL;
		}
		if (st != RELKG_OK) {
			e = RELKG_NONE;
		}
	}
	relkg_buf_clear(&b);
	return e;
}

size_t relkg_ent_country_gz(const relkg_ctx *ctx, size_t ent)
{
	const relkg_gazetteer *g = relkg_ctx_gaz(ctx);
	if (ent == RELKG_NONE || ent >= ctx->mentions->n_ents ||
	    ctx->mentions->ents[ent].kind != RELKG_ENT_COUNTRY) {
		return RELKG_GZ_NONE;
	}
	relkg_entity *e = &ctx->mentions->ents[ent]; /* the table is the context's */
	if (e->gz != RELKG_NONE) {
		return e->gz; /* found before: the search below costs a scan */
	}
	size_t i = relkg_ent_label_country(g, e->label);
	if (i != RELKG_GZ_NONE) {
		e->gz = i;
	}
	return i;
}

/* The first country labelled label, by a scan of them all. */
static size_t label_country_scan(const relkg_gazetteer *g, const char *label)
{
	/* the first byte first: a call of strcmp a country cost ~20
	 * instructions, and most labels differ there */
	char first = label[0];
	for (size_t i = 0, n = relkg_gazetteer_n_countries(g); i < n; ++i) {
		const char *l = relkg_gazetteer_country(g, i)->label;
		if (l[0] == first && strcmp(l, label) == 0) {
			return i;
		}
	}
	return RELKG_GZ_NONE;
}

/* The gazetteer's match of the whole label answers first (the scan read
 * ~250 labels, a cache miss each, once per country of every article):
 * every country's label is a name entry whose ref is the country, and of
 * the name entries of one text the match gives the one of least ref, so
 * a hit whose country has that label is the first country with it.
 * Anything else (a label no country has, one that is another's alias)
 * is scanned for. */
size_t relkg_ent_label_country(const relkg_gazetteer *g, const char *label)
{
	size_t n = strlen(label);
	relkg_gz_hit hit;
	if (relkg_gazetteer_match(g, label, n, &hit) && hit.form == RELKG_GZ_NAME &&
	    hit.len == n) {
		const relkg_gz_country *c = relkg_gazetteer_country(g, hit.country);
		if (c && strcmp(c->label, label) == 0) {
			return hit.country;
		}
	}
	return label_country_scan(g, label);
}

size_t relkg_ent_label_country_scan(const relkg_gazetteer *g, const char *label)
{
	return label_country_scan(g, label);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Slug of the name's words in sorted order. */
static relkg_status sorted_slug(relkg_buf *out, const char *name, size_t n)
{
	relkg_buf s;
	relkg_buf_init(&s);
	relkg_status st = relkg_slug(&s, name, n);
	char *words[16] = {NULL};
	size_t k = 0;
	for (char *p = s.data; st == RELKG_OK && p && *p && k < 16;) {
		words[k++] = p;
		char *d = strchr(p, '-');
		if (!d) {
			break;
		}
		*d = '\0';
		p = d + 1;
	}
	qsort(words, k, sizeof(*words), cmp_str);
	for (size_t i = 0; st == RELKG_OK && i < k; ++i) {
		if (i) {
			st = relkg_buf_putc(out, '-');
		}
		if (st == RELKG_OK) {
			st = relkg_buf_puts(out, words[i]);
		}
	}
	relkg_buf_clear(&s);
	return st;
}

/* Appends name less the romanized Arabic articles joined to its words
 * ("el-Sisi", "Al-Sisi" and "al-Sisi" are one person's name). */
static relkg_status without_articles(relkg_buf *out, const char *name, size_t n)
{
	static const char *const art[] = {"al-", "el-", "ad-", "ed-", "an-", "ar-", "as-", "ash-",
		"at-", "az-", "ud-", "ul-", "ur-", "us-", NULL};
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && !st;) {
		size_t skip = 0;
		for (const char *const *a = art; *a && !skip && (i == 0 || name[i - 1] == ' '); ++a) {
			size_t k = strlen(*a);
			if (i + k < n && strncasecmp(name + i, *a, k) == 0 &&
			    relkg_is_upper_at(name + i + k, n - i - k)) {
				skip = k;
			}
		}
		if (!skip && (i == 0 || name[i - 1] == ' ') && i + 3 < n &&
		    (strncmp(name + i, "al ", 3) == 0 || strncmp(name + i, "el ", 3) == 0) &&
		    relkg_is_upper_at(name + i + 3, n - i - 3)) {
			skip = 3; /* "Omar al Bashir" */
		}
		if (skip) {
			i += skip;
		} else {
			st = relkg_buf_putc(out, name[i++]);
		}
	}
	return st;
}

size_t relkg_ent_person(relkg_ctx *ctx, const char *name, size_t n)
{
	relkg_buf b, key;
	relkg_buf_init(&b);
	relkg_buf_init(&key);
	size_t e = RELKG_NONE;
	int is_new = 0;
	int joined = memchr(name, '-', n) != NULL; /* else nothing to drop: no copy */
	for (size_t i = 1; !joined && i + 1 < n; ++i) {
		joined = name[i] == 'l' && name[i + 1] == ' '; /* "al ", "el " */
	}
	if (relkg_buf_printf(&b, "%sperson/", ctx->base) == RELKG_OK &&
	    (!joined || (without_articles(&key, name, n) == RELKG_OK && key.len)) &&
	    sorted_slug(&b, joined ? key.data : name, joined ? key.len : n) == RELKG_OK) {
		e = add(ctx, RELKG_ENT_PERSON, b.data, name, n, &is_new);
	}
	if (is_new && emit_label(ctx, b.data, "rkg:Person", name, n) != RELKG_OK) {
		e = RELKG_NONE;
	}
	relkg_buf_clear(&b);
	relkg_buf_clear(&key);
	return e;
}

relkg_status relkg_ent_set_country(relkg_ctx *ctx, size_t ent, size_t country)
{
	if (ent == RELKG_NONE || country == RELKG_NONE) {
		return RELKG_OK;
	}
	relkg_entity *e = &ctx->mentions->ents[ent];
	if (e->country == RELKG_NONE) {
		e->country = country;
	}
	return relkg_graph_iri(ctx->graph, e->iri, "rkg:country",
			       ctx->mentions->ents[country].iri);
}

size_t relkg_ent_city(relkg_ctx *ctx, const char *name, size_t n, size_t country)
{
	size_t e = relkg_ent_named(ctx, RELKG_ENT_CITY, "city", "rkg:City", name, n);
	if (e != RELKG_NONE && relkg_ent_set_country(ctx, e, country) != RELKG_OK) {
		return RELKG_NONE;
	}
	return e;
}

size_t relkg_ent_keyed(relkg_ctx *ctx, relkg_ent_kind kind, const char *path, const char *cls,
		       const char *key, size_t key_len, const char *label, size_t n)
{
	relkg_buf b;
	relkg_buf_init(&b);
	size_t e = RELKG_NONE;
	int is_new = 0;
	if (relkg_iri_entity(&b, ctx->base, path, key, key_len) == RELKG_OK) {
		e = add(ctx, kind, b.data, label, n, &is_new);
	}
	if (is_new && emit_label(ctx, b.data, cls, label, n) != RELKG_OK) {
		e = RELKG_NONE;
	}
	relkg_buf_clear(&b);
	return e;
}

size_t relkg_ent_named(relkg_ctx *ctx, relkg_ent_kind kind, const char *path, const char *cls,
		       const char *label, size_t n)
{
	return relkg_ent_keyed(ctx, kind, path, cls, label, n, label, n);
}

size_t relkg_ent_office(relkg_ctx *ctx, const relkg_gz_office *o, size_t country)
{
	relkg_buf label;
	relkg_buf_init(&label);
	relkg_status st = relkg_buf_puts(&label, o->canonical);
	if (!st && country != RELKG_NONE) {
		st = relkg_buf_printf(&label, " of %s", ctx->mentions->ents[country].label);
	}
	size_t e = RELKG_NONE;
	if (!st) {
		size_t before = ctx->mentions->n_ents;
		e = relkg_ent_named(ctx, RELKG_ENT_OFFICE, "office", "rkg:Office", label.data,
				    label.len);
		if (e != RELKG_NONE && ctx->mentions->n_ents > before) {
			const char *iri = ctx->mentions->ents[e].iri;
			st = relkg_graph_iri(ctx->graph, iri, "rkg:role", relkg_role_curie(o->role));
			if (!st && country != RELKG_NONE) {
				ctx->mentions->ents[e].country = country;
				st = relkg_graph_iri(ctx->graph, iri, "rkg:jurisdiction",
						     ctx->mentions->ents[country].iri);
			}
			if (st) {
				e = RELKG_NONE;
			}
		}
	}
	relkg_buf_clear(&label);
	return e;
}

size_t relkg_country_at(const relkg_ctx *ctx, size_t pos, size_t *end)
{
	const relkg_mentions *m = ctx->mentions;
	size_t i = relkg_mentions_at(m, pos, RELKG_ENT_COUNTRY, RELKG_MF_PRONOUN);
	if (i == RELKG_NONE) {
		return RELKG_NONE;
	}
	if (end) {
		*end = m->ms[i].span.end;
	}
	return m->ms[i].entity;
}

/* Is t[p..) w, ASCII case-insensitively, up to w's end (within end)? */
static int folded_prefix(const char *t, size_t p, size_t end, const char *w)
{
	for (size_t k = 0; w[k]; ++k) {
		unsigned char a = (unsigned char)t[p + k], c = (unsigned char)w[k];
		if (p + k >= end || (a == c ? 0 : (a | 0x20u) != (c | 0x20u) ||
						   (c | 0x20u) < 'a' || (c | 0x20u) > 'z')) {
			return 0;
		}
	}
	return 1;
}

/* relkg_word_in(t, p, relkg_word_end(t, p, end), list), cheaper where no
 * word of the list is written at p (the word end is only found then). */
static int needed_at(const char *t, size_t p, size_t end, const char *const *list)
{
	for (const char *const *w = list; *w; ++w) {
		if (folded_prefix(t, p, end, *w)) {
			return relkg_word_in(t, p, relkg_word_end(t, p, end), list);
		}
	}
	return 0;
}

/* Which two first bytes the words of a list begin with (ASCII
 * case-insensitively): second[a] has bit b for "ab..." (a a letter 0..25,
 * b a letter, 26 a space, 27 a hyphen).  any: some word begins
 * otherwise, so every byte must be tried. */
typedef struct {
	uint32_t second[26];
	int any;
} need_filter;

static unsigned folded_letter(unsigned char c) /* 0..25, or 26: no ASCII letter */
{
	unsigned f = c | 0x20u;
	return f >= 'a' && f <= 'z' ? f - 'a' : 26;
}

/* folded_letter, and 26 for a space, 27 for a hyphen, 28 for any other */
static unsigned second_kind(unsigned char c)
{
	unsigned a = folded_letter(c);
	return a < 26 ? a : c == ' ' ? 26 : c == '-' ? 27 : 28;
}

static void need_filter_init(need_filter *f, const char *const *list)
{
	memset(f, 0, sizeof(*f));
	for (; *list; ++list) {
		unsigned a = folded_letter((unsigned char)(*list)[0]);
		unsigned b = a < 26 ? second_kind((unsigned char)(*list)[1]) : 28;
		if (b < 28) {
			f->second[a] |= UINT32_C(1) << b;
		} else {
			f->any = 1;
		}
	}
}

/* folded_letter and second_kind of every byte, as constant tables (the
 * scan of every byte reads them; no state, no table built per call). */
#define NK_LETTER(c) ((unsigned)(((c) | 0x20) - 'a') < 26u ? (((c) | 0x20) - 'a') : 26)
#define NK_KIND(c) (NK_LETTER(c) < 26 ? NK_LETTER(c) : (c) == ' ' ? 26 : (c) == '-' ? 27 : 28)
#define NK_L4(c) NK_LETTER(c), NK_LETTER((c) + 1), NK_LETTER((c) + 2), NK_LETTER((c) + 3)
#define NK_L16(c) NK_L4(c), NK_L4((c) + 4), NK_L4((c) + 8), NK_L4((c) + 12)
#define NK_L64(c) NK_L16(c), NK_L16((c) + 16), NK_L16((c) + 32), NK_L16((c) + 48)
#define NK_K4(c) NK_KIND(c), NK_KIND((c) + 1), NK_KIND((c) + 2), NK_KIND((c) + 3)
#define NK_K16(c) NK_K4(c), NK_K4((c) + 4), NK_K4((c) + 8), NK_K4((c) + 12)
#define NK_K64(c) NK_K16(c), NK_K16((c) + 16), NK_K16((c) + 32), NK_K16((c) + 48)
static const unsigned char byte_letter[256] = {NK_L64(0), NK_L64(64), NK_L64(128), NK_L64(192)};
static const unsigned char byte_kind[256] = {NK_K64(0), NK_K64(64), NK_K64(128), NK_K64(192)};

/* A list's words by their first three bytes, for the scan of every byte
 * (last_needed): third[a][b] has bit c for a word "abc..." (a as
 * folded_letter, b and c as second_kind; a word of two bytes sets every
 * c).  Row a == 26 and column b == 28 stay empty: no word of a list
 * without any begins so. */
typedef struct {
	need_filter two;
	uint32_t third[27][29];
	/* by_last[a][c] has bit n for a word of n bytes whose last two bytes
	 * are a and c, each as byte_letter (either ASCII case; 26 for any
	 * byte no letter: more lengths than needed, never fewer), when
	 * by_ends: every word fits the scan by run ends (two or more bytes
	 * and under 32, the last a byte a word may hold).  Two bytes, not
	 * the last alone: many words end in 's' or 'e', few in "ds" or "ty". */
	uint32_t by_last[27][27];
	int by_ends;
} needs_filter;

/* f->by_last and f->by_ends for list (f->two set). */
static void needs_ends_init(needs_filter *f, const char *const *list)
{
	memset(f->by_last, 0, sizeof(f->by_last));
	f->by_ends = !f->two.any;
	for (; f->by_ends && *list; ++list) {
		size_t n = strlen(*list);
		unsigned char c = (unsigned char)(*list)[n - 1]; /* n >= 2 without any */
		if (n >= 32 || !relkg_word_byte(c)) {
			f->by_ends = 0;
			break;
		}
		f->by_last[byte_letter[(unsigned char)(*list)[n - 2]]][byte_letter[c]] |=
			UINT32_C(1) << n;
	}
}

static void needs_filter_init(needs_filter *f, const char *const *list)
{
	need_filter_init(&f->two, list);
	memset(f->third, 0, sizeof(f->third));
	for (const char *const *l = list; !f->two.any && *l; ++l) {
		const unsigned char *w = (const unsigned char *)*l;
		unsigned a = folded_letter(w[0]), b = second_kind(w[1]);
		f->third[a][b] |= w[2] ? UINT32_C(1) << second_kind(w[2]) : (UINT32_C(1) << 29) - 1;
	}
	needs_ends_init(f, list);
}

/* Can a word of the list (f without any) be written at p, by its first
 * three bytes?  t[p + 2] may be t[end], the text's NUL at most (see
 * last_needed). */
static inline int may_be_at(const needs_filter *f, const unsigned char *u, size_t p)
{
	uint32_t bits = f->third[byte_letter[u[p]]][byte_kind[u[p + 1]]];
	return bits >> byte_kind[u[p + 2]] & 1u;
}

/* last_needed for a list f->by_ends holds for, from the run ends of
 * [b, end) (ends[0 .. n)): a word of the list relkg_word_end finds at p
 * ends at a run end q = p + n - 1 (word_ends.h), and its last byte is
 * t[q]; so only those p are tried, each q's latest first. */
static size_t last_needed_by_ends(const char *t, size_t b, size_t end, const char *const *list,
				  const needs_filter *f, const size_t *ends, size_t n_ends)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t best = RELKG_NONE;
	for (size_t k = n_ends; k-- > 0;) {
		size_t q = ends[k];
		if (best != RELKG_NONE && q <= best + 1) {
			break; /* every word has two bytes or more: no p after best */
		}
		if (q == b) {
			break; /* every word has two bytes or more: none ends at b */
		}
		for (uint32_t m = f->by_last[byte_letter[u[q - 1]]][byte_letter[u[q]]]; m;
		     m &= m - 1u) {
			size_t n = (size_t)__builtin_ctz(m);
			if (n > q + 1 - b) {
				break; /* longer words start before b */
			}
			size_t p = q + 1 - n;
			if (may_be_at(f, u, p) && needed_at(t, p, end, list)) {
				best = p; /* the latest p ending at q: shortest first */
				break;
			}
		}
	}
	return best;
}

/* The last byte p of [b, end) where relkg_word_in(t, p, word end, list)
 * holds, or RELKG_NONE.  Every byte is tried (a rule may read a word
 * right after a mention's end); those no word of the list can start at
 * cheaply. */
static size_t last_needed(const char *t, size_t b, size_t end, const char *const *list,
			  const needs_filter *f)
{
	if (f->two.any) {
		for (size_t p = end; p-- > b;) {
			if (needed_at(t, p, end, list)) {
				return p;
			}
		}
		return RELKG_NONE;
	}
	/* Without any, every word of the list has two bytes or more, so none
	 * fits at end - 1; before it, three bytes decide by one bit test
	 * whose branch is almost never taken (the first byte's test alone,
	 * true at a third of the bytes, was mispredicted).  The third byte
	 * may be t[end], the text's NUL at most: it matters only for words
	 * of three bytes or more, which do not fit there. */
	const unsigned char *u = (const unsigned char *)t;
	for (size_t p = end - 1; end - b >= 2 && p-- > b;) {
		if (may_be_at(f, u, p) && needed_at(t, p, end, list)) {
			return p;
		}
	}
	return RELKG_NONE;
}

/* The word index's byte classes (see sentence_word_starts). */
#define WI_CLASS(c)                                                         \
	(((unsigned)(((c) | 0x20) - 'a') < 26u ? 3u : 0u) |                 \
	 ((unsigned)((c) - '0') < 10u ? 2u : 0u) | ((c) >= 0x80 ? 4u : 0u))
#define WI_C4(c) WI_CLASS(c), WI_CLASS((c) + 1), WI_CLASS((c) + 2), WI_CLASS((c) + 3)
#define WI_C16(c) WI_C4(c), WI_C4((c) + 4), WI_C4((c) + 8), WI_C4((c) + 12)
#define WI_C64(c) WI_C16(c), WI_C16((c) + 16), WI_C16((c) + 32), WI_C16((c) + 48)
/* Bytes by class: 1 an ASCII letter, 2 an ASCII letter or digit, 4 not
 * ASCII (a constant table: no state). */
static const unsigned char wi_class[256] = {WI_C64(0), WI_C64(64), WI_C64(128), WI_C64(192)};

/* One byte of sentence_word_starts, the general way: an ASCII byte after
 * an ASCII byte decides by the table (a letter after no letter or digit),
 * without a branch; next to a byte >= 0x80 relkg_letter_word_at decides. */
static size_t word_start_byte(const char *t, size_t i, size_t end, size_t *starts, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	unsigned prev = i > 0 ? wi_class[u[i - 1]] : 0;
	unsigned c = wi_class[u[i]];
	starts[n] = i; /* kept only when a word starts there */
	if ((c | prev) & 4u) {
		return n + (relkg_letter_word_at(t, i, end) != 0);
	}
	return n + (c & ~(prev >> 1) & 1u);
}

#ifdef __SSE2__
/* The word starts of the 16 bytes at u + i, all ASCII and after an
 * ASCII byte u[i - 1], as sentence_word_starts' eight-byte step finds
 * them: bit k for a letter u[i + k] after no letter or digit.  In one
 * step of the vector unit (each byte is below 0x80, so its signed
 * compares order them as bytes); *ascii says whether the 16 bytes were
 * all ASCII (else the bits mean nothing). */
static inline unsigned word_starts16(const unsigned char *u, size_t i, int *ascii)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
	unsigned letters = (unsigned)_mm_movemask_epi8(relkg_ascii16_letters(x));
	unsigned alnum = letters | (unsigned)_mm_movemask_epi8(relkg_ascii16_digits(x));
	*ascii = _mm_movemask_epi8(x) == 0;
	return letters & ~(alnum << 1 | (wi_class[u[i - 1]] >> 1 & 1u));
}
#endif

/* Appends to starts (room made for every byte of [b, end)) the bytes of
 * [b, end) where relkg_letter_word_at holds: the new count.  Sixteen
 * bytes at a time (where the vector unit is there), or eight, where they
 * and the byte before are ASCII (a word starts at a letter after no
 * letter or digit), else byte by byte. */
static size_t sentence_word_starts(const char *t, size_t b, size_t end, size_t *starts, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	for (size_t i = b; i < end;) {
		uint64_t x;
#ifdef __SSE2__
		int ascii = 0;
		unsigned m16 = i > 0 && end - i >= 16 && u[i - 1] < 0x80 ? word_starts16(u, i, &ascii)
									 : 0;
		if (ascii) {
			for (; m16; m16 &= m16 - 1u) {
				starts[n++] = i + (unsigned)__builtin_ctz(m16);
			}
			i += 16;
			continue;
		}
#endif
		if (i > 0 && end - i >= 8 && u[i - 1] < 0x80 &&
		    !relkg_b8_high(x = relkg_b8_load(u + i))) {
			uint64_t letters = relkg_b8_letters(x);
			/* the bytes before i .. i + 7: u[i - 1], and x's less the last */
			uint64_t before = (letters | relkg_b8_within(x, '0', '9')) << 8 |
					  (uint64_t)(wi_class[u[i - 1]] >> 1 & 1u) << 7;
			for (uint64_t m = letters & ~before; m; m &= m - 1u) {
				starts[n++] = i + relkg_b8_first(m);
			}
			i += 8;
			continue;
		}
		n = word_start_byte(t, i, end, starts, n);
		++i;
	}
	return n;
}

relkg_status relkg_sentence_words_general(relkg_ctx *ctx, size_t si, const size_t **starts,
					  size_t *n)
{
	relkg_mentions *m = ctx->mentions;
	return relkg_sentence_index(ctx->doc, sentence_word_starts, &m->word_starts,
				    &m->sentence_words, si, starts, n);
}

unsigned relkg_word_key(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	return relkg_wc_bits[u[i]] * RELKG_WORD_KINDS + (i + 1 < end ? byte_kind[u[i + 1]] : 29u);
}

/* Fills m->word_keys for the whole word index of ctx's document. */
static relkg_status word_keys_build(relkg_ctx *ctx)
{
	relkg_mentions *m = ctx->mentions;
	const relkg_doc *d = ctx->doc;
	const size_t *ws;
	size_t n;
	relkg_status st;
	if (d->n_sentences == 0) {
		return (m->word_keys = calloc(1, sizeof(*m->word_keys))) ? RELKG_OK : RELKG_ERR_NOMEM;
	}
	TRY(st, relkg_sentence_words(ctx, 0, &ws, &n)); /* the index, made once */
	size_t total = m->sentence_words[d->n_sentences];
	uint16_t *keys = malloc((total ? total : 1) * sizeof(*keys));
	if (!keys) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t si = 0; si < d->n_sentences; ++si) {
		size_t end = d->sentences[si].span.end;
		for (size_t w = m->sentence_words[si]; w < m->sentence_words[si + 1]; ++w) {
			keys[w] = (uint16_t)relkg_word_key(d->text, m->word_starts[w], end);
		}
	}
	m->word_keys = keys;
	return RELKG_OK;
}

relkg_status relkg_sentence_word_keys_general(relkg_ctx *ctx, size_t si, const uint16_t **keys)
{
	relkg_mentions *m = ctx->mentions;
	if (!m->word_keys) {
		relkg_status st;
		TRY(st, word_keys_build(ctx));
	}
	/* no index without sentences (no si to ask for then) */
	*keys = m->sentence_words ? m->word_keys + m->sentence_words[si] : m->word_keys;
	return RELKG_OK;
}

/* The most patterns a table may have (each_word keeps one position per
 * pattern and sentence, and one bit per pattern in a byte). */
#define MAX_PATTERNS 8

/* The word classes a word's first byte c has, as relkg_wc_bits[c], the
 * bit number of relkg_wc_of(c): 0..25 'a'..'z', 26..51 'A'..'Z', 52
 * non-ASCII, 53 other (relkg_word_key's first factor). */
#define N_CLASSES 54

/* Which patterns of a table may do anything at a word of each class:
 * bit k of by_class[c] when pattern k's starts holds class c; bit k of
 * at_mention when it holds RELKG_WC_MENTION (the table is asked then). */
typedef struct {
	uint8_t by_class[N_CLASSES];
	uint8_t at_mention;
} start_table;

static void start_table_init(start_table *st, const relkg_word_pattern *pats, size_t n_pats)
{
	memset(st, 0, sizeof(*st));
	for (size_t k = 0; k < n_pats; ++k) {
		for (unsigned c = 0; c < N_CLASSES; ++c) {
			if (pats[k].starts & (UINT64_C(1) << c)) {
				st->by_class[c] |= (uint8_t)(1u << k);
			}
		}
		if (pats[k].starts & RELKG_WC_MENTION) {
			st->at_mention |= (uint8_t)(1u << k);
		}
	}
}

/* The patterns' at lists by a word's first two bytes: bit k of
 * ok[a][b] when pattern k has no at list, or a word of it may begin with
 * letter a (folded_letter; 26: no letter) followed by a byte of kind b
 * (second_kind; 29: the sentence ends there).  One look-up a word says
 * for every pattern what testing each list's first two bytes would. */
typedef struct {
	uint8_t ok[27][30];
} at_table;

/* Bit b of second[a] (as at_table.ok[a][b]) for each word of an at list;
 * 0 when some word may begin anywhere by its first two bytes (its first
 * byte no ASCII letter, or its second none of a letter, a space or a
 * hyphen).  A word of one letter is followed by no letter (relkg_starts_with's
 * word boundary), or the sentence ends there ("a" in "a treaty"). */
static int at_rows(uint32_t second[26], const char *const *list)
{
	memset(second, 0, 26 * sizeof(*second));
	for (; *list; ++list) {
		const unsigned char *w = (const unsigned char *)*list;
		unsigned a = folded_letter(w[0]);
		if (a == 26) {
			return 0;
		}
		if (w[1] == '\0') {
			second[a] |= UINT32_C(0xF) << 26; /* space, hyphen, any other, the end */
			continue;
		}
		unsigned b = second_kind(w[1]);
		if (b == 28) {
			return 0;
		}
		second[a] |= UINT32_C(1) << b;
	}
	return 1;
}

static void at_table_init(at_table *t, const relkg_word_pattern *pats, size_t n_pats)
{
	uint8_t open = 0; /* the patterns any word may do: no at, or one that must */
	uint32_t second[MAX_PATTERNS][26];
	for (size_t k = 0; k < n_pats; ++k) {
		if (!pats[k].at || !at_rows(second[k], pats[k].at)) {
			open |= (uint8_t)(1u << k);
		}
	}
	memset(t->ok, open, sizeof(t->ok));
	for (size_t k = 0; k < n_pats; ++k) {
		if (!(open >> k & 1u)) {
			for (unsigned a = 0; a < 26; ++a) {
				for (uint32_t m = second[k][a]; m; m &= m - 1u) {
					t->ok[a][__builtin_ctz(m)] |= (uint8_t)(1u << k);
				}
			}
		}
	}
}

/* Where the patterns may be called in one sentence: no call to pattern k
 * after last[k] (NONE: none at all).  last[k] is found when pattern k
 * could first be called at a word (it depends on the text alone, so when
 * does not matter), and not at all in a sentence where it never could. */
typedef struct {
	size_t last[MAX_PATTERNS];
	unsigned known; /* bit k: last[k] found */
	unsigned live;  /* bit k: last[k] not found to be NONE */
	unsigned all;   /* bit k for every pattern */
	/* no call after stop: once every last[k] is known, the greatest of
	 * the live ones (0 when none is: a sentence without the keywords of
	 * a table whose every pattern needs one is left at once) */
	size_t stop;
	const size_t *ends; /* the sentence's run ends (word_ends.h), when a */
	size_t n_ends;      /* filter is by_ends */
	/* bit j of twins[k]: pattern j has pattern k's needs and contains
	 * lists (the same pointers), so the same last byte */
	const unsigned *twins;
} sentence_scan;

/* The last byte of the sentence pattern p's needs and contains both
 * allow (f and cf their filters): the smaller of their last bytes. */
static size_t last_allowed(const sentence_scan *ss, const relkg_word_pattern *p,
			   const needs_filter *f, const relkg_written_filter *cf,
			   const char *t, relkg_span sp)
{
	size_t last = sp.end;
	if (p->needs) {
		last = f->by_ends ? last_needed_by_ends(t, sp.begin, sp.end, p->needs, f, ss->ends,
							ss->n_ends)
				  : last_needed(t, sp.begin, sp.end, p->needs, f);
	}
	if (p->contains && last != RELKG_NONE) {
		size_t c = relkg_last_written(t, sp.begin, sp.end, p->contains, cf);
		last = c == RELKG_NONE || c < last ? c : last;
	}
	return last;
}

/* Everything relkg_each_word reads of a pattern table but the rules
 * themselves: made from the table's word classes and lists alone. */
typedef struct {
	size_t n_pats;
	start_table starts;
	at_table ats;
	relkg_at_heads heads;
	/* by_key[relkg_word_key]: the patterns the starts' classes (or a
	 * mention) and the at table's first two bytes let through at a word */
	uint8_t by_key[RELKG_WORD_KEYS];
	unsigned twins[MAX_PATTERNS];
	/* bit k: pattern k has neither a needs nor a contains list (called
	 * up to the sentence end: its last known at once) */
	unsigned free;
	int by_ends; /* does a filter read the run ends? */
	/* bit k: pattern k's last is found by lasts_by_ends (needs by run
	 * ends, no contains list) */
	unsigned ends_pats;
	/* bit k of last_pats[a][c]: filters[k].by_last[a][c] is not 0, for
	 * the patterns of ends_pats */
	uint8_t last_pats[27][27];
	needs_filter filters[MAX_PATTERNS];
	relkg_written_filter contains[MAX_PATTERNS];
} scan_tables;

static void scan_tables_init(scan_tables *t, const relkg_word_pattern *pats, size_t n_pats)
{
	t->n_pats = n_pats;
	start_table_init(&t->starts, pats, n_pats);
	at_table_init(&t->ats, pats, n_pats);
	for (unsigned c = 0; c < N_CLASSES; ++c) {
		unsigned letter = c < 26 ? c : c < 52 ? c - 26 : 26; /* byte_letter of the class */
		for (unsigned b = 0; b < RELKG_WORD_KINDS; ++b) {
			t->by_key[c * RELKG_WORD_KINDS + b] =
				(uint8_t)((t->starts.by_class[c] | t->starts.at_mention) &
					  t->ats.ok[letter][b]);
		}
	}
	const char *const *at_lists[MAX_PATTERNS] = {NULL};
	for (size_t k = 0; k < n_pats; ++k) {
		at_lists[k] = pats[k].at;
	}
	relkg_at_heads_init(&t->heads, at_lists, n_pats);
	for (size_t k = 0; k < n_pats; ++k) {
		t->twins[k] = 0;
		for (size_t j = 0; j < n_pats; ++j) {
			if (j != k && (pats[k].needs || pats[k].contains) &&
			    pats[j].needs == pats[k].needs && pats[j].contains == pats[k].contains) {
				t->twins[k] |= 1u << j;
			}
		}
	}
	t->by_ends = 0;
	t->free = 0;
	for (size_t k = 0; k < n_pats; ++k) {
		if (!pats[k].needs && !pats[k].contains) {
			t->free |= 1u << k;
		}
		if (pats[k].needs) {
			needs_filter_init(&t->filters[k], pats[k].needs);
			t->by_ends |= t->filters[k].by_ends;
		}
		if (pats[k].contains) {
			relkg_written_filter_init(&t->contains[k], pats[k].contains, 0);
		}
	}
	t->ends_pats = 0;
	memset(t->last_pats, 0, sizeof(t->last_pats));
	for (size_t k = 0; k < n_pats; ++k) {
		if (pats[k].needs && !pats[k].contains && t->filters[k].by_ends) {
			t->ends_pats |= 1u << k;
			for (unsigned a = 0; a < 27; ++a) {
				for (unsigned c = 0; c < 27; ++c) {
					if (t->filters[k].by_last[a][c]) {
						t->last_pats[a][c] |= (uint8_t)(1u << k);
					}
				}
			}
		}
	}
}

/* Sets pattern k's last, and its twins'. */
static void set_last(sentence_scan *ss, unsigned k, size_t last)
{
	for (unsigned m = ss->twins[k] | 1u << k; m; m &= m - 1u) {
		unsigned j = (unsigned)__builtin_ctz(m);
		ss->last[j] = last;
		ss->known |= 1u << j;
		if (last == RELKG_NONE) {
			ss->live &= ~(1u << j);
		}
	}
}

/* last_needed_by_ends of every pattern of want (in tab->ends_pats), in
 * one pass over the sentence's run ends instead of one a pattern: at
 * each run end q, each pattern still looking does what
 * last_needed_by_ends does there (its table lookup shared: last_pats),
 * and stops where it would. */
static void lasts_by_ends(sentence_scan *ss, const relkg_word_pattern *pats,
			  const scan_tables *tab, const char *t, relkg_span sp, unsigned want)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t best[MAX_PATTERNS];
	unsigned open = want, found = 0;
	for (unsigned m = want; m; m &= m - 1u) {
		best[__builtin_ctz(m)] = RELKG_NONE;
	}
	for (size_t x = ss->n_ends; open && x-- > 0;) {
		size_t q = ss->ends[x];
		for (unsigned m = found & open; m; m &= m - 1u) {
			unsigned k = (unsigned)__builtin_ctz(m);
			if (q <= best[k] + 1) {
				open &= ~(1u << k); /* every word has two bytes or more */
			}
		}
		if (q == sp.begin) {
			break; /* every word has two bytes or more: none ends at b */
		}
		unsigned a = byte_letter[u[q - 1]], c = byte_letter[u[q]];
		for (unsigned m = open & tab->last_pats[a][c]; m; m &= m - 1u) {
			unsigned k = (unsigned)__builtin_ctz(m);
			const needs_filter *f = &tab->filters[k];
			for (uint32_t lm = f->by_last[a][c]; lm; lm &= lm - 1u) {
				size_t n = (size_t)__builtin_ctz(lm);
				if (n > q + 1 - sp.begin) {
					break; /* longer words start before b */
				}
				size_t p = q + 1 - n;
				if (may_be_at(f, u, p) && needed_at(t, p, sp.end, pats[k].needs)) {
					best[k] = p; /* the latest p ending at q: shortest first */
					found |= 1u << k;
					break;
				}
			}
		}
	}
	for (unsigned m = want; m; m &= m - 1u) {
		unsigned k = (unsigned)__builtin_ctz(m);
		set_last(ss, k, best[k]);
	}
}

/* Is i no later than pattern k's last[k]?  Found the first time asked
 * (with every other pattern of tab->ends_pats not known yet, by one pass
 * over the run ends). */
static int before_last(sentence_scan *ss, const relkg_word_pattern *pats, const scan_tables *tab,
		       const char *t, relkg_span sp, unsigned k, size_t i)
{
	if (!(ss->known >> k & 1u)) {
		if (tab->ends_pats >> k & 1u) {
			lasts_by_ends(ss, pats, tab, t, sp, tab->ends_pats & ~ss->known);
		} else {
			set_last(ss, k,
				 last_allowed(ss, &pats[k], &tab->filters[k], &tab->contains[k], t,
					      sp));
		}
		if (ss->known == ss->all) {
			ss->stop = 0;
			for (unsigned m = ss->live; m; m &= m - 1u) {
				size_t l = ss->last[__builtin_ctz(m)];
				ss->stop = l > ss->stop ? l : ss->stop;
			}
		}
	}
	/* past its last (or none): never called again in the sentence, the
	 * words coming in order; no longer live, its words are passed over
	 * before word_at (stop, the greatest live last, only falls where
	 * every word left is past it) */
	unsigned ok = ss->last[k] != RELKG_NONE && i <= ss->last[k];
	ss->live &= ~((ok ^ 1u) << k);
	return (int)ok;
}

/* What scan_tables are made from: each pattern's word classes, which of
 * its lists it has, and the words of its lists (pointers to strings that
 * do not change: the rule sets' string literals), in order. */
#define SCAN_KEY_WORDS 512
typedef struct {
	size_t n_pats, n_words;
	uint64_t starts[MAX_PATTERNS];
	unsigned has; /* bit 3k: needs, 3k + 1: at, 3k + 2: contains */
	const char *words[SCAN_KEY_WORDS];
} scan_key;

/* Appends list's words and its NULL to k; 0 when they do not fit. */
static int key_list(scan_key *k, const char *const *list)
{
	do {
		if (k->n_words == SCAN_KEY_WORDS) {
			return 0;
		}
		k->words[k->n_words++] = *list;
	} while (*list++);
	return 1;
}

/* Fills k from the table; 0 when its lists are too long to keep. */
static int key_make(scan_key *k, const relkg_word_pattern *pats, size_t n_pats)
{
	k->n_pats = n_pats;
	k->n_words = 0;
	k->has = 0;
	for (size_t p = 0; p < n_pats; ++p) {
		const char *const *lists[3] = {pats[p].needs, pats[p].at, pats[p].contains};
		k->starts[p] = pats[p].starts;
		for (unsigned l = 0; l < 3; ++l) {
			if (lists[l]) {
				k->has |= 1u << (3 * p + l);
				if (!key_list(k, lists[l])) {
					return 0;
				}
			}
		}
	}
	return 1;
}

static int key_equal(const scan_key *a, const scan_key *b)
{
	return a->n_pats == b->n_pats && a->n_words == b->n_words && a->has == b->has &&
	       memcmp(a->starts, b->starts, a->n_pats * sizeof(*a->starts)) == 0 &&
	       memcmp(a->words, b->words, a->n_words * sizeof(*a->words)) == 0;
}

/* The tables of the tables scanned so far, made once for the process
 * (the five rule tables are scanned in every article; making theirs
 * cost ~4,000 instructions a scan, 5% of the scans): each slot is
 * written once, under the lock, and only read after. */
#define SCAN_SLOTS 16
typedef struct {
	scan_key key;
	scan_tables tables;
} scan_slot;
static scan_slot *scan_slots[SCAN_SLOTS];
static size_t n_scan_slots;
static pthread_mutex_t scan_lock = PTHREAD_MUTEX_INITIALIZER;

/* The tables of pats: a slot's, or *own made for this scan alone (all
 * slots taken, or lists too long to keep; NULL on no memory). */
static const scan_tables *tables_for(const relkg_word_pattern *pats, size_t n_pats,
				     scan_tables **own)
{
	*own = NULL;
	scan_key k, *key = &k;
	const scan_tables *found = NULL;
	int keyed = key_make(key, pats, n_pats);
	pthread_mutex_lock(&scan_lock);
	for (size_t s = 0; keyed && !found && s < n_scan_slots; ++s) {
		if (key_equal(&scan_slots[s]->key, key)) {
			found = &scan_slots[s]->tables;
		}
	}
	if (!found && keyed && n_scan_slots < SCAN_SLOTS) {
		scan_slot *slot = malloc(sizeof(*slot));
		if (slot) {
			slot->key = *key;
			scan_tables_init(&slot->tables, pats, n_pats);
			scan_slots[n_scan_slots++] = slot;
			found = &slot->tables;
		}
	}
	pthread_mutex_unlock(&scan_lock);
	if (!found && (*own = malloc(sizeof(**own))) != NULL) {
		scan_tables_init(*own, pats, n_pats);
		found = *own;
	}
	return found;
}

/* The words each_word takes at a time (a chunk's candidates are one
 * byte each). */
#define SCAN_CHUNK 64

/* The patterns of tab in order at word start i of sentence si (key its
 * relkg_word_key), as long as none matches: *next as the one that
 * matched set it, i + 1 when none did. */
static relkg_status word_at(relkg_ctx *ctx, const relkg_word_pattern *pats,
			    const scan_tables *tab, sentence_scan *ss, size_t si, relkg_span sp,
			    size_t i, unsigned key, size_t *hint, size_t *next)
{
	const relkg_doc *doc = ctx->doc;
	const relkg_at_heads *heads = &tab->heads;
	relkg_status st;
	unsigned by_class = tab->starts.by_class[key / RELKG_WORD_KINDS];
	unsigned m = tab->by_key[key] & ss->live;
	if (m & heads->checked) { /* the at lists beyond their first two bytes */
		m &= ~(unsigned)heads->checked |
		     relkg_at_heads_ok(heads, doc->text, i, sp.end, m & heads->checked);
	}
	/* the patterns only a mention lets through, left out once no mention
	 * begins at i: asked again after a call (which may add one), for
	 * those after it */
	unsigned dropped = 0;
	for (; m && *next == i + 1; m &= m - 1u) {
		unsigned k = (unsigned)__builtin_ctz(m);
		if (!(by_class >> k & 1u) && !relkg_mentions_begins_at(ctx->mentions, i, hint)) {
			dropped |= m & ~by_class;
			m &= by_class | 1u << k;
			continue;
		}
		if (before_last(ss, pats, tab, doc->text, sp, k, i)) {
			TRY(st, pats[k].fn(ctx, si, i, next));
			m |= dropped & ~((2u << k) - 1u);
			dropped = 0;
		}
	}
	return RELKG_OK;
}

/* relkg_each_word with the tables of pats. */
static relkg_status each_word(relkg_ctx *ctx, const relkg_word_pattern *pats,
			      const scan_tables *tab)
{
	const relkg_doc *doc = ctx->doc;
	relkg_status st;
	size_t hint = 0, n_pats = tab->n_pats;
	const uint8_t *by_key = tab->by_key;
	int by_ends = tab->by_ends;
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		/* each field set (not the struct initialized: last[], read only
		 * where known says, was zeroed by a rep stos every sentence) */
		sentence_scan ss;
		ss.known = tab->free;
		ss.live = ss.all = (1u << n_pats) - 1u;
		ss.stop = sp.end;
		ss.ends = NULL;
		ss.n_ends = 0;
		ss.twins = tab->twins;
		for (unsigned k = 0; k < MAX_PATTERNS; ++k) {
			ss.last[k] = sp.end; /* the free patterns' (no branch by the table) */
		}
		if (by_ends) {
			TRY(st, relkg_sentence_run_ends(ctx, si, &ss.ends, &ss.n_ends));
		}
		/* the word starts, skipping those a match consumed */
		const size_t *ws;
		const uint16_t *keys;
		size_t n_ws;
		TRY(st, relkg_sentence_words(ctx, si, &ws, &n_ws));
		TRY(st, relkg_sentence_word_keys(ctx, si, &keys));
		size_t from = sp.begin;
		for (size_t w0 = 0; w0 < n_ws && ws[w0] <= ss.stop; w0 += SCAN_CHUNK) {
			/* the words of the chunk some live pattern may be called at,
			 * found without a branch (most words are no pattern's) */
			uint8_t cand[SCAN_CHUNK] = {0}; /* [0, n_cand) written below */
			size_t n_cand = 0, w_end = n_ws - w0 < SCAN_CHUNK ? n_ws : w0 + SCAN_CHUNK;
			for (size_t w = w0; w < w_end; ++w) {
				cand[n_cand] = (uint8_t)(w - w0);
				n_cand += (by_key[keys[w]] & ss.live) != 0;
			}
			for (size_t c = 0; c < n_cand; ++c) {
				size_t w = w0 + cand[c], i = ws[w], next = i + 1;
				if (i > ss.stop) {
					break; /* no pattern may be called here or later */
				}
				if (i < from) {
					continue;
				}
				unsigned key = keys[w];
				if (!(by_key[key] & ss.live & tab->starts.by_class[key / RELKG_WORD_KINDS]) &&
				    !relkg_mentions_may_begin(ctx->mentions, i)) {
					continue; /* only patterns a mention lets through, and none here */
				}
				TRY(st, word_at(ctx, pats, tab, &ss, si, sp, i, key, &hint, &next));
				from = next > i ? next : i + 1;
			}
		}
		relkg_mentions_sort(ctx->mentions);
	}
	return RELKG_OK;
}

relkg_status relkg_each_word(relkg_ctx *ctx, const relkg_word_pattern *pats)
{
	size_t n_pats = 0;
	while (pats[n_pats].fn) {
		++n_pats;
	}
	if (n_pats > MAX_PATTERNS) {
		return RELKG_ERR_ARG;
	}
	scan_tables *own;
	const scan_tables *tab = tables_for(pats, n_pats, &own);
	if (!tab) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = each_word(ctx, pats, tab);
	free(own);
	return st;
}
