/* The gazetteer: every country with aliases, demonyms, capitals, former
 * states and their successors; office titles with roles. */
#include "gazetteer.h"
#include "harness.h"
#include "words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The office lookup as a scan of every title: the longest that matches
 * case-insensitively and ends at a word boundary, the first of equals.
 * relkg_gazetteer_office must answer exactly this. */
static size_t office_scan(const char *s, size_t n, size_t *len)
{
	size_t best = RELKG_GZ_NONE, best_len = 0;
	const relkg_gz_office *o;
	for (size_t i = 0; (o = relkg_gazetteer_office_at(g, i)); ++i) {
		size_t k = strlen(o->title);
		if (k > best_len && k <= n && strncasecmp(o->title, s, k) == 0 &&
		    (k == n || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
				 (s[k] >= '0' && s[k] <= '9') || (unsigned char)s[k] >= 0x80))) {
			best = i;
			best_len = k;
		}
	}
	*len = best_len;
	return best;
}

static int office_agrees(const char *s)
{
	size_t la = 99, lb = 98;
	size_t a = relkg_gazetteer_office(g, s, strlen(s), &la);
	size_t b = office_scan(s, strlen(s), &lb);
	if (a != b || la != lb) {
		fprintf(stderr, "office \"%s\": %zu/%zu, scan %zu/%zu\n", s, a, la, b, lb);
		return 0;
	}
	/* a title found: relkg_gazetteer_office_may_begin may not deny it,
	 * nor with more text after it */
	if (b != RELKG_GZ_NONE && (!relkg_gazetteer_office_may_begin(g, s, strlen(s)) ||
				   !relkg_gazetteer_office_may_begin(g, s, lb))) {
		fprintf(stderr, "office \"%s\": may_begin denies it\n", s);
		return 0;
	}
	return 1;
}

/* relkg_gazetteer_office_last by a call of relkg_gazetteer_office at
 * every byte from the end: the reference. */
static size_t office_last_scan(const char *t, size_t b, size_t end)
{
	for (size_t p = end; p-- > b;) {
		size_t len;
		if (relkg_gazetteer_office(g, t + p, end - p, &len) != RELKG_GZ_NONE) {
			return p;
		}
	}
	return RELKG_GZ_NONE;
}

/* Each title (cut, cased, inside a word, at the very end) after and before
 * plain text, every start and end: the filtered scan finds what the full
 * one finds. */
static void office_last_is_scan(void)
{
	static const char *const frames[] = {"%s", "the %s of Russia met", "He met ex%s", "x%s",
					     "%s.", "Talks were held. %s", "a %.2s", "a %.1s",
					     "%.3sz", "and the %s"};
	const relkg_gz_office *o;
	size_t tried = 0, bad = 0;
	char buf[256], title[128];
	for (size_t i = 0; (o = relkg_gazetteer_office_at(g, i)); ++i) {
		snprintf(title, sizeof(title), "%s", o->title);
		for (int up = 0; up < 3; ++up) { /* as it is, Capitalized, UPPER CASE */
			for (size_t k = 0; title[k] && k < (up == 2 ? sizeof(title) : 1); ++k) {
				title[k] = (char)(up ? toupper((unsigned char)title[k]) : title[k]);
			}
			for (size_t f = 0; f < sizeof(frames) / sizeof(*frames); ++f) {
				snprintf(buf, sizeof(buf), frames[f], title);
				size_t n = strlen(buf);
				for (size_t b = 0; b <= n; b += 3) {
					for (size_t e = b; e <= n; e += 2) {
						++tried;
						if (relkg_gazetteer_office_last(g, buf, b, e) !=
						    office_last_scan(buf, b, e)) {
							fprintf(stderr, "office_last \"%s\" [%zu, %zu)\n", buf,
								b, e);
							++bad;
						}
					}
				}
			}
		}
	}
	OK(bad == 0 && tried > 1000, "office_last: %zu of %zu differ", bad, tried);
	EQ_INT(relkg_gazetteer_office_last(NULL, "President", 0, 9), RELKG_GZ_NONE);
	EQ_INT(relkg_gazetteer_office_last(g, "the President met", 0, 17), 4);
	EQ_INT(relkg_gazetteer_office_last(g, "no title here", 0, 13), RELKG_GZ_NONE);
}

/* Every title, in several cases, cut short, run on and followed by each
 * other title: the index finds what the scan finds. */
