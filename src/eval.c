#include "eval.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "eval_match.h"
#include "eval_prov.h"

#define RKG "https://w3id.org/relkg/ontology#"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"

/* A candidate fact: one node, or a (person, office) / (survey, result) pair. */
typedef struct {
	relkg_sid a, b; /* b == RELKG_SID_NONE for one node */
} cand;

/* A gold field: "-", or alternatives separated by ';'. */
typedef struct {
	int dash;
	relkg_sid whole;
	relkg_sid *alts;
	size_t n_alts;
} gterm;

#define MAX_FIELDS 6

typedef struct {
	const relkg_gold_row *row;
	gterm f[MAX_FIELDS];
	char **kw;          /* treaty: normalized keywords; survey: norm(org keyword) */
	size_t n_kw;
	relkg_sid type;     /* event/mission: the rkg: class of f[0], if it is one */
	double pct;
	int pct_ok;
} prow;

/* The rkg: and other terms the matcher reads, by sid. */
enum {
	T_LABEL, T_ALT, T_PERSON, T_HOLDS, T_JURISDICTION, T_COUNTRY, T_ROLE, T_TREATY,
	T_PARTY, T_DATE, T_DISPUTE, T_CONCERNS, T_TERRITORY, T_ISLAND, T_AGENT,
	T_PARTICIPANT, T_TARGET, T_PLACE, T_SURVEY, T_RESULT, T_CONDUCTED_BY,
	T_PERCENTAGE, T_RESPONDENTS, T_ABOUT, T_OPINION, T_EMBASSY, T_CONSULATE,
	T_MISSION, T_SENDING_STATE, T_LOCATION, N_TERMS
};

static const char *const term_iris[N_TERMS] = {
	RDFS_LABEL, SKOS_ALT, RKG "Person", RKG "holds", RKG "jurisdiction", RKG "country",
	RKG "role", RKG "Treaty", RKG "party", RKG "date", RKG "Dispute", RKG "concerns",
	RKG "Territory", RKG "Island", RKG "agent", RKG "participant", RKG "target",
	RKG "place", RKG "Survey", RKG "result", RKG "conductedBy", RKG "percentage",
	RKG "respondents", RKG "about", RKG "opinion", RKG "Embassy", RKG "Consulate",
	RKG "DiplomaticMission", RKG "sendingState", RKG "location",
};

typedef struct {
	relkg_egraph *g;
	relkg_sid t[N_TERMS];
	relkg_sid events[RELKG_N_EVENT_TYPES];
	relkg_name *names; /* by sid; prepared[sid] says it is filled */
	unsigned char *prepared;
	size_t n_names;
	relkg_buf scratch;
} matcher;

/* ------------------------------------------------------------ names */

static const char *str(const matcher *m, relkg_sid id)
{
	return relkg_egraph_str(m->g, id);
}

static size_t objs(const matcher *m, relkg_sid s, int term, const relkg_sid **out)
{
	return relkg_egraph_objs(m->g, s, m->t[term], out);
}

static relkg_sid obj(const matcher *m, relkg_sid s, int term)
{
	return s == RELKG_SID_NONE ? RELKG_SID_NONE : relkg_egraph_obj(m->g, s, m->t[term]);
}

static relkg_status prepare_name(matcher *m, relkg_sid id)
{
	if (id >= m->n_names) {
		size_t n = relkg_egraph_n_strings(m->g);
		relkg_name *names = realloc(m->names, n * sizeof(relkg_name));
		if (!names) {
			return RELKG_ERR_NOMEM;
		}
		m->names = names;
		unsigned char *p = realloc(m->prepared, n);
		if (!p) {
			return RELKG_ERR_NOMEM;
		}
		memset(p + m->n_names, 0, n - m->n_names);
		m->prepared = p;
		m->n_names = n;
	}
	if (m->prepared[id]) {
		return RELKG_OK;
	}
	relkg_status st = relkg_name_init(&m->names[id], str(m, id));
	m->prepared[id] = st == RELKG_OK;
	return st;
}

