/* relkg_graph_text_clean_n gives the statement relkg_graph_text_n gives
 * for a text that needs no repair: clean texts (ASCII, multi-byte
 * characters, TAB/LF/CR, empty, pieces of a clean text cut between code
 * points), each flushed from one graph as text_n and from another as
 * text_clean_n, with and without a language, the same N-Triples-like rows
 * in the same order. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "graph.h"
#include "harness.h"
#include "rdfterm.h"

typedef struct {
	relkg_buf out;
} rows;

static relkg_status r_statement(void *h, const relkg_term *s, const relkg_term *p,
				const relkg_term *o)
{
	rows *r = h;
	return relkg_buf_printf(&r->out, "%s %s %d %s %s %s\n", s->value, p->value, (int)o->kind,
				o->value, o->datatype ? o->datatype : "-", o->lang ? o->lang : "-");
}

static const char *const texts[] = {
	"plain ASCII text.",
	"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 end",
	"tab\there\nline\r\nend",
	"",
	"\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xA8\xE3\x83\xAD\xE3\x82\xB7\xE3\x82\xA2",
};

/* Every piece of t cut between code points, and t itself, given to g:
 * by text_n (clean 0) or text_clean_n (clean 1). */
static int add_all(relkg_graph *g, const char *t, int clean, int k)
{
	size_t n = strlen(t);
	int bad = 0;
	char subject[64];
	snprintf(subject, sizeof(subject), "https://w3id.org/relkg/id/thing/t%d", k);
	relkg_graph_node s;
	if (relkg_graph_node_of(g, subject, &s) != RELKG_OK) {
		return 1;
	}
	for (size_t b = 0; b <= n; ++b) {
		if (((unsigned char)t[b] & 0xC0) == 0x80) {
			continue;
		}
		for (size_t e = b; e <= n; ++e) {
			if (e < n && ((unsigned char)t[e] & 0xC0) == 0x80) {
				continue;
			}
			bad += !relkg_rdfterm_literal_clean(t + b, e - b);
			const char *lang = (b + e) % 2 ? "en" : NULL;
			relkg_status st =
				clean ? relkg_graph_text_clean_n(g, s, "rdfs:label", t + b, e - b, lang)
				      : relkg_graph_text_n(g, s, "rdfs:label", t + b, e - b, lang);
			bad += st != RELKG_OK;
		}
	}
	return bad;
}

int main(void)
{
	rows a, b;
	relkg_buf_init(&a.out);
	relkg_buf_init(&b.out);
	relkg_graph *ga = relkg_graph_new(), *gb = relkg_graph_new();
	int bad = 0;
	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); ++i) {
		bad += add_all(ga, texts[i], 0, (int)i);
		bad += add_all(gb, texts[i], 1, (int)i);
	}
	EQ_INT(bad, 0);
	relkg_sink sa = {&a, NULL, r_statement, NULL, NULL}, sb = {&b, NULL, r_statement, NULL, NULL};
	EQ_INT(relkg_graph_flush(ga, &sa, NULL), RELKG_OK);
	EQ_INT(relkg_graph_flush(gb, &sb, NULL), RELKG_OK);
	OK(a.out.len > 1000, "rows written (%zu bytes)", a.out.len);
	OK(a.out.len == b.out.len && memcmp(a.out.data, b.out.data, a.out.len) == 0,
	   "the same rows from text_n and text_clean_n");
	relkg_graph_free(ga);
	relkg_graph_free(gb);
	relkg_buf_clear(&a.out);
	relkg_buf_clear(&b.out);
	return DONE();
}