static void office_index_is_scan(void)
{
	static const char *const tails[] = {"", " of Russia", "s", "-general", " X", ",", "'s",
					    "ial", "2"};
	const relkg_gz_office *o, *o2;
	size_t tried = 0, bad = 0;
	char buf[256];
	for (size_t i = 0; (o = relkg_gazetteer_office_at(g, i)); ++i) {
		size_t k = strlen(o->title);
		for (size_t t = 0; t < sizeof(tails) / sizeof(*tails); ++t) {
			for (int c = 0; c < 3; ++c) {
				snprintf(buf, sizeof(buf), "%s%s", o->title, tails[t]);
				for (size_t j = 0; j < k; ++j) {
					if (c == 1 || (c == 2 && (j == 0 || buf[j - 1] == ' '))) {
						buf[j] = (char)(buf[j] >= 'a' && buf[j] <= 'z' ?
								buf[j] - 'a' + 'A' : buf[j]);
					}
				}
				bad += !office_agrees(buf);
				buf[k > 1 ? k - 1 : k] = '\0';
				bad += !office_agrees(buf);
				tried += 2;
			}
		}
		for (size_t j = 0; (o2 = relkg_gazetteer_office_at(g, j)); ++j) {
			snprintf(buf, sizeof(buf), "%s %s", o->title, o2->title);
			bad += !office_agrees(buf);
			snprintf(buf, sizeof(buf), "%s%s", o->title, o2->title);
			bad += !office_agrees(buf);
			tried += 2;
		}
	}
	static const char *const odd[] = {"", " ", "Minister", "MINISTER OF FOREIGN AFFAIRS",
					  "prime", "Prime Ministerial", "chargé d'affaires",
					  "Chargé d'Affaires Smith", "vice-president", "Vice President",
					  "consul-general", "consul general", "consulate", NULL};
	for (const char *const *s = odd; *s; ++s) {
		bad += !office_agrees(*s);
		++tried;
	}
	OK(bad == 0 && tried > 1000, "office index equals the scan on %zu texts (%zu differ)", tried,
	   bad);
}

static int match_agrees(const char *s, size_t n)
{
	relkg_gz_hit a = {0}, b = {0};
	int ka = relkg_gazetteer_match(g, s, n, &a), kb = relkg_gazetteer_match_scan(g, s, n, &b);
	if (ka != kb || (ka && (a.form != b.form || a.ref != b.ref || a.country != b.country ||
				a.len != b.len))) {
		fprintf(stderr, "match \"%.*s\": %d/%zu, scan %d/%zu\n", (int)n, s, ka, a.len, kb,
			b.len);
		return -1;
	}
	if (kb && !(relkg_gazetteer_word_classes(g) & relkg_wc_of((unsigned char)s[0]))) {
		fprintf(stderr, "match \"%.*s\": its first byte's class is not listed\n", (int)n, s);
		return -1; /* the rule sets would not ask there */
	}
	return ka;
}

/* The indexed name lookup answers what the scan of every entry answers
 * (and a name found begins with a byte of relkg_gazetteer_word_classes):
 * at every word start of the dev corpus, and on every country, alias, capital,
 * city and organization with the text cut short and run on. */
