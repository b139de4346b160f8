/* doc: the document builder.  A block's text is folded (white space runs
 * to one space, trimmed; U+00A0 counts as white space), copied 8 bytes a
 * step where no byte can start white space but a single space between
 * words: held to the byte-by-byte definition on generated blocks that mix
 * every kind of byte, and on prose. */
#include <stdint.h>
#include <stdlib.h>

#include "bytes8.h"
#include "doc.h"
#include "harness.h"

/* The fold as defined, one byte at a time, into out (room for n + 1). */
static size_t fold_reference(const unsigned char *s, size_t n, char *out)
{
	size_t o = 0;
	int space = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t w = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
				   ? 1
			   : c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0 ? 2
									: 0;
		if (w) {
			space = 1;
			i += w;
			continue;
		}
		if (space && o > 0) {
			out[o++] = ' ';
		}
		space = 0;
		out[o++] = (char)c;
		++i;
	}
	out[o] = '\0';
	return o;
}

static uint32_t rng = 12345;

static unsigned next_rand(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

/* Bytes that matter to the fold (every kind of white space, the no-break
 * space and its lead byte alone, control bytes, the bounds of the word
 * test) and ordinary ones, in runs of every length. */
/* Prose: words of one to twelve letters, mostly one space apart, now and
 * then two spaces, a tab, a line end, a no-break space or a space before
 * one of these, a space before the first word or after the last (the
 * runs copied with their spaces, and where they must stop). */
static size_t gen_prose(unsigned char *s, size_t cap)
{
	static const char *const gaps[] = {"  ", "\t", "\n", "\xC2\xA0", " \t", " \xC2\xA0", "\xC2",
		"\x01", "   "};
	size_t n = 0, want = next_rand() % cap;
	if (next_rand() % 4 == 0) {
		s[n++] = ' ';
	}
	while (n + 16 < want) {
		for (size_t k = 1 + next_rand() % 12; k > 0; --k) {
			s[n++] = (unsigned char)('a' + next_rand() % 26);
		}
		const char *g = next_rand() % 6 ? " " : gaps[next_rand() % (sizeof(gaps) / sizeof(*gaps))];
		memcpy(s + n, g, strlen(g));
		n += strlen(g);
	}
	if (next_rand() % 4 == 0) {
		s[n++] = ' ';
	}
	return n;
}

static size_t gen_block(unsigned char *s, size_t cap)
{
	if (next_rand() % 2) {
		return gen_prose(s, cap);
	}
	static const unsigned char pick[] = {' ', '\t', '\n', '\r', '\f', '\v', 0xC2, 0xA0, 0x01,
		0x1F, 0x20, 0x21, 0x7F, 0x80, 0xC1, 0xC3, 0xE2, 0xFF, 'a', 'Z', '.', '-'};
	size_t n = next_rand() % cap;
	for (size_t i = 0; i < n; ++i) {
		unsigned r = next_rand() % 4;
		if (r == 0) {
			s[i] = pick[next_rand() % sizeof(pick)];
		} else if (r == 1 && i + 1 < n) {
			s[i++] = 0xC2; /* a no-break space */
			s[i] = 0xA0;
		} else {
			s[i] = (unsigned char)('a' + next_rand() % 26); /* a word byte */
		}
	}
	return n;
}

static void test_fold(void)
{
	enum { BLOCKS = 2000, CAP = 90 };
	unsigned char in[BLOCKS][CAP];
	size_t len[BLOCKS];
	relkg_doc *d = relkg_doc_new("fold");
	OK(d != NULL, "doc");
	if (!d) {
		return;
	}
	OK(relkg_doc_set_title(d, "T", 1) == RELKG_OK, "title");
	size_t bad_add = 0;
	for (size_t k = 0; k < BLOCKS; ++k) {
		len[k] = gen_block(in[k], CAP);
		bad_add += relkg_doc_add_block(d, RELKG_BLOCK_PARAGRAPH, (const char *)in[k], len[k]) !=
			   RELKG_OK;
	}
	EQ_INT(bad_add, 0);
	OK(relkg_doc_finish(d) == RELKG_OK, "finish");
	/* the blocks after the title, the empty ones (nothing but white
	 * space) left out */
	size_t b = 1, bad = 0, compared = 0, long_runs = 0;
	char want[CAP + 1];
	for (size_t k = 0; k < BLOCKS; ++k) {
		size_t n = fold_reference(in[k], len[k], want);
		if (n == 0) {
			continue;
		}
		if (b >= d->n_blocks) {
			++bad;
			break;
		}
		relkg_span sp = d->blocks[b++].span;
		bad += sp.end - sp.begin != n || memcmp(d->text + sp.begin, want, n) != 0;
		++compared;
		long_runs += n >= 16;
	}
	bad += b != d->n_blocks;
	EQ_INT(bad, 0);
	OK(compared > BLOCKS / 2 && long_runs > 20, "blocks compared: %zu (%zu long)", compared,
	   long_runs);
	relkg_doc_free(d);
}

/* relkg_b8_count_leads against a byte at a time, on words of random
 * bytes and on words of UTF-8 lead and continuation bytes. */
static void test_count_leads(void)
{
	uint64_t seed = 88172645463325252u;
	size_t bad = 0;
	for (int round = 0; round < 100000; ++round) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		unsigned char b[8];
		memcpy(b, &seed, 8);
		if (round & 1) { /* only 0x80..0xFF and ASCII, the bytes that decide */
			for (int k = 0; k < 8; ++k) {
				b[k] = (unsigned char)(b[k] & 0x3u ? 0x80u | (b[k] >> 1) : b[k] >> 1);
			}
		}
		unsigned want = 0;
		for (int k = 0; k < 8; ++k) {
			want += (b[k] & 0xC0u) != 0x80u;
		}
		bad += relkg_b8_count_leads(relkg_b8_load(b)) != want;
	}
	EQ_INT(bad, 0);
}

