#include "gazetteer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "buf.h"
#include "fold8.h"
#include "words.h"

/* The keys of relkg_gazetteer.pair_set (b * 256 + c), and one past the last. */
#define PAIR_KEYS (256 * 256 + 1)

typedef struct {
	char *text; /* owned by the gazetteer's string pool */
	size_t len;
	relkg_gz_form form;
	size_t ref;
	size_t country;
} gz_entry;

/* An entry's first bytes and length, side by side for the bucket scans:
 * its first min(len, 8) bytes as one number (byte k is bits 8k.., the
 * rest zero), compared with the text's at once. */
typedef struct {
	uint64_t head;
	uint32_t len;
} gz_key;

/* An office title in the lookup order: by first two bytes, longer first,
 * then in file order (among the titles a text can match at a place, the
 * order a scan of the whole list would prefer). */
typedef struct {
	const char *title;
	size_t len;
	size_t index;
	uint64_t key; /* relkg_fold8 of the title (lower case already) */
} gz_title;

/* The states an office title exists in (only) or not (office-states.tsv). */
typedef struct {
	char *canonical; /* "Chancellor" */
	int only;        /* 1: exactly these states; 0: any but these */
	size_t *countries;
	size_t n;
} gz_office_states;

/* title_bytes values: no title, maybe one (a title of one or two bytes
 * begins so), or from TITLE_THIRD on the third bytes' set
 * title_third[k - TITLE_THIRD] of the titles of three bytes or more that
 * begin so */
enum { TITLE_NO, TITLE_YES, TITLE_THIRD };
#define TITLE_SETS (256 - TITLE_THIRD)

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static void set_bit(uint64_t *bits, unsigned k)
{
	bits[k >> 6] |= UINT64_C(1) << (k & 63u);
}

static int has_bit(const uint64_t *bits, unsigned k)
{
	return (int)(bits[k >> 6] >> (k & 63u) & 1u);
}

struct relkg_gazetteer {
	relkg_gz_country *countries;
	size_t n_countries, cap_countries;
	relkg_gz_city *cities;
	size_t n_cities, cap_cities;
	relkg_gz_office *offices;
	size_t n_offices, cap_offices;
	relkg_gz_org *orgs;
	size_t n_orgs, cap_orgs;
	gz_office_states *ostates; /* office-states.tsv, a line each */
	size_t n_ostates, cap_ostates;
	gz_entry *entries; /* sorted by first byte, second byte, then longer first */
	size_t n_entries, cap_entries;
	/* entries[i]'s length and head (its third byte when the length is 3),
	 * side by side: a bucket is rejected without reading its entries */
	gz_key *keys;
	size_t first[257]; /* entries starting with byte b: [first[b], first[b+1]) */
	/* the one-byte names b: [first[b], one_end[b]) (they sort first) */
	uint32_t one_end[256];
	/* For a text beginning with bytes b, c (b * 256 + c): 0 when no entry
	 * of two bytes or fewer begins so and pair_third is absent, else k + 1
	 * with pair_third[k] the set of the third bytes of the entries that
	 * begin with b, c (bit 256: one has two bytes or fewer, always look).
	 * Many capitalized words share two bytes with a name ("Relations",
	 * "Republic of ..."), few three: their bucket is passed over. */
	uint16_t *pair_set;
	uint64_t (*pair_third)[5];
	size_t n_pair_sets;
	/* The entries of pair set k (as above) by third byte: sorted so
	 * (cmp_entry), those of two bytes or fewer first, each group in the
	 * order of the whole.  Group r of set k begins at entry
	 * groups[group_base[k] + r] and ends where the next begins (a last
	 * one ends each set's list); group_third[group_base[k] + r] is its
	 * third byte (0: the entries of two bytes or fewer). */
	uint32_t *group_base;
	uint32_t *groups;
	unsigned char *group_third;
	gz_title *titles;  /* every office title, sorted (see gz_title) */
	/* titles starting with bytes b and c (a one-byte title's second is
	 * its NUL): [sub[c], sub[c + 1]) with sub = title_sub + 257 * (r - 1)
	 * and r = title_row[b] (0: no title starts with b); a row for each
	 * first byte used, not a table of every pair (256 KiB, out of cache) */
	unsigned char title_row[256];
	/* Filters for relkg_gazetteer_office_last: title_bytes[b << 8 | c]
	 * for a text beginning with bytes b, c (either ASCII case): TITLE_YES
	 * when a title of one byte (any c) or two may begin so, TITLE_NO when
	 * none does, else TITLE_THIRD + k when only titles of three bytes or
	 * more do: bit d of title_third[k] when one of them begins with b, c,
	 * d (lower case).  A filter (a title begins there only if it says
	 * so); relkg_gazetteer_office answers.  Past TITLE_SETS pairs, a pair
	 * is TITLE_YES. */
	unsigned char title_bytes[65536];
	uint64_t title_third[TITLE_SETS + 1][4]; /* and an empty set: row TITLE_SETS */
	size_t n_title_sets;
	uint32_t *title_sub;
	/* bit b: a one-byte name b exists (first[b] < one_end[b]); asked
	 * where the two-byte index finds none, instead of reading the first
	 * entry of b's bucket (two loads apart, most often out of cache) */
	uint64_t one_byte[4];
	int letter_initial; /* every entry begins with a letter */
	uint64_t word_classes; /* relkg_gazetteer_word_classes, found once */
	uint64_t city_classes; /* relkg_gazetteer_city_classes, found once */
	int titles_ascii_initial; /* every office title begins with an ASCII letter */
	/* the countries by code (strcmp order, then index): country_by_code's
	 * binary search, built once countries.tsv is read */
	uint32_t *by_code;
	char **pool;       /* every string, for freeing */
	size_t n_pool, cap_pool;
};

/* ---------------------------------------------------------------- memory */

static int grow(void **arr, size_t *cap, size_t n, size_t size)
{
	if (n < *cap) {
		return 1;
	}
	size_t nc = *cap ? *cap * 2 : 64;
	void *p = realloc(*arr, nc * size);
	if (!p) {
		return 0;
	}
	*arr = p;
	*cap = nc;
	return 1;
}

