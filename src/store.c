#include "store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

#define STORE_NAME "relkg"

/* librdf option strings quote values with '; refuse what cannot be quoted. */
static int quotable(const char *s)
{
	return strchr(s, '\'') == NULL && strchr(s, '\\') == NULL;
}

static relkg_status finish(librdf_world *world, relkg_store *s, relkg_diag *diag,
	const char *spec)
{
	if (!s->storage) {
		snprintf(diag->msg, sizeof diag->msg, "cannot open store '%s'", spec);
		return RELKG_ERR_IO;
	}
	s->model = librdf_new_model(world, s->storage, NULL);
	if (!s->model) {
		snprintf(diag->msg, sizeof diag->msg, "cannot make a model on store '%s'", spec);
		return RELKG_ERR_RDF;
	}
	librdf_uri *fu = librdf_new_uri(world, (const unsigned char *)LIBRDF_MODEL_FEATURE_CONTEXTS);
	librdf_node *f = fu ? librdf_model_get_feature(s->model, fu) : NULL;
	if (fu) {
		librdf_free_uri(fu);
	}
	if (f) {
		const unsigned char *v = librdf_node_get_literal_value(f);
		s->contexts = v && v[0] == '1';
		librdf_free_node(f);
	}
	return RELKG_OK;
}

static relkg_status open_bdb(librdf_world *world, relkg_store *s, const char *dir, int create,
	relkg_diag *diag)
{
	char probe[4096];
	snprintf(probe, sizeof probe, "%s/" STORE_NAME "-sp2o.db", dir);
	int exists = access(probe, F_OK) == 0;
	if (!exists && !create) {
		snprintf(diag->msg, sizeof diag->msg, "no store in '%s' (run relkg load first)", dir);
		return RELKG_ERR_IO;
	}
	if (create && mkdir(dir, 0777) != 0 && errno != EEXIST) {
		snprintf(diag->msg, sizeof diag->msg, "cannot create '%s': %s", dir, strerror(errno));
		return RELKG_ERR_IO;
	}
	relkg_buf o = {0};
	relkg_status st = relkg_buf_printf(&o,
		"hash-type='bdb',dir='%s',contexts='yes',write='yes',new='%s'", dir,
		exists ? "no" : "yes");
	if (st == RELKG_OK) {
		s->storage = librdf_new_storage(world, "hashes", STORE_NAME, o.data);
	}
	relkg_buf_clear(&o);
	return st;
}

static relkg_status open_sqlite(librdf_world *world, relkg_store *s, const char *file,
	int create, relkg_diag *diag)
{
	int exists = access(file, F_OK) == 0;
	if (!exists && !create) {
		snprintf(diag->msg, sizeof diag->msg, "no store '%s' (run relkg load first)", file);
		return RELKG_ERR_IO;
	}
	s->storage = librdf_new_storage(world, "sqlite", file,
		exists ? "new='no',contexts='yes'" : "new='yes',contexts='yes'");
	return RELKG_OK;
}

/* "host=h,port=5432,dbname=d" → "host='h',port='5432',database='d'". */
static relkg_status pg_options(const char *kv, relkg_buf *o, char *model, size_t mlen)
{
	relkg_status st = RELKG_OK;
	const char *p = kv;
	while (*p && st == RELKG_OK) {
		size_t n = strcspn(p, ",");
		const char *eq = memchr(p, '=', n);
		if (!eq) {
			return RELKG_ERR_ARG;
		}
		size_t kl = (size_t)(eq - p);
		int vl = (int)(n - kl - 1);
		if (kl == 5 && strncmp(p, "model", 5) == 0) {
			snprintf(model, mlen, "%.*s", vl, eq + 1);
		} else if (kl == 6 && strncmp(p, "dbname", 6) == 0) {
			st = relkg_buf_printf(o, "database='%.*s',", vl, eq + 1);
		} else {
			st = relkg_buf_printf(o, "%.*s='%.*s',", (int)kl, p, vl, eq + 1);
		}
		p += n + (p[n] == ',');
	}
	return st;
}

