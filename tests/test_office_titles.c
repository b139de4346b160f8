/* Office titles found where the offices rule set looks for them: at the
 * sentence's words and after a country's "'s", no longer at every byte
 * (rules_offices.c, last_title_at).  The people and offices found in
 * texts with titles at and inside words, after prefixes, hyphens,
 * countries, "'s" with and without a space, and in sentences with none
 * (and a counterpart after "his", "His", asked only where an 'h' is),
 * as the plain version (77b6ced, a title looked for at every byte) found
 * them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "mentions.h"
#include "reader.h"

static const char *const texts[] = {
	"Russia'sPresident Vladimir Putin met Japan's Prime Minister Shinzo Abe in Tokyo.",
	"The then-President Boris Yeltsin visited Tokyo; the U.S.President Bill Clinton did not.",
	"Ex-President Dmitry Medvedev and vicepresident Joe Biden spoke. Then-Foreign Minister "
	"Taro Kono met his Russian counterpart, Sergey Lavrov.",
	"Presidents Vladimir Putin of Russia and Xi Jinping of China met. The foreign ministers "
	"of Chile, Peru and Bolivia, Ana Silva, Luis Vega and Rosa Paz, met.",
	"A sentence with no title at all, by Ann Lee. Tokyo extended credit to Seoul, and Prime "
	"Minister Sato attended.",
	"Moon Jae-in, President of South Korea, met Abe. The Russian ambassador to Japan, "
	"Mikhail Galuzin, said so.",
	"Japan'sforeign minister Taro Aso and Russia's  President Putin met; China'sprime "
	"minister Li Keqiang and Peru'sAmbassador Kim Lee came.",
	"Yeltsin became President of Russia in 1991, and Putin succeeded Yeltsin as president.",
	"Chancellor Angela Merkel of Germany arrived. President Obama met her.",
	"Foreign Minister Alexander Downer of Australia and his Indonesian counterpart, Hassan "
	"Wirajuda, met; Prime Minister Kevin Rudd of Australia and His Japanese counterpart Taro "
	"Aso spoke.",
};

/* What the plain version found in each text. */
static const char *const plain[] = {
	"0-17 5 President of Russia; 18-32 1 Vladimir Putin holds President of Russia"
	"; 37-59 5 Prime Minister of Japan"
	"; 60-70 1 Shinzo Abe holds Prime Minister of Japan",
	"9-18 5 President; 19-32 1 Boris Yeltsin; 48-65 5 President of United States"
	"; 66-78 1 Bill Clinton holds President of United States",
	"69-85 5 Foreign Minister; 86-95 1 Taro Kono; 125-138 1 Sergey Lavrov",
	"11-25 1 Vladimir Putin holds President of Russia"
	"; 40-50 1 Xi Jinping holds President of China"
	"; 115-124 1 Ana Silva holds Foreign Minister of Chile"
	"; 126-135 1 Luis Vega holds Foreign Minister of Peru"
	"; 140-148 1 Rosa Paz holds Foreign Minister of Bolivia",
	"81-95 5 Prime Minister of Japan; 96-100 1 Sato holds Prime Minister of Japan",
	"0-11 1 Moon Jae-in holds President of South Korea; 48-79 5 Ambassador of Russia"
	"; 81-96 1 Mikhail Galuzin holds Ambassador of Russia",
	"0-23 5 Foreign Minister of Japan"
	"; 24-32 1 Taro Aso holds Foreign Minister of Japan; 37-55 5 President of Russia"
	"; 56-61 1 Putin holds President of Russia; 67-88 5 Prime Minister of China"
	"; 89-99 1 Li Keqiang holds Prime Minister of China; 104-120 5 Ambassador of Peru"
	"; 121-128 1 Kim Lee holds Ambassador of Peru",
	"15-34 5 President of Russia; 75-84 5 President",
	"0-10 5 Chancellor of Germany; 11-24 1 Angela Merkel holds Chancellor of Germany"
	"; 45-54 5 President of Germany; 55-60 1 Obama holds President of Germany",
	"0-16 5 Foreign Minister of Australia"
	"; 17-33 1 Alexander Downer holds Foreign Minister of Australia"
	"; 79-94 1 Hassan Wirajuda holds Foreign Minister of Indonesia"
	"; 101-115 5 Prime Minister of Australia"
	"; 116-126 1 Kevin Rudd holds Prime Minister of Australia"
	"; 169-177 1 Taro Aso holds Prime Minister of Japan",
};

