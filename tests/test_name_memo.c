/* The name memo answers what was put in it, as a plain list would: many
 * parses (the table grows), the same start with other ends, answers
 * replaced; offsets past 32 bits are not remembered (the slots keep 32),
 * never answered for a smaller offset they would wrap to; and
 * relkg_name_memo_ask then put (the slot kept) as get then put. */
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "name_memo.h"

typedef struct {
	size_t at, end, name_end;
	int words;
} parse;

/* The plain version: the last parse put for (at, end), by a scan. */
static const parse *plain_get(const parse *ps, size_t n, size_t at, size_t end)
{
	const parse *found = NULL;
	for (size_t k = 0; k < n; ++k) {
		if (ps[k].at == at && ps[k].end == end) {
			found = &ps[k];
		}
	}
	return found;
}

static void many_parses(void)
{
	enum { N = 3000 };
	static parse ps[N];
	relkg_name_memo *m = NULL;
	unsigned seed = 7;
	size_t bad = 0;
	for (size_t k = 0; k < N; ++k) {
		seed = seed * 1103515245u + 12345u;
		size_t at = (seed >> 8) % 5000, end = at + 1 + (seed >> 4) % 3 * 40;
		ps[k] = (parse){at, end, at + (seed >> 12) % 30, (int)((seed >> 20) % 6)};
		relkg_name_memo_put(&m, at, end, ps[k].name_end, ps[k].words);
	}
	for (size_t at = 0; at < 5100; ++at) {
		for (size_t d = 1; d <= 81; d += 40) {
			size_t e = 0;
			int w = -1;
			const parse *p = plain_get(ps, N, at, at + d);
			int got = relkg_name_memo_get(m, at, at + d, &e, &w);
			bad += got != (p != NULL) || (p && (e != p->name_end || w != p->words));
		}
	}
	EQ_INT(bad, 0);
	relkg_name_memo_free(m);
}

/* relkg_name_memo_ask answers as relkg_name_memo_get, and a put right
 * after it (into the slot it kept), after another put (the kept slot
 * forgotten), or past growth, remembers as a put alone does: questions
 * from a small range (many repeats), each asked, then put unless found;
 * every so often another question put in between, or none. */
static void ask_then_put(void)
{
	enum { N = 4000 };
	static parse ps[N];
	size_t n = 0, bad = 0;
	relkg_name_memo *m = NULL;
	unsigned seed = 3;
	for (size_t k = 0; k < N / 2; ++k) {
		seed = seed * 1103515245u + 12345u;
		size_t at = (seed >> 8) % 1500, end = at + 1 + (seed >> 4) % 2 * 40;
		size_t e = 0;
		int w = -1;
		const parse *p = plain_get(ps, n, at, end);
		int got = relkg_name_memo_ask(m, at, end, &e, &w);
		bad += got != (p != NULL) || (p && (e != p->name_end || w != p->words));
		size_t ge = 0;
		int gw = -1;
		bad += relkg_name_memo_get(m, at, end, &ge, &gw) != got || ge != e || gw != w;
		if ((seed >> 16) % 5 == 0) { /* another question put first */
			size_t at2 = (seed >> 3) % 1500, end2 = at2 + 41;
			ps[n++] = (parse){at2, end2, at2 + 2, 1};
			relkg_name_memo_put(&m, at2, end2, at2 + 2, 1);
		}
		if (!got && (seed >> 20) % 7 != 0) { /* else asked, never put */
			ps[n++] = (parse){at, end, at + (seed >> 12) % 30, (int)((seed >> 24) % 6)};
			relkg_name_memo_put(&m, at, end, ps[n - 1].name_end, ps[n - 1].words);
		}
	}
	for (size_t at = 0; at < 1550; ++at) {
		for (size_t d = 1; d <= 81; d += 40) {
			size_t e = 0;
			int w = -1;
			const parse *p = plain_get(ps, n, at, at + d);
			int got = relkg_name_memo_get(m, at, at + d, &e, &w);
			bad += got != (p != NULL) || (p && (e != p->name_end || w != p->words));
		}
	}
	EQ_INT(bad, 0);
	OK(n > 1000, "%zu parses put", n);
	size_t e = 0;
	int w = 0;
	OK(!relkg_name_memo_ask(NULL, 5, 100, &e, &w), "no memo, no answer");
	relkg_name_memo_free(m);
}

static void wide_offsets(void)
{
	relkg_name_memo *m = NULL;
	size_t e = 0;
	int w = 0;
	size_t big = (size_t)UINT32_MAX + 6;
	relkg_name_memo_put(&m, 5, 100, 9, 2);
	relkg_name_memo_put(&m, big, big + 95, big + 4, 2); /* not remembered */
	relkg_name_memo_put(&m, 6, big, 12, 1);
	relkg_name_memo_put(&m, 7, 100, big, 1);
	OK(relkg_name_memo_get(m, 5, 100, &e, &w) && e == 9 && w == 2, "5: %zu %d", e, w);
	OK(!relkg_name_memo_get(m, big, big + 95, &e, &w), "past 32 bits: not remembered");
	OK(!relkg_name_memo_get(m, 6, big, &e, &w), "an end past 32 bits: not remembered");
	OK(!relkg_name_memo_get(m, 6, 5, &e, &w), "no wrapped end");
	OK(!relkg_name_memo_get(m, 7, 100, &e, &w), "a name end past 32 bits: not remembered");
	OK(!relkg_name_memo_get(NULL, 5, 100, &e, &w), "no memo, no answer");
	relkg_name_memo_free(m);
	relkg_name_memo_free(NULL);
}

/* A slot keeps distances from the start: a sentence end past 65,535
 * bytes on, or a name longer than 255 bytes, is not remembered; those
 * just within are. */
static void long_spans(void)
{
	relkg_name_memo *m = NULL;
	size_t e = 0;
	int w = 0;
	relkg_name_memo_put(&m, 10, 10 + 65535, 10 + 255, 3);
	relkg_name_memo_put(&m, 11, 11 + 65536, 20, 2);
	relkg_name_memo_put(&m, 12, 500, 12 + 256, 2);
	relkg_name_memo_put(&m, 13, 500, 13, 0);
	OK(relkg_name_memo_get(m, 10, 10 + 65535, &e, &w) && e == 10 + 255 && w == 3,
	   "the longest kept: %zu %d", e, w);
	OK(!relkg_name_memo_get(m, 11, 11 + 65536, &e, &w), "a longer sentence: not remembered");
	OK(!relkg_name_memo_get(m, 11, 11, &e, &w), "nor answered for an end it would wrap to");
	OK(!relkg_name_memo_get(m, 12, 500, &e, &w), "a longer name: not remembered");
	OK(relkg_name_memo_get(m, 13, 500, &e, &w) && e == 13 && w == 0, "no name: %zu %d", e, w);
	relkg_name_memo_free(m);
}

int main(void)
{
	many_parses();
	ask_then_put();
	wide_offsets();
	long_spans();
	return DONE();
}
