/* relkg_input_check against a byte-at-a-time model of what it must do:
 * CR and CRLF become LF, a stray control character a space, a leading
 * UTF-8 BOM is dropped, valid UTF-8 is kept as it is; an invalid
 * sequence is reported with its byte offset and line.  Random texts mix
 * long printable ASCII runs (the 8-bytes-at-a-time path) with line
 * ends, controls and multi-byte characters, so both paths and the
 * copying after a shrink are exercised. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "input.h"

static unsigned long seed = 12345;

static unsigned next_rand(void)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)(seed >> 33);
}

/* One piece of random text appended at p (at most 40 bytes). */
static size_t piece(char *p)
{
	static const char *const bits[] = {"\r\n", "\r", "\n", "\t", "\x01", "\f",
		"\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x98\x80", "\xC2\xA0", " "};
	unsigned r = next_rand() % 16;
	if (r < 5) { /* a printable ASCII run of up to 40 bytes */
		size_t n = next_rand() % 41;
		for (size_t i = 0; i < n; ++i) {
			p[i] = (char)(0x20 + next_rand() % 0x5F);
		}
		return n;
	}
	const char *b = bits[next_rand() % (sizeof(bits) / sizeof(*bits))];
	memcpy(p, b, strlen(b));
	return strlen(b);
}

/* The model: the expected output of a valid input. */
static size_t model(const char *in, size_t n, char *out)
{
	size_t i = 0, w = 0;
	if (n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0) {
		i = 3;
	}
	while (i < n) {
		unsigned char c = (unsigned char)in[i];
		if (c == '\r') {
			out[w++] = '\n';
			i += (i + 1 < n && in[i + 1] == '\n') ? 2 : 1;
		} else if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
			out[w++] = ' ';
			++i;
		} else {
			out[w++] = (char)c;
			++i;
		}
	}
	return w;
}

static void test_random_valid(void)
{
	char in[4096], want[4096], got[4097];
	int bad = 0;
	for (int round = 0; round < 2000; ++round) {
		size_t n = 0, controls = 0;
		if (round % 3 == 0) {
			memcpy(in, "\xEF\xBB\xBF", 3);
			n = 3;
		}
		n += 3; /* some text first: never only white space */
		memcpy(in + n - 3, "abc", 3);
		while (n < 3000) {
			size_t k = piece(in + n);
			if (k == 1 && in[n] == '\x01' && ++controls > 8) {
				continue; /* more would be binary */
			}
			n += k;
		}
		size_t w = model(in, n, want);
		memcpy(got, in, n);
		got[n] = '\0';
		size_t len = n;
		relkg_diag d = {{0}};
		relkg_status st = relkg_input_check(got, &len, &d);
		if (st != RELKG_OK || len != w || memcmp(got, want, w) != 0 || got[len] != '\0') {
			++bad;
		}
	}
	EQ_INT(bad, 0);
}

/* An invalid byte after long lines: the offset and the line are right. */
static void test_error_position(void)
{
	char in[600];
	size_t n = 0;
	for (int line = 0; line < 5; ++line) {
		memset(in + n, 'x', 70);
		n += 70;
		memcpy(in + n, line % 2 ? "\r\n" : "\r", line % 2 ? 2 : 1);
		n += line % 2 ? 2 : 1;
	}
	memset(in + n, 'y', 20);
	n += 20;
	size_t at = n;
	in[n++] = (char)0xFF;
	memset(in + n, 'z', 30);
	n += 30;
	in[n] = '\0';
	relkg_diag d = {{0}};
	size_t len = n;
	EQ_INT(relkg_input_check(in, &len, &d), RELKG_ERR_ENCODING);
	char want[128];
	snprintf(want, sizeof(want), "invalid UTF-8 at byte %zu (line 6): ", at);
	OK(strncmp(d.msg, want, strlen(want)) == 0, "message \"%s\", want \"%s...\"", d.msg, want);
}

/* A NUL inside a long run of printable text is found. */
static void test_nul_in_run(void)
{
	char in[200];
	memset(in, 'a', sizeof(in));
	in[133] = '\0';
	relkg_diag d = {{0}};
	size_t len = sizeof(in) - 1;
	in[len] = '\0';
	EQ_INT(relkg_input_check(in, &len, &d), RELKG_ERR_ENCODING);
	OK(strstr(d.msg, "NUL byte at byte 133 (line 1)") != NULL, "message \"%s\"", d.msg);
}

int main(void)
{
	test_random_valid();
	test_error_position();
	test_nul_in_run();
	return DONE();
}
