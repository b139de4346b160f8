#include "workers.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "graph.h"
#include "sink_raptor.h"

/* Output buffers up to this size are kept for the next article; a larger
 * one (a rare huge article) is freed once written. */
#define KEEP_MAX ((size_t)4 << 20)

/* One worker's private state: graph, and the raptor sink writing into
 * buf. */
typedef struct {
	const relkg_workers_opts *o;
	relkg_graph *g;
	relkg_sink sink;
	int have_sink;
	relkg_buf buf; /* the current article's serialized bytes */
} worker;

int relkg_format_streams(const relkg_format *f)
{
	return f->quads || strcmp(f->name, "ntriples") == 0;
}

static void worker_clear(worker *w)
{
	if (w->have_sink) {
		/* ends the serializer (frees raptor's iostream); nothing is
		 * pending, each article was flushed and checked */
		relkg_status st = relkg_sink_raptor_finish(&w->sink);
		(void)st;
		w->sink.free(w->sink.handle);
		w->have_sink = 0;
	}
	relkg_graph_free(w->g);
	w->g = NULL;
	relkg_buf_clear(&w->buf);
}

static relkg_status start_sink(worker *w)
{
	if (relkg_sink_raptor_new_buf(&w->sink, w->o->format, &w->buf, w->o->base) != RELKG_OK) {
		return RELKG_ERR_RDF;
	}
	w->have_sink = 1;
	return RELKG_OK;
}

static relkg_status worker_init(worker *w, const relkg_workers_opts *o)
{
	memset(w, 0, sizeof(*w));
	w->o = o;
	relkg_buf_init(&w->buf);
	w->g = relkg_graph_new();
	if (!w->g) {
		worker_clear(w);
		return RELKG_ERR_NOMEM;
	}
	/* Streaming syntaxes keep one serializer for the whole run. */
	if (relkg_format_streams(o->format) && start_sink(w) != RELKG_OK) {
		worker_clear(w);
		return RELKG_ERR_RDF;
	}
	return RELKG_OK;
}

/* Writes the graph through the sink into w->buf. */
static relkg_status serialize(worker *w, const char *graph_iri)
{
	relkg_status st;
	int per_article = !w->have_sink;
	if (per_article && (st = start_sink(w)) != RELKG_OK) {
		return st;
	}
	st = relkg_graph_flush(w->g, &w->sink, graph_iri);
	if (per_article) {
		if (st == RELKG_OK) {
			st = relkg_sink_raptor_finish(&w->sink);
		}
		w->sink.free(w->sink.handle);
		w->have_sink = 0;
	}
	return st;
}

/* Hands the serialized article to r and gives the worker r's spare
 * buffer (empty, possibly NULL) to serialize the next one into. */
static void take_output(worker *w, relkg_result *r)
{
	char *spare = r->out;
	size_t spare_cap = r->out_cap;
	if (!w->buf.data && relkg_buf_reserve(&w->buf, 0) != RELKG_OK) {
		r->status = RELKG_ERR_NOMEM; /* an empty article: out must be a string */
		return;
	}
	r->out = w->buf.data;
	r->out_len = w->buf.len;
	r->out_cap = w->buf.cap;
	w->buf.data = spare;
	w->buf.cap = spare ? spare_cap : 0;
	w->buf.len = 0;
	if (spare) {
		spare[0] = '\0';
	}
}

/* One job: read, extract, serialize.  Fills r (r->job is set). */
static void process(worker *w, relkg_result *r)
{
	relkg_job *j = &r->job;
	r->status = j->error;
	if (r->status != RELKG_OK) {
		return;
	}
	int checked = 0; /* relkg_input_read checks what it reads */
	if (!j->data) {
		r->status = relkg_input_read(j->name, &j->data, &j->len, &j->diag);
		if (r->status != RELKG_OK) {
			return;
		}
		checked = 1;
	}
	r->in_bytes = j->len;
	char *iri = NULL;
	if (j->title) {
		r->status = relkg_pipeline_wikipage_if(w->o->pipeline, w->o->keep, w->o->keep_arg,
						       j->name, j->title, j->data, j->len, w->g,
						       &iri, &j->diag);
	} else if (checked) {
		r->status = relkg_pipeline_checked_if(w->o->pipeline, w->o->keep, w->o->keep_arg,
						      j->name, j->data, j->len, w->g, &iri,
						      &j->diag);
	} else {
		r->status = relkg_pipeline_run_if(w->o->pipeline, w->o->keep, w->o->keep_arg,
						  j->name, j->data, j->len, w->g, &iri, &j->diag);
	}
	free(j->data);
	j->data = NULL;
	if (r->status == RELKG_OK) {
		w->buf.len = 0;
		r->status = serialize(w, iri);
		if (r->status == RELKG_OK) {
			take_output(w, r);
		} else {
			w->buf.len = 0;
		}
	}
	free(iri);
	if (r->status != RELKG_OK) {
		relkg_graph_flush_discard(w->g); /* a half-extracted article */
	}
}

