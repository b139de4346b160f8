/* The gazetteer: every country with aliases, demonyms, capitals, former
 * states and their successors; office titles with roles. */
#include "gazetteer.h"
#include "harness.h"

static const relkg_gazetteer *g;

static const char *country_of(const char *s)
{
	size_t i = relkg_gazetteer_find_country(g, s, strlen(s));
	return i == RELKG_GZ_NONE ? "" : relkg_gazetteer_country(g, i)->label;
}

static int form_of(const char *s)
{
	relkg_gz_hit hit;
	return relkg_gazetteer_match(g, s, strlen(s), &hit) ? (int)hit.form : -1;
}

static int role_of(const char *s, size_t *len)
{
	size_t i = relkg_gazetteer_office(g, s, strlen(s), len);
	return i == RELKG_GZ_NONE ? -1 : (int)relkg_gazetteer_office_at(g, i)->role;
}

int main(void)
{
	relkg_gazetteer *gz = NULL;
	relkg_diag diag = {{0}};
	EQ_INT(relkg_gazetteer_load(&gz, RELKG_DATADIR, &diag), RELKG_OK);
	g = gz;
	OK(relkg_gazetteer_n_countries(g) >= 249 + 10, "every ISO country plus former states");
	EQ_STR(country_of("Russian Federation"), "Russia");
	EQ_STR(country_of("Republic of Korea"), "South Korea");
	EQ_STR(country_of("USSR"), "Soviet Union");
	EQ_STR(country_of("Japanese"), "Japan");
	EQ_STR(country_of("Georgians"), "Georgia");
	EQ_STR(country_of("Indian"), "India");
	EQ_STR(country_of("Filipino"), "Philippines");
	EQ_STR(country_of("Vietnamese"), "Vietnam");
	EQ_STR(country_of("Soviet Russia"), "Russian SFSR");
	EQ_STR(country_of("Imperial Japan"), "Empire of Japan");
	EQ_STR(country_of("Yugoslavia"), "Yugoslavia");
	EQ_STR(country_of("Narnia"), "");
	EQ_INT(form_of("Tokyo extended"), RELKG_GZ_CAPITAL);
	EQ_INT(form_of("New Delhi"), RELKG_GZ_CAPITAL);
	EQ_INT(form_of("Novosibirsk"), RELKG_GZ_CITY);
	EQ_INT(form_of("U.S. President"), RELKG_GZ_NAME);
	EQ_INT(form_of("Japanese-Russian"), RELKG_GZ_DEMONYM);
	EQ_INT(form_of("Japanesque"), -1); /* word boundary */
	EQ_INT(form_of("NATO members"), RELKG_GZ_ORG);
	size_t ru = relkg_gazetteer_find_country(g, "Russia", 6);
	size_t su = relkg_gazetteer_find_country(g, "Soviet Union", 12);
	size_t jp = relkg_gazetteer_find_country(g, "Japan", 5);
	OK(relkg_gazetteer_country(g, su)->historical, "the Soviet Union is a former state");
	OK(relkg_gazetteer_same_lineage(g, ru, su), "Russia succeeds the Soviet Union");
	OK(!relkg_gazetteer_same_lineage(g, jp, su), "Japan is not the Soviet Union");
	EQ_STR(relkg_gazetteer_country(g, jp)->capital, "Tokyo");
	size_t len;
	EQ_INT(role_of("Prime Minister Sato", &len), RELKG_ROLE_HEAD_OF_GOVERNMENT);
	EQ_INT(len, 14);
	EQ_INT(role_of("minister of foreign affairs Andrei", &len), RELKG_ROLE_FOREIGN_MINISTER);
	EQ_INT(role_of("Deputy Foreign Minister X", &len), RELKG_ROLE_MINISTER);
	EQ_INT(role_of("President of Russia", &len), RELKG_ROLE_HEAD_OF_STATE);
	EQ_INT(role_of("Ambassador to Japan", &len), RELKG_ROLE_DIPLOMAT);
	EQ_INT(role_of("Director-General for", &len), RELKG_ROLE_OTHER);
	EQ_INT(role_of("Presidential", &len), -1);
	EQ_STR(relkg_role_curie(RELKG_ROLE_FOREIGN_MINISTER), "rkg:ForeignMinister");
	relkg_gazetteer_free(gz);
	relkg_gazetteer_free(NULL);
	/* a missing directory is an error naming the file */
	gz = NULL;
	OK(relkg_gazetteer_load(&gz, "/nonexistent", &diag) != RELKG_OK, "missing lexicon fails");
	OK(strstr(diag.msg, "countries.tsv") != NULL, "the message names the file: %s", diag.msg);
	return DONE();
}
