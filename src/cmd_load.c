/* relkg load: graph files into a Redland store, one named graph (context)
 * per article where the store keeps contexts.  A statement already in the
 * article's context is not added again, so loading twice changes nothing;
 * --replace empties the article's context first. */
#include <limits.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "rdfworld.h"
#include "relkg/relkg.h"
#include "store.h"
#include "vocab.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct {
	const char *store;
	int replace;
	int quiet;
	char **graphs;
	int n_graphs;
} load_opts;

static void usage(FILE *fh)
{
	fprintf(fh,
		"Usage: relkg load [--store SPEC] [--replace] GRAPH...\n"
		"Loads graph files (any syntax raptor reads) into a Redland store, one named\n"
		"graph per article: N-Quads/TriG graphs are kept; other statements go to the\n"
		"rkg:Article's IRI, or the file's IRI when the file has no article.  Loading\n"
		"again adds nothing twice.\n\n"
		"  --store SPEC   bdb:DIR (default " RELKG_STORE_DEFAULT "), sqlite:FILE,\n"
		"                 postgresql:host=H,port=P,dbname=D,user=U[,password=W],\n"
		"                 memory (for testing: gone at exit)\n"
		"  --replace      remove the article's named graph before loading it\n"
		"  -q, --quiet    no progress lines or warnings\n"
		"  -h, --help     show this help\n\n"
		"Exit status: 0 ok, 1 a graph does not parse or names several articles,\n"
		"2 usage, 3 cannot read a file or open the store.\n");
}

static int parse_args(int argc, char **argv, load_opts *o)
{
	static const struct option longs[] = {
		{"help", no_argument, NULL, 'h'},
		{"quiet", no_argument, NULL, 'q'},
		{"replace", no_argument, NULL, 'r'},
		{"store", required_argument, NULL, 's'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "hq", longs, NULL)) != -1) {
		switch (c) {
		case 'h': usage(stdout); return RELKG_EXIT_OK;
		case 'q': o->quiet = 1; break;
		case 'r': o->replace = 1; break;
		case 's': o->store = optarg; break;
		default: return relkg_usage_error("load", NULL);
		}
	}
	o->graphs = argv + optind;
	o->n_graphs = argc - optind;
	if (o->n_graphs == 0) {
		return relkg_usage_error("load", "no graph files given");
	}
	return -1;
}

/* The graph's rkg:Article, or NULL with *count its number of articles. */
static librdf_node *find_article(librdf_world *w, librdf_model *m, int *count)
{
	librdf_node *type = librdf_new_node_from_uri_string(w, (const unsigned char *)RDF_TYPE);
	librdf_node *cls = librdf_new_node_from_uri_string(w,
		(const unsigned char *)RELKG_NS_RKG "Article");
	librdf_iterator *it = librdf_model_get_sources(m, type, cls);
	librdf_node *found = NULL;
	*count = 0;
	for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *n = librdf_iterator_get_object(it);
		if (librdf_node_is_resource(n) && ++*count == 1) {
			found = librdf_new_node_from_node(n);
		}
	}
	if (it) {
		librdf_free_iterator(it);
	}
	librdf_free_node(type);
	librdf_free_node(cls);
	if (*count != 1 && found) {
		librdf_free_node(found);
		found = NULL;
	}
	return found;
}

static librdf_node *file_node(librdf_world *w, const char *path)
{
	char abs[PATH_MAX];
	const char *p = strcmp(path, "-") == 0 ? "/dev/stdin" : realpath(path, abs) ? abs : path;
	librdf_uri *u = librdf_new_uri_from_filename(w, p);
	librdf_node *n = u ? librdf_new_node_from_uri(w, u) : NULL;
	if (u) {
		librdf_free_uri(u);
	}
	return n;
}

static int in_context(librdf_model *m, librdf_statement *st, librdf_node *ctx)
{
	librdf_stream *s = ctx ? librdf_model_find_statements_in_context(m, st, ctx)
			       : librdf_model_find_statements(m, st);
	int found = s && !librdf_stream_end(s);
	if (s) {
		librdf_free_stream(s);
	}
	return found;
}

/* The statements already in the store's context ctx, in seen (a store
 * without contexts: a hash lookup each).  Asking the store itself per
 * statement scans the whole context each time (Redland's hashes storage
 * has no index for a full statement in a context): loading went
 * quadratic in the article's size. */
static int fill_seen(relkg_store *store, librdf_node *ctx, librdf_model *seen)
{
	librdf_stream *s = librdf_model_context_as_stream(store->model, ctx);
	int rc = 0;
	for (; s && !librdf_stream_end(s) && rc == 0; librdf_stream_next(s)) {
		rc = librdf_model_add_statement(seen, librdf_stream_get_object(s));
	}
	if (s) {
		librdf_free_stream(s);
	}
	return rc;
}

/* Copies every statement of the stream s (freed here) into the store,
 * skipping those already in the context: with ctx, those in seen (filled
 * by fill_seen); without, those the store finds. */
static int copy_new(relkg_store *store, librdf_stream *s, librdf_node *ctx, librdf_model *seen,
	long *total, long *added)
{
	int rc = 0;
	for (; s && !librdf_stream_end(s) && rc == 0; librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);
		++*total;
		if (ctx ? librdf_model_contains_statement(seen, st) != 0
			: in_context(store->model, st, NULL)) {
			continue;
		}
		rc = ctx ? librdf_model_add_statement(seen, st) ||
				   librdf_model_context_add_statement(store->model, ctx, st)
			 : librdf_model_add_statement(store->model, st);
		*added += rc == 0;
	}
	if (s) {
		librdf_free_stream(s);
	}
	return rc;
}

