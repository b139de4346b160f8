#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct relkg_progress {
	size_t total_files, files;
	unsigned long long total_bytes, bytes;
	double start, last;
	int shown;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int relkg_progress_wanted(int quiet)
{
	return !quiet && isatty(STDERR_FILENO);
}

relkg_progress *relkg_progress_new(int enabled, size_t total_files,
				   unsigned long long total_bytes)
{
	if (!enabled) {
		return NULL;
	}
	relkg_progress *p = calloc(1, sizeof(*p));
	if (p) {
		p->total_files = total_files;
		p->total_bytes = total_bytes;
		p->start = p->last = now();
	}
	return p;
}

static void draw(relkg_progress *p, double t)
{
	double secs = t - p->start;
	double mb = (double)p->bytes / 1e6;
	double rate = secs > 0 ? mb / secs : 0;
	fprintf(stderr, "\rrelkg: %zu", p->files);
	if (p->total_files) {
		fprintf(stderr, "/%zu", p->total_files);
	}
	fprintf(stderr, " articles, %.1f MB, %.1f MB/s", mb, rate);
	if (p->total_bytes && rate > 0 && p->bytes <= p->total_bytes) {
		unsigned long eta = (unsigned long)((double)(p->total_bytes - p->bytes) / 1e6 / rate);
		fprintf(stderr, ", ETA %lu:%02lu:%02lu", eta / 3600, eta / 60 % 60, eta % 60);
	}
	fputs("\033[K", stderr);
	fflush(stderr);
	p->shown = 1;
	p->last = t;
}

void relkg_progress_step(relkg_progress *p, size_t bytes)
{
	if (!p) {
		return;
	}
	++p->files;
	p->bytes += bytes;
	double t = now();
	if (t - p->last >= 0.1 || !p->shown) {
		draw(p, t);
	}
}

void relkg_progress_clear(relkg_progress *p)
{
	if (p && p->shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		p->shown = 0;
	}
}

void relkg_progress_free(relkg_progress *p)
{
	if (p) {
		draw(p, now()); /* the final figures, then a clean line */
		fputc('\n', stderr);
		free(p);
	}
}