/* Every object of rdfs:label and skos:altLabel. */
static relkg_status prepare_graph_names(matcher *m)
{
	const relkg_etriple *t;
	size_t n = relkg_egraph_triples(m->g, &t);
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && st == RELKG_OK; ++i) {
		if (t[i].p == m->t[T_LABEL] || t[i].p == m->t[T_ALT]) {
			st = prepare_name(m, t[i].o);
		}
	}
	return st;
}

static const relkg_name *name_of(const matcher *m, relkg_sid id)
{
	static const relkg_name none = {"", "", NULL, 0, NULL, -1};
	return id < m->n_names && m->prepared[id] ? &m->names[id] : &none;
}

/* same_name(gold, names(node), person) */
static int same_name(const matcher *m, relkg_sid gold, relkg_sid node, int person)
{
	const relkg_name *g = name_of(m, gold);
	for (int term = T_LABEL; term <= T_ALT; ++term) {
		const relkg_sid *v;
		size_t n = objs(m, node, term, &v);
		for (size_t i = 0; i < n; ++i) {
			if (relkg_name_same(g, name_of(m, v[i]), person)) {
				return 1;
			}
		}
	}
	return 0;
}

/* ------------------------------------------------------------ node_is */

static int country_is(const matcher *m, relkg_sid alt, relkg_sid country)
{
	return country != RELKG_SID_NONE && str(m, country)[0] && same_name(m, alt, country, 0);
}

/* Is node the gold thing: by name, or (a country in gold) through the
 * jurisdiction of an office it holds, or its rkg:country. */
static int node_is(const matcher *m, const gterm *gold, relkg_sid node)
{
	if (gold->dash) {
		return 1;
	}
	if (node == RELKG_SID_NONE) {
		return 0;
	}
	int person = relkg_egraph_is_a(m->g, node, m->t[T_PERSON]);
	const relkg_sid *offices;
	size_t n_offices = objs(m, node, T_HOLDS, &offices);
	for (size_t a = 0; a < gold->n_alts; ++a) {
		relkg_sid alt = gold->alts[a];
		if (same_name(m, alt, node, person)) {
			return 1;
		}
		for (size_t i = 0; i < n_offices; ++i) {
			if (country_is(m, alt, obj(m, offices[i], T_JURISDICTION))) {
				return 1;
			}
		}
		if (country_is(m, alt, obj(m, node, T_COUNTRY))) {
			return 1;
		}
	}
	return 0;
}

/* any_is(gold, objs(x, p1) + objs(x, p2) + ...), props ending with -1. */
static int any_is(const matcher *m, const gterm *gold, relkg_sid x, const int *props)
{
	if (gold->dash) {
		return 1;
	}
	for (; *props >= 0; ++props) {
		const relkg_sid *v;
		size_t n = objs(m, x, *props, &v);
		for (size_t i = 0; i < n; ++i) {
			if (node_is(m, gold, v[i])) {
				return 1;
			}
		}
	}
	return 0;
}

/* all(any_is(p, objs(x, prop)) for p in gold.split(";")) */
static int all_any(const matcher *m, const gterm *gold, relkg_sid x, int prop)
{
	int props[2] = {prop, -1};
	for (size_t a = 0; a < gold->n_alts; ++a) {
		gterm one = {strcmp(str(m, gold->alts[a]), "-") == 0, gold->alts[a],
			     &gold->alts[a], 1};
		if (!any_is(m, &one, x, props)) {
			return 0;
		}
	}
	return 1;
}

static int is_rkg(const char *s, const char *local)
{
	size_t n = strlen(RKG);
	return s && strncmp(s, RKG, n) == 0 && strcmp(s + n, local) == 0;
}

static const char *obj_str(const matcher *m, relkg_sid s, int term)
{
	relkg_sid o = obj(m, s, term);
	return o == RELKG_SID_NONE ? NULL : str(m, o);
}

/* ------------------------------------------------------------ per kind */

static int match_holds(const matcher *m, const prow *r, cand x)
{
	const char *role = obj_str(m, x.b, T_ROLE);
	return same_name(m, r->f[0].whole, x.a, 1) && is_rkg(role, r->row->fields[1]) &&
	       node_is(m, &r->f[2], obj(m, x.b, T_JURISDICTION));
}