static char *pool_dup(relkg_gazetteer *g, const char *s, size_t n)
{
	if (!grow((void **)&g->pool, &g->cap_pool, g->n_pool, sizeof(char *))) {
		return NULL;
	}
	char *d = relkg_strndup(s, n);
	if (d) {
		g->pool[g->n_pool++] = d;
	}
	return d;
}

/* The mask of the first min(n, 8) bytes of a number first8 made; n >= 1
 * (an entry's length).  A shift, no branch: match_in asks it for every
 * entry it passes, of lengths the text decides. */
static uint64_t first8_mask(size_t n)
{
	size_t m = n < 8 ? n : 8;
	return ~UINT64_C(0) >> (64 - 8 * m);
}

/* The first min(n, 8) bytes of s as one number, byte k as bits 8k.. (as
 * relkg_b8_load reads them on a little-endian host), the rest zero; s is
 * read no further than n. */
static uint64_t first8(const char *s, size_t n)
{
	uint64_t x = 0;
	if (n >= 8) {
		return relkg_b8_load((const unsigned char *)s);
	}
	memcpy(&x, s, n); /* the same layout: bytes8.h's little-endian host */
	return x;
}

static relkg_status add_entry(relkg_gazetteer *g, const char *s, size_t n, relkg_gz_form form,
			      size_t ref, size_t country)
{
	if (n == 0) {
		return RELKG_OK;
	}
	if (!grow((void **)&g->entries, &g->cap_entries, g->n_entries, sizeof(gz_entry))) {
		return RELKG_ERR_NOMEM;
	}
	char *t = pool_dup(g, s, n);
	if (!t) {
		return RELKG_ERR_NOMEM;
	}
	g->entries[g->n_entries++] = (gz_entry){t, n, form, ref, country};
	return RELKG_OK;
}

/* ---------------------------------------------------------------- files */

/* Splits line (modified in place) at TABs into at most max fields. */
static size_t split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line;
	while (n < max) {
		f[n++] = p;
		char *t = strchr(p, '\t');
		if (!t) {
			break;
		}
		*t = '\0';
		p = t + 1;
	}
	for (size_t i = n; i < max; ++i) {
		f[i] = "";
	}
	return n;
}

typedef relkg_status (*line_fn)(relkg_gazetteer *g, char **f, size_t nf, relkg_diag *diag);

static relkg_status load_file(relkg_gazetteer *g, const char *dir, const char *name,
			      size_t max_fields, line_fn fn, int required, relkg_diag *diag)
{
	relkg_buf path;
	relkg_buf_init(&path);
	if (relkg_buf_printf(&path, "%s/lexicon/%s", dir, name) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	FILE *fp = fopen(path.data, "r");
	if (!fp) {
		snprintf(diag->msg, sizeof(diag->msg), "%s: cannot open", path.data);
		relkg_buf_clear(&path);
		return required ? RELKG_ERR_IO : RELKG_OK;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	relkg_status st = RELKG_OK;
	char *f[8];
	while (st == RELKG_OK && (len = getline(&line, &cap, fp)) >= 0) {
		++lineno;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
			line[--len] = '\0';
		}
		if (len == 0 || line[0] == '#') {
			continue;
		}
		size_t nf = split_tabs(line, f, max_fields);
		st = fn(g, f, nf, diag);
		if (st == RELKG_ERR_SYNTAX) {
			char what[sizeof(diag->msg)];
			memcpy(what, diag->msg, sizeof(what));
			what[100] = '\0';
			snprintf(diag->msg, sizeof(diag->msg), "%.120s:%lu: %.100s", path.data, lineno,
				 what);
		}
	}
	free(line);
	fclose(fp);
	relkg_buf_clear(&path);
	return st;
}

/* The first country (in file order) with this code, or NONE: by by_code
 * when it is built, else by a scan. */
static size_t country_by_code(const relkg_gazetteer *g, const char *code)
{
	if (!g->by_code) {
		for (size_t i = 0; i < g->n_countries; ++i) {
			if (strcmp(g->countries[i].code, code) == 0) {
				return i;
			}
		}
		return RELKG_GZ_NONE;
	}
	size_t lo = 0, hi = g->n_countries; /* the first code not before code */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(g->countries[g->by_code[mid]].code, code) < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo < g->n_countries && strcmp(g->countries[g->by_code[lo]].code, code) == 0
		       ? g->by_code[lo]
		       : RELKG_GZ_NONE;
}

typedef struct {
	const char *code;
	uint32_t index;
} code_index;

static int cmp_code(const void *va, const void *vb)
{
	const code_index *a = va, *b = vb;
	int c = strcmp(a->code, b->code);
	return c ? c : (a->index > b->index) - (a->index < b->index); /* the first of a code first */
}

/* by_code, once every country is read. */
static relkg_status build_by_code(relkg_gazetteer *g)
{
	size_t n = g->n_countries ? g->n_countries : 1;
	code_index *ci = malloc(n * sizeof(*ci));
	if (g->n_countries > UINT32_MAX || !ci || !(g->by_code = malloc(n * sizeof(*g->by_code)))) {
		free(ci);
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < g->n_countries; ++i) {
		ci[i] = (code_index){g->countries[i].code, (uint32_t)i};
	}
	qsort(ci, g->n_countries, sizeof(*ci), cmp_code);
	for (size_t i = 0; i < g->n_countries; ++i) {
		g->by_code[i] = ci[i].index;
	}
	free(ci);
	return RELKG_OK;
}

/* Calls fn for each '|'-separated item of list. */
static relkg_status each_item(relkg_gazetteer *g, const char *list, size_t ci,
			      relkg_status (*fn)(relkg_gazetteer *, const char *, size_t, size_t))
{
	const char *p = list;
	while (*p) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		relkg_status st = fn(g, p, n, ci);
		if (st != RELKG_OK) {
			return st;
		}
		p += n;
		if (*p == '|') {
			++p;
		}
	}
	return RELKG_OK;
}

