/* buf: the growable buffer.  relkg_buf_printf formats into the room the
 * buffer has and formats again only when that was too small: both ways
 * must give what snprintf gives, appended, NUL-terminated. */
#include <limits.h>
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
	test_putu();
	return DONE();
}