static int match_treaty(const matcher *m, const prow *r, cand x, const char *label)
{
	int kw = 0;
	for (size_t i = 0; i < r->n_kw && !kw; ++i) {
		kw = strstr(label, r->kw[i]) != NULL;
	}
	return kw && relkg_date_ok(r->row->fields[1], obj_str(m, x.a, T_DATE)) &&
	       all_any(m, &r->f[2], x.a, T_PARTY);
}

static int match_event(const matcher *m, const prow *r, cand x)
{
	static const int agents[] = {T_AGENT, T_PARTICIPANT, -1};
	return r->type != RELKG_SID_NONE && relkg_egraph_is_a(m->g, x.a, r->type) &&
	       relkg_date_ok(r->row->fields[3], obj_str(m, x.a, T_DATE)) &&
	       any_is(m, &r->f[1], x.a, agents);
}

static int match_survey(const matcher *m, const prow *r, cand x, const char *org)
{
	const char *pct = obj_str(m, x.b, T_PERCENTAGE);
	double v;
	int pct_ok = pct && relkg_py_float(pct, &v) && r->pct_ok && fabs(v - r->pct) < 0.05;
	return strstr(org, r->kw[0]) && relkg_date_ok(r->row->fields[1], obj_str(m, x.a, T_DATE)) &&
	       node_is(m, &r->f[2], obj(m, x.a, T_RESPONDENTS)) &&
	       node_is(m, &r->f[3], obj(m, x.a, T_ABOUT)) &&
	       is_rkg(obj_str(m, x.b, T_OPINION), r->row->fields[4]) && pct_ok;
}

static int match_mission(const matcher *m, const prow *r, cand x)
{
	return r->type != RELKG_SID_NONE && relkg_egraph_is_a(m->g, x.a, r->type) &&
	       node_is(m, &r->f[1], obj(m, x.a, T_SENDING_STATE)) &&
	       node_is(m, &r->f[2], obj(m, x.a, T_LOCATION));
}

/* text: the candidate's precomputed label (treaty) or organization (survey). */
static int matches(const matcher *m, relkg_kind kind, const prow *r, cand x, const char *text)
{
	switch (kind) {
	case RELKG_KIND_PERSON: return same_name(m, r->f[0].whole, x.a, 1);
	case RELKG_KIND_HOLDS: return match_holds(m, r, x);
	case RELKG_KIND_TREATY: return match_treaty(m, r, x, text);
	case RELKG_KIND_DISPUTE: {
		static const int concerns[] = {T_CONCERNS, -1};
		return all_any(m, &r->f[0], x.a, T_PARTY) && any_is(m, &r->f[1], x.a, concerns);
	}
	case RELKG_KIND_TERRITORY: return same_name(m, r->f[0].whole, x.a, 0);
	case RELKG_KIND_EVENT: return match_event(m, r, x);
	case RELKG_KIND_SURVEY: return match_survey(m, r, x, text);
	case RELKG_KIND_MISSION: return match_mission(m, r, x);
	case RELKG_N_KINDS: break;
	}
	return 0;
}

static int target_ok(const matcher *m, const prow *r, cand x)
{
	static const int props[] = {T_TARGET, T_PLACE, T_PARTICIPANT, -1};
	return any_is(m, &r->f[2], x.a, props);
}

/* ------------------------------------------------------------ candidates */

typedef struct {
	cand *v;
	size_t n, cap;
} cands;

static relkg_status push(cands *c, relkg_sid a, relkg_sid b)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		cand *v = realloc(c->v, cap * sizeof(cand));
		if (!v) {
			return RELKG_ERR_NOMEM;
		}
		c->v = v;
		c->cap = cap;
	}
	c->v[c->n++] = (cand){a, b};
	return RELKG_OK;
}

static const relkg_egraph *sort_graph;

static int cmp_cand(const void *a, const void *b)
{
	const cand *x = a, *y = b;
	return strcmp(relkg_egraph_str(sort_graph, x->a), relkg_egraph_str(sort_graph, y->a));
}

