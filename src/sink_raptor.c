#include "sink_raptor.h"

#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vocab.h"

#define CACHE_SIZE 64

typedef struct {
	raptor_world *world;
	raptor_serializer *ser;
	FILE *out;           /* NULL when writing to a buffer */
	raptor_iostream *io; /* ours to free (buffer sinks) */
	relkg_buf *buf;      /* the buffer written, NUL-terminated at each end */
	int quads;
	int started;
	raptor_term *graph;
	int error;
	/* IRI terms seen lately, reused (raptor terms are reference counted):
	 * statements come sorted by subject and share few predicates and
	 * classes, and building a raptor IRI term means interning its URI. */
	struct {
		char *iri;
		raptor_term *term;
	} cache[CACHE_SIZE];
} rsink;

static void log_handler(void *data, raptor_log_message *msg)
{
	rsink *r = data;
	if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
		r->error = 1;
		fprintf(stderr, "relkg: raptor: %s\n", msg->text);
	}
}

static void cache_clear(rsink *r)
{
	for (size_t i = 0; i < CACHE_SIZE; ++i) {
		if (r->cache[i].term) {
			raptor_free_term(r->cache[i].term);
			free(r->cache[i].iri);
			r->cache[i].term = NULL;
			r->cache[i].iri = NULL;
		}
	}
}

/* An IRI term, from the cache when it was seen lately (slot slot, or by a
 * hash of the IRI when slot is negative). */
static raptor_term *iri_term(rsink *r, const char *iri, int slot)
{
	size_t n = strlen(iri);
	if (slot < 0) {
		unsigned h = (unsigned)n;
		for (size_t i = n > 12 ? n - 12 : 0; i < n; ++i) {
			h = h * 31 + (unsigned char)iri[i];
		}
		slot = 1 + (int)(h % (CACHE_SIZE - 1)); /* slot 0: the subject */
	}
	if (r->cache[slot].term && strcmp(r->cache[slot].iri, iri) == 0) {
		return raptor_term_copy(r->cache[slot].term);
	}
	raptor_term *t = raptor_new_term_from_counted_uri_string(r->world,
		(const unsigned char *)iri, n);
	char *key = malloc(n + 1);
	if (!t || !key) {
		free(key);
		return t;
	}
	memcpy(key, iri, n + 1);
	if (r->cache[slot].term) {
		raptor_free_term(r->cache[slot].term);
		free(r->cache[slot].iri);
	}
	r->cache[slot].iri = key;
	r->cache[slot].term = raptor_term_copy(t);
	return t;
}

static raptor_term *make_term(rsink *r, const relkg_term *t, int slot)
{
	switch (t->kind) {
	case RELKG_TERM_IRI:
		return iri_term(r, t->value, slot);
	case RELKG_TERM_BLANK:
		return raptor_new_term_from_blank(r->world, (const unsigned char *)t->value);
	case RELKG_TERM_LITERAL: {
		raptor_uri *dt = NULL;
		if (t->datatype) {
			dt = raptor_new_uri(r->world, (const unsigned char *)t->datatype);
		}
		raptor_term *term = raptor_new_term_from_counted_literal(
			r->world, (const unsigned char *)t->value, strlen(t->value), dt,
			(const unsigned char *)t->lang, t->lang ? (unsigned char)strlen(t->lang) : 0);
		if (dt) {
			raptor_free_uri(dt);
		}
		return term;
	}
	}
	return NULL;
}

static relkg_status r_begin(void *h, const char *graph)
{
	rsink *r = h;
	if (r->graph) {
		raptor_free_term(r->graph);
		r->graph = NULL;
	}
	if (r->quads && graph) {
		r->graph = raptor_new_term_from_uri_string(r->world, (const unsigned char *)graph);
		if (!r->graph) {
			return RELKG_ERR_NOMEM;
		}
	}
	return RELKG_OK;
}

static relkg_status r_statement(void *h, const relkg_term *s, const relkg_term *p,
				const relkg_term *o)
{
	rsink *r = h;
	raptor_statement st;
	raptor_statement_init(&st, r->world);
	st.subject = make_term(r, s, 0);
	st.predicate = make_term(r, p, -1);
	st.object = make_term(r, o, -1);
	st.graph = r->graph ? raptor_term_copy(r->graph) : NULL;
	relkg_status rc = RELKG_OK;
	if (!st.subject || !st.predicate || !st.object) {
		rc = RELKG_ERR_NOMEM;
	} else if (raptor_serializer_serialize_statement(r->ser, &st) || r->error) {
		rc = RELKG_ERR_RDF;
	}
	raptor_statement_clear(&st);
	return rc;
}

static void terminate(rsink *r)
{
	if (r->buf && r->buf->data) {
		r->buf->data[r->buf->len] = '\0';
	}
}

static relkg_status r_end(void *h)
{
	rsink *r = h;
	raptor_serializer_flush(r->ser);
	if (!r->out) {
		terminate(r);
		return r->error ? RELKG_ERR_NOMEM : RELKG_OK;
	}
	if (fflush(r->out) != 0 || ferror(r->out)) {
		return RELKG_ERR_IO;
	}
	return RELKG_OK;
}

