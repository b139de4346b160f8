/* --store SPEC → a librdf storage and model.
 *
 *   bdb:DIR          Redland "hashes" storage, hash-type bdb, in DIR, contexts
 *   sqlite:FILE      Redland "sqlite" storage (librdf-storage-sqlite)
 *   postgresql:K=V,… Redland "postgresql" storage; keys host, port, dbname
 *                    (or database), user, password, model (default "relkg")
 *   memory           "hashes" storage in memory (hash-type memory), contexts
 *
 * The storage and model belong to the relkg_store; relkg_store_free frees
 * them (NULL is a no-op). */
#ifndef RELKG_STORE_H
#define RELKG_STORE_H
#include <redland.h>
#include "input.h"
#include "rdfworld.h"

#define RELKG_STORE_DEFAULT "bdb:relkg.db"

typedef enum {
	RELKG_STORE_MEMORY,
	RELKG_STORE_BDB,
	RELKG_STORE_SQLITE,
	RELKG_STORE_POSTGRESQL
} relkg_store_kind;

typedef struct {
	relkg_store_kind kind;
	librdf_storage *storage;
	librdf_model *model;
	int contexts; /* the storage keeps named graphs */
} relkg_store;

/* Opens the store SPEC names.  create: make it if missing (load); else it
 * must exist (query).  Errors name the spec in diag. */
RELKG_NODISCARD relkg_status relkg_store_open(relkg_rdf *r, const char *spec, int create,
	relkg_store **out, relkg_diag *diag);
void relkg_store_free(relkg_store *s);

/* An empty in-memory "hashes" model with contexts ("memory" storage goes
 * quadratic on large graphs). */
RELKG_NODISCARD relkg_status relkg_store_memory(relkg_rdf *r, relkg_store **out);

/* An empty in-memory "hashes" model without contexts, indexed by
 * predicate too.  The one to add many statements to: with contexts, the
 * hashes storage (Redland 1.0.17) tests each added statement for a
 * duplicate by scanning every statement, so loading n statements costs
 * n^2 (20 s for 5,000); without, the test is a hash lookup.  Named graphs
 * are merged into one graph. */
RELKG_NODISCARD relkg_status relkg_store_triples(relkg_rdf *r, relkg_store **out);

#endif