/* sorted(union of the classes' members) */
static relkg_status typed_union(const matcher *m, const relkg_sid *classes, size_t n, cands *out)
{
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && st == RELKG_OK; ++i) {
		const relkg_sid *v;
		size_t k = relkg_egraph_typed(m->g, classes[i], &v);
		for (size_t j = 0; j < k && st == RELKG_OK; ++j) {
			st = push(out, v[j], RELKG_SID_NONE);
		}
	}
	sort_graph = m->g;
	if (out->n) {
		qsort(out->v, out->n, sizeof(cand), cmp_cand);
	}
	size_t k = 0;
	for (size_t i = 0; i < out->n; ++i) {
		if (k == 0 || out->v[k - 1].a != out->v[i].a) {
			out->v[k++] = out->v[i];
		}
	}
	out->n = k;
	return st;
}

/* (x, o) for x of class, o of x's prop, x sorted, o in parse order. */
static relkg_status pairs(const matcher *m, int class, int prop, cands *out)
{
	const relkg_sid *xs;
	size_t n = relkg_egraph_typed(m->g, m->t[class], &xs);
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < n && st == RELKG_OK; ++i) {
		const relkg_sid *os;
		size_t k = objs(m, xs[i], prop, &os);
		for (size_t j = 0; j < k && st == RELKG_OK; ++j) {
			st = push(out, xs[i], os[j]);
		}
	}
	return st;
}

static relkg_status extracted(const matcher *m, relkg_kind kind, cands *out)
{
	relkg_sid c[3];
	switch (kind) {
	case RELKG_KIND_PERSON: c[0] = m->t[T_PERSON]; return typed_union(m, c, 1, out);
	case RELKG_KIND_HOLDS: return pairs(m, T_PERSON, T_HOLDS, out);
	case RELKG_KIND_TREATY: c[0] = m->t[T_TREATY]; return typed_union(m, c, 1, out);
	case RELKG_KIND_DISPUTE: c[0] = m->t[T_DISPUTE]; return typed_union(m, c, 1, out);
	case RELKG_KIND_TERRITORY:
		c[0] = m->t[T_TERRITORY];
		c[1] = m->t[T_ISLAND];
		return typed_union(m, c, 2, out);
	case RELKG_KIND_EVENT: return typed_union(m, m->events, RELKG_N_EVENT_TYPES, out);
	case RELKG_KIND_SURVEY: return pairs(m, T_SURVEY, T_RESULT, out);
	case RELKG_KIND_MISSION:
		c[0] = m->t[T_EMBASSY];
		c[1] = m->t[T_CONSULATE];
		c[2] = m->t[T_MISSION];
		return typed_union(m, c, 3, out);
	case RELKG_N_KINDS: break;
	}
	return RELKG_OK;
}

/* norm(" ".join(names of each object of x's prop)), prop T_LABEL meaning
 * x's own names. */
static relkg_status joined_names(matcher *m, relkg_sid x, int prop, char **out)
{
	relkg_buf *b = &m->scratch;
	b->len = 0;
	relkg_status st = relkg_buf_append(b, "", 0);
	const relkg_sid *os = &x;
	size_t n_os = prop == T_LABEL ? 1 : objs(m, x, prop, &os);
	for (size_t i = 0; i < n_os && st == RELKG_OK; ++i) {
		for (int term = T_LABEL; term <= T_ALT && st == RELKG_OK; ++term) {
			const relkg_sid *v;
			size_t n = objs(m, os[i], term, &v);
			for (size_t j = 0; j < n && st == RELKG_OK; ++j) {
				const char *w = name_of(m, v[j])->norm;
				if (*w && b->len) {
					st = relkg_buf_putc(b, ' ');
				}
				if (*w && st == RELKG_OK) {
					st = relkg_buf_puts(b, w);
				}
			}
		}
	}
	*out = st == RELKG_OK ? relkg_strndup(b->data, b->len) : NULL;
	return *out ? RELKG_OK : RELKG_ERR_NOMEM;
}