static void result_clear(relkg_result *r)
{
	free(r->job.name);
	free(r->job.title);
	free(r->job.data);
	free(r->out);
	memset(r, 0, sizeof(*r));
}

/* Empties a written result for the next job, keeping its output buffer
 * (unless it is above KEEP_MAX). */
static void result_reuse(relkg_result *r)
{
	char *out = r->out;
	size_t cap = r->out_cap;
	if (cap > KEEP_MAX) {
		free(out);
		out = NULL;
		cap = 0;
	}
	r->out = NULL;
	result_clear(r);
	r->out = out;
	r->out_cap = out ? cap : 0;
}

/* -j 1: everything in the calling thread. */
static relkg_status run_inline(const relkg_workers_opts *o)
{
	worker w;
	relkg_status st = worker_init(&w, o);
	if (st != RELKG_OK) {
		return st;
	}
	relkg_result r;
	memset(&r, 0, sizeof(r));
	while ((st = o->next(o->arg, &r.job)) == RELKG_OK) {
		process(&w, &r);
		st = o->write(o->arg, &r);
		result_reuse(&r);
		if (st != RELKG_OK) {
			break;
		}
	}
	result_clear(&r);
	worker_clear(&w);
	return st == RELKG_NO_MATCH ? RELKG_OK : st;
}

/* -j N: a ring of slots; workers take jobs in order and mark them done;
 * the calling thread writes slot after slot in order. */
typedef enum { SLOT_FREE, SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE } slot_state;

typedef struct {
	const relkg_workers_opts *o;
	pthread_mutex_t mu;
	pthread_cond_t work; /* a job was queued, or the run ends */
	pthread_cond_t done; /* a slot is done */
	relkg_result *slots;
	slot_state *state;
	size_t window;
	size_t queued, taken, written; /* sequence numbers */
	int closed;           /* no more jobs will be queued */
	/* Who sleeps: a wake-up is sent only to a thread that waits for it
	 * (one signal per article otherwise costs context switches). */
	int idle_workers;     /* workers waiting on work */
	int writer_waiting;   /* the calling thread waits on done */
	struct thread_arg_s *ta; /* the threads, to hand buffers back */
	int *owner;           /* the thread that took each slot's job */
} pool;

/* An output buffer written and handed back, kept for its worker. */
typedef struct {
	char *data;
	size_t cap;
} spare_buf;

/* A thread: the pool, its own worker state, and the output buffers it
 * filled that the calling thread has written (guarded by p->mu).  A
 * worker serializes into buffers of its own: one last filled by the other
 * core's worker would have to move its cache lines across first. */
typedef struct thread_arg_s {
	pool *p;
	worker w;
	int index;
	spare_buf *spares; /* p->window of them at most */
	size_t n_spares;
} thread_arg;

/* Gives r (its output buffer empty) the newest of t's spare buffers, for
 * take_output to hand t.  Called with p->mu held. */
static void take_spare(thread_arg *t, relkg_result *r)
{
	if (r->out || !t->n_spares) {
		return;
	}
	spare_buf *b = &t->spares[--t->n_spares];
	r->out = b->data;
	r->out_cap = b->cap;
	r->out[0] = '\0';
}

/* Empties written slot i and hands its output buffer back to the thread
 * that filled it (freed if above KEEP_MAX). */
static void recycle(pool *p, size_t i)
{
	relkg_result *r = &p->slots[i];
	char *out = r->out;
	size_t cap = r->out_cap;
	r->out = NULL;
	result_clear(r);
	pthread_mutex_lock(&p->mu);
	thread_arg *t = &p->ta[p->owner[i]];
	if (out && cap <= KEEP_MAX && t->n_spares < p->window) {
		t->spares[t->n_spares].data = out;
		t->spares[t->n_spares].cap = cap;
		++t->n_spares;
		out = NULL;
	}
	p->state[i] = SLOT_FREE;
	++p->written;
	free(out);
}

static void *work(void *arg)
{
	thread_arg *t = arg;
	pool *p = t->p;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->closed && p->taken == p->queued) {
			++p->idle_workers;
			pthread_cond_wait(&p->work, &p->mu);
			--p->idle_workers;
		}
		if (p->taken == p->queued) {
			break;
		}
		size_t i = p->taken++ % p->window;
		p->state[i] = SLOT_RUNNING;
		take_spare(t, &p->slots[i]);
		p->owner[i] = t->index;
		pthread_mutex_unlock(&p->mu);
		process(&t->w, &p->slots[i]);
		pthread_mutex_lock(&p->mu);
		p->state[i] = SLOT_DONE;
		if (p->writer_waiting && i == p->written % p->window) {
			pthread_cond_signal(&p->done);
		}
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Queues jobs until the window is full or the input ends.  Called and
 * returns with p->mu held. */
