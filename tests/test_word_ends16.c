/* The run-end index (relkg_sentence_run_ends) sixteen bytes at a time:
 * where the vector unit is there, word_ends.c finds the run ends of a
 * block of sixteen bytes from its masks and writes four places
 * unconditionally, looping for the rest.  Held equal to word_ends.h's
 * definition (a word byte before a byte that is no ASCII letter or
 * digit, or the sentence's last byte) on texts of dense ends (five or
 * more in sixteen bytes), none at all, bytes >= 0x80 next to '-' and
 * '\'', the bounds of the letter and digit ranges, at every alignment of
 * a sixteen-byte block; and on long generated sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "reader.h"
#include "word_ends.h"

#define BASE "https://w3id.org/relkg/id/"

static relkg_lexicon *lex;

/* Is q a run end of [b, end) by word_ends.h's definition? */
static int is_run_end(const char *t, size_t q, size_t end)
{
	unsigned char next = q + 1 < end ? (unsigned char)t[q + 1] : 0;
	int goes_on = q + 1 < end && (((next | 0x20u) >= 'a' && (next | 0x20u) <= 'z') ||
				      (next >= '0' && next <= '9'));
	return relkg_word_byte((unsigned char)t[q]) && !goes_on;
}

/* The places where the index of some sentence differs from the
 * definition (a missing, extra or misplaced end); *n_ends counts the
 * ends found. */
static size_t run_ends_differ(relkg_ctx *ctx, size_t *n_ends)
{
	const relkg_doc *d = ctx->doc;
	size_t bad = 0;
	for (size_t si = 0; si < d->n_sentences; ++si) {
		relkg_span sp = d->sentences[si].span;
		const size_t *ends;
		size_t n, k = 0;
		if (relkg_sentence_run_ends(ctx, si, &ends, &n) != RELKG_OK) {
			return 1;
		}
		for (size_t q = sp.begin; q < sp.end; ++q) {
			if (is_run_end(d->text, q, sp.end)) {
				bad += k >= n || ends[k] != q;
				++k;
			}
		}
		bad += k != n;
		*n_ends += n;
	}
	return bad;
}

/* Reads text as an article and checks its run ends: their number. */
static size_t check_text(const char *name, const char *text, size_t len)
{
	relkg_diag diag = {{0}};
	relkg_doc *doc = relkg_doc_new(name);
	relkg_graph *graph = relkg_graph_new();
	relkg_ctx ctx;
	size_t n_ends = 0;
	OK(doc && graph, "new");
	OK(relkg_read_text(doc, text, len, &diag) == RELKG_OK, "%s: read: %s", name, diag.msg);
	OK(relkg_ctx_init(&ctx, doc, graph, BASE, lex) == RELKG_OK, "ctx");
	size_t bad = run_ends_differ(&ctx, &n_ends);
	OK(bad == 0, "%s: %zu run ends differ", name, bad);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(graph);
	relkg_doc_free(doc);
	return n_ends;
}

/* Dense ends, none, and the byte classes' edges at every alignment. */
static void dense(void)
{
	static const char *const bodies[] = {"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t",
		"x--------y----z------------------w", "a'b'c'd'e'f'g'h'i'j'k'l'm'n",
		"a'-b'-c'-d'-e'-f'-g'-h'-i'-j'-k'-l'-", "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5",
		"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
		", , , , , , , , , , , , , ,", "\xc3\xa9-\xc3\xa9-\xc3\xa9-\xc3\xa9-\xc3\xa9-\xc3\xa9",
		"ab\xc2\xa0"
		"cd\xe2\x80\x94"
		"ef-'gh'-ij\xe6\x97\xa5\xe6\x9c\xac"
		"kl",
		"Zz09az AZ 09 za{a`a@a[a/a:a@Z[z{0/9:", "of a, to be, in it: or so; at me.", NULL};
	char text[512];
	size_t total = 0;
	for (const char *const *b = bodies; *b; ++b) {
		for (int shift = 0; shift < 16; ++shift) {
			int len = snprintf(text, sizeof(text),
					   "Dense\n\n%.*sThe %s words end here %s too.\n", shift,
					   "qqqqqqqqqqqqqqqq", *b, *b);
			total += check_text("dense", text, (size_t)len);
		}
	}
	OK(total > 1000, "ends found (%zu)", total);
}

/* Long sentences of random pieces: words, marks, bytes >= 0x80. */
static void generated(void)
{
	static const char *const pieces[] = {"Japan", "the", " ", " ", ", ", "1993", "x1", "9a",
		"-", "--", "'", "'s", "O'Brien", "\xc3\xa9", "\xc3\x89lys\xc3\xa9" "e", "\xe2\x80\x94",
		"(", ")", "[1]", "U.S.", "a", "of", "Yuzhno-Sakhalinsk", "z", "Z", "0", "9", "@", "`",
		"{", NULL};
	size_t n_pieces = 0;
	while (pieces[n_pieces]) {
		++n_pieces;
	}
	unsigned seed = 2024;
	char text[4096];
	for (int round = 0; round < 200; ++round) {
		size_t len = (size_t)snprintf(text, sizeof(text), "Generated %d\n\n", round);
		for (int k = 0; k < 200; ++k) {
			seed = seed * 1103515245u + 12345u;
			const char *p = pieces[(seed >> 16) % n_pieces];
			size_t pl = strlen(p);
			if (len + pl + 3 >= sizeof(text)) {
				break;
			}
			memcpy(text + len, p, pl);
			len += pl;
		}
		memcpy(text + len, ".\n\n", 3);
		len += 3;
		text[len] = '\0';
		check_text("generated", text, len);
	}
}

int main(void)
{
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	dense();
	generated();
	relkg_lexicon_free(lex);
	return DONE();
}
