/* relkg_rdfterm_literal and relkg_rdfterm_literal_clean (their scan,
 * next_bad: printable ASCII skipped eight bytes a step, the last step
 * reading again bytes before it) against the text made of fragments whose
 * repair is known one by one: printable ASCII runs of every length, TAB,
 * LF and CR (kept; they borrow in the eight-byte test, and a space after
 * one must still be kept), C0 controls and NUL, valid UTF-8 of two to
 * four bytes, U+FFFE and U+FFFF, and invalid sequences (each made one
 * U+FFFD), at every alignment of the text and at its very end. */
#include <stdio.h>

#include "buf.h"
#include "harness.h"
#include "rdfterm.h"

#define FFFD "\xEF\xBF\xBD"

typedef struct {
	const char *in;
	const char *out;
} frag;

static const frag frags[] = {
	{"a", "a"},
	{"Hello", "Hello"},
	{"plain ASCII text of some length.", "plain ASCII text of some length."},
	{"~!", "~!"},
	{" ", " "},
	{"\t", "\t"},
	{"\n ", "\n "},
	{"\r\n", "\r\n"},
	{"\x01", FFFD},
	{"\x1f ", FFFD " "},
	{"\x7f", "\x7f"},
	{"\xC3\xA9", "\xC3\xA9"},		 /* é */
	{"\xE2\x80\x94", "\xE2\x80\x94"},	 /* em dash */
	{"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"}, /* U+1F600 */
	{"\xEF\xBF\xBE", FFFD},			 /* U+FFFE */
	{"\xEF\xBF\xBF", FFFD},			 /* U+FFFF */
	{"\x80", FFFD},				 /* lone continuation */
	{"\xC3!", FFFD "!"},			 /* truncated */
	{"\xE2\x80!", FFFD "!"},		 /* truncated, one subpart */
	{"\xC0\xAF", FFFD FFFD},		 /* overlong */
	{"\xED\xA0\x80", FFFD FFFD FFFD},	 /* surrogate */
	{"\xFF", FFFD},
};
#define N_FRAGS (sizeof(frags) / sizeof(frags[0]))

/* Appends the fragments picked by rand() to in and their repair to out
 * (both with room); returns the input's length, *bad whether any
 * fragment is repaired. */
static size_t build(char *in, char *out, int count, int *bad)
{
	size_t n = 0, m = 0;
	*bad = 0;
	for (int k = 0; k < count; ++k) {
		const frag *f = &frags[rand() % (int)N_FRAGS];
		size_t a = strlen(f->in), b = strlen(f->out);
		memcpy(in + n, f->in, a);
		memcpy(out + m, f->out, b);
		n += a;
		m += b;
		*bad |= a != b || memcmp(f->in, f->out, a) != 0;
	}
	out[m] = '\0';
	return n;
}

int main(void)
{
	static char space[4096], want[8192];
	relkg_buf b;
	relkg_buf_init(&b);
	int bad_out = 0, bad_clean = 0, runs = 0;
	srand(7);
	for (int round = 0; round < 4000; ++round) {
		size_t shift = (size_t)(round % 8); /* the text's alignment */
		char *in = space + shift;
		int bad;
		size_t n = build(in, want, rand() % 24, &bad);
		in[n] = 'Z'; /* a byte after the text is not read as its own */
		b.len = 0;
		if (relkg_rdfterm_literal(&b, in, n, NULL) != RELKG_OK) {
			++bad_out;
			continue;
		}
		bad_out += b.len != strlen(want) || memcmp(b.data, want, b.len) != 0;
		bad_clean += relkg_rdfterm_literal_clean(in, n) != !bad;
		++runs;
	}
	EQ_INT(runs, 4000);
	EQ_INT(bad_out, 0);
	EQ_INT(bad_clean, 0);
	/* a NUL inside: repaired, and the bytes after it read */
	b.len = 0;
	OK(relkg_rdfterm_literal(&b, "abcdefgh\0ijklmnop", 17, NULL) == RELKG_OK &&
		   b.len == 19 && memcmp(b.data, "abcdefgh" FFFD "ijklmnop", 19) == 0,
	   "NUL repaired");
	/* short texts, every one of the last seven bytes bad in turn */
	for (size_t len = 1; len <= 16; ++len) {
		for (size_t at = 0; at < len; ++at) {
			char t[17];
			memset(t, 'x', len);
			t[at] = '\x02';
			OK(!relkg_rdfterm_literal_clean(t, len), "control at %zu of %zu", at, len);
			t[at] = ' ';
			OK(relkg_rdfterm_literal_clean(t, len), "clean, %zu bytes", len);
		}
	}
	OK(relkg_rdfterm_literal_clean("", 0), "empty");
	relkg_buf_clear(&b);
	return DONE();
}
