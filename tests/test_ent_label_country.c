/* relkg_ent_label_country (the gazetteer's match of the whole label,
 * checked) answers as the scan of every country's label does: for every
 * country's label, every alias and demonym (some are another country's
 * label, most none), capitals, and strings no country has. */
#include <stdio.h>
#include <string.h>

#include "entities.h"
#include "harness.h"
#include "lexicon.h"

static void same(const relkg_gazetteer *g, const char *s)
{
	size_t a = relkg_ent_label_country(g, s), b = relkg_ent_label_country_scan(g, s);
	OK(a == b, "\"%s\": %zu, scan %zu", s, a, b);
}

int main(void)
{
	relkg_lexicon *lex = NULL;
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	const relkg_gazetteer *g = lex->gaz;
	size_t n = relkg_gazetteer_n_countries(g), found = 0;
	OK(n > 100, "%zu countries", n);
	for (size_t i = 0; i < n; ++i) {
		const relkg_gz_country *c = relkg_gazetteer_country(g, i);
		size_t k = relkg_ent_label_country(g, c->label);
		OK(k != RELKG_GZ_NONE && k <= i && strcmp(relkg_gazetteer_country(g, k)->label,
							c->label) == 0,
		   "label of %zu: %zu", i, k);
		same(g, c->label);
		found += k == i;
		for (size_t a = 0; a < c->n_aliases; ++a) {
			same(g, c->aliases[a]);
		}
		if (c->capital) {
			same(g, c->capital);
		}
		char longer[256];
		snprintf(longer, sizeof(longer), "%s Islands", c->label);
		same(g, longer);
		snprintf(longer, sizeof(longer), "%.*s", (int)(strlen(c->label) / 2), c->label);
		same(g, longer);
	}
	OK(found > 100, "%zu labels found at their own index", found);
	static const char *const others[] = {"", "X", "japan", "Japan ", "Japanese", "Tokyo",
		"the Netherlands", "Congo", "Korea", "Georgia", NULL};
	for (const char *const *s = others; *s; ++s) {
		same(g, *s);
	}
	EQ_INT(relkg_ent_label_country(NULL, "Japan"), RELKG_GZ_NONE);
	relkg_lexicon_free(lex);
	return DONE();
}