static void match_index_is_scan(void)
{
	size_t tried = 0, bad = 0, hits = 0;
	static const char *const files[] = {"tests/corpus/japan-russia-relations.txt",
		"tests/corpus/estonia-russia.txt", "tests/corpus/georgia-japan.txt",
		"tests/corpus/japan-south-korea.txt", "tests/corpus/russia-united-states.txt"};
	static char text[1 << 20];
	for (size_t f = 0; f < sizeof(files) / sizeof(*files); ++f) {
		FILE *fp = fopen(files[f], "rb");
		OK(fp != NULL, "open %s", files[f]);
		if (!fp) {
			continue;
		}
		size_t n = fread(text, 1, sizeof(text) - 1, fp);
		fclose(fp);
		for (size_t i = 0; i < n; ++i) {
			unsigned char prev = i ? (unsigned char)text[i - 1] : ' ';
			if (isalnum(prev) || prev >= 0x80) { /* word starts only: the scan is slow */
				continue;
			}
			size_t k = n - i < 120 ? n - i : 120;
			int a = match_agrees(text + i, k);
			hits += a > 0;
			bad += a < 0;
			++tried;
			bad += match_agrees(text + i, 1) < 0;
		}
	}
	char buf[256];
	const char *names[64];
	for (size_t i = 0; i < relkg_gazetteer_n_countries(g); ++i) {
		const relkg_gz_country *c = relkg_gazetteer_country(g, i);
		size_t nn = 0;
		names[nn++] = c->label;
		for (size_t a = 0; a < c->n_aliases && nn < 63; ++a) {
			names[nn++] = c->aliases[a];
		}
		if (c->capital) {
			names[nn++] = c->capital;
		}
		for (size_t k = 0; k < nn; ++k) {
			static const char *const tails[] = {"", " x", "s", "'s", "-", ".", "é", "ese"};
			for (size_t t = 0; t < sizeof(tails) / sizeof(*tails); ++t) {
				int len = snprintf(buf, sizeof(buf), "%s%s", names[k], tails[t]);
				for (int cut = len; cut > 0 && cut > len - 3; --cut) {
					tried += 1;
					bad += match_agrees(buf, (size_t)cut) < 0;
				}
			}
		}
	}
	const relkg_gz_city *city;
	for (size_t i = 0; (city = relkg_gazetteer_city(g, i)); ++i) {
		bad += match_agrees(city->name, strlen(city->name)) != 1;
		++tried;
	}
	const relkg_gz_org *org;
	for (size_t i = 0; (org = relkg_gazetteer_org(g, i)); ++i) {
		bad += match_agrees(org->name, strlen(org->name)) != 1;
		++tried;
	}
	OK(bad == 0 && tried > 10000 && hits > 100, "name index equals the scan on %zu texts "
	   "(%zu hits, %zu differ)", tried, hits, bad);
}

/* Two titles equal but for case in one lexicon: the first in the file
 * wins, as a scan would have it; longer beats earlier. */
