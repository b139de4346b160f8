/* Person names (names.c) held to the plain version: relkg_name_parse asks
 * the stop list and the gazetteer once a word and lets the city tests
 * reuse the answers (and the gazetteer memo finds the sentence from the
 * last one), where the plain version asked each test anew.  The answers
 * below were written by the plain version (77b6ced): the parse at every
 * word of some sentences, and a digest of the parses at every word start
 * of the dev articles, to the sentence end and to a nearer end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entities.h"
#include "extract.h"
#include "gazetteer.h"
#include "graph.h"
#include "harness.h"
#include "input.h"
#include "lexicon.h"
#include "names.h"
#include "reader.h"
#include "words.h"

typedef struct {
	relkg_doc *doc;
	relkg_graph *graph;
	relkg_ctx ctx;
} fixture;

static int open_text(fixture *f, const relkg_lexicon *lex, const char *name, const char *text,
		     size_t len)
{
	relkg_diag diag = {{0}};
	f->doc = relkg_doc_new(name);
	f->graph = relkg_graph_new();
	return f->doc && f->graph && relkg_read_text(f->doc, text, len, &diag) == RELKG_OK &&
	       relkg_ctx_init(&f->ctx, f->doc, f->graph, "https://w3id.org/relkg/id/", lex) ==
		       RELKG_OK;
}

static void close_text(fixture *f)
{
	relkg_ctx_clear(&f->ctx);
	relkg_graph_free(f->graph);
	relkg_doc_free(f->doc);
}

/* "b-e/w" for every word start b of every sentence where a name of w words
 * ends at e, space-separated, into out. */
static void parses(const relkg_ctx *ctx, char *out, size_t cap)
{
	const relkg_doc *doc = ctx->doc;
	size_t n = 0;
	out[0] = '\0';
	for (size_t si = 0; si < doc->n_sentences; ++si) {
		relkg_span sp = doc->sentences[si].span;
		for (size_t i = sp.begin; i < sp.end; ++i) {
			int words = 0;
			if (!relkg_letter_word_at(doc->text, i, sp.end)) {
				continue;
			}
			size_t e = relkg_name_parse(ctx, i, sp.end, &words);
			if (e > i && n < cap) {
				n += (size_t)snprintf(out + n, cap - n, "%s%zu-%zu/%d",
						      n ? " " : "", i, e, words);
			}
		}
	}
}

/* Cities as first and last names, months, stop words (long and short, in
 * any case), offices, joined articles, particles, regnal numbers,
 * initials, longer proper nouns. */
static const char *const cases[][2] = {
	{"Internatiomal Joe Bo and Consulate-Genaral Al Bo met Organisatiom Ed Bo.",
	 "0-20/3 14-20/2 18-20/1 25-48/3 35-48/3 43-48/2 46-48/1 53-71/3 66-71/2 69-71/1"},
	{"Consulate-General Tom Lee, CONSULATE-GENERAl Ann Lee and CoNsUlAtE-gEnErAl Bob Lee met.",
	 "18-25/2 22-25/1 45-52/2 49-52/1 75-82/2 79-82/1"},
	{"Organisation Pat Kim, ORGANISATIOn Sam Kim, ThE Joe Kim, Mr Al Kim, MR Ed Kim, Inc Di "
	 "Ho.",
	 "13-20/2 17-20/1 35-42/2 39-42/1 48-55/2 52-55/1 60-66/2 63-66/1 71-77/2 74-77/1 83-88/2 "
	 "86-88/1"},
	{"Santiago Cafiero met Victoria Nuland in Santiago.", "0-16/2 9-16/1 21-36/2 30-36/1"},
	{"Simon Birmingham said that Steve Lincoln and Paris Hilton spoke.",
	 "0-16/2 27-40/2 33-40/1 45-57/2 51-57/1"},
	{"May Smith visited Tokyo on May 5, and June Carter sang.", "4-9/1 43-49/1"},
	{"The Hague and Moscow Kremlin met Omar al-Bashir and Abdel Fattah "
	 "el-Sisi.",
	 "4-9/1 33-47/2 41-47/1 52-72/3 58-72/2 68-72/1"},
	{"President Barco, Mr Lincoln and Prime Minister Sato met King Mohammed "
	 "VI.",
	 "10-15/1 20-27/1 47-51/1 61-72/2"},
	{"Hiroshi Oe Foundation staff met George W. Bush and Cristina Fernández de "
	 "Kirchner.",
	 "32-46/3 39-46/2 42-46/1 51-82/3 60-82/2 74-82/1"},
	{"Japanese Foreign Minister Kishida Fumio met Sergey Lavrov in Moscow on "
	 "Monday.",
	 "26-39/2 34-39/1 44-57/2 51-57/1"},
	{"Guido di Tella, Tokyo Governor Yuriko Koike and S Jaishankar spoke; NATO "
	 "agreed.",
	 "0-14/2 9-14/1 31-43/2 38-43/1 48-60/2 50-60/1"},
	{"Victoria Falls and Victoria Beckham and Lima Peru and Lima Smith.",
	 "0-14/2 9-14/1 19-35/2 28-35/1 54-64/2 59-64/1"},
	{"Russia and Japan: Vladimir Putin, Shinzo Abe, Moon Jae-in and Xi "
	 "Jinping.",
	 "18-32/2 27-32/1 34-44/2 41-44/1 46-57/2 51-57/1 62-72/2 65-72/1"},
};

