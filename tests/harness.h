/* A tiny test harness (after cmark's api_test/harness.h): OK/EQ count
 * passes and failures; DONE prints "N passed, N failed" and returns the
 * exit status. */
#ifndef RELKG_TEST_HARNESS_H
#define RELKG_TEST_HARNESS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_pass, t_fail;

#define OK(cond, ...)                                                   \
	do {                                                            \
		if (cond) {                                             \
			++t_pass;                                       \
		} else {                                                \
			++t_fail;                                       \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);                   \
			fputc('\n', stderr);                            \
		}                                                       \
	} while (0)

#define EQ_INT(a, b) OK((long long)(a) == (long long)(b), "%s == %lld, want %lld", #a, \
			(long long)(a), (long long)(b))
#define EQ_STR(a, b) OK((a) && (b) && strcmp((a), (b)) == 0, "%s == \"%s\", want \"%s\"", #a, \
			(a) ? (a) : "(null)", (b) ? (b) : "(null)")

#define DONE()                                                          \
	(printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)

/* Writes n bytes drawn by rand() from alpha[0 .. n_alpha) to t, then a
 * NUL (t holds n + 1 bytes): random text for the tests that hold a fast
 * path to its plain version. */
static inline void random_text(char *t, size_t n, const char *alpha, size_t n_alpha)
{
	for (size_t k = 0; k < n; ++k) {
		t[k] = alpha[rand() % (int)n_alpha];
	}
	t[n] = '\0';
}

#endif