static relkg_status add_alias(relkg_gazetteer *g, const char *s, size_t n, size_t ci)
{
	relkg_gz_country *c = &g->countries[ci];
	char **na = realloc(c->aliases, (c->n_aliases + 1) * sizeof(char *));
	if (!na) {
		return RELKG_ERR_NOMEM;
	}
	c->aliases = na;
	if (!(c->aliases[c->n_aliases] = pool_dup(g, s, n))) {
		return RELKG_ERR_NOMEM;
	}
	c->n_aliases++;
	return add_entry(g, s, n, RELKG_GZ_NAME, ci, ci);
}

/* A demonym and its plural for people ("Russian", "Russians"). */
static relkg_status add_demonym(relkg_gazetteer *g, const char *s, size_t n, size_t ci)
{
	relkg_status st = add_entry(g, s, n, RELKG_GZ_DEMONYM, ci, ci);
	if (st != RELKG_OK || n < 3) {
		return st;
	}
	const char *e = s + n;
	if (e[-1] == 's' || e[-1] == 'x' || e[-1] == 'z' || (e[-2] == 's' && e[-1] == 'h') ||
	    (e[-2] == 'c' && e[-1] == 'h') || (n > 3 && strncmp(e - 3, "ese", 3) == 0)) {
		return RELKG_OK;
	}
	char plural[128];
	if (n + 2 > sizeof(plural)) {
		return RELKG_OK;
	}
	memcpy(plural, s, n);
	plural[n] = 's';
	return add_entry(g, plural, n + 1, RELKG_GZ_DEMONYM, ci, ci);
}

static relkg_status add_city_of(relkg_gazetteer *g, const char *s, size_t n, size_t ci,
				relkg_gz_form form)
{
	if (!grow((void **)&g->cities, &g->cap_cities, g->n_cities, sizeof(relkg_gz_city))) {
		return RELKG_ERR_NOMEM;
	}
	char *name = pool_dup(g, s, n);
	if (!name) {
		return RELKG_ERR_NOMEM;
	}
	size_t k = g->n_cities++;
	g->cities[k] = (relkg_gz_city){name, ci};
	return add_entry(g, s, n, form, k, ci);
}

static relkg_status add_capital(relkg_gazetteer *g, const char *s, size_t n, size_t ci)
{
	if (!g->countries[ci].capital && !(g->countries[ci].capital = pool_dup(g, s, n))) {
		return RELKG_ERR_NOMEM;
	}
	return add_city_of(g, s, n, ci, RELKG_GZ_CAPITAL);
}

/* countries.tsv: code, label, aliases, demonyms, capitals, flags, successor,
 * sovereign */
static relkg_status country_line(relkg_gazetteer *g, char **f, size_t nf, relkg_diag *diag)
{
	if (nf < 2 || !*f[0] || !*f[1]) {
		snprintf(diag->msg, sizeof(diag->msg), "a country needs a code and a label");
		return RELKG_ERR_SYNTAX;
	}
	if (!grow((void **)&g->countries, &g->cap_countries, g->n_countries,
		  sizeof(relkg_gz_country))) {
		return RELKG_ERR_NOMEM;
	}
	size_t ci = g->n_countries++;
	relkg_gz_country *c = &g->countries[ci];
	memset(c, 0, sizeof(*c));
	c->successor = RELKG_GZ_NONE;
	c->sovereign = RELKG_GZ_NONE;
	c->code = pool_dup(g, f[0], strlen(f[0]));
	c->label = pool_dup(g, f[1], strlen(f[1]));
	/* the successor is resolved once every country is read */
	c->historical = strchr(f[5], 'H') != NULL;
	c->dependency = strchr(f[5], 'D') != NULL;
	if (!c->code || !c->label) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = add_entry(g, f[1], strlen(f[1]), RELKG_GZ_NAME, ci, ci);
	if (!st) {
		st = each_item(g, f[2], ci, add_alias);
	}
	if (!st) {
		st = each_item(g, f[3], ci, add_demonym);
	}
	if (!st) {
		st = each_item(g, f[4], ci, add_capital);
	}
	return st;
}

static relkg_status resolve_successors(relkg_gazetteer *g, const char *dir, relkg_diag *diag)
{
	/* Re-read the successor and sovereign columns: kept simple, the file
	 * is small. */
	relkg_buf path;
	relkg_buf_init(&path);
	if (relkg_buf_printf(&path, "%s/lexicon/countries.tsv", dir) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	FILE *fp = fopen(path.data, "r");
	relkg_buf_clear(&path);
	if (!fp) {
		snprintf(diag->msg, sizeof(diag->msg), "countries.tsv: cannot reopen");
		return RELKG_ERR_IO;
	}
	char *line = NULL, *f[8];
	size_t cap = 0;
	while (getline(&line, &cap, fp) >= 0) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!*line || *line == '#') {
			continue;
		}
		split_tabs(line, f, 8);
		size_t a = country_by_code(g, f[0]);
		if (a != RELKG_GZ_NONE && g->countries && *f[6]) {
			g->countries[a].successor = country_by_code(g, f[6]);
		}
		if (a != RELKG_GZ_NONE && g->countries && *f[7]) {
			g->countries[a].sovereign = country_by_code(g, f[7]);
		}
	}
	free(line);
	fclose(fp);
	return RELKG_OK;
}

/* cities.tsv: name, country code */
static relkg_status city_line(relkg_gazetteer *g, char **f, size_t nf, relkg_diag *diag)
{
	if (nf < 1 || !*f[0]) {
		snprintf(diag->msg, sizeof(diag->msg), "a city needs a name");
		return RELKG_ERR_SYNTAX;
	}
	return add_city_of(g, f[0], strlen(f[0]), country_by_code(g, f[1]), RELKG_GZ_CITY);
}

static int parse_role(const char *s, relkg_role *out)
{
	static const char *names[] = {"HeadOfState", "HeadOfGovernment", "ForeignMinister",
				      "Minister", "Diplomat", "OtherRole"};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); ++i) {
		if (strcmp(s, names[i]) == 0) {
			*out = (relkg_role)i;
			return 1;
		}
	}
	return 0;
}

