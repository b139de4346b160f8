/* The treaty rules' dates, end to end on small invented articles about
 * country pairs outside the dev corpus. */
#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "lexicon.h"
#include "mention_fixture.h"
#include "reader.h"

#define BASE "https://w3id.org/relkg/id/"

static relkg_lexicon *lex;

/* The statements extracted from text (caller frees), or NULL. */
static char *extract(const char *text)
{
	relkg_diag diag = {{0}};
	relkg_doc *doc = relkg_doc_new("test");
	relkg_graph *graph = relkg_graph_new();
	relkg_ctx ctx;
	char *dump = NULL;
	if (doc && graph && relkg_read_text(doc, text, strlen(text), &diag) == RELKG_OK &&
	    relkg_ctx_init(&ctx, doc, graph, BASE, lex) == RELKG_OK) {
		if (relkg_extract(&ctx) == RELKG_OK) {
			dump = fx_dump(graph);
		}
		relkg_ctx_clear(&ctx);
	}
	relkg_graph_free(graph);
	relkg_doc_free(doc);
	return dump;
}

/* A described treaty signed in the sentence takes the sentence's date;
 * one only aimed at ("focused on signing") takes none. */
static void test_signed_described_treaty_date(void)
{
	char *d = extract("Chile–Peru relations\n\nOn 14 November 2001, the two countries signed "
			  "a maritime boundary treaty in Lima.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "<" BASE "treaty/maritime-boundary-treaty-chile-peru>",
			"date> \"2001-11-14\""), 1);
	free(d);
	d = extract("Chile–Peru relations\n\nIn March 2004, the Chilean president focused on "
		    "signing a border treaty with Peru.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "<" BASE "treaty/border-treaty-chile-peru>", "ontology#Treaty"), 1);
	EQ_INT(fx_count(d, "<" BASE "treaty/border-treaty-chile-peru>", "ontology#date>"), 0);
	free(d);
}

/* One treaty written two ways, or named and then described, is one node;
 * a year right before a name is its date; a date that stands apart (a
 * new clause, another treaty between) gives way to one before. */
static void test_treaty_identity_and_dates(void)
{
	char *d = extract("Bolivia–Chile relations\n\nIn 1904 the two states signed the Treaty of "
			  "Peace and Friendship between Bolivia and Chile. The Chilean-Bolivian Peace "
			  "and Friendship Treaty fixed the border, and a 1904 peace and friendship "
			  "treaty is still in force.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "ontology#Treaty>", NULL), 1);
	EQ_INT(fx_count(d, "altLabel", "Chilean-Bolivian Peace and Friendship Treaty"), 1);
	free(d);
	d = extract("Bolivia–Chile relations\n\nBy May 1866 the two states had signed the Boundary "
		    "Treaty in Santiago, and then in August 1874 they signed the Sucre Accord. The "
		    "2004 Arica Protocol followed in 2005.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "treaty/boundary-treaty>", "date> \"1866-05\""), 1);
	EQ_INT(fx_count(d, "treaty/sucre-accord>", "date> \"1874-08\""), 1);
	EQ_INT(fx_count(d, "treaty/arica-protocol>", "date> \"2004\""), 1);
	free(d);
	d = extract("Bolivia–Chile relations\n\nThe Treaty of Ancón (Spanish: Tratado de Ancón) was "
		    "signed by the Bolivian President Hilarión Daza and the Chilean President Aníbal "
		    "Pinto. With the signing of this treaty, a Chilean Declaration of Independence "
		    "was read.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "treaty/treaty-of-ancon>", "party> <" BASE "country/spain>"), 0);
	EQ_INT(fx_count(d, "ontology#Treaty>", NULL), 1); /* no "signing of this treaty" */
	free(d);
}

/* A name said in full and then short is one treaty; "Franco-" names
 * France; "UN-brokered" is no part of a name. */
static void test_treaty_names(void)
{
	char *d = extract("France–Italy relations\n\nIn 1951 the two states adopted the Turin "
			  "Declaration on Alpine Cooperation, Trade and Transport. The Turin "
			  "Declaration was renewed. A UN-brokered Genoa Accord followed, and the "
			  "Franco-Italian Frontier Convention.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "ontology#Treaty>", NULL), 3);
	EQ_INT(fx_count(d, "treaty/genoa-accord>", "ontology#Treaty>"), 1);
	EQ_INT(fx_count(d, "treaty/franco-italian-frontier-convention>", "country/france>"), 1);
	free(d);
	d = extract("France–Italy relations\n\nThe Nice Agreement was signed in 1860 between "
		    "Spain, then a kingdom, and Portugal.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d, "treaty/nice-agreement>", "country/spain>"), 1);
	EQ_INT(fx_count(d, "treaty/nice-agreement>", "country/portugal>"), 1);
	EQ_INT(fx_count(d, "treaty/nice-agreement>", "country/france>"), 0);
	free(d);
}

/* Treaties told by what they are about ("a treaty of friendship"), an
 * agreement made in the sentence ("signed a boundary agreement", "reached
 * an agreement on X") but not one told of or only aimed at, a memorandum
 * "with" a state further on, and states "joined in" a named pact. */
static void test_described_by_subject(void)
{
	char *d = extract("Chile–Peru relations\n\nIn October 1930 the two countries signed a "
			  "treaty of friendship, neutrality and arbitration. In 1963 Chile and "
			  "Bolivia signed a boundary agreement. In 2019 Peru signed a memorandum on "
			  "fisheries with the government of Ecuador. In 2024 the two governments "
			  "reached an agreement on patrolling. In 1934 the two countries joined "
			  "Argentina and Brazil in the Andean Pact. The 1963 boundary agreement held. "
			  "A peace treaty on the table was discussed. In 2020 talks delayed the "
			  "signing of a trade agreement. In 1997 the two presidents signed a joint "
			  "declaration on reconciliation. In 1998 Chile issued a unilateral "
			  "declaration.\n");
	OK(d != NULL, "extract");
	EQ_INT(fx_count(d,
			"<" BASE "treaty/treaty-of-friendship-neutrality-and-arbitration-chile-peru>",
			"date> \"1930-10\""),
	       1);
	EQ_INT(fx_count(d, "<" BASE "treaty/boundary-agreement-chile-bolivia>", "ontology#Treaty"),
	       1);
	EQ_INT(fx_count(d, "<" BASE "treaty/memorandum-on-fisheries-peru-ecuador>",
			"party> <" BASE "country/ecuador>"),
	       1);
	EQ_INT(fx_count(d, "<" BASE "treaty/agreement-on-patrolling-chile-peru>",
			"date> \"2024\""),
	       1);
	EQ_INT(fx_count(d, "<" BASE "treaty/andean-pact>", "ontology#party>"), 4);
	EQ_INT(fx_count(d, "treaty/1963-boundary-agreement", "ontology#Treaty"), 0);
	EQ_INT(fx_count(d, "treaty/peace-treaty-on-the-table", "ontology#Treaty"), 0);
	EQ_INT(fx_count(d, "treaty/trade-agreement", "ontology#Treaty"), 0);
	EQ_INT(fx_count(d,
			"<" BASE "treaty/joint-declaration-on-reconciliation-chile-peru>",
			"date> \"1997\""),
	       1);
	EQ_INT(fx_count(d, "treaty/unilateral-declaration", "ontology#Treaty"), 0);
	free(d);
}

int main(void)
{
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	test_signed_described_treaty_date();
	test_treaty_identity_and_dates();
	test_treaty_names();
	test_described_by_subject();
	relkg_lexicon_free(lex);
	return DONE();
}
