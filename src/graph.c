#include "graph.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "order_memo.h"
#include "rdfterm.h"
#include "strtab.h"
#include "vocab.h"

/* Every term is made valid here, before it is stored (rdfterm.h has the
 * policy): IRIs and literals are repaired, a malformed language tag, a
 * relative IRI, an unknown prefix or a non-number given as xsd:integer,
 * xsd:nonNegativeInteger or xsd:decimal is refused with RELKG_ERR_ARG. */

/* A statement is five entries of the graph's string table: every string
 * is stored once per article, and a term given again (the same subject,
 * predicate or class, over and over) is found by one lookup instead of
 * being expanded and repaired again.  dt and lang are "" when absent. */
typedef struct {
	const relkg_str *s, *p, *o, *dt, *lang;
	unsigned char o_kind;
} stmt;

/* Key tags in the string table: a node term as given (CURIE, IRI or
 * "_:label"), a language tag as given. */
enum { KEY_NODE = 'n', KEY_LANG = 'l' };

/* The last key found for a node term given at this address (most terms
 * are the same string constants, call after call); checked by content,
 * so an address reused for another string only misses. */
#define HOT_SLOTS 512
typedef struct {
	const char *term;
	const relkg_str *key;
} hot_term;

/* A CURIE met before at this address: its key in the vocabulary cache
 * (relkg_graph.vocab, kept across flushes) and the value its expanded
 * form has in strs while strs holds the statements of article gen (the
 * graph's flushes so far).  Most CURIEs are string constants, met again
 * in every article: each is then stored by one insertion of a form known
 * already (bytes and hash), instead of being read, hashed, tried as an
 * IRI, expanded from the cache, hashed again and stored with its key.
 * Checked by content, as hot_term. */
#define CURIE_SLOTS 256
typedef struct {
	const char *term;
	const relkg_str *vkey; /* a key of vocab: vkey->str the CURIE */
	const relkg_str *val;  /* vkey->val stored in strs, when gen is the graph's */
	uint64_t gen;
} curie_term;

/* Typed literals made before in this article, by datatype and lexical
 * form as given: the same few recur (a fact's confidence "0.80", a year),
 * and each would be checked, made canonical and looked up again.  A short
 * lexical form only; entries are replaced round-robin. */
#define TYPED_SLOTS 8
#define TYPED_LEX 24
typedef struct {
	const relkg_str *dt;	/* the datatype's value; NULL: empty */
	char lex[TYPED_LEX];	/* the lexical form as given, NUL-terminated */
	const relkg_str *val; /* the literal's stored value */
} typed_memo;