/* ------------------------------------------------------------ gold rows */

static relkg_status prepare_gterm(matcher *m, const char *field, gterm *t)
{
	t->dash = strcmp(field, "-") == 0;
	size_t n = 1;
	for (const char *p = field; *p; ++p) {
		n += *p == ';';
	}
	t->alts = malloc(n * sizeof(relkg_sid));
	if (!t->alts) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = relkg_egraph_intern(m->g, field, strlen(field), &t->whole);
	if (st == RELKG_OK) {
		st = prepare_name(m, t->whole);
	}
	for (const char *p = field; st == RELKG_OK; ++p) {
		size_t k = strcspn(p, ";");
		st = relkg_egraph_intern(m->g, p, k, &t->alts[t->n_alts]);
		if (st == RELKG_OK) {
			st = prepare_name(m, t->alts[t->n_alts++]);
		}
		p += k;
		if (!*p) {
			break;
		}
	}
	return st;
}

static relkg_status add_keyword(prow *r, const char *text)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_name_norm(text, &b);
	if (st == RELKG_OK) {
		st = relkg_buf_append(&b, "", 0);
	}
	if (st == RELKG_OK) {
		r->kw[r->n_kw++] = relkg_buf_steal(&b);
	}
	relkg_buf_clear(&b);
	return st;
}

/* Treaty: the non-empty norm(k) for k in f[0].split(";"); survey: norm(f[0]). */
static relkg_status prepare_keywords(prow *r, relkg_kind kind)
{
	const char *f = r->row->fields[0];
	size_t n = 1;
	for (const char *p = f; *p; ++p) {
		n += *p == ';';
	}
	r->kw = calloc(n, sizeof(char *));
	if (!r->kw) {
		return RELKG_ERR_NOMEM;
	}
	if (kind == RELKG_KIND_SURVEY) {
		return add_keyword(r, f);
	}
	relkg_status st = RELKG_OK;
	for (const char *p = f; st == RELKG_OK; ++p) {
		size_t k = strcspn(p, ";");
		char *piece = relkg_strndup(p, k);
		st = piece ? add_keyword(r, piece) : RELKG_ERR_NOMEM;
		free(piece);
		if (st == RELKG_OK && !r->kw[r->n_kw - 1][0]) {
			free(r->kw[--r->n_kw]); /* `norm(k) and ...` */
		}
		p += k;
		if (!*p) {
			break;
		}
	}
	return st;
}

/* The class of f[0] for events (an event type) and missions. */
static relkg_status prepare_type(matcher *m, prow *r)
{
	const char *t = r->row->fields[0];
	int ok = 0;
	if (r->row->kind == RELKG_KIND_EVENT) {
		for (size_t i = 0; i < RELKG_N_EVENT_TYPES && !ok; ++i) {
			ok = strcmp(relkg_event_types[i], t) == 0;
		}
	} else {
		ok = strcmp(t, "Embassy") == 0 || strcmp(t, "Consulate") == 0;
	}
	r->type = RELKG_SID_NONE;
	if (!ok) {
		return RELKG_OK;
	}
	relkg_buf *b = &m->scratch;
	b->len = 0;
	relkg_status st = relkg_buf_printf(b, "%s%s", RKG, t);
	return st == RELKG_OK ? relkg_egraph_intern(m->g, b->data, b->len, &r->type) : st;
}

static relkg_status prepare_row(matcher *m, const relkg_gold_row *row, prow *r)
{
	memset(r, 0, sizeof(*r));
	r->row = row;
	relkg_status st = RELKG_OK;
	int n = relkg_kind_fields[row->kind];
	for (int i = 0; i < n && i < MAX_FIELDS && st == RELKG_OK; ++i) {
		st = prepare_gterm(m, row->fields[i], &r->f[i]);
	}
	if (st == RELKG_OK && (row->kind == RELKG_KIND_TREATY || row->kind == RELKG_KIND_SURVEY)) {
		st = prepare_keywords(r, row->kind);
	}
	if (st == RELKG_OK && (row->kind == RELKG_KIND_EVENT || row->kind == RELKG_KIND_MISSION)) {
		st = prepare_type(m, r);
	}
	if (row->kind == RELKG_KIND_SURVEY) {
		r->pct_ok = relkg_py_float(row->fields[5], &r->pct);
	}
	return st;
}