static relkg_status open_pg(relkg_rdf *r, relkg_store *s, const char *kv, int create,
	relkg_diag *diag)
{
	relkg_buf o = {0};
	char model[128] = STORE_NAME;
	relkg_status st = pg_options(kv, &o, model, sizeof model);
	if (st != RELKG_OK) {
		relkg_buf_clear(&o);
		snprintf(diag->msg, sizeof diag->msg,
			"postgresql options must be key=value,… (host, port, dbname, user, "
			"password, model)");
		return RELKG_ERR_ARG;
	}
	/* new='yes' would drop the tables: only for a model not yet there, which
	 * librdf finds out itself when new='no' fails. */
	relkg_buf o2 = {0};
	st = relkg_buf_printf(&o2, "%snew='no',contexts='yes'", o.data ? o.data : "");
	librdf_world *world = r->world;
	if (st == RELKG_OK) {
		r->mute = create; /* "failed to find model" is expected when creating */
		s->storage = librdf_new_storage(world, "postgresql", model, o2.data);
		r->mute = 0;
	}
	if (st == RELKG_OK && !s->storage && create) {
		relkg_buf_clear(&o2);
		st = relkg_buf_printf(&o2, "%snew='yes',contexts='yes'", o.data ? o.data : "");
		s->storage = st ? NULL : librdf_new_storage(world, "postgresql", model, o2.data);
	}
	relkg_buf_clear(&o2);
	relkg_buf_clear(&o);
	return st;
}

relkg_status relkg_store_memory(relkg_rdf *r, relkg_store **out)
{
	relkg_diag diag;
	return relkg_store_open(r, "memory", 1, out, &diag);
}

relkg_status relkg_store_triples(relkg_rdf *r, relkg_store **out)
{
	relkg_diag diag;
	return relkg_store_open(r, "memory:triples", 1, out, &diag);
}

static relkg_status dispatch(relkg_rdf *r, relkg_store *s, const char *spec, int create,
	relkg_diag *diag)
{
	librdf_world *world = r->world;
	if (strcmp(spec, "memory:triples") == 0) {
		s->kind = RELKG_STORE_MEMORY;
		s->storage = librdf_new_storage(world, "hashes", STORE_NAME,
			"hash-type='memory',contexts='no',index-predicates='yes'");
		return RELKG_OK;
	}
	if (strcmp(spec, "memory") == 0) {
		s->kind = RELKG_STORE_MEMORY;
		s->storage = librdf_new_storage(world, "hashes", STORE_NAME,
			"hash-type='memory',contexts='yes'");
		return RELKG_OK;
	}
	const char *colon = strchr(spec, ':');
	const char *arg = colon ? colon + 1 : "";
	if (!colon || !*arg || !quotable(arg)) {
		snprintf(diag->msg, sizeof diag->msg,
			"bad store '%s' (bdb:DIR, sqlite:FILE, postgresql:OPTIONS or memory)", spec);
		return RELKG_ERR_ARG;
	}
	size_t kl = (size_t)(colon - spec);
	if (kl == 3 && strncmp(spec, "bdb", 3) == 0) {
		s->kind = RELKG_STORE_BDB;
		return open_bdb(world, s, arg, create, diag);
	}
	if (kl == 6 && strncmp(spec, "sqlite", 6) == 0) {
		s->kind = RELKG_STORE_SQLITE;
		return open_sqlite(world, s, arg, create, diag);
	}
	if (kl == 10 && strncmp(spec, "postgresql", 10) == 0) {
		s->kind = RELKG_STORE_POSTGRESQL;
		return open_pg(r, s, arg, create, diag);
	}
	snprintf(diag->msg, sizeof diag->msg,
		"unknown store kind in '%s' (bdb, sqlite, postgresql or memory)", spec);
	return RELKG_ERR_ARG;
}

relkg_status relkg_store_open(relkg_rdf *r, const char *spec, int create,
	relkg_store **out, relkg_diag *diag)
{
	relkg_store *s = calloc(1, sizeof *s);
	if (!s) {
		return RELKG_ERR_NOMEM;
	}
	diag->msg[0] = '\0';
	relkg_status st = dispatch(r, s, spec, create, diag);
	if (st == RELKG_OK) {
		st = finish(r->world, s, diag, spec);
	}
	if (st != RELKG_OK) {
		relkg_store_free(s);
		return st;
	}
	*out = s;
	return RELKG_OK;
}

void relkg_store_free(relkg_store *s)
{
	if (!s) {
		return;
	}
	if (s->model) {
		librdf_free_model(s->model);
	}
	if (s->storage) {
		librdf_free_storage(s->storage);
	}
	free(s);
}