/* "b-e kind label[ holds office]" for every person and office mention. */
static void found(const relkg_mentions *m, char *out, size_t cap)
{
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < m->n && n < cap; ++i) {
		const relkg_mention *x = &m->ms[i];
		const relkg_entity *e = &m->ents[x->entity];
		if (e->kind != RELKG_ENT_PERSON && e->kind != RELKG_ENT_OFFICE) {
			continue;
		}
		n += (size_t)snprintf(out + n, cap - n, "%s%zu-%zu %d %s%s%s", n ? "; " : "",
				      x->span.begin, x->span.end, (int)e->kind, e->label,
				      e->office != RELKG_NONE ? " holds " : "",
				      e->office != RELKG_NONE ? m->ents[e->office].label : "");
	}
}

/* A sentence of more than 256 words (past the words whose title filter
 * the offices rule set remembers) with plural titles at its start and end,
 * as the plain version found it. */
static void long_sentence(const relkg_lexicon *lex)
{
	static const char head[] = "Presidents Vladimir Putin of Russia and Xi Jinping of China, ";
	static const char tail[] = "and Prime Ministers Shinzo Abe of Japan and Narendra Modi of "
				   "India met.";
	static char text[4096];
	size_t n = (size_t)snprintf(text, sizeof(text), "%s", head);
	for (int k = 0; k < 300; ++k) {
		n += (size_t)snprintf(text + n, sizeof(text) - n, "and ");
	}
	snprintf(text + n, sizeof(text) - n, "%s", tail);
	relkg_diag diag = {{0}};
	relkg_doc *doc = relkg_doc_new("long");
	relkg_graph *graph = relkg_graph_new();
	relkg_ctx ctx;
	char got[4096];
	OK(doc && graph && relkg_read_text(doc, text, strlen(text), &diag) == RELKG_OK, "read");
	OK(relkg_ctx_init(&ctx, doc, graph, "https://w3id.org/relkg/id/", lex) == RELKG_OK, "ctx");
	OK(relkg_extract(&ctx) == RELKG_OK, "extract");
	found(ctx.mentions, got, sizeof(got));
	static const char plain_long[] =
		"11-25 1 Vladimir Putin holds President of Russia"
		"; 40-50 1 Xi Jinping holds President of China"
		"; 1281-1291 1 Shinzo Abe holds Prime Minister of Japan"
		"; 1305-1318 1 Narendra Modi holds Prime Minister of India";
	OK(strcmp(got, plain_long) == 0, "long sentence: %s, plain %s", got, plain_long);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(graph);
	relkg_doc_free(doc);
}

int main(void)
{
	relkg_lexicon *lex = NULL;
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); ++k) {
		relkg_doc *doc = relkg_doc_new("test");
		relkg_graph *graph = relkg_graph_new();
		relkg_ctx ctx;
		char got[4096];
		const char *text = texts[k];
		OK(doc && graph && relkg_read_text(doc, text, strlen(text), &diag) == RELKG_OK,
		   "read %zu", k);
		OK(relkg_ctx_init(&ctx, doc, graph, "https://w3id.org/relkg/id/", lex) == RELKG_OK,
		   "ctx %zu", k);
		OK(relkg_extract(&ctx) == RELKG_OK, "extract %zu", k);
		found(ctx.mentions, got, sizeof(got));
		OK(strcmp(got, plain[k]) == 0, "\"%s\": %s, plain %s", text, got, plain[k]);
		relkg_ctx_clear(&ctx);
		relkg_graph_free(graph);
		relkg_doc_free(doc);
	}
	long_sentence(lex);
	relkg_lexicon_free(lex);
	return DONE();
}