/* Loads one named graph: src's statements (src_ctx NULL: all of them)
 * into the store's context ctx (taken). */
static int load_graph(relkg_rdf *r, relkg_store *store, librdf_model *src,
	librdf_node *src_ctx, librdf_node *ctx, const char *path, const load_opts *o)
{
	if (!store->contexts && o->replace) {
		relkg_error("load: this store keeps no named graphs; --replace cannot work");
		librdf_free_node(ctx);
		return RELKG_EXIT_USAGE;
	}
	if (store->contexts && o->replace) {
		librdf_model_context_remove_statements(store->model, ctx);
	}
	long total = 0, added = 0;
	relkg_store *seen = NULL;
	int rc = 0;
	if (store->contexts) {
		rc = relkg_store_triples(r, &seen) != RELKG_OK || fill_seen(store, ctx, seen->model);
	}
	if (rc == 0) {
		librdf_stream *stream = src_ctx ? librdf_model_context_as_stream(src, src_ctx)
						: librdf_model_as_stream(src);
		rc = copy_new(store, stream, store->contexts ? ctx : NULL,
			seen ? seen->model : NULL, &total, &added);
	}
	relkg_store_free(seen);
	if (rc == 0 && !o->quiet) {
		fprintf(stderr, "relkg: load: %s: %ld statements, %ld new, graph <%s>\n", path, total,
			added, librdf_uri_as_string(librdf_node_get_uri(ctx)));
	}
	librdf_free_node(ctx);
	if (rc != 0) {
		relkg_error("load: cannot add the statements of '%s' to the store", path);
		return RELKG_EXIT_IO;
	}
	return -1;
}

/* Statements outside any named graph: the article's graph, else the file's. */
static int load_plain(relkg_rdf *r, relkg_store *store, librdf_model *src, const char *path,
	const load_opts *o)
{
	if (librdf_model_size(src) == 0) {
		return -1;
	}
	int count = 0;
	librdf_node *ctx = find_article(r->world, src, &count);
	if (count > 1) {
		relkg_error("load: '%s' holds %d articles outside named graphs; load one file per "
			    "article or N-Quads with a graph per article", path, count);
		return RELKG_EXIT_DATA;
	}
	if (!ctx) {
		ctx = file_node(r->world, path);
	}
	return load_graph(r, store, src, NULL, ctx, path, o);
}

/* Statements in named graphs (N-Quads, TriG) keep their graph. */
static int load_named(relkg_rdf *r, relkg_store *store, librdf_model *src,
	const char *path, const load_opts *o)
{
	librdf_iterator *it = librdf_model_get_contexts(src);
	int rc = -1;
	for (; it && !librdf_iterator_end(it) && rc < 0; librdf_iterator_next(it)) {
		librdf_node *c = librdf_iterator_get_object(it);
		rc = load_graph(r, store, src, c, librdf_new_node_from_node(c), path, o);
	}
	if (it) {
		librdf_free_iterator(it);
	}
	return rc;
}

static int load_file(relkg_rdf *r, relkg_store *store, const char *path, const load_opts *o)
{
	relkg_store *tmp = NULL, *named = NULL;
	if (relkg_store_triples(r, &tmp) != RELKG_OK || relkg_store_memory(r, &named) != RELKG_OK) {
		relkg_store_free(tmp);
		return RELKG_EXIT_IO;
	}
	relkg_status st = relkg_rdf_parse_quads(r, path, tmp->model, named->model);
	int rc = -1;
	if (st == RELKG_ERR_IO) {
		relkg_error("load: cannot read '%s'", path);
		rc = RELKG_EXIT_IO;
	} else if (st != RELKG_OK) {
		relkg_error("load: '%s' is not a graph raptor can read", path);
		rc = RELKG_EXIT_DATA;
	} else {
		rc = load_plain(r, store, tmp->model, path, o);
		rc = rc < 0 ? load_named(r, store, named->model, path, o) : rc;
	}
	relkg_store_free(tmp);
	relkg_store_free(named);
	return rc;
}

int relkg_cmd_load(int argc, char **argv)
{
	load_opts o = {.store = RELKG_STORE_DEFAULT};
	int rc = parse_args(argc, argv, &o);
	if (rc >= 0) {
		return rc;
	}
	relkg_rdf r;
	if (relkg_rdf_open(&r) != RELKG_OK) {
		return RELKG_EXIT_IO;
	}
	r.quiet = o.quiet;
	relkg_store *store = NULL;
	relkg_diag diag = {{0}};
	relkg_status st = relkg_store_open(&r, o.store, 1, &store, &diag);
	if (st != RELKG_OK) {
		relkg_error("load: %s", diag.msg[0] ? diag.msg : relkg_strerror(st));
		relkg_rdf_close(&r);
		return st == RELKG_ERR_ARG ? RELKG_EXIT_USAGE : RELKG_EXIT_IO;
	}
	/* librdf's postgresql storage inserts nodes and lets duplicates fail,
	 * which aborts a whole transaction: no transaction there. */
	int tx = store->kind != RELKG_STORE_POSTGRESQL &&
		 librdf_model_transaction_start(store->model) == 0;
	for (int i = 0; i < o.n_graphs && rc < 0; ++i) {
		rc = load_file(&r, store, o.graphs[i], &o);
	}
	if (tx) {
		if (rc < 0) {
			librdf_model_transaction_commit(store->model);
		} else {
			librdf_model_transaction_rollback(store->model);
		}
	}
	librdf_model_sync(store->model);
	relkg_store_free(store);
	relkg_rdf_close(&r);
	return rc < 0 ? RELKG_EXIT_OK : rc;
}
