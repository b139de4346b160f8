/* A treaty named again in other words is the same treaty (rules_treaties.c
 * compares the identity words of names, remembered for the article: see
 * identity_of): in an article naming more treaties than are remembered,
 * each named twice in two forms ("the Treaty of Kars", "the Kars Treaty")
 * is one treaty, no two different ones are, and a second article names
 * its own. */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "mentions.h"
#include "reader.h"

#include "extract_fixture.h"

static int treaties(void)
{
	int n = 0;
	for (size_t i = 0; i < ctx.mentions->n_ents; ++i) {
		n += ctx.mentions->ents[i].kind == RELKG_ENT_TREATY;
	}
	return n;
}

static const char *const places[] = {"Kars", "Moscow", "Riga", "Tartu", "Brest", "Sevres",
	"Lausanne", "Ankara", "Alexandropol", "Batum", "Erzurum", "Adrianople"};
#define N_PLACES (sizeof(places) / sizeof(places[0]))

/* An article naming each treaty "the Treaty of X" in one paragraph and
 * "the X Treaty" in another, starting at place `from`. */
static void article(char *out, size_t cap, size_t from)
{
	size_t len = (size_t)snprintf(out, cap, "Armenia–Turkey relations\n\n");
	for (size_t k = 0; k < N_PLACES; ++k) {
		len += (size_t)snprintf(out + len, cap - len, "The two states signed the Treaty of %s. ",
					places[(from + k) % N_PLACES]);
	}
	len += (size_t)snprintf(out + len, cap - len, "\n\n");
	for (size_t k = 0; k < N_PLACES; ++k) {
		len += (size_t)snprintf(out + len, cap - len, "The %s Treaty was honoured. ",
					places[(from + N_PLACES - 1 - k) % N_PLACES]);
	}
	(void)snprintf(out + len, cap - len, "\n");
}

int main(void)
{
	if (fx_extract_begin()) {
		return 1;
	}
	static char text[8192];
	article(text, sizeof(text), 0);
	run(text);
	OK(treaties() == (int)N_PLACES, "one treaty a name, each named twice: %d", treaties());
	article(text, sizeof(text), 5);
	run(text);
	OK(treaties() == (int)N_PLACES, "the next article: %d", treaties());
	run("Armenia–Turkey relations\n\nThe two states signed the Treaty of Kars. "
	    "The Treaty of Moscow came before it. The Kars Treaty was honoured.\n");
	OK(treaties() == 2, "two treaties: %d", treaties());
	fx_extract_end();
	return DONE();
}