static void clear_row(prow *r)
{
	for (int i = 0; i < MAX_FIELDS; ++i) {
		free(r->f[i].alts);
	}
	for (size_t i = 0; i < r->n_kw; ++i) {
		free(r->kw[i]);
	}
	free(r->kw);
}

/* ------------------------------------------------------------ matching */

typedef struct {
	const prow *rows;
	size_t n_rows, n_cands;
	size_t **edges;   /* per row: matching candidates, in candidate order */
	size_t *n_edges;
	size_t *owner;    /* per candidate: its row, or SIZE_MAX */
	unsigned char *seen;
} bipartite;

/* Kuhn's augmenting path from row i.  In the optional pass a candidate
 * held by a required row is never taken from it. */
static int augment(bipartite *b, size_t i, int optional_pass)
{
	for (size_t e = 0; e < b->n_edges[i]; ++e) {
		size_t j = b->edges[i][e];
		if (b->seen[j]) {
			continue;
		}
		b->seen[j] = 1;
		size_t holder = b->owner[j];
		if (holder == SIZE_MAX) {
			b->owner[j] = i;
			return 1;
		}
		if (optional_pass && !b->rows[holder].row->optional) {
			continue;
		}
		if (augment(b, holder, optional_pass)) {
			b->owner[j] = i;
			return 1;
		}
	}
	return 0;
}

static void match_all(bipartite *b)
{
	for (int optional = 0; optional <= 1; ++optional) {
		for (size_t i = 0; i < b->n_rows; ++i) {
			if (b->rows[i].row->optional == optional) {
				memset(b->seen, 0, b->n_cands);
				augment(b, i, optional);
			}
		}
	}
}

/* ------------------------------------------------------------ report */

static relkg_status add_line(relkg_eval_report *r, relkg_buf *line)
{
	char **v = realloc(r->explain, (r->n_explain + 1) * sizeof(char *));
	if (!v) {
		return RELKG_ERR_NOMEM;
	}
	r->explain = v;
	char *s = relkg_strndup(line->data ? line->data : "", line->len);
	if (!s) {
		return RELKG_ERR_NOMEM;
	}
	r->explain[r->n_explain++] = s;
	return RELKG_OK;
}

static relkg_status explain_miss(relkg_eval_report *r, relkg_kind kind, const relkg_gold_row *row)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_buf_printf(&b, "  miss  %-9s line %zu: ", relkg_kind_names[kind],
					   row->line);
	for (size_t i = 0; i < row->n_fields && st == RELKG_OK; ++i) {
		st = relkg_buf_printf(&b, "%s%s", i ? " | " : "", row->fields[i]);
	}
	if (st == RELKG_OK) {
		st = add_line(r, &b);
	}
	relkg_buf_clear(&b);
	return st;
}

/* g.label(x): the first rdfs:label, else x itself. */
static const char *label(const matcher *m, relkg_sid x)
{
	relkg_sid l = obj(m, x, T_LABEL);
	return str(m, l == RELKG_SID_NONE ? x : l);
}

static relkg_status explain_extra(const matcher *m, relkg_eval_report *r, relkg_kind kind, cand x)
{
	relkg_buf b;
	relkg_buf_init(&b);
	relkg_status st = relkg_buf_printf(&b, "  extra %-9s %s", relkg_kind_names[kind],
					   label(m, x.a));
	if (st == RELKG_OK && x.b != RELKG_SID_NONE) {
		st = relkg_buf_printf(&b, " / %s", label(m, x.b));
	}
	if (st == RELKG_OK) {
		st = add_line(r, &b);
	}
	relkg_buf_clear(&b);
	return st;
}

