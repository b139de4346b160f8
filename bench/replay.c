/* The benchmark's floor: replays N-Quads that relkg wrote through exactly
 * the writing path relkg uses (relkg_term -> sink_raptor -> raptor's nquads
 * serializer -> memory buffer -> the output file), graph by graph, without
 * any extraction.  Parsing is not timed: each graph's statements are read
 * first, then written under the clock.
 *
 * Each graph's output is also compared, outside the clock, with the same
 * bytes of IN, so OUT can be /dev/null and the check needs no second copy
 * on disk (at 1 GB of articles the N-Quads are ~35 GB).
 *
 * usage: replay IN.nq OUT.nq
 * prints: "replay: N statements, G graphs, W s wall, C s cpu, identical"
 * (or "DIFFERENT at byte B") on stderr; exits 1 when the output differs */
#include <raptor2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "format.h"
#include "sink_raptor.h"

#define NONE SIZE_MAX

typedef struct {
	relkg_term_kind kind;
	size_t v, dt, lang; /* offsets into the arena */
} term;

typedef struct {
	relkg_buf arena;       /* strings of the current graph */
	term *t;               /* 3 per statement */
	size_t n, cap;         /* statements */
	size_t graph;          /* offset of the graph IRI, NONE before the first */
	relkg_sink sink;
	relkg_buf out;         /* what the sink writes */
	FILE *fh;
	FILE *check;           /* IN again, read alongside the output */
	relkg_buf expect;      /* the bytes of IN the last graph must equal */
	size_t checked;        /* bytes of IN compared so far */
	size_t differ;         /* offset of the first difference, or NONE */
	double wall, cpu;
	size_t statements, graphs;
	int error;
} replay;

