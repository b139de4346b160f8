/* Gazetteer matches remembered for one document.  The countries rule set
 * asks relkg_gazetteer_match at every word start of every sentence; a
 * later rule set asking at the same place (the same sentence, so the same
 * text up to the sentence end) gets the answer without matching again.
 *
 * Answers are remembered in the order of the text (a question before the
 * last one remembered is answered by matching, and not remembered): a
 * bitmap of the bytes asked at and the list of hits, in order.
 *
 * Ownership: the memo owns its memory; relkg_ctx owns the memo
 * (ctx->gaz_memo, NULL when none: every question is then matched). */
#ifndef RELKG_GAZ_MEMO_H
#define RELKG_GAZ_MEMO_H
#include <stddef.h>
#include "extract.h"
#include "gazetteer.h"

typedef struct relkg_gaz_memo relkg_gaz_memo;

/* A memo for a document of len bytes, or NULL on no memory. */
relkg_gaz_memo *relkg_gaz_memo_new(size_t len);
void relkg_gaz_memo_free(relkg_gaz_memo *m);
/* relkg_gazetteer_match(gaz, text + i, end - i, hit), with text the
 * document and end the end of sentence si (i inside it); remembered in
 * ctx->gaz_memo when there is one. */
int relkg_gaz_memo_match(const relkg_ctx *ctx, const relkg_gazetteer *gaz, size_t si, size_t i,
	relkg_gz_hit *hit);
/* relkg_gazetteer_match(gaz, text + i, end - i, hit) for a caller that
 * knows no sentence: the memo answers when end is the end of the
 * sentence holding i, the gazetteer otherwise. */
int relkg_gaz_memo_match_to(const relkg_ctx *ctx, const relkg_gazetteer *gaz, size_t i,
	size_t end, relkg_gz_hit *hit);
/* The sentence holding byte i, as relkg_doc_sentence_at(ctx->doc, i)
 * answers: the one found last when it holds i (names are parsed word by
 * word, so the next question is most often in the same sentence), else
 * searched. */
size_t relkg_gaz_memo_sentence(const relkg_ctx *ctx, size_t i);
#endif