/* offices.tsv: title (any case), canonical title, role */
static relkg_status office_line(relkg_gazetteer *g, char **f, size_t nf, relkg_diag *diag)
{
	relkg_role role;
	if (nf < 3 || !*f[0] || !*f[1] || !parse_role(f[2], &role)) {
		snprintf(diag->msg, sizeof(diag->msg), "an office needs title, canonical, role");
		return RELKG_ERR_SYNTAX;
	}
	if (!grow((void **)&g->offices, &g->cap_offices, g->n_offices, sizeof(relkg_gz_office))) {
		return RELKG_ERR_NOMEM;
	}
	relkg_gz_office *o = &g->offices[g->n_offices];
	o->title = pool_dup(g, f[0], strlen(f[0]));
	o->canonical = pool_dup(g, f[1], strlen(f[1]));
	o->role = role;
	if (!o->title || !o->canonical) {
		return RELKG_ERR_NOMEM;
	}
	for (char *p = o->title; *p; ++p) {
		if (*p >= 'A' && *p <= 'Z') {
			*p = (char)(*p - 'A' + 'a');
		}
	}
	g->n_offices++;
	return RELKG_OK;
}

/* organizations.tsv: name, label, country code */
static relkg_status org_line(relkg_gazetteer *g, char **f, size_t nf, relkg_diag *diag)
{
	if (nf < 1 || !*f[0]) {
		snprintf(diag->msg, sizeof(diag->msg), "an organization needs a name");
		return RELKG_ERR_SYNTAX;
	}
	if (!grow((void **)&g->orgs, &g->cap_orgs, g->n_orgs, sizeof(relkg_gz_org))) {
		return RELKG_ERR_NOMEM;
	}
	const char *label = *f[1] ? f[1] : f[0];
	relkg_gz_org *o = &g->orgs[g->n_orgs];
	o->name = pool_dup(g, f[0], strlen(f[0]));
	o->label = pool_dup(g, label, strlen(label));
	o->country = country_by_code(g, f[2]);
	if (!o->name || !o->label) {
		return RELKG_ERR_NOMEM;
	}
	size_t k = g->n_orgs++;
	return add_entry(g, f[0], strlen(f[0]), RELKG_GZ_ORG, k, o->country);
}

/* ---------------------------------------------------------------- index */

static int cmp_entry(const void *va, const void *vb)
{
	const gz_entry *a = va, *b = vb;
	/* the second byte is the NUL of a one-byte name, the third of a
	 * two-byte one (so those come first among the names of their first
	 * two bytes) */
	for (int k = 0; k < 3; ++k) {
		unsigned char ca = (unsigned char)a->text[k], cb = (unsigned char)b->text[k];
		if (ca != cb) {
			return ca < cb ? -1 : 1;
		}
		if (!ca) {
			break;
		}
	}
	if (a->len != b->len) {
		return a->len > b->len ? -1 : 1;
	}
	int c = strcmp(a->text, b->text);
	if (c) {
		return c;
	}
	/* a name before a demonym before a capital: one order on every run */
	if (a->form != b->form) {
		return a->form < b->form ? -1 : 1;
	}
	return a->ref < b->ref ? -1 : a->ref > b->ref;
}

/* The first two bytes of a title as one number (a one-byte title's
 * second is its NUL). */
static size_t title_key(const gz_title *t)
{
	return (size_t)(unsigned char)t->title[0] << 8 | (unsigned char)t->title[1];
}

static int cmp_title(const void *va, const void *vb)
{
	const gz_title *a = va, *b = vb;
	size_t ka = title_key(a), kb = title_key(b);
	if (ka != kb) {
		return ka < kb ? -1 : 1;
	}
	if (a->len != b->len) {
		return a->len > b->len ? -1 : 1;
	}
	return a->index < b->index ? -1 : a->index > b->index;
}

/* The byte c as written in either ASCII case: 1 or 2 bytes in both[]. */
static int both_cases(unsigned char c, unsigned char both[2])
{
	both[0] = c;
	if (c >= 'a' && c <= 'z') {
		both[1] = (unsigned char)(c - 'a' + 'A');
		return 2;
	}
	return 1;
}

/* Sets title_bytes for the pair b, c (lower case) in every ASCII case to
 * kind, unless TITLE_YES already. */
static void title_bytes_set(relkg_gazetteer *g, unsigned char b, unsigned char c, unsigned char kind)
{
	unsigned char bs[2], cs[2];
	int nb = both_cases(b, bs), nc = both_cases(c, cs);
	for (int x = 0; x < nb; ++x) {
		for (int y = 0; y < nc; ++y) {
			unsigned char *k = &g->title_bytes[(unsigned)bs[x] << 8 | cs[y]];
			*k = *k == TITLE_YES ? TITLE_YES : kind;
		}
	}
}

/* Marks the pairs of first bytes title t (lower case) may begin a text
 * with: its two first, or (one byte long) its first and any; and for a
 * longer title its third byte in the pair's set. */
static void title_pair_add(relkg_gazetteer *g, const gz_title *t)
{
	unsigned char b = (unsigned char)t->title[0];
	if (t->len < 2) {
		for (unsigned c = 0; c < 256; ++c) {
			title_bytes_set(g, b, lower_ascii((unsigned char)c), TITLE_YES);
		}
		return;
	}
	unsigned char c = (unsigned char)t->title[1];
	unsigned k = g->title_bytes[(unsigned)b << 8 | c];
	if (t->len == 2 || k == TITLE_YES) {
		title_bytes_set(g, b, c, TITLE_YES);
		return;
	}
	if (k == TITLE_NO) {
		if (g->n_title_sets == TITLE_SETS) {
			title_bytes_set(g, b, c, TITLE_YES); /* no set left: always ask */
			return;
		}
		k = TITLE_THIRD + (unsigned)g->n_title_sets++;
		title_bytes_set(g, b, c, (unsigned char)k);
	}
	unsigned char d = (unsigned char)t->title[2];
	set_bit(g->title_third[k - TITLE_THIRD], d);
}

