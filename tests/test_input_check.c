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

/* The binary-data test (more than 1 in 16 of the first 4 KiB bad: a NUL,
 * a control character, the start of an invalid sequence) against a count
 * kept while the text is made: texts of 40-6000 bytes, printable runs of
 * every length (the 8-bytes-at-a-time skip) between bad and good
 * non-ASCII pieces, bad ones as dense as the threshold, near 4 KiB too. */
static void test_binary_threshold(void)
{
	static const char *const good[] = {"\n", "\t", "\xC3\xA9", "\xE2\x80\x93",
		"\xF0\x9F\x98\x80"};
	static const char *const bad[] = {"\x01", "\xFF", "\x80", "\x02"};
	static char in[6100];
	int wrong = 0, binary = 0;
	for (int round = 0; round < 4000 && !wrong; ++round) {
		size_t want_n = 40 + next_rand() % (round % 4 ? 4200 : 6000);
		unsigned run = 1 + next_rand() % 40, per_bad = 1 + next_rand() % 8;
		size_t n = 3, nbad = 0;
		memcpy(in, "abc", 3);
		while (n < want_n) {
			size_t k = next_rand() % (run + 1);
			for (size_t i = 0; i < k; ++i) {
				in[n + i] = (char)(0x20 + next_rand() % 0x60); /* 0x7F too */
			}
			n += k;
			const char *b;
			int is_bad = next_rand() % 8 < per_bad;
			b = is_bad ? bad[next_rand() % 4] : good[next_rand() % 5];
			nbad += is_bad && n < 4096;
			memcpy(in + n, b, strlen(b));
			n += strlen(b);
		}
		in[n] = '\0';
		size_t lim = n < 4096 ? n : 4096;
		int want = lim >= 64 && nbad * 16 > lim;
		relkg_diag d = {{0}};
		size_t len = n;
		relkg_status st = relkg_input_check(in, &len, &d);
		int got = st == RELKG_ERR_BINARY && strncmp(d.msg, "binary data, not text (", 23) == 0;
		binary += want;
		if (got != want) {
			wrong = 1;
			OK(0, "round %d: %zu bytes, %zu bad: binary %d, want %d", round, n, nbad, got,
			   want);
		}
	}
	OK(!wrong, "binary-data test as counted");
	OK(binary > 100 && binary < 3900, "both answers met (%d binary of 4000)", binary);
}

int main(void)
{
	test_random_valid();
	test_error_position();
	test_nul_in_run();
	test_binary_threshold();
	return DONE();
}
