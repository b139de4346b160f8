/* The gazetteer memo gives relkg_gazetteer_match's answer at every byte
 * of every sentence of the dev articles: asked in order (answers
 * remembered), asked again (answers from the memo), and asked backwards
 * (answers the memo cannot remember), in fresh memos; then at random
 * places, directly and through relkg_gaz_memo_match_to; and the
 * sentence of a byte as relkg_gaz_memo_sentence finds it from the one
 * before, against relkg_doc_sentence_at. */
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "extract.h"
#include "gaz_memo.h"
#include "graph.h"
#include "harness.h"
#include "input.h"
#include "lexicon.h"
#include "reader.h"

static int same_answer(const relkg_ctx *ctx, const relkg_gazetteer *gaz, size_t si, size_t i)
{
	relkg_gz_hit a = {0}, b = {0};
	size_t end = ctx->doc->sentences[si].span.end;
	int fa = relkg_gazetteer_match(gaz, ctx->doc->text + i, end - i, &a);
	int fb = relkg_gaz_memo_match(ctx, gaz, si, i, &b);
	return fa == fb && (!fa || memcmp(&a, &b, sizeof(a)) == 0);
}

/* Three passes over every byte of every sentence; pass p goes backwards
 * when bit p of backwards is set. */
static void check_article(const relkg_lexicon *lex, const char *path, unsigned backwards)
{
	char *text = NULL;
	size_t len = 0;
	relkg_diag diag = {{0}};
	OK(relkg_input_read(path, &text, &len, &diag) == RELKG_OK, "%s: %s", path, diag.msg);
	relkg_doc *doc = relkg_doc_new(path);
	relkg_graph *g = relkg_graph_new();
	relkg_ctx ctx;
	OK(text && relkg_read_text(doc, text, len, &diag) == RELKG_OK, "read %s", path);
	OK(relkg_ctx_init(&ctx, doc, g, "https://w3id.org/relkg/id/", lex) == RELKG_OK, "ctx");
	const relkg_gazetteer *gaz = relkg_ctx_gaz(&ctx);
	size_t wrong = 0, hits = 0;
	for (int pass = 0; pass < 3; ++pass) {
		for (size_t k = 0; k < doc->n_sentences; ++k) {
			int back = (backwards >> pass) & 1;
			size_t si = back ? doc->n_sentences - 1 - k : k;
			relkg_span sp = doc->sentences[si].span;
			for (size_t j = sp.begin; j < sp.end; ++j) {
				size_t i = back ? sp.end - 1 - (j - sp.begin) : j;
				relkg_gz_hit h;
				hits += pass == 0 && relkg_gazetteer_match(gaz, doc->text + i, sp.end - i, &h);
				wrong += !same_answer(&ctx, gaz, si, i);
			}
		}
	}
	/* then at random places, also through relkg_gaz_memo_match_to with
	 * the sentence's end (the memo) and an earlier end (the gazetteer) */
	unsigned seed = 99;
	for (size_t r = 0; r < 4 * doc->len; ++r) {
		seed = seed * 1103515245u + 12345u;
		size_t i = (seed >> 8) % doc->len, si = relkg_doc_sentence_at(doc, i);
		if (si == (size_t)-1) {
			continue;
		}
		wrong += !same_answer(&ctx, gaz, si, i);
		size_t ends[2] = {doc->sentences[si].span.end, doc->sentences[si].span.end - 1};
		for (int k = 0; k < 2; ++k) {
			relkg_gz_hit a = {0}, b = {0};
			int fa = ends[k] > i && relkg_gazetteer_match(gaz, doc->text + i, ends[k] - i, &a);
			int fb = ends[k] > i && relkg_gaz_memo_match_to(&ctx, gaz, i, ends[k], &b);
			wrong += fa != fb || (fa && memcmp(&a, &b, sizeof(a)) != 0);
		}
	}
	EQ_INT(wrong, 0);
	OK(hits > 0, "%s: some gazetteer hits", path);
	/* the sentence of a byte, asked in order, at random and past the end */
	size_t bad_si = 0;
	for (size_t r = 0; r < 3 * doc->len + 8; ++r) {
		seed = seed * 1103515245u + 12345u;
		size_t i = r < doc->len ? r : r < 2 * doc->len ? (seed >> 8) % (doc->len + 4) :
					      doc->len - (r - 2 * doc->len) % (doc->len + 1);
		bad_si += relkg_gaz_memo_sentence(&ctx, i) != relkg_doc_sentence_at(doc, i);
	}
	EQ_INT(bad_si, 0);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(g);
	relkg_doc_free(doc);
	free(text);
}

int main(void)
{
	relkg_lexicon *lex = NULL;
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	/* in order, again, backwards; backwards first (little remembered) */
	check_article(lex, "tests/corpus/japan-russia-relations.txt", 4);
	check_article(lex, "tests/corpus/estonia-russia.txt", 4);
	check_article(lex, "tests/corpus/japan-south-korea.txt", 1);
	relkg_lexicon_free(lex);
	return DONE();
}
