#include "city_classes.h"

#include <pthread.h>
#include <string.h>

#include "words.h"

/* How many names of cities the fingerprint holds (spread evenly). */
#define CITY_SAMPLES 8

typedef struct {
	const relkg_gazetteer *g;
	size_t n_countries, n_cities;
	uint64_t word_classes;
	const char *names[CITY_SAMPLES];
	char heads[CITY_SAMPLES][8];
} gaz_print;

static gaz_print cached;
static uint64_t cached_classes;
static int have_cached;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* The number of cities (relkg_gazetteer_city is NULL past the last): by
 * doubling, then halving, ~2 log n questions. */
static size_t count_cities(const relkg_gazetteer *g)
{
	size_t hi = 1;
	while (relkg_gazetteer_city(g, hi - 1)) {
		hi *= 2;
	}
	size_t lo = hi / 2; /* cities [0, lo) exist, hi - 1 does not */
	while (lo + 1 < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (relkg_gazetteer_city(g, mid - 1)) {
			lo = mid;
		} else {
			hi = mid;
		}
	}
	return relkg_gazetteer_city(g, lo) ? lo + 1 : lo;
}

static void print_of(gaz_print *p, const relkg_gazetteer *g)
{
	memset(p, 0, sizeof(*p));
	p->g = g;
	p->n_countries = relkg_gazetteer_n_countries(g);
	p->n_cities = count_cities(g);
	p->word_classes = relkg_gazetteer_word_classes(g);
	for (size_t k = 0; k < CITY_SAMPLES && p->n_cities; ++k) {
		size_t i = k * (p->n_cities - 1) / (CITY_SAMPLES - 1);
		const relkg_gz_city *c = relkg_gazetteer_city(g, i);
		p->names[k] = c->name;
		for (size_t j = 0; j < sizeof(p->heads[k]) && c->name[j]; ++j) {
			p->heads[k][j] = c->name[j];
		}
	}
}

uint64_t relkg_city_classes_scan(const relkg_gazetteer *g)
{
	uint64_t m = 0;
	const relkg_gz_city *c;
	for (size_t i = 0; g && (c = relkg_gazetteer_city(g, i)) != NULL; ++i) {
		m |= c->name[0] ? relkg_wc_of((unsigned char)c->name[0]) : 0;
	}
	return m;
}

uint64_t relkg_city_classes(const relkg_gazetteer *g)
{
	if (!g) {
		return 0;
	}
	gaz_print p;
	print_of(&p, g);
	pthread_mutex_lock(&lock);
	int same = have_cached && memcmp(&p, &cached, sizeof(p)) == 0;
	uint64_t m = cached_classes;
	pthread_mutex_unlock(&lock);
	if (!same) {
		m = relkg_city_classes_scan(g);
		pthread_mutex_lock(&lock);
		cached = p;
		cached_classes = m;
		have_cached = 1;
		pthread_mutex_unlock(&lock);
	}
	return m;
}