/* May a title begin at text[p] (end - p >= 2): the filters' answer. */
static int title_may_be_at(const relkg_gazetteer *g, const unsigned char *u, size_t p,
			   size_t end)
{
	unsigned k = g->title_bytes[(unsigned)u[p] << 8 | u[p + 1]];
	if (k < TITLE_THIRD) {
		return k == TITLE_YES;
	}
	unsigned char d = lower_ascii(u[p + 2 < end ? p + 2 : p]);
	return end - p < 3 || has_bit(g->title_third[k - TITLE_THIRD], d);
}

/* Office titles are lower case (office_line), so the bucket of a text's
 * first byte lower-cased holds every title that can match there. */
static relkg_status build_title_index(relkg_gazetteer *g)
{
	if (g->n_offices && !(g->titles = malloc(g->n_offices * sizeof(gz_title)))) {
		return RELKG_ERR_NOMEM;
	}
	g->titles_ascii_initial = 1;
	for (size_t i = 0; i < g->n_offices; ++i) {
		const char *t = g->offices[i].title;
		size_t n = strlen(t);
		g->titles[i] = (gz_title){t, n, i,
			relkg_fold8((const unsigned char *)t, n, n + 1 >= 8 ? 8 : 0)};
		unsigned char c = (unsigned char)g->offices[i].title[0] | 0x20u;
		g->titles_ascii_initial &= c >= 'a' && c <= 'z';
	}
	if (g->n_offices) {
		qsort(g->titles, g->n_offices, sizeof(gz_title), cmp_title);
	}
	size_t rows = 0;
	for (size_t i = 0; i < g->n_offices; ++i) {
		unsigned char b = (unsigned char)g->titles[i].title[0];
		if (!g->title_row[b]) {
			g->title_row[b] = (unsigned char)++rows; /* at most 255 first bytes: no NUL */
		}
		title_pair_add(g, &g->titles[i]);
	}
	if (g->n_offices > UINT32_MAX ||
	    (rows && !(g->title_sub = malloc(rows * 257 * sizeof(*g->title_sub))))) {
		return RELKG_ERR_NOMEM;
	}
	for (unsigned b = 0; b < 256; ++b) {
		if (!g->title_row[b]) {
			continue;
		}
		uint32_t *sub = g->title_sub + 257 * (size_t)(g->title_row[b] - 1);
		size_t k = 0;
		for (size_t c = 0; c <= 256; ++c) {
			while (k < g->n_offices && title_key(&g->titles[k]) < (b << 8 | c)) {
				++k;
			}
			sub[c] = (uint32_t)k;
		}
	}
	return RELKG_OK;
}

/* The two bytes cmp_entry sorts by first, as one number. */
static size_t pair_key(const gz_entry *e)
{
	unsigned char b = (unsigned char)e->text[0];
	return b ? (size_t)b << 8 | (unsigned char)e->text[1] : 0;
}

/* The classes of the bytes entries start with (first is built). */
static uint64_t first_byte_classes(const relkg_gazetteer *g)
{
	uint64_t m = 0;
	for (unsigned b = 0; b < 256; ++b) {
		if (g->first[b] < g->first[b + 1]) {
			m |= relkg_wc_of((unsigned char)b);
		}
	}
	return m;
}

/* The end of the run of entries from i on with the pair key of entry i
 * (the entries are sorted: a run each key). */
static size_t pair_run_end(const relkg_gazetteer *g, size_t i)
{
	size_t key = pair_key(&g->entries[i]), j = i + 1;
	while (j < g->n_entries && pair_key(&g->entries[j]) == key) {
		++j;
	}
	return j;
}

/* The group list of the pair set of the run [lo, hi) (n_pair_sets its
 * number), from n_groups on: a group where the third byte changes and the
 * run's end; the third bytes in the set's bits.  Returns the new count. */
static size_t add_groups(relkg_gazetteer *g, size_t lo, size_t hi, size_t n_groups)
{
	uint64_t *bits = g->pair_third[g->n_pair_sets];
	g->group_base[g->n_pair_sets] = (uint32_t)n_groups;
	unsigned prev = 512; /* no group yet */
	for (size_t i = lo; i < hi; ++i) {
		const gz_entry *e = &g->entries[i];
		unsigned third = e->len <= 2 ? 256u : (unsigned char)e->text[2];
		set_bit(bits, third);
		if (third != prev) { /* a group begins */
			g->group_third[n_groups] = (unsigned char)(third & 255u);
			g->groups[n_groups++] = (uint32_t)i;
			prev = third;
		}
	}
	g->group_third[n_groups] = 0;
	g->groups[n_groups++] = (uint32_t)hi; /* the last one's end */
	return n_groups;
}

/* pair_set and pair_third from the sorted entries: a set for each run of
 * a pair key, numbered in key order. */
static relkg_status build_pair_sets(relkg_gazetteer *g)
{
	size_t sets = 0;
	for (size_t i = 0; i < g->n_entries; i = pair_run_end(g, i)) {
		++sets;
	}
	if (sets >= UINT16_MAX || !(g->pair_set = calloc(PAIR_KEYS - 1, sizeof(*g->pair_set))) ||
	    (sets && !(g->pair_third = calloc(sets, sizeof(*g->pair_third))))) {
		return RELKG_ERR_NOMEM;
	}
	size_t n_groups = 0, cap = g->n_entries + sets;
	if (sets && (!(g->group_base = malloc(sets * sizeof(*g->group_base))) ||
		     !(g->groups = malloc(cap * sizeof(*g->groups))) ||
		     !(g->group_third = malloc(cap)))) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0, j; i < g->n_entries; i = j) {
		j = pair_run_end(g, i);
		n_groups = add_groups(g, i, j, n_groups);
		g->pair_set[pair_key(&g->entries[i])] = (uint16_t)++g->n_pair_sets;
	}
	return RELKG_OK;
}

