#include "slug_fold.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The code points covered: [LO1, HI1) and [LO2, HI2). */
#define LO1 0x00A0
#define HI1 0x0250
#define LO2 0x2010
#define HI2 0x2030
#define N_FOLD ((HI1 - LO1) + (HI2 - LO2))

static relkg_slug_fold fold[N_FOLD];
static unsigned char covered[N_FOLD];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

/* Can c change what a neighbour maps to (a mark, or a combining class)? */
static int interacts(utf8proc_int32_t c)
{
	const utf8proc_property_t *p = utf8proc_get_property(c);
	return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN ||
	       p->category == UTF8PROC_CATEGORY_MC || p->category == UTF8PROC_CATEGORY_ME;
}

/* fold[i] for code point c, when c and its mapping interact with nothing. */
static void fold_one(size_t i, utf8proc_int32_t c)
{
	utf8proc_uint8_t in[4], *m = NULL;
	utf8proc_ssize_t n = utf8proc_encode_char(c, in);
	if (n <= 0 || interacts(c)) {
		return;
	}
	utf8proc_ssize_t len = utf8proc_map(in, n, &m,
		UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
	int ok = len >= 0 && len <= RELKG_SLUG_FOLD_MAX;
	for (utf8proc_ssize_t k = 0; ok && k < len;) {
		utf8proc_int32_t d;
		utf8proc_ssize_t step = utf8proc_iterate(m + k, len - k, &d);
		ok = step > 0 && !interacts(d);
		k += step > 0 ? step : 1;
	}
	if (ok) {
		fold[i].len = (unsigned char)len;
		if (len > 0) {
			memcpy(fold[i].bytes, m, (size_t)len);
		}
		covered[i] = 1;
	}
	free(m);
}

static void build(void)
{
	for (utf8proc_int32_t c = LO1; c < HI1; ++c) {
		fold_one((size_t)(c - LO1), c);
	}
	for (utf8proc_int32_t c = LO2; c < HI2; ++c) {
		fold_one((size_t)(HI1 - LO1 + c - LO2), c);
	}
}

const relkg_slug_fold *relkg_slug_fold_of(int32_t c)
{
	size_t i;
	if (c >= LO1 && c < HI1) {
		i = (size_t)(c - LO1);
	} else if (c >= LO2 && c < HI2) {
		i = (size_t)(HI1 - LO1 + c - LO2);
	} else {
		return NULL;
	}
	pthread_once(&fold_once, build);
	return covered[i] ? &fold[i] : NULL;
}