/* relkg_doc_cp at every byte of a document of generated blocks, and its
 * code point length, against a count a byte at a time. */
static void test_code_points(void)
{
	enum { BLOCKS = 300, CAP = 90 };
	unsigned char in[CAP];
	relkg_doc *d = relkg_doc_new("cp");
	OK(d != NULL, "doc");
	if (!d) {
		return;
	}
	OK(relkg_doc_set_title(d, "T", 1) == RELKG_OK, "title");
	size_t bad = 0;
	for (size_t k = 0; k < BLOCKS; ++k) {
		size_t n = gen_block(in, CAP);
		bad += relkg_doc_add_block(d, RELKG_BLOCK_PARAGRAPH, (const char *)in, n) != RELKG_OK;
	}
	OK(relkg_doc_finish(d) == RELKG_OK, "finish");
	size_t cp = 0, multi = 0;
	for (size_t i = 0; i <= d->len; ++i) {
		bad += relkg_doc_cp(d, i) != cp;
		if (i < d->len) {
			cp += ((unsigned char)d->text[i] & 0xC0u) != 0x80u;
			multi += ((unsigned char)d->text[i] & 0xC0u) == 0x80u;
		}
	}
	bad += d->cp_len != cp;
	for (size_t si = 0; si < d->n_sentences; ++si) {
		const relkg_sentence *s = &d->sentences[si];
		bad += s->cp_begin != relkg_doc_cp(d, s->span.begin) ||
		       s->cp_end != relkg_doc_cp(d, s->span.end);
	}
	EQ_INT(bad, 0);
	OK(multi > 100 && d->len > 1000, "%zu continuation bytes of %zu", multi, d->len);
	relkg_doc_free(d);
}

/* relkg_doc_cp in short documents (shorter than a word, ending inside
 * one, a word exactly) at every byte and past the end: the index's last
 * entry and the word read back from the offset. */
static void test_code_points_short(void)
{
	static const char *const pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "b c"};
	size_t bad = 0, docs = 0;
	for (unsigned seed = 0; seed < 400; ++seed) {
		char in[64];
		size_t n = 0;
		unsigned x = seed * 2654435761u;
		for (unsigned k = 0; k < 1 + seed % 9; ++k) {
			const char *p = pieces[(x >> (3 * k)) % 5];
			memcpy(in + n, p, strlen(p));
			n += strlen(p);
		}
		relkg_doc *d = relkg_doc_new("short");
		if (!d) {
			++bad;
			continue;
		}
		if (relkg_doc_add_block(d, RELKG_BLOCK_PARAGRAPH, in, n) != RELKG_OK ||
		    relkg_doc_finish(d) != RELKG_OK) {
			++bad;
			relkg_doc_free(d);
			continue;
		}
		size_t cp = 0;
		for (size_t i = 0; i <= d->len; ++i) {
			bad += relkg_doc_cp(d, i) != cp;
			if (i < d->len) {
				cp += ((unsigned char)d->text[i] & 0xC0u) != 0x80u;
			}
		}
		bad += d->cp_len != cp || relkg_doc_cp(d, d->len + 5) != cp;
		docs += d->len < 8;
		relkg_doc_free(d);
	}
	EQ_INT(bad, 0);
	OK(docs > 10, "%zu documents shorter than a word", docs);
}

int main(void)
{
	test_count_leads();
	test_code_points();
	test_code_points_short();
	test_fold();
	return DONE();
}
