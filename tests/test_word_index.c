/* The word index (relkg_sentence_words): the starts of the words that
 * begin with a letter, found once per article, that the rule sets scan
 * instead of testing every byte; and the index of run ends
 * (relkg_sentence_run_ends) where the word scanner looks for keywords.  Held equal to the byte scan it replaces
 * (relkg_letter_word_at at every byte of every sentence) on generated
 * texts and the dev articles; and the gazetteer's promise that lets the
 * countries rule set use it: with the real lexicon every name begins with
 * a letter, so every match at a word start is at an indexed byte. */
#include <stdlib.h>

#include "entities.h"
#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "reader.h"
#include "word_ends.h"
#include "words.h"

#define BASE "https://w3id.org/relkg/id/"

static relkg_lexicon *lex;

/* Is the index of every sentence of ctx exactly the byte scan's? */
static size_t index_differs(relkg_ctx *ctx)
{
	const relkg_doc *d = ctx->doc;
	size_t bad = 0;
	for (size_t si = 0; si < d->n_sentences; ++si) {
		relkg_span sp = d->sentences[si].span;
		const size_t *ws;
		size_t n, k = 0;
		if (relkg_sentence_words(ctx, si, &ws, &n) != RELKG_OK) {
			return 1;
		}
		for (size_t i = sp.begin; i < sp.end; ++i) {
			if (relkg_letter_word_at(d->text, i, sp.end)) {
				bad += k >= n || ws[k] != i;
				++k;
			}
		}
		bad += k != n;
	}
	return bad;
}

/* Every gazetteer match at a word start of a sentence is at an indexed
 * byte (what the countries rule set relies on when letter_initial). */
static size_t match_outside_index(relkg_ctx *ctx)
{
	const relkg_doc *d = ctx->doc;
	const relkg_gazetteer *g = relkg_ctx_gaz(ctx);
	size_t bad = 0;
	for (size_t si = 0; si < d->n_sentences; ++si) {
		relkg_span sp = d->sentences[si].span;
		for (size_t i = sp.begin; i < sp.end; ++i) {
			relkg_gz_hit hit;
			if (relkg_word_start_at(d->text, i) &&
			    relkg_gazetteer_match(g, d->text + i, sp.end - i, &hit)) {
				bad += !relkg_letter_word_at(d->text, i, sp.end);
			}
		}
	}
	return bad;
}

/* Is q a run end of [b, end) by word_ends.h's definition? */
static int is_run_end(const char *t, size_t q, size_t end)
{
	unsigned char next = q + 1 < end ? (unsigned char)t[q + 1] : 0;
	int goes_on = q + 1 < end && (((next | 0x20u) >= 'a' && (next | 0x20u) <= 'z') ||
				      (next >= '0' && next <= '9'));
	return relkg_word_byte((unsigned char)t[q]) && !goes_on;
}

/* The run ends of every sentence are exactly the bytes of the definition,
 * and every word relkg_word_end finds from any byte whose last byte a
 * word may hold ends at one of them (what the word scanner's keyword
 * search relies on). */
static size_t run_ends_differ(relkg_ctx *ctx)
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
		for (size_t p = sp.begin; p < sp.end; ++p) {
			size_t e = relkg_word_end(d->text, p, sp.end);
			if (e > p && relkg_word_byte((unsigned char)d->text[e - 1])) {
				bad += !is_run_end(d->text, e - 1, sp.end);
			}
		}
	}
	return bad;
}

/* The word keys of every sentence of ctx: one per indexed word start,
 * each the class of its first byte by the kind of the next (29 at the
 * sentence end), by their definition rather than relkg_word_key's
 * tables. */
static size_t keys_differ(relkg_ctx *ctx)
{
	const relkg_doc *d = ctx->doc;
	size_t bad = 0;
	for (size_t si = 0; si < d->n_sentences; ++si) {
		relkg_span sp = d->sentences[si].span;
		const size_t *ws;
		const uint16_t *keys;
		size_t n;
		if (relkg_sentence_words(ctx, si, &ws, &n) != RELKG_OK ||
		    relkg_sentence_word_keys(ctx, si, &keys) != RELKG_OK) {
			return 1;
		}
		for (size_t w = 0; w < n; ++w) {
			size_t i = ws[w];
			unsigned char c = (unsigned char)d->text[i];
			unsigned cls = c >= 'a' && c <= 'z' ? (unsigned)(c - 'a')
				       : c >= 'A' && c <= 'Z' ? 26u + (unsigned)(c - 'A')
				       : c >= 0x80 ? 52u : 53u;
			unsigned kind = 29;
			if (i + 1 < sp.end) {
				unsigned char x = (unsigned char)d->text[i + 1];
				unsigned l = (unsigned)((x | 0x20) - 'a');
				kind = l < 26u ? l : x == ' ' ? 26u : x == '-' ? 27u : 28u;
			}
			unsigned want = cls * RELKG_WORD_KINDS + kind;
			bad += keys[w] != want || relkg_word_key(d->text, i, sp.end) != want;
			bad += keys[w] >= RELKG_WORD_KEYS;
		}
	}
	return bad;
}