static relkg_status build_index(relkg_gazetteer *g)
{
	if (g->n_entries) {
		qsort(g->entries, g->n_entries, sizeof(gz_entry), cmp_entry);
	}
	if (g->n_entries > UINT32_MAX) {
		return RELKG_ERR_NOMEM;
	}
	size_t k = 0;
	for (int b = 0; b <= 256; ++b) {
		while (k < g->n_entries && (unsigned char)g->entries[k].text[0] < b) {
			++k;
		}
		g->first[b] = k;
		if (b == 256) {
			break;
		}
		size_t e = k; /* the one-byte names of b sort first (second byte NUL) */
		while (e < g->n_entries && (unsigned char)g->entries[e].text[0] == b &&
		       g->entries[e].text[1] == '\0') {
			++e;
		}
		g->one_end[b] = (uint32_t)e;
		if (e > k && b > 0) {
			set_bit(g->one_byte, (unsigned)b);
		}
	}
	if (g->n_entries && !(g->keys = malloc(g->n_entries * sizeof(*g->keys)))) {
		return RELKG_ERR_NOMEM;
	}
	if (build_pair_sets(g) != RELKG_OK) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < g->n_entries; ++i) {
		const gz_entry *e = &g->entries[i];
		g->keys[i].len = (uint32_t)e->len;
		g->keys[i].head = first8(e->text, e->len);
	}
	g->word_classes = first_byte_classes(g);
	g->city_classes = 0;
	for (size_t i = 0; i < g->n_cities; ++i) {
		const char *name = g->cities[i].name;
		g->city_classes |= name[0] ? relkg_wc_of((unsigned char)name[0]) : 0;
	}
	g->letter_initial = 1;
	for (size_t i = 0; i < g->n_entries; ++i) {
		const gz_entry *e = &g->entries[i];
		g->letter_initial &= e->len > 0 && relkg_is_letter_at(e->text, e->len);
	}
	return RELKG_OK;
}

/* office-states.tsv: canonical title, only|not, country codes (spaces) */
static relkg_status office_states_line(relkg_gazetteer *g, char **f, size_t nf,
	relkg_diag *diag)
{
	int only = nf >= 3 && strcmp(f[1], "only") == 0;
	if (nf < 3 || !*f[0] || (!only && strcmp(f[1], "not") != 0)) {
		snprintf(diag->msg, sizeof(diag->msg), "a line needs title, only|not, codes");
		return RELKG_ERR_SYNTAX;
	}
	if (!grow((void **)&g->ostates, &g->cap_ostates, g->n_ostates, sizeof(gz_office_states))) {
		return RELKG_ERR_NOMEM;
	}
	gz_office_states *os = &g->ostates[g->n_ostates];
	memset(os, 0, sizeof *os);
	os->only = only;
	os->canonical = pool_dup(g, f[0], strlen(f[0]));
	if (!os->canonical) {
		return RELKG_ERR_NOMEM;
	}
	g->n_ostates++; /* freed with the gazetteer from here on */
	for (char *save = NULL, *code = strtok_r(f[2], " ", &save); code;
	     code = strtok_r(NULL, " ", &save)) {
		size_t ci = country_by_code(g, code);
		if (ci == RELKG_GZ_NONE) {
			snprintf(diag->msg, sizeof(diag->msg), "unknown country code '%.8s'", code);
			return RELKG_ERR_SYNTAX;
		}
		size_t *nc = realloc(os->countries, (os->n + 1) * sizeof *nc);
		if (!nc) {
			return RELKG_ERR_NOMEM;
		}
		os->countries = nc;
		os->countries[os->n++] = ci;
	}
	return RELKG_OK;
}

int relkg_gazetteer_office_in(const relkg_gazetteer *gaz, const char *canonical,
	size_t country)
{
	for (size_t i = 0; i < gaz->n_ostates; ++i) {
		const gz_office_states *os = &gaz->ostates[i];
		if (strcmp(os->canonical, canonical) != 0) {
			continue;
		}
		int listed = 0;
		for (size_t k = 0; k < os->n && !listed; ++k) {
			listed = os->countries[k] == country;
		}
		return listed == os->only;
	}
	return 1;
}

relkg_status relkg_gazetteer_load(relkg_gazetteer **out, const char *dir, relkg_diag *diag)
{
	*out = NULL;
	relkg_gazetteer *g = calloc(1, sizeof(*g));
	if (!g) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = load_file(g, dir, "countries.tsv", 8, country_line, 1, diag);
	if (!st) {
		st = build_by_code(g);
	}
	if (!st) {
		st = resolve_successors(g, dir, diag);
	}
	if (!st) {
		st = load_file(g, dir, "cities.tsv", 2, city_line, 0, diag);
	}
	if (!st) {
		st = load_file(g, dir, "offices.tsv", 3, office_line, 1, diag);
	}
	if (!st) {
		st = load_file(g, dir, "organizations.tsv", 3, org_line, 0, diag);
	}
	if (!st) {
		st = load_file(g, dir, "office-states.tsv", 3, office_states_line, 0, diag);
	}
	if (st != RELKG_OK) {
		relkg_gazetteer_free(g);
		return st;
	}
	diag->msg[0] = '\0';
	if (build_index(g) != RELKG_OK || build_title_index(g) != RELKG_OK) {
		relkg_gazetteer_free(g);
		return RELKG_ERR_NOMEM;
	}
	*out = g;
	return RELKG_OK;
}

void relkg_gazetteer_free(relkg_gazetteer *g)
{
	if (!g) {
		return;
	}
	for (size_t i = 0; i < g->n_pool; ++i) {
		free(g->pool[i]);
	}
	for (size_t i = 0; i < g->n_countries; ++i) {
		free(g->countries[i].aliases);
	}
	for (size_t i = 0; i < g->n_ostates; ++i) {
		free(g->ostates[i].countries);
	}
	free(g->ostates);
	free(g->pool);
	free(g->countries);
	free(g->cities);
	free(g->offices);
	free(g->orgs);
	free(g->entries);
	free(g->by_code);
	free(g->pair_set);
	free(g->pair_third);
	free(g->group_base);
	free(g->groups);
	free(g->group_third);
	free(g->titles);
	free(g->title_sub);
	free(g->keys);
	free(g);
}

