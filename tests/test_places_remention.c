/* The places rule set names a territory again wherever its name is
 * written as a word of its own (remention in rules_places.c, which
 * searches a sentence only when the name's next occurrence in the text
 * ends in it): every such occurrence, in any sentence before or after
 * the one that made the territory, short sentences and names at a
 * sentence's ends among them, is a mention of it; a name inside a longer
 * word or run across two sentences is none. */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "mentions.h"
#include "reader.h"

#include "extract_fixture.h"

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Is [b, e) a mention of entity ent? */
static int mention_of(size_t b, size_t e, size_t ent)
{
	for (size_t i = 0; i < ctx.mentions->n; ++i) {
		const relkg_mention *x = &ctx.mentions->ms[i];
		if (x->span.begin == b && x->span.end == e && x->entity == ent) {
			return 1;
		}
	}
	return 0;
}

/* The whole-word occurrences of the territory's label inside one
 * sentence, and how many of them are its mentions; a negative count
 * when the territory is not there. */
static int occurrences(const char *slug, int *mentioned)
{
	char iri[256];
	snprintf(iri, sizeof(iri), "%sterritory/%s", BASE, slug);
	size_t ent = relkg_mentions_find(ctx.mentions, iri);
	*mentioned = 0;
	if (ent == RELKG_NONE) {
		return -1;
	}
	const char *label = ctx.mentions->ents[ent].label, *t = doc->text;
	size_t n = strlen(label);
	int found = 0;
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		for (size_t b = sp.begin; b + n <= sp.end; ++b) {
			if (memcmp(t + b, label, n) != 0 || (b > 0 && is_letter(t[b - 1])) ||
			    (b + n < sp.end && is_letter(t[b + n]))) {
				continue;
			}
			++found;
			*mentioned += mention_of(b, b + n, ent);
			b += n - 1;
		}
	}
	return found;
}

static void named_again(void)
{
	run("Russia–Ukraine relations\n\nCrimea lies in the Black Sea. Russia annexed Crimea in "
	    "2014. No. Crimea. The Crimeans are no place, nor is Crimeax. Ukraine spoke. The "
	    "peninsula, Crimea, is disputed. Ukraine wants back Crimea\n\nCrimea\n");
	int m, n = occurrences("crimea", &m);
	OK(n == 5, "whole occurrences of the name in sentences: %d", n);
	OK(m == n, "each a mention of the territory: %d of %d", m, n);

	run("Russia–Ukraine relations\n\nRussia annexed Crimea in 2014.\n\nCrimea\n\nThe "
	    "status of Crimea is disputed. Kyiv protested.\n\nCrimea today\n\nTourists visit "
	    "Crimea.\n");
	n = occurrences("crimea", &m);
	OK(n == 3, "a name in headings between sentences: %d in sentences", n);
	OK(m == n, "each in a sentence a mention: %d of %d", m, n);

	run("China–Vietnam relations\n\nVietnam protested. Both states watch the Paracel "
	    "Islands. China claims the Paracel Islands and the Spratly Islands. The Spratly "
	    "Islands and the Paracel Islands lie south. Paracel Islands. Spratly Islands.\n");
	n = occurrences("paracel-islands", &m);
	OK(n == 4 && m == n, "a name written before the sentence that made it: %d of %d", m, n);
	n = occurrences("spratly-islands", &m);
	OK(n == 3 && m == n, "two territories, each found again: %d of %d", m, n);
}

int main(void)
{
	if (fx_extract_begin()) {
		return 1;
	}
	named_again();
	fx_extract_end();
	return DONE();
}