const char relkg_graph_vocab[RELKG_V_COUNT][RELKG_GRAPH_VOCAB_LEN] = {
#define GRAPH_VOCAB(name, curie) curie,
#include "graph_vocab.def"
#undef GRAPH_VOCAB
};
/* each CURIE fits its row with its NUL */
#define GRAPH_VOCAB(name, curie)                                                      \
	_Static_assert(sizeof(curie) <= RELKG_GRAPH_VOCAB_LEN, "graph_vocab.def: " #name " too long");
#include "graph_vocab.def"
#undef GRAPH_VOCAB

/* The start of a plain IRI met before (plain itself, no '#' in it, at
 * least its "scheme://"); len 0 when none.  Kept across flushes: a copy. */
typedef struct {
	char s[120];
	size_t len;
} plain_prefix;
#define PLAIN_PREFIXES 3

/* CURIEs expanded in earlier articles (the vocabulary, a bounded set),
 * kept across flushes so that each is repaired once per graph. */
#define VOCAB_MAX 1024

struct relkg_graph {
	stmt *st;
	size_t n, cap;
	relkg_strtab *strs; /* every term of the statements since the last flush */
	relkg_buf tmp;
	relkg_buf scratch; /* CURIE expansion before IRI repair */
	stmt *sorted;	      /* working space of the sort, cap entries */
	size_t *counts;       /* the sort's buckets, n_counts */
	size_t n_counts;
	const relkg_str **subjects; /* the sort's subjects, cap_subjects */
	size_t *runs;		    /* the sort's runs (their starts), cap_subjects + 1 */
	size_t cap_subjects;
	hot_term hot[HOT_SLOTS]; /* keys of strs: emptied with it */
	relkg_strtab *vocab; /* CURIE -> expanded form, never cleared */
	relkg_order_memo *preds; /* the byte order of predicates met, never cleared */
	size_t n_vocab;
	const relkg_str *empty; /* the value "" of strs (no datatype or language), or NULL */
	/* the last language tag given and its key in strs (a hot_term of its
	 * own: nearly every tag is the one constant "en"); emptied with strs */
	hot_term lang;
	typed_memo typed[TYPED_SLOTS]; /* emptied with strs */
	const relkg_str *vocab_node[RELKG_V_COUNT]; /* RELKG_V terms' values, or NULL; emptied with strs */
	plain_prefix plain[PLAIN_PREFIXES]; /* starts of the last plain IRI met (plain_iri) */
	unsigned next_typed;		/* the slot replaced next */
	uint64_t gen;			/* flushes and discards so far (curie_term) */
	curie_term curie[CURIE_SLOTS];	/* kept across flushes */
};

relkg_graph *relkg_graph_new(void)
{
	relkg_graph *g = calloc(1, sizeof(*g));
	if (g) {
		relkg_buf_init(&g->tmp);
		relkg_buf_init(&g->scratch);
		g->strs = relkg_strtab_new();
		g->vocab = relkg_strtab_new();
		g->preds = relkg_order_memo_new();
		if (!g->strs || !g->vocab || !g->preds) {
			relkg_strtab_free(g->strs);
			relkg_strtab_free(g->vocab);
			relkg_order_memo_free(g->preds);
			free(g);
			g = NULL;
		}
	}
	return g;
}

static void clear(relkg_graph *g)
{
	relkg_strtab_clear(g->strs);
	memset(g->hot, 0, sizeof(g->hot));
	g->lang.term = NULL;
	g->lang.key = NULL;
	memset(g->typed, 0, sizeof(g->typed));
	memset(g->vocab_node, 0, sizeof(g->vocab_node));
	g->empty = NULL;
	g->n = 0;
	++g->gen; /* every curie_term's val now stale */
}

void relkg_graph_free(relkg_graph *g)
{
	if (!g) {
		return;
	}
	relkg_strtab_free(g->strs);
	relkg_strtab_free(g->vocab);
	relkg_order_memo_free(g->preds);
	free(g->st);
	free(g->sorted);
	free(g->counts);
	free(g->subjects);
	free(g->runs);
	relkg_buf_clear(&g->tmp);
	relkg_buf_clear(&g->scratch);
	free(g);
}

size_t relkg_graph_size(const relkg_graph *g)
{
	return g->n;
}

static void reset(relkg_buf *b)
{
	b->len = 0;
	if (b->data) {
		b->data[0] = '\0';
	}
}

/* Expands a node term into b: "_:x" becomes a blank node with relkg's
 * label prefix, anything else a CURIE or IRI made a valid absolute IRI.
 * scratch is working space. */
static relkg_status expand_in(relkg_buf *b, relkg_buf *scratch, const char *term)
{
	reset(b);
	if (term[0] == '_' && term[1] == ':') {
		relkg_status st = relkg_buf_puts(b, "_:");
		return st ? st : relkg_rdfterm_blank(b, term + 2);
	}
	reset(scratch);
	relkg_status st = relkg_vocab_expand(term, scratch);
	if (st == RELKG_OK && scratch->len == 0) {
		st = RELKG_ERR_ARG;
	}
	return st ? st : relkg_rdfterm_iri(b, scratch->data, scratch->len);
}

static hot_term *hot_slot(relkg_graph *g, const char *term)
{
	uintptr_t a = (uintptr_t)term;
	return &g->hot[(a ^ (a >> 6) ^ (a >> 12)) % HOT_SLOTS];
}

/* A CURIE ("rkg:Person"), as opposed to an IRI or a blank node label. */
static int is_curie(const char *term)
{
	return !(term[0] == '_' && term[1] == ':') && !strstr(term, "://");
}

/* The key of the CURIE term[0..n) (hash h) in the vocabulary cache,
 * added (expanded into g->tmp) while the cache has room; NULL in *vkey
 * when it has none, the expanded form left in g->tmp. */
static relkg_status vocab_key(relkg_graph *g, const char *term, size_t n, uint32_t h,
			      const relkg_str **vkey)
{
	*vkey = relkg_strtab_find(g->vocab, KEY_NODE, term, n, h);
	if (*vkey) {
		return RELKG_OK;
	}
	relkg_status st = expand_in(&g->tmp, &g->scratch, term);
	if (st == RELKG_OK && g->n_vocab < VOCAB_MAX) {
		const relkg_str *val;
		if ((st = relkg_strtab_intern(g->vocab, g->tmp.data, g->tmp.len, &val)) ||
		    (st = relkg_strtab_add_key(g->vocab, KEY_NODE, term, n, h, val))) {
			return st;
		}
		++g->n_vocab;
		*vkey = relkg_strtab_find(g->vocab, KEY_NODE, term, n, h);
	}
	return st;
}

/* The stored form (a value of strs) of a term not stored yet: a CURIE's
 * from the vocabulary cache (its key in *vkey), else expanded (*vkey
 * NULL). */
static relkg_status expand_term(relkg_graph *g, const char *term, size_t n, uint32_t h,
				const relkg_str **out, const relkg_str **vkey)
{
	*vkey = NULL;
	relkg_status st;
	if (is_curie(term)) {
		if ((st = vocab_key(g, term, n, h, vkey))) {
			return st;
		}
		if (*vkey) {
			const relkg_str *v = (*vkey)->val;
			return relkg_strtab_intern_hashed(g->strs, v->str, v->len, v->hash, out);
		}
	} else if ((st = expand_in(&g->tmp, &g->scratch, term))) {
		return st;
	}
	return relkg_strtab_intern(g->strs, g->tmp.data, g->tmp.len, out);
}

static curie_term *curie_slot(relkg_graph *g, const char *term)
{
	uintptr_t a = (uintptr_t)term;
	return &g->curie[(a ^ (a >> 6) ^ (a >> 12)) % CURIE_SLOTS];
}

/* The stored form of the CURIE c holds: stored again in a new article. */
static relkg_status curie_value(relkg_graph *g, curie_term *c, const relkg_str **out)
{
	if (c->gen != g->gen) {
		const relkg_str *v = c->vkey->val;
		relkg_status st = relkg_strtab_intern_hashed(g->strs, v->str, v->len, v->hash, &c->val);
		if (st != RELKG_OK) {
			c->term = NULL;
			return st;
		}
		c->gen = g->gen;
	}
	*out = c->val;
	return RELKG_OK;
}

/* Remembers in p the start of term[0..n), a plain IRI
 * (relkg_rdfterm_iri_plain), k bytes (no '#' among them, at least its
 * "scheme://"); when it fits. */
static void remember_prefix(plain_prefix *p, const char *term, size_t k)
{
	if (k > 0 && k <= sizeof(p->s)) {
		memcpy(p->s, term, k);
		p->len = k;
	}
}

/* Does term[0..n) begin with p, the rest plain after it? -1 when it does
 * not begin so (nothing told). */
static int plain_after(const plain_prefix *p, const char *term, size_t n)
{
	if (!p->len || n < p->len || memcmp(term, p->s, p->len) != 0) {
		return -1;
	}
	int hashes = relkg_rdfterm_iri_plain_tail(term + p->len, n - p->len);
	return hashes == 0 || hashes == 1;
}

/* Is term[0..n) plain (relkg_rdfterm_iri_plain)?  After a prefix met
 * before only the rest is read: the last plain IRI's part before its
 * '#' (the article of the next sentence's IRI), or up to its last '/'
 * (the data namespace and a kind: "https://w3id.org/relkg/id/event/"),
 * or up to the '/' before that (the data namespace). */
static int plain_iri(relkg_graph *g, const char *term, size_t n)
{
	for (size_t i = 0; i < PLAIN_PREFIXES; ++i) {
		int r = plain_after(&g->plain[i], term, n);
		if (r >= 0) {
			return r;
		}
	}
	if (!relkg_rdfterm_iri_plain(term, n)) {
		return 0;
	}
	const char *hash = memchr(term, '#', n);
	size_t k = hash ? (size_t)(hash - term) : n;
	remember_prefix(&g->plain[0], term, k);
	for (size_t i = 1; i < PLAIN_PREFIXES; ++i) {
		size_t sl = (size_t)((const char *)memchr(term, ':', k) - term) + 3; /* past "://" */
		k -= k > sl; /* back past the '/' the last prefix ended with */
		while (k > sl && term[k - 1] != '/') {
			--k;
		}
		remember_prefix(&g->plain[i], term, k);
	}
	return 1;
}

/* Is term[0..n) stored as it is given: an absolute IRI outside the
 * ontology's namespace (no declaration to check) that the repair would
 * leave unchanged?  Most new terms of an article are (its sentences,
 * entities, events), and are stored without being copied and walked
 * twice. */
static int stored_as_given(relkg_graph *g, const char *term, size_t n)
{
	static const char rkg[] = RELKG_NS_RKG;
	return !(n >= sizeof(rkg) - 1 && memcmp(term, rkg, sizeof(rkg) - 1) == 0) &&
	       plain_iri(g, term, n);
}

/* The place of term in relkg_graph_vocab (a row's first byte), or
 * RELKG_V_COUNT when it points elsewhere: the table is constant, so the
 * address alone says which term it is. */
static size_t vocab_index(const char *term)
{
	uintptr_t off = (uintptr_t)term - (uintptr_t)relkg_graph_vocab;
	return off < sizeof(relkg_graph_vocab) && off % RELKG_GRAPH_VOCAB_LEN == 0
		       ? (size_t)(off / RELKG_GRAPH_VOCAB_LEN)
		       : RELKG_V_COUNT;
}

static relkg_status node_by_term(relkg_graph *g, const char *term, const relkg_str **out);

/* The stored form of a node term: a vocabulary term's remembered by its
 * place, any other found as node_by_term finds it. */
static relkg_status node(relkg_graph *g, const char *term, const relkg_str **out)
{
	size_t v = vocab_index(term);
	if (v == RELKG_V_COUNT) {
		return node_by_term(g, term, out);
	}
	if (g->vocab_node[v]) {
		*out = g->vocab_node[v];
		return RELKG_OK;
	}
	relkg_status st = node_by_term(g, term, out);
	if (st == RELKG_OK) {
		g->vocab_node[v] = *out;
	}
	return st;
}

/* The stored form of a node term: found by the term as given, or expanded,
 * stored and remembered under it.  A term refused is not remembered: it
 * is refused again, the same way, each time. */
static relkg_status node_by_term(relkg_graph *g, const char *term, const relkg_str **out)
{
	hot_term *hot = hot_slot(g, term);
	if (hot->term == term && strcmp(hot->key->str, term) == 0) {
		*out = hot->key->val;
		return RELKG_OK;
	}
	curie_term *c = curie_slot(g, term);
	if (c->term == term && strcmp(c->vkey->str, term) == 0) {
		return curie_value(g, c, out);
	}
	size_t n = strlen(term);
	uint32_t h = relkg_strtab_hash(term, n);
	const relkg_str *k = relkg_strtab_find(g->strs, KEY_NODE, term, n, h);
	if (k) {
		hot->term = term;
		hot->key = k;
		*out = k->val;
		return RELKG_OK;
	}
	relkg_status st;
	const relkg_str *vkey = NULL;
	if (stored_as_given(g, term, n)) {
		/* the value has the term's bytes: it is its own key, one entry
		 * instead of two (not a key yet: found above otherwise) */
		st = relkg_strtab_intern_hashed(g->strs, term, n, h, out);
		return st ? st : relkg_strtab_add_self_key(g->strs, KEY_NODE, *out);
	} else {
		st = expand_term(g, term, n, h, out, &vkey);
	}
	if (st == RELKG_OK && vkey) {
		c->term = term;
		c->vkey = vkey;
		c->val = *out;
		c->gen = g->gen;
	}
	return st ? st : relkg_strtab_add_key(g->strs, KEY_NODE, term, n, h, *out);
}

/* The stored form of a language tag (lower-cased), or "" for none. */
static relkg_status lang_tag(relkg_graph *g, const char *lang, const relkg_str **out)
{
	if (!lang) { /* every statement has one or two: found once */
		relkg_status st = g->empty ? RELKG_OK : relkg_strtab_intern(g->strs, "", 0, &g->empty);
		*out = g->empty;
		return st;
	}
	if (g->lang.term == lang && strcmp(g->lang.key->str, lang) == 0) {
		*out = g->lang.key->val;
		return RELKG_OK;
	}
	size_t n = strlen(lang);
	uint32_t h = relkg_strtab_hash(lang, n);
	const relkg_str *k = relkg_strtab_find(g->strs, KEY_LANG, lang, n, h);
	relkg_status st = RELKG_OK;
	if (!k) {
		reset(&g->tmp);
		if ((st = relkg_rdfterm_lang(&g->tmp, lang)) ||
		    (st = relkg_strtab_intern(g->strs, g->tmp.data, g->tmp.len, out)) ||
		    (st = relkg_strtab_add_key(g->strs, KEY_LANG, lang, n, h, *out))) {
			return st;
		}
		k = relkg_strtab_find(g->strs, KEY_LANG, lang, n, h);
	}
	g->lang.term = lang;
	g->lang.key = k;
	*out = k->val;
	return st;
}

/* Stores what g->tmp holds (a literal's lexical form).  A literal object
 * is stored, not interned (relkg_strtab_store): most are met once (a
 * sentence's text and offsets), and none is ever looked up; statements
 * compare them by content (cmp_in_run, same_stmt). */
static relkg_status tmp_value(relkg_graph *g, const relkg_str **out)
{
	return relkg_strtab_store(g->strs, g->tmp.data ? g->tmp.data : "", g->tmp.len, out);
}

/* Stores the literal text[0..n), repaired: as it is when nothing needs
 * repair (most text; clean: known so), else through g->tmp. */
static relkg_status literal_value(relkg_graph *g, const char *text, size_t n, int clean,
				  const relkg_str **out)
{
	if (clean || relkg_rdfterm_literal_clean(text, n)) {
		return relkg_strtab_store(g->strs, n ? text : "", n, out);
	}
	reset(&g->tmp);
	relkg_status st = relkg_rdfterm_literal(&g->tmp, text, n, NULL);
	return st ? st : tmp_value(g, out);
}

/* The stored value of the literal lex of datatype dt (a value of strs):
 * remembered (typed_memo) or made by relkg_rdfterm_typed.  A literal
 * refused is not remembered. */
static relkg_status typed_value(relkg_graph *g, const char *lex, const relkg_str *dt,
				const relkg_str **out)
{
	for (size_t i = 0; i < TYPED_SLOTS; ++i) {
		const typed_memo *m = &g->typed[i];
		if (m->dt == dt && strcmp(m->lex, lex) == 0) {
			*out = m->val;
			return RELKG_OK;
		}
	}
	reset(&g->tmp);
	relkg_status st = relkg_rdfterm_typed(&g->tmp, lex, dt->str);
	if (!st) {
		st = tmp_value(g, out);
	}
	size_t n = strlen(lex);
	if (!st && n < TYPED_LEX) {
		typed_memo *m = &g->typed[g->next_typed++ % TYPED_SLOTS];
		m->dt = dt;
		memcpy(m->lex, lex, n + 1);
		m->val = *out;
	}
	return st;
}

static relkg_status push(relkg_graph *g, const stmt *t)
{
	if (g->n == g->cap) {
		size_t nc = g->cap ? g->cap * 2 : 256;
		stmt *ns = realloc(g->st, nc * sizeof(*ns));
		if (!ns) {
			return RELKG_ERR_NOMEM;
		}
		g->st = ns;
		stmt *nt = realloc(g->sorted, nc * sizeof(*nt));
		if (!nt) {
			return RELKG_ERR_NOMEM;
		}
		g->sorted = nt;
		g->cap = nc;
	}
	g->st[g->n++] = *t;
	return RELKG_OK;
}

relkg_status relkg_graph_node_of(relkg_graph *g, const char *term, relkg_graph_node *out)
{
	const relkg_str *v;
	relkg_status st = node(g, term, &v);
	if (st == RELKG_OK) {
		*out = v;
	}
	return st;
}

/* The kind of a stored node term: a blank node's value, and only its,
 * begins "_:" (expand_in; an IRI begins with its scheme). */
static unsigned char node_kind(const relkg_str *v)
{
	return (v->str[0] == '_' && v->str[1] == ':') ? RELKG_TERM_BLANK : RELKG_TERM_IRI;
}

relkg_status relkg_graph_link_n(relkg_graph *g, relkg_graph_node s, const char *p,
				relkg_graph_node o)
{
	relkg_status st;
	stmt t;
	t.s = s;
	t.o = o;
	if ((st = node(g, p, &t.p)) || (st = lang_tag(g, NULL, &t.lang))) {
		return st;
	}
	t.dt = t.lang;
	t.o_kind = node_kind(o);
	return push(g, &t);
}

relkg_status relkg_graph_iri_n(relkg_graph *g, relkg_graph_node s, const char *p, const char *o)
{
	relkg_status st;
	const relkg_str *pv, *ov;
	if ((st = node(g, p, &pv)) || (st = node(g, o, &ov))) {
		return st;
	}
	stmt t;
	t.s = s;
	t.p = pv;
	t.o = ov;
	if ((st = lang_tag(g, NULL, &t.lang))) {
		return st;
	}
	t.dt = t.lang;
	t.o_kind = node_kind(ov);
	return push(g, &t);
}

relkg_status relkg_graph_iri(relkg_graph *g, const char *s, const char *p, const char *o)
{
	const relkg_str *sv;
	relkg_status st = node(g, s, &sv);
	return st ? st : relkg_graph_iri_n(g, sv, p, o);
}

relkg_status relkg_graph_type_n(relkg_graph *g, relkg_graph_node s, const char *cls)
{
	return relkg_graph_iri_n(g, s, RELKG_V(rdf_type), cls);
}

relkg_status relkg_graph_type(relkg_graph *g, const char *s, const char *cls)
{
	return relkg_graph_iri(g, s, RELKG_V(rdf_type), cls);
}

static relkg_status text_stmt(relkg_graph *g, relkg_graph_node s, const char *p,
			      const char *text, size_t n, const char *lang, int clean)
{
	relkg_status st;
	stmt t;
	t.s = s;
	if ((st = node(g, p, &t.p))) {
		return st;
	}
	if ((st = literal_value(g, text, n, clean, &t.o)) || (st = lang_tag(g, lang, &t.lang)) ||
	    (st = lang_tag(g, NULL, &t.dt))) {
		return st;
	}
	t.o_kind = RELKG_TERM_LITERAL;
	return push(g, &t);
}

relkg_status relkg_graph_text_n(relkg_graph *g, relkg_graph_node s, const char *p,
				const char *text, size_t n, const char *lang)
{
	return text_stmt(g, s, p, text, n, lang, 0);
}

relkg_status relkg_graph_text_clean_n(relkg_graph *g, relkg_graph_node s, const char *p,
				      const char *text, size_t n, const char *lang)
{
	return text_stmt(g, s, p, text, n, lang, 1);
}

relkg_status relkg_graph_text(relkg_graph *g, const char *s, const char *p, const char *text,
			      size_t n, const char *lang)
{
	const relkg_str *sv;
	relkg_status st = node(g, s, &sv);
	return st ? st : relkg_graph_text_n(g, sv, p, text, n, lang);
}

relkg_status relkg_graph_typed_n(relkg_graph *g, relkg_graph_node s, const char *p,
				 const char *lex, const char *dt)
{
	relkg_status st;
	stmt t;
	t.s = s;
	if ((st = node(g, p, &t.p)) || (st = node(g, dt, &t.dt))) {
		return st;
	}
	if ((st = typed_value(g, lex, t.dt, &t.o)) || (st = lang_tag(g, NULL, &t.lang))) {
		return st;
	}
	t.o_kind = RELKG_TERM_LITERAL;
	return push(g, &t);
}

relkg_status relkg_graph_typed(relkg_graph *g, const char *s, const char *p, const char *lex,
			       const char *dt)
{
	const relkg_str *sv;
	relkg_status st = node(g, s, &sv);
	return st ? st : relkg_graph_typed_n(g, sv, p, lex, dt);
}

/* The digits of v are the lexical form relkg_graph_typed would store for
 * any datatype (canonical as a number, valid as a literal): they are
 * stored without being checked again, two per sentence. */
relkg_status relkg_graph_uint_n(relkg_graph *g, relkg_graph_node s, const char *p,
				unsigned long v, const char *dt)
{
	char num[32], *q = num + sizeof(num);
	do {
		*--q = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	relkg_status st;
	stmt t;
	t.s = s;
	if ((st = node(g, p, &t.p)) || (st = node(g, dt, &t.dt))) {
		return st;
	}
	if ((st = relkg_strtab_store(g->strs, q, (size_t)(num + sizeof(num) - q), &t.o)) ||
	    (st = lang_tag(g, NULL, &t.lang))) {
		return st;
	}
	t.o_kind = RELKG_TERM_LITERAL;
	return push(g, &t);
}

relkg_status relkg_graph_uint(relkg_graph *g, const char *s, const char *p, unsigned long v,
			      const char *dt)
{
	const relkg_str *sv;
	relkg_status st = node(g, s, &sv);
	return st ? st : relkg_graph_uint_n(g, sv, p, v, dt);
}

int relkg_graph_has(const relkg_graph *g, const char *s, const char *p)
{
	relkg_buf a, b, scratch;
	relkg_buf_init(&a);
	relkg_buf_init(&b);
	relkg_buf_init(&scratch);
	int found = 0;
	if (expand_in(&a, &scratch, s) == RELKG_OK && expand_in(&b, &scratch, p) == RELKG_OK) {
		for (size_t i = 0; i < g->n && !found; ++i) {
			found = strcmp(g->st[i].s->str, a.data) == 0 &&
				strcmp(g->st[i].p->str, b.data) == 0;
		}
	}
	relkg_buf_clear(&a);
	relkg_buf_clear(&b);
	relkg_buf_clear(&scratch);
	return found;
}

/* The order of the statements written: by subject, predicate, kind of
 * object, object, datatype, language, each string in byte order (a
 * prefix first).  Subjects are ordered by rank (relkg_strtab_rank_these
 * just before the sort), then predicates by rank (ranked again, once the
 * subjects' ranks are used, by their places in g->preds: an article has
 * few predicates, the same as the last one's, and a run's comparisons
 * are mostly of predicates, each read through a long common start
 * otherwise), the other fields within a subject's run by their
 * bytes: ranking every value of the article cost more than the few
 * comparisons a run needs.  Equal strings are one value (interned). */
static int cmp_str(const relkg_str *a, const relkg_str *b)
{
	if (a == b) {
		return 0;
	}
	int c = memcmp(a->str, b->str, a->len < b->len ? a->len : b->len);
	return c ? c : (a->len > b->len) - (a->len < b->len);
}

/* cmp_stmt for two statements of the same subject. */
static int cmp_in_run(const stmt *a, const stmt *b)
{
	int c;
	if (a->p != b->p) {
		return a->p->rank < b->p->rank ? -1 : 1;
	}
	if ((c = (int)a->o_kind - (int)b->o_kind) ||
	    (c = cmp_str(a->o, b->o)) || (c = cmp_str(a->dt, b->dt)) ||
	    (c = cmp_str(a->lang, b->lang))) {
		return c;
	}
	return 0;
}

/* Nodes, datatypes and language tags are interned (one value each);
 * a literal object is stored anew each time (tmp_value): the same text
 * twice is two values of equal bytes. */
static int same_stmt(const stmt *a, const stmt *b)
{
	return a->s == b->s && a->p == b->p && a->o_kind == b->o_kind && a->dt == b->dt &&
	       a->lang == b->lang &&
	       (a->o == b->o || (a->o_kind == RELKG_TERM_LITERAL && cmp_str(a->o, b->o) == 0));
}

/* t[0..n) in cmp_in_run's order by insertion: for the few statements a
 * subject usually has, and the merge sort's short pieces. */
static void insertion_sort(stmt *t, size_t n)
{
	for (size_t i = 1; i < n; ++i) {
		if (cmp_in_run(&t[i - 1], &t[i]) <= 0) {
			continue; /* in its place already: not copied out and back */
		}
		stmt x = t[i];
		size_t j = i;
		do {
			t[j] = t[j - 1];
			--j;
		} while (j > 0 && cmp_in_run(&t[j - 1], &x) > 0);
		t[j] = x;
	}
}

/* t[0..n) in cmp_in_run's order by merging, tmp room for n / 2 + 1: a
 * long run (mostly one subject given again and again, the same
 * statements many times) without qsort's calls through a pointer and
 * copies of unknown size.  Two halves already in order are not merged. */
static void merge_sort(stmt *t, size_t n, stmt *tmp)
{
	if (n <= 16) {
		insertion_sort(t, n);
		return;
	}
	size_t h = n / 2;
	merge_sort(t, h, tmp);
	merge_sort(t + h, n - h, tmp);
	if (cmp_in_run(&t[h - 1], &t[h]) <= 0) {
		return;
	}
	memcpy(tmp, t, h * sizeof(*t));
	size_t i = 0, j = h, o = 0;
	while (i < h && j < n) {
		t[o++] = cmp_in_run(&t[j], &tmp[i]) < 0 ? t[j++] : tmp[i++];
	}
	while (i < h) {
		t[o++] = tmp[i++];
	}
}

/* Statements with the same subject, in cmp_in_run's order; tmp room for
 * n / 2 + 1. */
static void sort_run(stmt *t, size_t n, stmt *tmp)
{
	if (n > 16) {
		merge_sort(t, n, tmp);
	} else {
		insertion_sort(t, n);
	}
}

/* Room in the sort's working arrays for every statement (g->cap). */
static relkg_status sort_room(relkg_graph *g)
{
	if (g->cap > g->cap_subjects) {
		const relkg_str **v = realloc(g->subjects, g->cap * sizeof(const relkg_str *));
		if (!v) {
			return RELKG_ERR_NOMEM;
		}
		g->subjects = v;
		size_t *r = realloc(g->runs, (g->cap + 1) * sizeof(*r));
		if (!r) {
			return RELKG_ERR_NOMEM;
		}
		g->runs = r;
		g->cap_subjects = g->cap;
	}
	return RELKG_OK;
}

/* Ranks the predicates of the statements by their places in g->preds,
 * or (no room there) among themselves. */
static relkg_status rank_predicates(relkg_graph *g)
{
	for (size_t i = 0; i < g->n; ++i) {
		g->subjects[i] = g->st[i].p;
	}
	size_t n = g->n;
	relkg_status st = relkg_strtab_distinct(g->strs, g->subjects, &n);
	if (st != RELKG_OK) {
		return st;
	}
	/* the values are strs's, as relkg_strtab_rank_these takes them */
	st = relkg_order_memo_rank(g->preds, (relkg_str *const *)g->subjects, n);
	return st == RELKG_NO_MATCH ? relkg_strtab_rank_these(g->strs, g->subjects, &n) : st;
}

/* The runs of statements of one subject, in the order given, into
 * g->runs (their starts, then g->n) and their subjects into g->subjects:
 * their number.  A subject's statements mostly come together, so there
 * are few more runs than subjects. */
static size_t find_runs(relkg_graph *g)
{
	size_t nr = 0;
	for (size_t i = 0; i < g->n; ++i) {
		if (i == 0 || g->st[i].s != g->st[i - 1].s) {
			g->runs[nr] = i;
			g->subjects[nr++] = g->st[i].s;
		}
	}
	g->runs[nr] = g->n;
	return nr;
}

/* Moves the runs into g->sorted in their subjects' order (a counting sort
 * by rank, ranks dense below nb; a subject's runs in the order given),
 * then swaps it with g->st; counts[b] ends where subject b's statements
 * end. */
static void place_runs(relkg_graph *g, size_t nr, size_t nb, size_t *counts)
{
	const stmt *st = g->st;
	memset(counts, 0, nb * sizeof(*counts));
	for (size_t r = 0; r < nr; ++r) {
		counts[st[g->runs[r]].s->rank] += g->runs[r + 1] - g->runs[r];
	}
	size_t sum = 0;
	for (size_t b = 0; b < nb; ++b) {
		size_t c = counts[b];
		counts[b] = sum;
		sum += c;
	}
	for (size_t r = 0; r < nr; ++r) {
		size_t at = g->runs[r], len = g->runs[r + 1] - at;
		size_t *to = &counts[st[at].s->rank];
		memcpy(g->sorted + *to, st + at, len * sizeof(*st));
		*to += len;
	}
	stmt *t = g->sorted;
	g->sorted = g->st;
	g->st = t;
}

/* Sorts the statements in subject order, then in each subject's
 * statements by the other fields: the runs of one subject moved as they
 * are in subject order (place_runs), then sort_run.  The result is in
 * g->st. */
static relkg_status sort_statements(relkg_graph *g)
{
	relkg_status st = sort_room(g);
	if (st != RELKG_OK) {
		return st;
	}
	size_t nr = find_runs(g), nb = nr;
	if ((st = relkg_strtab_rank_these(g->strs, g->subjects, &nb)) != RELKG_OK) {
		return st;
	}
	if (nb > g->n_counts) {
		size_t *c = realloc(g->counts, nb * sizeof(*c));
		if (!c) {
			return RELKG_ERR_NOMEM;
		}
		g->counts = c;
		g->n_counts = nb;
	}
	place_runs(g, nr, nb, g->counts);
	if ((st = rank_predicates(g)) != RELKG_OK) { /* the subjects' ranks used */
		return st;
	}
	/* g->sorted, the statements' old place, is free now: the merges' room */
	for (size_t b = 0, from = 0; b < nb; from = g->counts[b++]) {
		sort_run(g->st + from, g->counts[b] - from, g->sorted);
	}
	return RELKG_OK;
}

static void node_term(relkg_term *t, const char *v)
{
	t->datatype = t->lang = NULL;
	if (v[0] == '_' && v[1] == ':') {
		t->kind = RELKG_TERM_BLANK;
		t->value = v + 2;
	} else {
		t->kind = RELKG_TERM_IRI;
		t->value = v;
	}
}

/* Writes the sorted statements, each once.  A subject's term is made
 * once for its statements (the sink gets the terms as constants). */
static relkg_status write_statements(const relkg_graph *g, relkg_sink *sink)
{
	relkg_status st = RELKG_OK;
	const relkg_str *last_s = NULL;
	relkg_term s, p, o;
	for (size_t i = 0; i < g->n && st == RELKG_OK; ++i) {
		const stmt *t = &g->st[i];
		if (i > 0 && same_stmt(t - 1, t)) {
			continue;
		}
		if (t->s != last_s) {
			node_term(&s, t->s->str);
			last_s = t->s;
		}
		node_term(&p, t->p->str);
		if (t->o_kind == RELKG_TERM_LITERAL) {
			o.kind = RELKG_TERM_LITERAL;
			o.value = t->o->str;
			o.datatype = t->dt->len ? t->dt->str : NULL;
			o.lang = t->lang->len ? t->lang->str : NULL;
		} else {
			node_term(&o, t->o->str);
		}
		st = sink->statement(sink->handle, &s, &p, &o);
	}
	return st;
}

relkg_status relkg_graph_flush(relkg_graph *g, relkg_sink *sink, const char *graph_iri)
{
	relkg_status st = RELKG_OK;
	if (g->n > 1 && (st = sort_statements(g)) != RELKG_OK) {
		clear(g);
		return st;
	}
	if (sink->begin && (st = sink->begin(sink->handle, graph_iri)) != RELKG_OK) {
		clear(g);
		return st;
	}
	st = write_statements(g, sink);
	if (st == RELKG_OK && sink->end) {
		st = sink->end(sink->handle);
	}
	clear(g);
	return st;
}

void relkg_graph_flush_discard(relkg_graph *g)
{
	clear(g);
}