/* ---------------------------------------------------------------- lookup */

/* Is there a word boundary at s[0..n) (the byte after a match)? */
static int boundary(const char *s, size_t n)
{
	if (n == 0) {
		return 1;
	}
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80) {
		return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
	}
	utf8proc_int32_t cp;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) <= 0) {
		return 1;
	}
	utf8proc_category_t k = utf8proc_category(cp);
	return !(k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
		 k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_MN);
}

/* The first entry of [lo,hi) that matches s[0..n) at a word boundary. */
static int match_in(const relkg_gazetteer *g, size_t lo, size_t hi, const char *s, size_t n,
		    relkg_gz_hit *hit)
{
	uint64_t head = first8(s, n);
	for (size_t i = lo; i < hi; ++i) {
		const gz_key *k = &g->keys[i];
		/* longer than the text, or other first bytes (up to eight at once:
		 * the whole of most entries): one test, not two that the text
		 * decides */
		int skip = (k->len > n) | ((head & first8_mask(k->len)) != k->head);
		if (skip) {
			continue;
		}
		const gz_entry *e = &g->entries[i];
		if ((e->len <= 8 || memcmp(e->text + 8, s + 8, e->len - 8) == 0) &&
		    (e->text[e->len - 1] == '.' || boundary(s + e->len, n - e->len))) {
			hit->form = e->form;
			hit->ref = e->ref;
			hit->country = e->country;
			hit->len = e->len;
			return 1;
		}
	}
	return 0;
}

/* Only entries sharing the text's first two bytes can match, longest
 * first; one-byte names, the shortest, after them. */
int relkg_gazetteer_match(const relkg_gazetteer *g, const char *s, size_t n, relkg_gz_hit *hit)
{
	if (!g || n == 0) {
		return 0;
	}
	unsigned char b = (unsigned char)s[0];
	/* no entry begins with b: no pair set for b and no one-byte name b */
	unsigned k = n >= 2 ? g->pair_set[(unsigned)b << 8 | (unsigned char)s[1]] : 0;
	if (k) {
		/* of the entries of the two bytes, those of the third (longer
		 * first), then those of two bytes: the order of the whole, less
		 * entries that cannot match */
		const uint64_t *bits = g->pair_third[k - 1];
		const uint32_t *gs = g->groups + g->group_base[k - 1];
		const unsigned char *gt = g->group_third + g->group_base[k - 1];
		unsigned two = has_bit(bits, 256u), x = n >= 3 ? (unsigned char)s[2] : 0u;
		if (x && has_bit(bits, x)) {
			unsigned r = two;
			while (gt[r] != x) { /* the group is there (bit x) */
				++r;
			}
			if (match_in(g, gs[r], gs[r + 1], s, n, hit)) {
				return 1;
			}
		}
		if (two && match_in(g, gs[0], gs[1], s, n, hit)) {
			return 1;
		}
	}
	if (!has_bit(g->one_byte, b)) {
		return 0; /* no one-byte name: they would sort first (second byte NUL) */
	}
	return match_in(g, g->first[b], g->one_end[b], s, n, hit);
}

int relkg_gazetteer_titles_ascii_initial(const relkg_gazetteer *g)
{
	return g && g->titles_ascii_initial;
}

int relkg_gazetteer_letter_initial(const relkg_gazetteer *g)
{
	return g && g->letter_initial;
}

uint64_t relkg_gazetteer_word_classes(const relkg_gazetteer *g)
{
	return g ? g->word_classes : 0; /* the rule sets ask once an article */
}

uint64_t relkg_gazetteer_city_classes(const relkg_gazetteer *g)
{
	return g ? g->city_classes : 0;
}

/* Does e sort before f among matches (longer, then by text, form, ref)? */
static int better(const gz_entry *e, const gz_entry *f)
{
	if (e->len != f->len) {
		return e->len > f->len;
	}
	int c = strcmp(e->text, f->text);
	if (c) {
		return c < 0;
	}
	return e->form != f->form ? e->form < f->form : e->ref < f->ref;
}

int relkg_gazetteer_match_scan(const relkg_gazetteer *g, const char *s, size_t n,
			       relkg_gz_hit *hit)
{
	const gz_entry *best = NULL;
	for (size_t i = 0; g && i < g->n_entries; ++i) {
		const gz_entry *e = &g->entries[i];
		if (e->len <= n && memcmp(e->text, s, e->len) == 0 &&
		    (e->text[e->len - 1] == '.' || boundary(s + e->len, n - e->len)) &&
		    (!best || better(e, best))) {
			best = e;
		}
	}
	if (!best) {
		return 0;
	}
	*hit = (relkg_gz_hit){best->form, best->ref, best->country, best->len};
	return 1;
}

/* Is s[0..n) the lower-case title t (ASCII case-insensitively)? */
/* The titles whose first byte is b and second c (0: one-byte titles):
 * [*lo, *hi). */
static void title_range(const relkg_gazetteer *g, unsigned char b, unsigned char c, size_t *lo,
			size_t *hi)
{
	if (!g->title_row[b]) {
		*lo = *hi = 0;
		return;
	}
	const uint32_t *sub = g->title_sub + 257 * (size_t)(g->title_row[b] - 1);
	*lo = sub[c];
	*hi = sub[c + 1];
}

static int title_is(const char *s, const char *t, size_t n)
{
	for (size_t k = 0; k < n; ++k) {
		if (lower_ascii((unsigned char)s[k]) != (unsigned char)t[k]) {
			return 0;
		}
	}
	return 1;
}

/* May title t be at s[0..n) (key: relkg_fold8 of s's first eight bytes
 * or all of them): no longer than n, and its first eight bytes those of
 * s?  One test, not two that the text decides. */
static int title_head_at(const gz_title *t, uint64_t key, size_t n)
{
	return (t->len <= n) & ((key & first8_mask(t->len)) == t->key);
}