static void set_ratios(relkg_eval_counts *c)
{
	double tp = (double)c->tp;
	c->precision = c->tp + c->fp ? tp / (double)(c->tp + c->fp) : 0.0;
	c->recall = c->tp + c->fn ? tp / (double)(c->tp + c->fn) : 0.0;
	double p = c->precision, r = c->recall;
	c->f1 = p + r != 0.0 ? 2 * p * r / (p + r) : 0.0;
}

/* tp/fn over required rows, fp over unused candidates; explain lines. */
static relkg_status tally(const matcher *m, relkg_kind kind, const bipartite *b, const cands *c,
			  int explain, relkg_eval_report *out)
{
	relkg_eval_counts *k = &out->kind[kind];
	relkg_status st = RELKG_OK;
	size_t *matched = malloc((b->n_rows ? b->n_rows : 1) * sizeof(size_t));
	if (!matched) {
		return RELKG_ERR_NOMEM;
	}
	for (size_t i = 0; i < b->n_rows; ++i) {
		matched[i] = SIZE_MAX;
	}
	size_t used = 0;
	for (size_t j = 0; j < c->n; ++j) {
		if (b->owner[j] != SIZE_MAX) {
			matched[b->owner[j]] = j;
			++used;
		}
	}
	for (size_t i = 0; i < b->n_rows && st == RELKG_OK; ++i) {
		const prow *r = &b->rows[i];
		if (r->row->optional) {
			continue;
		}
		if (matched[i] == SIZE_MAX) {
			++k->fn;
			st = explain ? explain_miss(out, kind, r->row) : RELKG_OK;
			continue;
		}
		++k->tp;
		if (kind == RELKG_KIND_EVENT) {
			++out->args_n;
			out->args_hit += (size_t)target_ok(m, r, c->v[matched[i]]);
		}
	}
	k->fp = c->n - used;
	for (size_t j = 0; explain && j < c->n && st == RELKG_OK; ++j) {
		if (b->owner[j] == SIZE_MAX) {
			st = explain_extra(m, out, kind, c->v[j]);
		}
	}
	free(matched);
	set_ratios(k);
	return st;
}

/* ------------------------------------------------------------ one kind */

/* The kind's rows (prepared), candidates and, for treaties and surveys,
 * each candidate's label or organization text. */
typedef struct {
	prow *rows;
	size_t n_rows;
	cands c;
	char **texts;
} kind_input;

static void clear_input(kind_input *in)
{
	for (size_t i = 0; i < in->n_rows; ++i) {
		clear_row(&in->rows[i]);
	}
	free(in->rows);
	for (size_t j = 0; in->texts && j < in->c.n; ++j) {
		free(in->texts[j]);
	}
	free(in->texts);
	free(in->c.v);
}

static relkg_status gather(matcher *m, const relkg_gold *gold, relkg_kind kind, kind_input *in)
{
	memset(in, 0, sizeof(*in));
	in->rows = calloc(gold->n_rows ? gold->n_rows : 1, sizeof(prow));
	if (!in->rows) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st = RELKG_OK;
	for (size_t i = 0; i < gold->n_rows && st == RELKG_OK; ++i) {
		if (gold->rows[i].kind == kind) {
			st = prepare_row(m, &gold->rows[i], &in->rows[in->n_rows++]);
		}
	}
	if (st == RELKG_OK) {
		st = extracted(m, kind, &in->c);
	}
	if (st != RELKG_OK || (kind != RELKG_KIND_TREATY && kind != RELKG_KIND_SURVEY)) {
		return st;
	}
	in->texts = calloc(in->c.n ? in->c.n : 1, sizeof(char *));
	st = in->texts ? RELKG_OK : RELKG_ERR_NOMEM;
	for (size_t j = 0; j < in->c.n && st == RELKG_OK; ++j) {
		int prop = kind == RELKG_KIND_TREATY ? T_LABEL : T_CONDUCTED_BY;
		st = joined_names(m, in->c.v[j].a, prop, &in->texts[j]);
	}
	return st;
}

