#include "eval_prov.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval_match.h"

#define RKG "https://w3id.org/relkg/ontology#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define PROV_FROM "http://www.w3.org/ns/prov#wasDerivedFrom"

const char *const relkg_event_types[RELKG_N_EVENT_TYPES] = {
	"Visit", "Meeting", "Talks", "Agreement", "Recognition", "Support", "Cooperation", "Aid",
	"Statement", "Criticism", "Apology", "Postponement", "Sanction", "Seizure", "Attack",
	"MilitaryPosture", "Annexation", "Succession", "Election", "Policy",
};

/* Classes whose members are facts that should cite a sentence. */
static const char *const fact_classes[] = {
	"OfficeTerm", "Treaty", "Dispute", "Survey", "Embassy", "Consulate", "DiplomaticMission",
};

static size_t count_code_points(const char *s)
{
	size_t n = 0;
	for (; *s; ++s) {
		n += ((unsigned char)*s & 0xc0) != 0x80;
	}
	return n;
}

/* Byte offset of code point i (i <= number of code points). */
static size_t byte_of(const char *s, size_t i)
{
	size_t off = 0;
	for (; s[off] && i; --i) {
		++off;
		while (((unsigned char)s[off] & 0xc0) == 0x80) {
			++off;
		}
	}
	return off;
}

static long long clamp_index(long long i, long long n)
{
	if (i < 0) {
		i += n;
		return i < 0 ? 0 : i;
	}
	return i > n ? n : i;
}

void relkg_py_slice(const char *text, long long b, long long e, size_t *off, size_t *len)
{
	long long n = (long long)count_code_points(text);
	b = clamp_index(b, n);
	e = clamp_index(e, n);
	*off = byte_of(text, (size_t)b);
	*len = e > b ? byte_of(text + *off, (size_t)(e - b)) : 0;
}

static const char *obj_str(const relkg_egraph *g, relkg_sid s, const char *p)
{
	relkg_sid ps = relkg_egraph_find(g, p);
	relkg_sid o = s == RELKG_SID_NONE || ps == RELKG_SID_NONE ? RELKG_SID_NONE
								    : relkg_egraph_obj(g, s, ps);
	return o == RELKG_SID_NONE ? NULL : relkg_egraph_str(g, o);
}

static int offsets_hold(const relkg_egraph *g, relkg_sid s)
{
	const char *anchor = obj_str(g, s, NIF "anchorOf");
	const char *b = obj_str(g, s, NIF "beginIndex");
	const char *e = obj_str(g, s, NIF "endIndex");
	const char *ctx = obj_str(g, s, NIF "referenceContext");
	const char *text = ctx && *ctx ? obj_str(g, relkg_egraph_find(g, ctx), NIF "isString")
				       : NULL;
	long long bi, ei;
	if (!text || !anchor || !b || !e || !relkg_py_int(b, &bi) || !relkg_py_int(e, &ei)) {
		return 0;
	}
	size_t off, len;
	relkg_py_slice(text, bi, ei, &off, &len);
	return strlen(anchor) == len && memcmp(text + off, anchor, len) == 0;
}

static int cmp_sid(const void *a, const void *b)
{
	relkg_sid x = *(const relkg_sid *)a, y = *(const relkg_sid *)b;
	return x < y ? -1 : x > y;
}

static size_t dedup(relkg_sid *v, size_t n)
{
	if (n) {
		qsort(v, n, sizeof(relkg_sid), cmp_sid);
	}
	size_t k = 0;
	for (size_t i = 0; i < n; ++i) {
		if (k == 0 || v[k - 1] != v[i]) {
			v[k++] = v[i];
		}
	}
	return k;
}

/* Appends the members of class (an rkg: local name or absolute IRI). */
static size_t add_typed(const relkg_egraph *g, const char *ns, const char *local, relkg_sid *v,
			size_t n)
{
	char iri[256];
	snprintf(iri, sizeof(iri), "%s%s", ns, local);
	relkg_sid cls = relkg_egraph_find(g, iri);
	const relkg_sid *m;
	size_t k = cls == RELKG_SID_NONE ? 0 : relkg_egraph_typed(g, cls, &m);
	for (size_t i = 0; i < k; ++i) {
		v[n++] = m[i];
	}
	return n;
}

static void count_sentences(const relkg_egraph *g, relkg_sid *v, relkg_eval_report *r)
{
	const relkg_etriple *t;
	size_t nt = relkg_egraph_triples(g, &t);
	relkg_sid from = relkg_egraph_find(g, PROV_FROM);
	size_t n = 0;
	for (size_t i = 0; i < nt; ++i) {
		if (from != RELKG_SID_NONE && t[i].p == from) {
			v[n++] = t[i].o;
		}
	}
	n = dedup(v, add_typed(g, NIF, "Sentence", v, n));
	r->sentences = n;
	for (size_t i = 0; i < n; ++i) {
		r->offsets_hold += (size_t)offsets_hold(g, v[i]);
	}
}

static void count_facts(const relkg_egraph *g, relkg_sid *v, relkg_eval_report *r)
{
	size_t n = 0;
	for (size_t i = 0; i < RELKG_N_EVENT_TYPES; ++i) {
		n = add_typed(g, RKG, relkg_event_types[i], v, n);
	}
	for (size_t i = 0; i < sizeof(fact_classes) / sizeof(fact_classes[0]); ++i) {
		n = add_typed(g, RKG, fact_classes[i], v, n);
	}
	n = dedup(v, n);
	relkg_sid from = relkg_egraph_find(g, PROV_FROM);
	r->facts = n;
	for (size_t i = 0; i < n; ++i) {
		const relkg_sid *o;
		r->with_source += from != RELKG_SID_NONE && relkg_egraph_objs(g, v[i], from, &o) > 0;
	}
}

relkg_status relkg_eval_provenance(const relkg_egraph *g, relkg_eval_report *r)
{
	const relkg_etriple *t;
	size_t nt = relkg_egraph_triples(g, &t);
	/* every list below holds at most one entry per triple */
	relkg_sid *v = malloc((nt ? nt : 1) * 2 * sizeof(relkg_sid));
	if (!v) {
		return RELKG_ERR_NOMEM;
	}
	count_sentences(g, v, r);
	count_facts(g, v, r);
	free(v);
	return RELKG_OK;
}