int relkg_gazetteer_office_may_begin(const relkg_gazetteer *g, const char *s, size_t n)
{
	if (!g || n == 0) {
		return 0;
	}
	if (n >= 2) { /* the filters say it for two or three bytes: one or two look-ups */
		return title_may_be_at(g, (const unsigned char *)s, 0, n);
	}
	/* one byte: only a one-byte title may be there */
	size_t lo, hi;
	title_range(g, lower_ascii((unsigned char)s[0]), 0, &lo, &hi);
	return lo < hi;
}

uint64_t relkg_gazetteer_office_may_begin_words(const relkg_gazetteer *g, const char *text,
						const size_t *ws, size_t n, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	uint64_t may = 0;
	if (!g) {
		return 0;
	}
	n = n < 64 ? n : 64;
	for (size_t w = 0; w < n; ++w) {
		size_t p = ws[w];
		uint64_t bit;
		if (end - p >= 3) { /* title_may_be_at, lower_ascii as arithmetic */
			unsigned k = g->title_bytes[(unsigned)u[p] << 8 | u[p + 1]];
			unsigned third = k >= TITLE_THIRD ? k - TITLE_THIRD : TITLE_SETS;
			unsigned c = u[p + 2], d = c | (unsigned)(c - (unsigned)'A' < 26u) << 5;
			/* row TITLE_SETS is empty: no branch on k */
			bit = (uint64_t)(k == TITLE_YES) | (g->title_third[third][d >> 6] >> (d & 63u) & 1u);
		} else {
			bit = relkg_gazetteer_office_may_begin(g, text + p, end - p) != 0;
		}
		may |= bit << w;
	}
	return may;
}

size_t relkg_gazetteer_office(const relkg_gazetteer *g, const char *s, size_t n, size_t *len)
{
	*len = 0;
	if (!g || n == 0) {
		return RELKG_GZ_NONE;
	}
	/* Titles are lower case: those of the text's first two bytes folded,
	 * longest first, then those of one byte (shorter than any of them) */
	unsigned char b = lower_ascii((unsigned char)s[0]);
	unsigned char c[2] = {n >= 2 ? lower_ascii((unsigned char)s[1]) : 0, 0};
	uint64_t key = relkg_fold8((const unsigned char *)s, n, n); /* s's first bytes folded */
	for (int k = n >= 2 && c[0] ? 0 : 1; k < 2; ++k) {
		size_t lo, hi;
		title_range(g, b, c[k], &lo, &hi);
		for (size_t i = lo; i < hi; ++i) {
			const gz_title *t = &g->titles[i];
			if (title_head_at(t, key, n) &&
			    (t->len <= 8 || title_is(s + 8, t->title + 8, t->len - 8)) &&
			    boundary(s + t->len, n - t->len)) {
				*len = t->len;
				return t->index;
			}
		}
	}
	return RELKG_GZ_NONE;
}

size_t relkg_gazetteer_office_last(const relkg_gazetteer *g, const char *text, size_t b,
				   size_t end)
{
	if (!g) {
		return RELKG_GZ_NONE;
	}
	size_t len;
	if (end > b && relkg_gazetteer_office_may_begin(g, text + end - 1, 1) &&
	    relkg_gazetteer_office(g, text + end - 1, 1, &len) != RELKG_GZ_NONE) {
		return end - 1; /* a one-byte title at the very end */
	}
	const unsigned char *u = (const unsigned char *)text;
	for (size_t p = end - (end > b); p-- > b;) { /* two bytes or more from p */
		unsigned k = g->title_bytes[(unsigned)u[p] << 8 | u[p + 1]];
		if (k == TITLE_NO || (k >= TITLE_THIRD && !title_may_be_at(g, u, p, end))) {
			continue; /* no title begins with these bytes */
		}
		if (relkg_gazetteer_office(g, text + p, end - p, &len) != RELKG_GZ_NONE) {
			return p;
		}
	}
	return RELKG_GZ_NONE;
}

size_t relkg_gazetteer_n_countries(const relkg_gazetteer *g)
{
	return g ? g->n_countries : 0;
}

const relkg_gz_country *relkg_gazetteer_country(const relkg_gazetteer *g, size_t i)
{
	return g && i < g->n_countries ? &g->countries[i] : NULL;
}

const relkg_gz_city *relkg_gazetteer_city(const relkg_gazetteer *g, size_t i)
{
	return g && i < g->n_cities ? &g->cities[i] : NULL;
}

const relkg_gz_office *relkg_gazetteer_office_at(const relkg_gazetteer *g, size_t i)
{
	return g && i < g->n_offices ? &g->offices[i] : NULL;
}

const relkg_gz_org *relkg_gazetteer_org(const relkg_gazetteer *g, size_t i)
{
	return g && i < g->n_orgs ? &g->orgs[i] : NULL;
}

size_t relkg_gazetteer_find_country(const relkg_gazetteer *g, const char *s, size_t n)
{
	relkg_gz_hit hit;
	if (relkg_gazetteer_match(g, s, n, &hit) && hit.len == n &&
	    (hit.form == RELKG_GZ_NAME || hit.form == RELKG_GZ_DEMONYM)) {
		return hit.country;
	}
	return RELKG_GZ_NONE;
}

int relkg_gazetteer_same_lineage(const relkg_gazetteer *g, size_t a, size_t b)
{
	if (a == b) {
		return 1;
	}
	if (!g || a >= g->n_countries || b >= g->n_countries) {
		return 0;
	}
	return g->countries[a].successor == b || g->countries[b].successor == a;
}

const char *relkg_role_curie(relkg_role role)
{
	switch (role) {
	case RELKG_ROLE_HEAD_OF_STATE: return "rkg:HeadOfState";
	case RELKG_ROLE_HEAD_OF_GOVERNMENT: return "rkg:HeadOfGovernment";
	case RELKG_ROLE_FOREIGN_MINISTER: return "rkg:ForeignMinister";
	case RELKG_ROLE_MINISTER: return "rkg:Minister";
	case RELKG_ROLE_DIPLOMAT: return "rkg:Diplomat";
	case RELKG_ROLE_OTHER: break;
	}
	return "rkg:OtherRole";
}