static void known_sentences(const relkg_lexicon *lex)
{
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); ++k) {
		fixture f;
		char got[1024];
		const char *text = cases[k][0];
		OK(open_text(&f, lex, "case", text, strlen(text)), "case %zu", k);
		parses(&f.ctx, got, sizeof(got));
		OK(strcmp(got, cases[k][1]) == 0, "\"%s\": %s, plain %s", text, got, cases[k][1]);
		close_text(&f);
	}
}

/* A lexicon where a month ("May") and a stop word ("Bay") are also
 * cities: a city begins a name ("May Brown", "Ann May" ends one), a stop
 * word never does, though it is a city too. */
static const char *const city_cases[][2] = {
	{"Bay Smith met May Brown and Ann May; Tom Bay and Moscow Jones spoke.",
	 "4-9/1 14-23/2 18-23/1 28-35/2 49-61/2 56-61/1"},
	{"In May Lee and Bay Lee met Jo May.", "3-10/2 7-10/1 19-22/1 27-33/2"},
};

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

static void cities_named_so(void)
{
	char dir[] = "/tmp/relkg-names-XXXXXX", path[256];
	if (!mkdtemp(dir)) {
		OK(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	OK(mkdir(path, 0700) == 0, "mkdir %s", path);
	write_file(dir, "countries.tsv", "RUS\tRussia\t\tRussian\tMoscow\t\t\n");
	write_file(dir, "cities.tsv", "May\tRUS\nBay\tRUS\n");
	write_file(dir, "offices.tsv", "president\tPresident\tHeadOfState\n");
	relkg_lexicon lex = {NULL, NULL};
	relkg_diag diag = {{0}};
	OK(relkg_gazetteer_load(&lex.gaz, dir, &diag) == RELKG_OK, "load: %s", diag.msg);
	for (size_t k = 0; lex.gaz && k < sizeof(city_cases) / sizeof(city_cases[0]); ++k) {
		fixture f;
		char got[1024];
		const char *text = city_cases[k][0];
		OK(open_text(&f, &lex, "case", text, strlen(text)), "case %zu", k);
		parses(&f.ctx, got, sizeof(got));
		OK(strcmp(got, city_cases[k][1]) == 0, "\"%s\": %s, plain %s", text, got,
		   city_cases[k][1]);
		close_text(&f);
	}
	relkg_gazetteer_free(lex.gaz);
	static const char *const files[] = {"countries.tsv", "cities.tsv", "offices.tsv"};
	for (size_t k = 0; k < 3; ++k) {
		snprintf(path, sizeof(path), "%s/lexicon/%s", dir, files[k]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	rmdir(path);
	rmdir(dir);
}

static uint64_t mix(uint64_t h, uint64_t v)
{
	return (h ^ v) * UINT64_C(0x100000001b3);
}

/* A digest of the parse at every word start of every sentence, to the
 * sentence end and to 12 bytes on (the gazetteer unmemoized there), the
 * sentences in order then backwards. */
static uint64_t digest_article(const relkg_lexicon *lex, const char *path)
{
	char *text = NULL;
	size_t len = 0;
	relkg_diag diag = {{0}};
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	fixture f;
	if (relkg_input_read(path, &text, &len, &diag) != RELKG_OK ||
	    !open_text(&f, lex, path, text, len)) {
		free(text);
		return 0;
	}
	const relkg_doc *doc = f.doc;
	for (int pass = 0; pass < 2; ++pass) {
		for (size_t k = 0; k < doc->n_sentences; ++k) {
			relkg_span sp = doc->sentences[pass ? doc->n_sentences - 1 - k : k].span;
			for (size_t i = sp.begin; i < sp.end; ++i) {
				if (!relkg_letter_word_at(doc->text, i, sp.end)) {
					continue;
				}
				size_t ends[2] = {sp.end, i + 12 < sp.end ? i + 12 : sp.end};
				for (int j = 0; j < 2; ++j) {
					int words = 0;
					size_t e = relkg_name_parse(&f.ctx, i, ends[j], &words);
					h = mix(mix(mix(h, i), e), (uint64_t)words);
				}
			}
		}
	}
	close_text(&f);
	free(text);
	return h;
}

static void dev_articles(const relkg_lexicon *lex)
{
	static const char *const paths[] = {
		"tests/corpus/estonia-russia.txt", "tests/corpus/georgia-japan.txt",
		"tests/corpus/japan-russia-relations.txt", "tests/corpus/japan-south-korea.txt",
		"tests/corpus/russia-united-states.txt"};
	static const uint64_t plain[] = {UINT64_C(0x4570d9ea31d5d505), UINT64_C(0x68eb9709621be855),
					 UINT64_C(0x219d11ecb0f0a4ed), UINT64_C(0x8fae85e1aa0efd95),
					 UINT64_C(0x4dda3b29a9ea7f85)};
	for (size_t k = 0; k < sizeof(paths) / sizeof(paths[0]); ++k) {
		uint64_t h = digest_article(lex, paths[k]);
		OK(h == plain[k], "%s: digest %#llx, plain %#llx", paths[k], (unsigned long long)h,
		   (unsigned long long)plain[k]);
	}
}

int main(void)
{
	relkg_lexicon *lex = NULL;
	relkg_diag diag = {{0}};
	if (relkg_lexicon_load(&lex, RELKG_DATADIR, &diag) != RELKG_OK) {
		fprintf(stderr, "lexicon: %s\n", diag.msg);
		return 1;
	}
	known_sentences(lex);
	cities_named_so();
	dev_articles(lex);
	relkg_lexicon_free(lex);
	return DONE();
}