static void r_free(void *h)
{
	rsink *r = h;
	if (!r) {
		return;
	}
	if (r->graph) {
		raptor_free_term(r->graph);
	}
	cache_clear(r);
	if (r->ser) {
		raptor_free_serializer(r->ser);
	}
	if (r->io) {
		raptor_free_iostream(r->io);
	}
	raptor_free_world(r->world);
	free(r);
}

/* A world and a serializer with the prefixes declared; not started. */
static relkg_status make(rsink **out, const relkg_format *fmt, const char *base, raptor_uri **b)
{
	rsink *r = calloc(1, sizeof(*r));
	if (!r) {
		return RELKG_ERR_NOMEM;
	}
	r->quads = fmt->quads;
	r->world = raptor_new_world();
	if (!r->world || raptor_world_open(r->world)) {
		r_free(r);
		return RELKG_ERR_RDF;
	}
	raptor_world_set_log_handler(r->world, r, log_handler);
	r->ser = raptor_new_serializer(r->world, fmt->raptor);
	if (!r->ser) {
		r_free(r);
		return RELKG_ERR_RDF;
	}
	for (const relkg_prefix *p = relkg_prefixes; p->prefix; ++p) {
		raptor_uri *u = raptor_new_uri(r->world, (const unsigned char *)p->iri);
		if (u) {
			raptor_serializer_set_namespace(r->ser, u, (const unsigned char *)p->prefix);
			raptor_free_uri(u);
		}
	}
	*b = NULL;
	if (base) {
		*b = raptor_new_uri(r->world, (const unsigned char *)base);
		raptor_serializer_set_namespace(r->ser, *b, (const unsigned char *)"id");
	}
	*out = r;
	return RELKG_OK;
}

static void fill(relkg_sink *sink, rsink *r)
{
	r->started = 1;
	sink->handle = r;
	sink->begin = r_begin;
	sink->statement = r_statement;
	sink->end = r_end;
	sink->free = r_free;
}

relkg_status relkg_sink_raptor_new(relkg_sink *sink, const relkg_format *fmt, FILE *out,
				   const char *base)
{
	rsink *r;
	raptor_uri *b;
	relkg_status st = make(&r, fmt, base, &b);
	if (st != RELKG_OK) {
		return st;
	}
	r->out = out;
	/* Our own iostream: raptor frees the one start_to_file_handle makes
	 * only in serialize_end, so every error exit leaked it. */
	r->io = raptor_new_iostream_to_file_handle(r->world, out);
	int bad = !r->io || raptor_serializer_start_to_iostream(r->ser, NULL, r->io);
	if (b) {
		raptor_free_uri(b);
	}
	if (bad) {
		r_free(r);
		return RELKG_ERR_RDF;
	}
	fill(sink, r);
	return RELKG_OK;
}

/* raptor writes N-Triples byte by byte: straight into the buffer, without
 * stdio (a FILE* costs a locked fputc per byte).  The terminating NUL is
 * written at the end of each article (terminate), not after every byte;
 * len + 1 < cap keeps room for it.  Called for most bytes of the output,
 * it starts a cache line: placed where the link left it, its 28 hot bytes
 * crossed a line in some builds and writing cost 5% more (the benchmark's
 * floor and relkg alike, build by build). */
__attribute__((aligned(64))) static int buf_byte(void *ctx, const int byte)
{
	relkg_buf *b = ctx;
	if (b->len + 1 < b->cap) {
		b->data[b->len++] = (char)byte;
		return 0;
	}
	return relkg_buf_putc(b, (char)byte) != RELKG_OK;
}


static int buf_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb)
{
	return relkg_buf_append(ctx, ptr, size * nmemb) == RELKG_OK ? (int)nmemb : -1;
}

relkg_status relkg_sink_raptor_new_buf(relkg_sink *sink, const relkg_format *fmt,
				       relkg_buf *out, const char *base)
{
	static const raptor_iostream_handler handler = {2, NULL, NULL, buf_byte, buf_bytes,
							NULL, NULL, NULL};
	rsink *r;
	raptor_uri *b;
	relkg_status st = make(&r, fmt, base, &b);
	if (st != RELKG_OK) {
		return st;
	}
	r->buf = out;
	r->io = raptor_new_iostream_from_handler(r->world, out, &handler);
	int bad = !r->io || raptor_serializer_start_to_iostream(r->ser, NULL, r->io);
	if (b) {
		raptor_free_uri(b);
	}
	if (bad) {
		r_free(r);
		return RELKG_ERR_RDF;
	}
	fill(sink, r);
	return RELKG_OK;
}

relkg_status relkg_sink_raptor_finish(relkg_sink *sink)
{
	rsink *r = sink->handle;
	if (r->started) {
		raptor_serializer_serialize_end(r->ser);
		r->started = 0;
	}
	terminate(r);
	if (r->error) {
		return RELKG_ERR_RDF;
	}
	if (r->out && (fflush(r->out) != 0 || ferror(r->out))) {
		return RELKG_ERR_IO;
	}
	return RELKG_OK;
}
