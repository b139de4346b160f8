/* "his DEMONYM counterpart, NAME": see office_counterpart.h. */
#include <string.h>

#include "entities.h"
#include "names.h"
#include "office_counterpart.h"
#include "office_state.h"
#include "rules.h"
#include "try.h"
#include "words.h"

static const relkg_rule rule_counterpart = {"office-counterpart",
	"counterpart of an office holder",
	"\"Foreign Minister Alexander Downer and his Indonesian counterpart, Hassan Wirajuda\": "
	"the person after 'counterpart' holds the post of the holder named before in the "
	"sentence, in the state of the demonym."};

/* The office of the last person before i in sentence si who holds one, or
 * NONE. */
static size_t holder_office(const relkg_ctx *ctx, size_t si, size_t i)
{
	const relkg_mentions *m = ctx->mentions;
	size_t sb = ctx->doc->sentences[si].span.begin, best = RELKG_NONE, at = 0;
	for (size_t k = 0; k < m->n; ++k) { /* all: this sentence's are appended, unsorted */
		const relkg_mention *x = &m->ms[k];
		const relkg_entity *e = &m->ents[x->entity];
		if (x->span.begin >= sb && x->span.end <= i && e->kind == RELKG_ENT_PERSON &&
		    e->office != RELKG_NONE && (best == RELKG_NONE || x->span.begin > at)) {
			best = e->office;
			at = x->span.begin;
		}
	}
	return best;
}

relkg_status relkg_office_counterpart_at(relkg_ctx *ctx, size_t si, size_t i, size_t *next)
{
	const char *t = ctx->doc->text;
	size_t end = ctx->doc->sentences[si].span.end;
	*next = i + 1;
	if (!relkg_office_counterpart_may_be_at(t, i)) {
		return RELKG_OK; /* no "his" or "her" */
	}
	size_t p = relkg_word_end(t, i, end);
	if (!(relkg_word_is(t, i, p, "his") || relkg_word_is(t, i, p, "her"))) {
		return RELKG_OK;
	}
	size_t ce, c = relkg_country_at(ctx, relkg_skip_space(t, p, end), &ce);
	if (c == RELKG_NONE) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, ce, end);
	size_t k = relkg_starts_with(t, p, end, "counterpart");
	if (!k) {
		return RELKG_OK;
	}
	p = relkg_skip_space(t, p + k, end);
	if (p < end && t[p] == ',') {
		p = relkg_skip_space(t, p + 1, end);
	}
	int words = 0;
	size_t nb = relkg_name_skip_honorific(t, p, end);
	size_t ne = relkg_name_parse(ctx, nb, end, &words);
	size_t held = holder_office(ctx, si, i);
	const relkg_gz_office *go = held != RELKG_NONE ? relkg_office_title(ctx, held) : NULL;
	if (ne == nb || !go) {
		return RELKG_OK;
	}
	if (!relkg_office_possible(ctx, go, c)) {
		return RELKG_OK;
	}
	size_t person = relkg_name_known_person(ctx, nb, ne);
	if (person == RELKG_NONE && words < 2) {
		return RELKG_OK; /* one word naming nobody known */
	}
	if (person == RELKG_NONE) {
		person = relkg_ent_person(ctx, t + nb, ne - nb);
		if (person == RELKG_NONE) {
			return RELKG_ERR_NOMEM;
		}
	}
	size_t office = relkg_ent_office(ctx, go, c);
	if (office == RELKG_NONE) {
		return RELKG_ERR_NOMEM;
	}
	relkg_status st;
	TRY(st, relkg_mentions_add(ctx->mentions, (relkg_span){nb, ne}, si, person, RELKG_MF_NAME));
	*next = ne;
	return relkg_emit_holds(ctx, person, office, si, nb, NULL, NULL, &rule_counterpart, 0.7);
}