static relkg_status build_edges(const matcher *m, relkg_kind kind, const kind_input *in,
				bipartite *b)
{
	for (size_t i = 0; i < in->n_rows; ++i) {
		b->edges[i] = malloc((in->c.n ? in->c.n : 1) * sizeof(size_t));
		if (!b->edges[i]) {
			return RELKG_ERR_NOMEM;
		}
		for (size_t j = 0; j < in->c.n; ++j) {
			if (matches(m, kind, &in->rows[i], in->c.v[j], in->texts ? in->texts[j] : NULL)) {
				b->edges[i][b->n_edges[i]++] = j;
			}
		}
	}
	return RELKG_OK;
}

static relkg_status score_kind(matcher *m, const relkg_gold *gold, relkg_kind kind, int explain,
			       relkg_eval_report *out)
{
	kind_input in;
	relkg_status st = gather(m, gold, kind, &in);
	size_t nr = in.n_rows ? in.n_rows : 1, nc = in.c.n ? in.c.n : 1;
	bipartite b = {in.rows, in.n_rows, in.c.n, calloc(nr, sizeof(size_t *)),
		       calloc(nr, sizeof(size_t)), malloc(nc * sizeof(size_t)), calloc(nc, 1)};
	if (st == RELKG_OK && (!b.edges || !b.n_edges || !b.owner || !b.seen)) {
		st = RELKG_ERR_NOMEM;
	}
	if (st == RELKG_OK) {
		st = build_edges(m, kind, &in, &b);
	}
	if (st == RELKG_OK) {
		for (size_t j = 0; j < in.c.n; ++j) {
			b.owner[j] = SIZE_MAX;
		}
		match_all(&b);
		st = tally(m, kind, &b, &in.c, explain, out);
	}
	for (size_t i = 0; b.edges && i < in.n_rows; ++i) {
		free(b.edges[i]);
	}
	free(b.edges);
	free(b.n_edges);
	free(b.owner);
	free(b.seen);
	clear_input(&in);
	return st;
}

/* ------------------------------------------------------------ entry */

static relkg_status matcher_init(matcher *m, relkg_egraph *g)
{
	memset(m, 0, sizeof(*m));
	m->g = g;
	relkg_status st = RELKG_OK;
	for (int i = 0; i < N_TERMS && st == RELKG_OK; ++i) {
		st = relkg_egraph_intern(g, term_iris[i], strlen(term_iris[i]), &m->t[i]);
	}
	for (size_t i = 0; i < RELKG_N_EVENT_TYPES && st == RELKG_OK; ++i) {
		relkg_buf_clear(&m->scratch);
		st = relkg_buf_printf(&m->scratch, "%s%s", RKG, relkg_event_types[i]);
		if (st == RELKG_OK) {
			st = relkg_egraph_intern(g, m->scratch.data, m->scratch.len, &m->events[i]);
		}
	}
	return st == RELKG_OK ? prepare_graph_names(m) : st;
}

static void matcher_clear(matcher *m)
{
	for (size_t i = 0; i < m->n_names; ++i) {
		if (m->prepared[i]) {
			relkg_name_clear(&m->names[i]);
		}
	}
	free(m->names);
	free(m->prepared);
	relkg_buf_clear(&m->scratch);
}

relkg_status relkg_eval_score(const relkg_gold *gold, relkg_egraph *g, int explain,
			      relkg_eval_report *out)
{
	memset(out, 0, sizeof(*out));
	matcher m;
	relkg_status st = matcher_init(&m, g);
	for (int k = 0; k < RELKG_N_KINDS && st == RELKG_OK; ++k) {
		st = score_kind(&m, gold, (relkg_kind)k, explain, out);
		out->all.tp += out->kind[k].tp;
		out->all.fp += out->kind[k].fp;
		out->all.fn += out->kind[k].fn;
	}
	matcher_clear(&m);
	if (st == RELKG_OK) {
		set_ratios(&out->all);
		st = relkg_eval_provenance(g, out);
	}
	if (st != RELKG_OK) {
		relkg_eval_report_clear(out);
	}
	return st;
}

void relkg_eval_report_clear(relkg_eval_report *r)
{
	for (size_t i = 0; i < r->n_explain; ++i) {
		free(r->explain[i]);
	}
	free(r->explain);
	memset(r, 0, sizeof(*r));
}