static void office_ties(void)
{
	char dir[] = "/tmp/relkg-gz-XXXXXX", path[256];
	if (!mkdtemp(dir)) {
		OK(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	OK(mkdir(path, 0700) == 0, "mkdir %s", path);
	static const char *const files[][2] = {
		{"countries.tsv", "RUS\tRussia\t\tRussian\tMoscow\t\t\n"},
		{"offices.tsv", "consul\tConsul\tDiplomat\n"
				"Consul General\tConsul-General\tDiplomat\n"
				"CONSUL\tConsul Two\tOtherRole\n"
				"consul general\tGeneral Two\tOtherRole\n"
				"envoy\tEnvoy\tDiplomat\n"}};
	for (size_t i = 0; i < 2; ++i) {
		snprintf(path, sizeof(path), "%s/lexicon/%s", dir, files[i][0]);
		FILE *fp = fopen(path, "w");
		OK(fp != NULL, "write %s", path);
		if (fp) {
			fputs(files[i][1], fp);
			fclose(fp);
		}
	}
	relkg_gazetteer *t = NULL;
	relkg_diag diag = {{0}};
	EQ_INT(relkg_gazetteer_load(&t, dir, &diag), RELKG_OK);
	size_t len = 0;
	size_t i = relkg_gazetteer_office(t, "Consul in Osaka", 15, &len);
	EQ_INT(i, 0);
	EQ_INT(len, 6);
	i = relkg_gazetteer_office(t, "consul GENERAL Smith", 20, &len);
	EQ_INT(i, 1);
	EQ_INT(len, 14);
	i = relkg_gazetteer_office(t, "consul generalissimo", 20, &len);
	EQ_INT(i, 0); /* no boundary after the longer title */
	EQ_INT(len, 6);
	i = relkg_gazetteer_office(t, "consuls", 7, &len);
	EQ_INT(i, RELKG_GZ_NONE);
	EQ_INT(len, 0);
	i = relkg_gazetteer_office(t, "Envoy", 3, &len); /* n cuts the title */
	EQ_INT(i, RELKG_GZ_NONE);
	OK(relkg_gazetteer_titles_ascii_initial(t), "these titles begin with ASCII letters");
	relkg_gazetteer_free(t);
	/* a title that does not: the offices rule set looks at every byte */
	snprintf(path, sizeof(path), "%s/lexicon/offices.tsv", dir);
	FILE *of = fopen(path, "w");
	OK(of != NULL, "write %s", path);
	if (of) {
		fputs("envoy\tEnvoy\tDiplomat\n\xc3\xa9minence\tEminence\tOtherRole\n", of);
		fclose(of);
	}
	t = NULL;
	EQ_INT(relkg_gazetteer_load(&t, dir, &diag), RELKG_OK);
	OK(!relkg_gazetteer_titles_ascii_initial(t), "a title beginning with a non-ASCII letter");
	OK(!relkg_gazetteer_titles_ascii_initial(NULL), "no gazetteer");
	relkg_gazetteer_free(t);
	/* office-states.tsv with an unknown country code: an error naming it */
	snprintf(path, sizeof(path), "%s/lexicon/office-states.tsv", dir);
	FILE *os = fopen(path, "w");
	OK(os != NULL, "write %s", path);
	if (os) {
		fputs("# comment\nPresident\tnot\tRUS\nChancellor\tonly\tXYZ\n", os);
		fclose(os);
	}
	t = NULL;
	EQ_INT(relkg_gazetteer_load(&t, dir, &diag), RELKG_ERR_SYNTAX);
	OK(strstr(diag.msg, "office-states.tsv:3: unknown country code 'XYZ'") != NULL, "%s",
	   diag.msg);
	relkg_gazetteer_free(t);
	unlink(path);
	for (size_t k = 0; k < 2; ++k) {
		snprintf(path, sizeof(path), "%s/lexicon/%s", dir, files[k][0]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/lexicon", dir);
	rmdir(path);
	rmdir(dir);
}

/* relkg_gazetteer_office_may_begin on every pair of bytes (and every
 * byte alone): a title begins with the pair, ASCII case aside, or is one
 * byte long and begins with the first; by the titles themselves. */
static void may_begin_is_titles(void)
{
	size_t bad = 0;
	const relkg_gz_office *o;
	for (unsigned b = 0; b < 256; ++b) {
		for (unsigned c = 0; c < 257; ++c) { /* 256: the byte alone */
			char s[2] = {(char)b, (char)c};
			size_t n = c < 256 ? 2 : 1;
			unsigned lb = b >= 'A' && b <= 'Z' ? b + 32 : b, lc = c >= 'A' && c <= 'Z' ? c + 32 : c;
			int want = 0;
			for (size_t i = 0; (o = relkg_gazetteer_office_at(g, i)) && !want; ++i) {
				const unsigned char *t = (const unsigned char *)o->title;
				want = lb == t[0] && (t[1] == '\0' || (n == 2 && lc == t[1]));
			}
			if (relkg_gazetteer_office_may_begin(g, s, n) != want) {
				++bad;
			}
		}
	}
	EQ_INT(bad, 0);
}

/* relkg_gazetteer_office_may_begin on three bytes: a title begins with
 * them, ASCII case aside (or is shorter and begins with the first one or
 * two), by the titles themselves; over the bytes titles are written with
 * (either case) and a few others, every third byte.  Exact while the
 * titles begin with fewer pairs of bytes than the filters have sets for,
 * as the lexicon's do. */
static unsigned lower_byte(unsigned c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int title_begins(unsigned b, unsigned c, unsigned d)
{
	const relkg_gz_office *o;
	for (size_t i = 0; (o = relkg_gazetteer_office_at(g, i)); ++i) {
		const unsigned char *t = (const unsigned char *)o->title;
		if (lower_byte(b) == t[0] &&
		    (t[1] == '\0' || (lower_byte(c) == t[1] && (t[2] == '\0' || lower_byte(d) == t[2])))) {
			return 1;
		}
	}
	return 0;
}

static void may_begin_three_bytes(void)
{
	static const char firsts[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -.'\x80\xc3";
	size_t bad = 0, yes = 0;
	for (const char *b = firsts; *b; ++b) {
		for (const char *c = firsts; *c; ++c) {
			for (unsigned d = 0; d < 256; ++d) {
				char s[3] = {*b, *c, (char)d};
				int want = title_begins((unsigned char)*b, (unsigned char)*c, d);
				bad += relkg_gazetteer_office_may_begin(g, s, 3) != want;
				yes += want;
			}
		}
	}
	EQ_INT(bad, 0);
	OK(yes > 100, "some titles begin so: %zu", yes);
	EQ_INT(relkg_gazetteer_office_may_begin(g, "Prx", 3), 0);
	EQ_INT(relkg_gazetteer_office_may_begin(g, "PRE", 3), 1);
}

/* relkg_gazetteer_office_may_begin_words answers, word by word, what
 * relkg_gazetteer_office_may_begin does: on every three bytes of the set
 * above (and their cuts to one and two bytes by the end), 64 words a
 * call, and no more than 64 words. */
static void may_begin_words_is_one_by_one(void)
{
	static const char firsts[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -.'\x80\xc3";
	static char text[1 << 20];
	static size_t ws[1 << 19];
	size_t n = 0, len = 0, bad = 0, yes = 0;
	for (const char *b = firsts; *b; ++b) {
		for (const char *c = firsts; *c; ++c) {
			for (unsigned d = 0; d < 256; d += 3) {
				ws[n++] = len;
				text[len++] = *b;
				text[len++] = *c;
				text[len++] = (char)d;
			}
		}
	}
	for (size_t w0 = 0; w0 < n; w0 += 64) {
		uint64_t may = relkg_gazetteer_office_may_begin_words(g, text, ws + w0, n - w0, len);
		for (size_t w = w0; w < n && w < w0 + 64; ++w) {
			int want = relkg_gazetteer_office_may_begin(g, text + ws[w], len - ws[w]);
			bad += (int)(may >> (w - w0) & 1u) != want;
			yes += want;
		}
	}
	EQ_INT(bad, 0);
	OK(yes > 100, "some titles begin so: %zu", yes);
	const char *t = "Pr Pre Ps P"; /* cut by the end: "P" alone, "Pr" before a space */
	size_t tw[4] = {0, 3, 7, 10}, tn = strlen(t);
	uint64_t may = relkg_gazetteer_office_may_begin_words(g, t, tw, 4, tn);
	for (size_t w = 0; w < 4; ++w) {
		EQ_INT((int)(may >> w & 1u), relkg_gazetteer_office_may_begin(g, t + tw[w], tn - tw[w]));
	}
	EQ_INT(may >> 4, 0);
	EQ_INT(relkg_gazetteer_office_may_begin_words(NULL, t, tw, 4, tn), 0);
	size_t many[70];
	for (size_t w = 0; w < 70; ++w) {
		many[w] = 3; /* "Pre" every time: no bit past 63 */
	}
	EQ_INT(relkg_gazetteer_office_may_begin_words(g, t, many, 70, tn), (long long)~UINT64_C(0));
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
	/* a state ISO 3166 does not list, with no successor: current, not former */
	EQ_STR(country_of("Kosovar"), "Kosovo");
	size_t xk = relkg_gazetteer_find_country(g, "Kosovo", 6);
	OK(xk != RELKG_GZ_NONE && !relkg_gazetteer_country(g, xk)->historical,
	   "Kosovo is a current state");
	EQ_STR(relkg_gazetteer_country(g, jp)->capital, "Tokyo");
	/* office-states.tsv: which states have a title */
	size_t fr = relkg_gazetteer_find_country(g, "France", 6);
	size_t at = relkg_gazetteer_find_country(g, "Austria", 7);
	size_t wg = relkg_gazetteer_find_country(g, "West Germany", 12);
	OK(!relkg_gazetteer_office_in(g, "President", jp), "Japan has no President");
	OK(relkg_gazetteer_office_in(g, "President", fr), "France has a President");
	OK(relkg_gazetteer_office_in(g, "President", ru), "Russia has a President");
	OK(relkg_gazetteer_office_in(g, "Chancellor", at), "Austria has a Chancellor");
	OK(relkg_gazetteer_office_in(g, "Chancellor", wg), "West Germany had a Chancellor");
	OK(!relkg_gazetteer_office_in(g, "Chancellor", fr), "France has no Chancellor");
	OK(relkg_gazetteer_office_in(g, "Foreign Minister", jp), "a title not listed: any state");
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
	office_index_is_scan();
	office_last_is_scan();
	may_begin_is_titles();
	may_begin_three_bytes();
	may_begin_words_is_one_by_one();
	match_index_is_scan();
	office_ties();
	relkg_gazetteer_free(gz);
	relkg_gazetteer_free(NULL);
	/* a missing directory is an error naming the file */
	gz = NULL;
	OK(relkg_gazetteer_load(&gz, "/nonexistent", &diag) != RELKG_OK, "missing lexicon fails");
	OK(strstr(diag.msg, "countries.tsv") != NULL, "the message names the file: %s", diag.msg);
	return DONE();
}
