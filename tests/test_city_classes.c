/* relkg_gazetteer_city_classes answers as reading every city does,
 * for gazetteers loaded one after another (most likely at the same
 * address) whose cities begin otherwise though they have as many cities,
 * countries and the same word classes; and with the real lexicon no city
 * begins with a lower-case letter, though an entry does ("the State of
 * Eritrea"). */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "gazetteer.h"
#include "harness.h"
#include "words.h"

/* The classes of the first bytes of every city's name, read one by one. */
static uint64_t scan(const relkg_gazetteer *g)
{
	uint64_t m = 0;
	const relkg_gz_city *c;
	for (size_t i = 0; g && (c = relkg_gazetteer_city(g, i)) != NULL; ++i) {
		m |= c->name[0] ? relkg_wc_of((unsigned char)c->name[0]) : 0;
	}
	return m;
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/lexicon/%s", dir, name);
	FILE *fp = fopen(path, "w");
	OK(fp != NULL, "write %s", path);
	if (fp) {
		fputs(text, fp);
		fclose(fp);
	}
}

/* Loads dir's lexicon with cities.tsv as given and checks it. */
static void check_cities(const char *dir, const char *cities, uint64_t want)
{
	write_file(dir, "cities.tsv", cities);
	relkg_gazetteer *g = NULL;
	relkg_diag diag = {{0}};
	OK(relkg_gazetteer_load(&g, dir, &diag) == RELKG_OK, "load: %s", diag.msg);
	uint64_t got = relkg_gazetteer_city_classes(g);
	OK(got == scan(g), "%s: %llx, scan %llx", cities, (unsigned long long)got,
	   (unsigned long long)scan(g));
	OK(got == want, "%s: %llx, want %llx", cities, (unsigned long long)got,
	   (unsigned long long)want);
	relkg_gazetteer_free(g);
}

int main(void)
{
	relkg_gazetteer *g = NULL;
	relkg_diag diag = {{0}};
	EQ_INT(relkg_gazetteer_load(&g, RELKG_DATADIR, &diag), RELKG_OK);
	uint64_t all = relkg_gazetteer_word_classes(g), cities = relkg_gazetteer_city_classes(g);
	EQ_INT(cities, scan(g));
	OK((cities & ~all) == 0, "the cities' classes are the gazetteer's");
	OK(all & RELKG_WC_LOWER('t'), "an entry begins with 't'");
	OK((cities & ((UINT64_C(1) << 26) - 1)) == 0, "no city begins with a lower-case letter");
	OK(cities & RELKG_WC_UPPER('M'), "Moscow, Madrid");
	relkg_gazetteer_free(g);
	EQ_INT(relkg_gazetteer_city_classes(NULL), 0);

	char dir[] = "/tmp/relkg-cc-XXXXXX", path[256];
	if (!mkdtemp(dir)) {
		OK(0, "mkdtemp");
		return DONE();
	}
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	OK(mkdir(path, 0700) == 0, "mkdir %s", path);
	/* "kazan" and "Kazan" alias the state: the gazetteer's classes are
	 * the same for every cities.tsv below */
	write_file(dir, "offices.tsv", "envoy\tEnvoy\tDiplomat\n");
	write_file(dir, "countries.tsv", "RUS\tRussia\tkazan|Kazan|zeta|Zeta\tRussian\tMoscow\t\t\n");
	check_cities(dir, "Kazan\tRUS\nKazan\tRUS\n", RELKG_WC_UPPER('M') | RELKG_WC_UPPER('K'));
	check_cities(dir, "kazan\tRUS\nKazan\tRUS\n",
		     RELKG_WC_UPPER('M') | RELKG_WC_UPPER('K') | RELKG_WC_LOWER('k'));
	check_cities(dir, "Kazan\tRUS\nzeta\tRUS\n",
		     RELKG_WC_UPPER('M') | RELKG_WC_UPPER('K') | RELKG_WC_LOWER('z'));
	check_cities(dir, "Zeta\tRUS\nZeta\tRUS\n", RELKG_WC_UPPER('M') | RELKG_WC_UPPER('Z'));
	static const char *const files[] = {"countries.tsv", "cities.tsv", "offices.tsv", NULL};
	for (const char *const *f = files; *f; ++f) {
		char file[300];
		snprintf(file, sizeof(file), "%s/%s", path, *f);
		remove(file);
	}
	remove(path);
	remove(dir);
	return DONE();
}
