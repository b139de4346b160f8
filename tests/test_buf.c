/* buf: the growable buffer.  relkg_buf_printf formats into the room the
 * buffer has and formats again only when that was too small: both ways
 * must give what snprintf gives, appended, NUL-terminated.  Formats of
 * %s, %d, %zu and %% alone it writes itself: held to snprintf on every
 * form of those, and the others still go to vsnprintf. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "harness.h"

static void test_printf(void)
{
	relkg_buf b;
	relkg_buf_init(&b);
	OK(relkg_buf_printf(&b, "%s-%d", "ab", 42) == RELKG_OK, "printf into an empty buffer");
	EQ_STR(b.data, "ab-42");
	EQ_INT(b.len, 5);
	/* longer than the room left (the first block is 64 bytes) */
	char big[300];
	for (size_t i = 0; i < sizeof(big) - 1; ++i) {
		big[i] = (char)('a' + i % 26);
	}
	big[sizeof(big) - 1] = '\0';
	OK(relkg_buf_printf(&b, "[%s]%zu", big, (size_t)7) == RELKG_OK, "printf that grows");
	char wantbuf[400];
	const char *want = wantbuf;
	snprintf(wantbuf, sizeof(wantbuf), "ab-42[%s]7", big);
	EQ_STR(b.data, want);
	EQ_INT(b.len, strlen(want));
	/* exactly filling the room, then one past it */
	relkg_buf c;
	relkg_buf_init(&c);
	for (size_t n = 0; n < 200; ++n) {
		c.len = 0;
		OK(relkg_buf_puts(&c, "") == RELKG_OK, "reset");
		OK(relkg_buf_printf(&c, "%.*s", (int)n, big) == RELKG_OK, "printf %zu bytes", n);
		OK(c.len == n && strncmp(c.data, big, n) == 0 && c.data[n] == '\0',
		   "printf %zu bytes: content and NUL", n);
	}
	relkg_buf_clear(&b);
	relkg_buf_clear(&c);
}

static relkg_buf pb;
static char pwant[2048];
static size_t pbad;

/* relkg_buf_printf after "pre" equals "pre" + snprintf, length and NUL. */
#define SAME_AS_SNPRINTF(...)                                                           \
	do {                                                                            \
		pb.len = 0;                                                             \
		if (relkg_buf_puts(&pb, "pre") != RELKG_OK ||                           \
		    relkg_buf_printf(&pb, __VA_ARGS__) != RELKG_OK) {                   \
			++pbad;                                                         \
			break;                                                          \
		}                                                                       \
		memcpy(pwant, "pre", 3);                                                \
		int n_ = snprintf(pwant + 3, sizeof(pwant) - 3, __VA_ARGS__);           \
		if (n_ < 0 || pb.len != 3 + (size_t)n_ || strcmp(pb.data, pwant) != 0) { \
			++pbad;                                                         \
			fprintf(stderr, "printf \"%s\" != \"%s\"\n", pb.data, pwant);      \
		}                                                                       \
	} while (0)

static void test_printf_plain(void)
{
	relkg_buf_init(&pb);
	char big[700];
	for (size_t i = 0; i < sizeof(big) - 1; ++i) {
		big[i] = (char)('A' + i % 26);
	}
	big[sizeof(big) - 1] = '\0';
	const int ints[] = {0, 1, -1, 9, 10, -10, 42, 1234567, -7654321, INT_MAX, INT_MIN};
	const size_t sizes[] = {0, 1, 9, 10, 99, 100, 65535, SIZE_MAX / 3, SIZE_MAX};
	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); ++i) {
		SAME_AS_SNPRINTF("%d", ints[i]);
		SAME_AS_SNPRINTF("x%dy%d%%", ints[i], -ints[i] / 2);
	}
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); ++i) {
		SAME_AS_SNPRINTF("%zu", sizes[i]);
		SAME_AS_SNPRINTF("%s/term/%zu-", "https://w3id.org/relkg/id/a", sizes[i]);
	}
	for (size_t n = 0; n < sizeof(big); n += 37) { /* every growth on the way */
		const char *s = big + sizeof(big) - 1 - n;
		SAME_AS_SNPRINTF("%s", s);
		SAME_AS_SNPRINTF("%s#citation-%d", s, (int)n);
		SAME_AS_SNPRINTF("%s of %s%s%s", "Embassy", s, n % 2 ? " in " : "", s);
	}
	const char *volatile none = NULL; /* glibc writes "(null)" */
	SAME_AS_SNPRINTF("%s", none);
	SAME_AS_SNPRINTF("%s", "");
	SAME_AS_SNPRINTF("plain text, no conversion");
	SAME_AS_SNPRINTF("%s", "");
	SAME_AS_SNPRINTF("%%s %%d %%%%");
	SAME_AS_SNPRINTF("%%%s%%", "x");
	/* not plain: vsnprintf, as before */
	SAME_AS_SNPRINTF("-%08lx", 0xbeefUL);
	SAME_AS_SNPRINTF("%-9s|%5d|%.2f|%c", "ab", 7, 0.125, 'q');
	SAME_AS_SNPRINTF("%.*s", 3, "abcdef");
	SAME_AS_SNPRINTF("%zx %lu", (size_t)255, 12UL);
	EQ_INT(pbad, 0);
	relkg_buf_clear(&pb);
}

static void test_putu(void)
{
	relkg_buf b;
	relkg_buf_init(&b);
	OK(relkg_buf_putu(&b, 0) == RELKG_OK, "putu 0");
	EQ_STR(b.data, "0");
	OK(relkg_buf_putc(&b, ',') == RELKG_OK && relkg_buf_putu(&b, 1234567890ULL) == RELKG_OK,
	   "putu appends");
	EQ_STR(b.data, "0,1234567890");
	b.len = 0;
	OK(relkg_buf_putu(&b, ULLONG_MAX) == RELKG_OK, "putu max");
	char maxbuf[32];
	const char *want = maxbuf;
	snprintf(maxbuf, sizeof(maxbuf), "%llu", ULLONG_MAX);
	EQ_STR(b.data, want);
	relkg_buf_clear(&b);
}

int main(void)
{
	test_printf();
	test_printf_plain();
	test_putu();
	return DONE();
}