/* Reads text as an article and checks the properties on it. */
static void check_text(const char *name, const char *text, size_t len)
{
	relkg_diag diag = {{0}};
	relkg_doc *doc = relkg_doc_new(name);
	relkg_graph *graph = relkg_graph_new();
	relkg_ctx ctx;
	OK(doc && graph, "new");
	OK(relkg_read_text(doc, text, len, &diag) == RELKG_OK, "%s: read: %s", name, diag.msg);
	OK(relkg_ctx_init(&ctx, doc, graph, BASE, lex) == RELKG_OK, "ctx");
	EQ_INT(index_differs(&ctx), 0);
	EQ_INT(match_outside_index(&ctx), 0);
	EQ_INT(run_ends_differ(&ctx), 0);
	EQ_INT(keys_differ(&ctx), 0);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(graph);
	relkg_doc_free(doc);
}

/* Pieces generated texts are made of: ASCII words, digits, punctuation,
 * inner hyphens and apostrophes, letters and marks outside ASCII, names
 * of the gazetteer glued to other words. */
static const char *const pieces[] = {"Japan", "japan", "Russia's", "the", "Moscow", " ", " ",
	" ", ", ", ". ", "1993", "x1", "9a", "-", "--", "'", "'s", "O'Brien", "Yuzhno-Sakhalinsk",
	"é", "Élysée", "über", "Ünited", "̈", "a̲b", "日本", "Россия", "—", "–", "“", "”", "(", ")",
	"[1]", "$5", "U.S.", "W.", "\u00a0", "ß", "ǅ", "Ⅻ", "٣", "Soviet", "Union", "Kuril", "Islands",
	"JapanRussia", "aJapan", "_Japan", "/Tokyo", "#", NULL};

static void generated(void)
{
	size_t n_pieces = 0;
	while (pieces[n_pieces]) {
		++n_pieces;
	}
	unsigned seed = 12345;
	char text[4096];
	for (int round = 0; round < 300; ++round) {
		size_t len = (size_t)snprintf(text, sizeof(text), "Generated %d\n\n", round);
		for (int line = 0; line < 4; ++line) {
			for (int k = 0; k < 60; ++k) {
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
		}
		text[len] = '\0';
		check_text("generated", text, len);
	}
}

/* Runs that end at most bytes, more than two in eight (the run-end scan
 * writes two places of a block unconditionally and loops for the rest),
 * and none at all, at every alignment. */
static void dense_ends(void)
{
	static const char *const bodies[] = {"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", "x--------y----z",
		"a'b'c'd'e'f'g'h'i'j", "é-é-é-é-é-é-é-é", "a,b,c,d,e,f,g,h,i,j,k,l",
		"abcdefghijklmnopqrstuvwxyz", ", , , , , , , , ,", NULL};
	char text[256];
	for (const char *const *b = bodies; *b; ++b) {
		for (int shift = 0; shift < 8; ++shift) {
			int len = snprintf(text, sizeof(text), "Dense\n\n%.*sThe %s words end here.\n",
					   shift, "qqqqqqqq", *b);
			check_text("dense", text, (size_t)len);
		}
	}
}

static void dev_articles(void)
{
	static const char *const files[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/estonia-russia.txt", "tests/corpus/georgia-japan.txt",
		"tests/corpus/japan-south-korea.txt", "tests/corpus/russia-united-states.txt", NULL};
	for (const char *const *f = files; *f; ++f) {
		char *data;
		size_t len;
		relkg_diag diag = {{0}};
		if (relkg_input_read(*f, &data, &len, &diag) != RELKG_OK) {
			OK(0, "%s: %s", *f, diag.msg);
			continue;
		}
		check_text(*f, data, len);
		free(data);
	}
}

int main(void)
{
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	OK(relkg_gazetteer_letter_initial(relkg_ctx_gaz(&(relkg_ctx){.lex = lex})),
	   "every gazetteer name begins with a letter");
	generated();
	dense_ends();
	dev_articles();
	relkg_lexicon_free(lex);
	return DONE();
}