static relkg_status fill(pool *p, int *eof)
{
	while (!*eof && p->queued - p->written < p->window) {
		relkg_job job;
		memset(&job, 0, sizeof(job));
		pthread_mutex_unlock(&p->mu);
		relkg_status st = p->o->next(p->o->arg, &job);
		pthread_mutex_lock(&p->mu);
		if (st == RELKG_NO_MATCH) {
			*eof = 1;
			break;
		}
		if (st != RELKG_OK) {
			return st;
		}
		size_t i = p->queued % p->window;
		p->slots[i].job = job; /* the slot was emptied by result_reuse */
		p->state[i] = SLOT_QUEUED;
		++p->queued;
		if (p->idle_workers) {
			pthread_cond_signal(&p->work);
		}
	}
	return RELKG_OK;
}

/* The calling thread's loop: queue, wait for the oldest, write it. */
static relkg_status drive(pool *p)
{
	int eof = 0;
	relkg_status st = RELKG_OK;
	pthread_mutex_lock(&p->mu);
	while (st == RELKG_OK) {
		st = fill(p, &eof);
		if (st != RELKG_OK || (eof && p->written == p->queued)) {
			break;
		}
		size_t i = p->written % p->window;
		while (p->state[i] != SLOT_DONE) {
			p->writer_waiting = 1;
			pthread_cond_wait(&p->done, &p->mu);
			p->writer_waiting = 0;
		}
		pthread_mutex_unlock(&p->mu);
		st = p->o->write(p->o->arg, &p->slots[i]);
		recycle(p, i); /* returns with p->mu held */
	}
	/* Stop: drop what is queued but not taken, wait for the running. */
	p->queued = p->taken;
	p->closed = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	return st;
}

/* Starts the threads.  Raptor worlds are made and freed here, in the
 * calling thread, one after another: raptor_world_open and raptor_free_world
 * initialize and clean up libxml2, which must not run concurrently with
 * other threads using it. */
static relkg_status run_threads(pool *p, thread_arg *ta, pthread_t *tid, int n)
{
	relkg_status st = RELKG_OK;
	int made = 0, started = 0;
	while (made < n && st == RELKG_OK) {
		ta[made].p = p;
		ta[made].index = made;
		ta[made].spares = calloc(p->window, sizeof(*ta[made].spares));
		st = ta[made].spares ? worker_init(&ta[made].w, p->o) : RELKG_ERR_NOMEM;
		if (st != RELKG_OK) {
			free(ta[made].spares);
		}
		made += st == RELKG_OK;
	}
	while (st == RELKG_OK && started < n &&
	       pthread_create(&tid[started], NULL, work, &ta[started]) == 0) {
		++started;
	}
	if (st == RELKG_OK) {
		st = started ? drive(p) : RELKG_ERR_NOMEM;
	}
	for (int i = 0; i < started; ++i) {
		pthread_join(tid[i], NULL);
	}
	for (int i = 0; i < made; ++i) {
		worker_clear(&ta[i].w);
		for (size_t k = 0; k < ta[i].n_spares; ++k) {
			free(ta[i].spares[k].data);
		}
		free(ta[i].spares);
	}
	return st;
}

static relkg_status run_pool(const relkg_workers_opts *o)
{
	pool p;
	memset(&p, 0, sizeof(p));
	p.o = o;
	p.window = (size_t)o->jobs * 4;
	p.slots = calloc(p.window, sizeof(*p.slots));
	p.state = calloc(p.window, sizeof(*p.state));
	p.owner = calloc(p.window, sizeof(*p.owner));
	pthread_t *tid = calloc((size_t)o->jobs, sizeof(*tid));
	thread_arg *ta = calloc((size_t)o->jobs, sizeof(*ta));
	relkg_status st = RELKG_ERR_NOMEM;
	p.ta = ta;
	if (p.slots && p.state && p.owner && tid && ta) {
		pthread_mutex_init(&p.mu, NULL);
		pthread_cond_init(&p.work, NULL);
		pthread_cond_init(&p.done, NULL);
		st = run_threads(&p, ta, tid, o->jobs);
		pthread_cond_destroy(&p.done);
		pthread_cond_destroy(&p.work);
		pthread_mutex_destroy(&p.mu);
		for (size_t i = 0; i < p.window; ++i) {
			result_clear(&p.slots[i]); /* jobs dropped after an error */
		}
	}
	free(p.slots);
	free(p.state);
	free(p.owner);
	free(tid);
	free(ta);
	return st;
}

relkg_status relkg_workers_run(const relkg_workers_opts *o)
{
	/* Whole-graph syntaxes make a raptor world per article: one thread. */
	return o->jobs <= 1 || !relkg_format_streams(o->format) ? run_inline(o) : run_pool(o);
}