static double clock_of(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t keep(replay *r, const unsigned char *s)
{
	size_t off = r->arena.len;
	if (relkg_buf_append(&r->arena, (const char *)s, strlen((const char *)s) + 1)) {
		r->error = 1;
	}
	return off;
}

static void store(replay *r, term *t, const raptor_term *rt)
{
	t->dt = t->lang = NONE;
	switch (rt->type) {
	case RAPTOR_TERM_TYPE_URI:
		t->kind = RELKG_TERM_IRI;
		t->v = keep(r, raptor_uri_as_string(rt->value.uri));
		break;
	case RAPTOR_TERM_TYPE_BLANK:
		t->kind = RELKG_TERM_BLANK;
		t->v = keep(r, rt->value.blank.string);
		break;
	default:
		t->kind = RELKG_TERM_LITERAL;
		t->v = keep(r, rt->value.literal.string);
		if (rt->value.literal.datatype) {
			t->dt = keep(r, raptor_uri_as_string(rt->value.literal.datatype));
		}
		if (rt->value.literal.language) {
			t->lang = keep(r, rt->value.literal.language);
		}
	}
}

static void resolve(const replay *r, relkg_term *out, const term *t)
{
	out->kind = t->kind;
	out->value = r->arena.data + t->v;
	out->datatype = t->dt == NONE ? NULL : r->arena.data + t->dt;
	out->lang = t->lang == NONE ? NULL : r->arena.data + t->lang;
}

/* Compares what the last graph wrote with the next bytes of IN (untimed). */
static void compare(replay *r)
{
	size_t n = r->out.len;
	r->expect.len = 0;
	if (r->differ != NONE || relkg_buf_reserve(&r->expect, n + 1) != RELKG_OK) {
		r->error = r->differ == NONE;
		return;
	}
	size_t got = fread(r->expect.data, 1, n, r->check);
	if (got == n && memcmp(r->expect.data, r->out.data, n) == 0) {
		r->checked += n;
		return;
	}
	for (size_t i = 0; i < n; ++i) {
		if (i >= got || r->expect.data[i] != r->out.data[i]) {
			r->differ = r->checked + i;
			return;
		}
	}
	r->checked += n;
}

/* The timed part: the collected graph through the sink into r->out, then
 * to the file.  Not inlined, so callgrind can count it alone
 * (--toggle-collect=write_graph). */
static __attribute__((noinline)) void write_graph(replay *r)
{
	double w0 = clock_of(CLOCK_MONOTONIC), c0 = clock_of(CLOCK_PROCESS_CPUTIME_ID);
	r->out.len = 0;
	relkg_status st = r->sink.begin(r->sink.handle, r->arena.data + r->graph);
	for (size_t i = 0; i < r->n && st == RELKG_OK; ++i) {
		relkg_term s, p, o;
		resolve(r, &s, &r->t[3 * i]);
		resolve(r, &p, &r->t[3 * i + 1]);
		resolve(r, &o, &r->t[3 * i + 2]);
		st = r->sink.statement(r->sink.handle, &s, &p, &o);
	}
	if (st == RELKG_OK) {
		st = r->sink.end(r->sink.handle);
	}
	if (st != RELKG_OK || fwrite(r->out.data, 1, r->out.len, r->fh) != r->out.len) {
		r->error = 1;
	}
	r->wall += clock_of(CLOCK_MONOTONIC) - w0;
	r->cpu += clock_of(CLOCK_PROCESS_CPUTIME_ID) - c0;
}

/* Writes the collected graph, checks it, then forgets it. */
static void flush(replay *r)
{
	if (r->graph == NONE) {
		return;
	}
	write_graph(r);
	compare(r);
	r->statements += r->n;
	++r->graphs;
	r->n = 0;
	r->arena.len = 0;
	r->graph = NONE;
}

static void on_statement(void *data, raptor_statement *st)
{
	replay *r = data;
	const unsigned char *g = st->graph ? raptor_uri_as_string(st->graph->value.uri)
					   : (const unsigned char *)"";
	if (r->graph == NONE || strcmp(r->arena.data + r->graph, (const char *)g) != 0) {
		flush(r);
		r->graph = keep(r, g);
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 1024;
		term *nt = realloc(r->t, 3 * r->cap * sizeof(*nt));
		if (!nt) {
			r->error = 1;
			return;
		}
		r->t = nt;
	}
	term *t = &r->t[3 * r->n++];
	store(r, &t[0], st->subject);
	store(r, &t[1], st->predicate);
	store(r, &t[2], st->object);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: replay IN.nq OUT.nq\n");
		return 2;
	}
	replay r;
	memset(&r, 0, sizeof(r));
	r.graph = NONE;
	r.differ = NONE;
	relkg_buf_init(&r.arena);
	relkg_buf_init(&r.expect);
	relkg_buf_init(&r.out);
	FILE *in = fopen(argv[1], "rb");
	r.fh = fopen(argv[2], "wb");
	r.check = fopen(argv[1], "rb");
	if (!in || !r.fh || !r.check) {
		fprintf(stderr, "replay: cannot open %s\n", in ? argv[2] : argv[1]);
		return 3;
	}
	if (relkg_sink_raptor_new_buf(&r.sink, relkg_format_by_name("nquads"), &r.out,
				      "https://w3id.org/relkg/id/") != RELKG_OK) {
		fprintf(stderr, "replay: cannot start the serializer\n");
		return 1;
	}
	raptor_world *w = raptor_new_world();
	raptor_parser *p = raptor_new_parser(w, "nquads");
	raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"file:///replay");
	raptor_parser_set_statement_handler(p, &r, on_statement);
	int bad = raptor_parser_parse_file_stream(p, in, argv[1], base);
	flush(&r);
	if (relkg_sink_raptor_finish(&r.sink) != RELKG_OK) {
		bad = 1;
	}
	r.sink.free(r.sink.handle);
	raptor_free_uri(base);
	raptor_free_parser(p);
	raptor_free_world(w);
	fclose(in);
	if (fclose(r.fh) != 0) {
		bad = 1;
	}
	if (r.differ == NONE && fgetc(r.check) != EOF) {
		r.differ = r.checked; /* IN goes on past what was written */
	}
	fclose(r.check);
	char same[64] = "identical";
	if (r.differ != NONE) {
		snprintf(same, sizeof(same), "DIFFERENT at byte %zu", r.differ);
		bad = 1;
	}
	fprintf(stderr, "replay: %zu statements, %zu graphs, %.3f s wall, %.3f s cpu, %s\n",
		r.statements, r.graphs, r.wall, r.cpu, same);
	free(r.t);
	relkg_buf_clear(&r.arena);
	relkg_buf_clear(&r.out);
	relkg_buf_clear(&r.expect);
	return bad || r.error;
}
