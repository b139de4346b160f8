/* Word helpers: whole-word comparisons (ASCII case-insensitive, as
 * strncasecmp in the C locale), the sorted-list and word-set lookups
 * against the plain list scan, word boundaries and capitals in UTF-8 text. */
#include "words.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* The definitions the fast versions replace, kept as the reference. */
static int ref_word_is(const char *text, size_t b, size_t e, const char *w)
{
	size_t n = strlen(w);
	return e - b == n && strncasecmp(text + b, w, n) == 0;
}

static int ref_word_in(const char *text, size_t b, size_t e, const char *const *list)
{
	for (; *list; ++list) {
		if (ref_word_is(text, b, e, *list)) {
			return 1;
		}
	}
	return 0;
}

static const char *const list[] = {"The", "a", "An", "of", "Foreign", "foreigner", "for",
	"Consulate-General", "Consulate", "Zone", "Z", "über", "Über", "naïve", "O'Brien", "act",
	"Act", "ACT", "x1", "", NULL};
#define N_LIST (sizeof(list) / sizeof(list[0]) - 1)

static const char *const probes[] = {"the", "THE", "The", "th", "thee", "a", "A", "an", "AN",
	"ann", "of", "off", "o", "foreign", "FOREIGNER", "foreigners", "for", "fo", "Consulate",
	"consulate-general", "consulate-", "zone", "z", "zz", "über", "ÜBER", "Über", "naïve",
	"NAÏVE", "o'brien", "o'brie", "act", "aCt", "x1", "X1", "x", "1", "", "[", "`", "@",
	"~", "zzz", "ZONES", NULL};

/* relkg_word_in_sorted answers what relkg_word_in and the old scan
 * answer, for every probe, inside a longer text too. */
static void sorted_equals_scan(void)
{
	const char *sorted[N_LIST];
	memcpy(sorted, list, sizeof(sorted));
	qsort(sorted, N_LIST, sizeof(*sorted), relkg_word_cmp);
	for (size_t i = 1; i < N_LIST; ++i) {
		OK(relkg_word_cmp(&sorted[i - 1], &sorted[i]) <= 0, "sorted at %zu", i);
	}
	size_t bad = 0, hits = 0;
	char text[128];
	for (const char *const *p = probes; *p; ++p) {
		size_t n = strlen(*p);
		snprintf(text, sizeof(text), "xx %s yy", *p);
		int want = ref_word_in(text, 3, 3 + n, list);
		hits += want;
		bad += relkg_word_in(text, 3, 3 + n, list) != want;
		bad += relkg_word_in_sorted(text, 3, 3 + n, sorted, N_LIST) != want;
		for (size_t k = 0; k < N_LIST; ++k) {
			bad += relkg_word_is(text, 3, 3 + n, list[k]) != ref_word_is(text, 3, 3 + n, list[k]);
		}
	}
	OK(bad == 0, "%zu answers differ from the scan", bad);
	OK(hits > 15 && hits < 40, "probes hit and miss (%zu hits)", hits);
	EQ_INT(relkg_word_in_sorted("Act", 0, 3, sorted, N_LIST), 1);
	EQ_INT(relkg_word_in_sorted("Acts", 0, 4, sorted, N_LIST), 0);
	EQ_INT(relkg_word_in_sorted("ab", 1, 0, sorted, N_LIST), 0); /* an inverted span */
	EQ_INT(relkg_word_in("ab", 1, 0, list), 0);
	EQ_INT(relkg_word_is("ab", 1, 0, "b"), 0);
	EQ_INT(relkg_word_in_sorted("x", 0, 1, sorted, 0), 0); /* an empty set */
}

/* relkg_word_set_has answers what relkg_word_in answers, for every
 * probe inside a longer text, the empty word and inverted spans; a list
 * too long for a set is refused. */
static void set_equals_scan(void)
{
	relkg_word_set set;
	OK(relkg_word_set_init(&set, list), "init");
	size_t bad = 0;
	char text[128];
	for (const char *const *p = probes; *p; ++p) {
		size_t n = strlen(*p);
		snprintf(text, sizeof(text), "xx %s yy", *p);
		int want = relkg_word_in(text, 3, 3 + n, list);
		bad += relkg_word_set_has(&set, text, 3, 3 + n) != want;
	}
	OK(bad == 0, "%zu answers differ from relkg_word_in", bad);
	EQ_INT(relkg_word_set_has(&set, "ab", 1, 0), 0); /* an inverted span */
	EQ_INT(relkg_word_set_has(&set, "ab", 1, 1), 1); /* "" is in the list */
	static const char *const no_empty[] = {"the", "of", NULL};
	OK(relkg_word_set_init(&set, no_empty), "init");
	EQ_INT(relkg_word_set_has(&set, "ab", 1, 1), 0);
	EQ_INT(relkg_word_set_has(&set, "xOFx", 1, 3), 1);
	const char *many[RELKG_WORD_SET_MAX + 2];
	for (size_t i = 0; i <= RELKG_WORD_SET_MAX; ++i) {
		many[i] = "w";
	}
	many[RELKG_WORD_SET_MAX + 1] = NULL;
	EQ_INT(relkg_word_set_init(&set, many), 0);
}

/* relkg_starts_with: a case-insensitive prefix that ends at a word
 * boundary (unless it ends in a non-word byte itself), within end. */
static void starts_with(void)
{
	const char *t = "Of the Ministry of; ofx of-  the.";
	EQ_INT(relkg_starts_with(t, 0, strlen(t), "of"), 2);
	EQ_INT(relkg_starts_with(t, 0, strlen(t), "OF THE"), 6);
	EQ_INT(relkg_starts_with(t, 3, strlen(t), "the ministry"), 12);
	EQ_INT(relkg_starts_with(t, 7, strlen(t), "minister"), 0);  /* "Ministry" goes on */
	EQ_INT(relkg_starts_with(t, 16, strlen(t), "of;"), 3);
	EQ_INT(relkg_starts_with(t, 20, strlen(t), "of"), 0);       /* "ofx" */
	EQ_INT(relkg_starts_with(t, 24, strlen(t), "of"), 2);       /* "of-": '-' ends a word */
	EQ_INT(relkg_starts_with(t, 24, strlen(t), "of-"), 3);
	EQ_INT(relkg_starts_with(t, 29, 31, "the"), 0);              /* end cuts it */
	EQ_INT(relkg_starts_with(t, 29, 32, "the"), 3);
	EQ_INT(relkg_starts_with(t, 29, 32, ""), 0);
	EQ_INT(relkg_starts_with("ofé", 0, 4, "of"), 0);            /* a letter follows */
	EQ_INT(relkg_starts_with("of—", 0, 5, "of"), 2);            /* a dash does not */
	/* the inline byte tests only reject what relkg_starts_with_rest would */
	static const char *const ss[] = {"the", "THE GOVERNMENT of", "to", "that", "o", "of;",
		"the island of", "th", NULL};
	const char *u = "The government of THAT to the Island of the islands; th o";
	size_t bad = 0;
	for (size_t i = 0; u[i]; ++i) {
		for (size_t e = i; e <= strlen(u); ++e) {
			for (const char *const *w = ss; *w; ++w) {
				size_t want = relkg_same_folded((unsigned char)u[i], (unsigned char)(*w)[0])
						      ? relkg_starts_with_rest(u, i, e, *w)
						      : 0;
				bad += e > i && relkg_starts_with(u, i, e, *w) != want;
			}
		}
	}
	EQ_INT(bad, 0);
}

/* Word starts, ends and capitals on ASCII and beyond. */
static void boundaries(void)
{
	const char *t = "Émile went to Ōsaka, the O'Brien-Smith W. Bush 2nd";
	EQ_INT(relkg_word_start(t, 0), 1);
	EQ_INT(relkg_word_start(t, 2), 0);  /* after "É" */
	EQ_INT(relkg_word_start(t, 7), 1);  /* "went" */
	EQ_INT(relkg_word_start(t, 8), 0);
	EQ_INT(relkg_word_start(t, 18), 0); /* after "Ō" */
	EQ_INT(relkg_word_end(t, 0, strlen(t)), 6);
	EQ_INT(relkg_word_end(t, 15, strlen(t)), 21);
	EQ_INT(relkg_word_end(t, 27, strlen(t)), 40); /* "O'Brien-Smith" */
	EQ_INT(relkg_word_end(t, 41, strlen(t)), 43); /* "W." */
	EQ_INT(relkg_word_end(t, 49, strlen(t)), 52); /* "2nd" */
	EQ_INT(relkg_word_end(t, 21, strlen(t)), 21); /* "," starts none */
	EQ_INT(relkg_is_upper_at(t, strlen(t)), 1);
	EQ_INT(relkg_is_upper_at(t + 15, 3), 1);
	EQ_INT(relkg_is_upper_at(t + 7, 3), 0);
	EQ_INT(relkg_is_upper_at(t + 49, 1), 0);
	EQ_INT(relkg_is_upper_at("", 0), 0);
	EQ_INT(relkg_is_letter_at(t + 1, 1), 0); /* a continuation byte alone */
	EQ_INT(relkg_is_letter_at(t, 2), 1);
	EQ_INT(relkg_is_letter_at("2", 1), 0);
	EQ_INT(relkg_is_letter_at("x", 0), 0);
}

/* The inline checks the rule loops use agree with the functions at every
 * byte of a text mixing ASCII, accents, other scripts and digits. */
static void inline_checks(void)
{
	const char *t = "A b,c-d'e 9f É é.ŌsakaБ Москва 東京 x2 ,,; (Z) ok";
	size_t n = strlen(t), bad = 0, starts = 0;
	for (size_t i = 0; i < n; ++i) {
		int ws = relkg_word_start(t, i);
		starts += ws;
		bad += relkg_word_start_at(t, i) != ws;
		bad += relkg_letter_word_at(t, i, n) != (ws && relkg_is_letter_at(t + i, n - i));
	}
	OK(bad == 0, "%zu inline answers differ", bad);
	OK(starts > 10 && starts < n, "word starts found: %zu", starts);
	/* relkg_is_upper_at (inline for ASCII) against the general test: every
	 * byte, and the text's code points, at every length */
	size_t diff = 0, upper = 0;
	for (int c = 0; c < 256; ++c) {
		char one[2] = {(char)c, 'x'};
		for (size_t k = 0; k <= 2; ++k) {
			diff += relkg_is_upper_at(one, k) != relkg_is_upper_cp_at(one, k);
		}
	}
	for (size_t i = 0; i < n; ++i) {
		for (size_t k = 0; k <= n - i; ++k) {
			diff += relkg_is_upper_at(t + i, k) != relkg_is_upper_cp_at(t + i, k);
		}
		upper += relkg_is_upper_at(t + i, n - i);
	}
	OK(diff == 0, "%zu inline upper-case answers differ", diff);
	OK(upper == 6, "upper-case letters found: %zu", upper);
}

/* A word class set holds every byte where the test it stands for can
 * hold: relkg_starts_with and relkg_word_in against relkg_wc_folded(_list),
 * relkg_is_upper_at against RELKG_WC_CAPITAL; each byte has one class. */
static void word_classes(void)
{
	static const char *const words[] = {"the", "The island of", "dispute over", "a", "Éire",
		"Treaty", "x2", "-", NULL};
	const char *t = "The island of Éire, the dispute Over a TREATY; x2 - éa Ab zZ";
	size_t n = strlen(t), bad = 0, hits = 0;
	for (size_t i = 0; i < n; ++i) {
		uint64_t c = relkg_wc_of((unsigned char)t[i]);
		bad += (c & (c - 1)) != 0 || c == 0;
		for (const char *const *w = words; *w; ++w) {
			if (relkg_starts_with(t, i, n, *w)) {
				++hits;
				bad += !(c & relkg_wc_folded(*w));
			}
		}
		size_t e = relkg_word_end(t, i, n);
		if (e > i && relkg_word_in(t, i, e, words)) {
			++hits;
			bad += !(c & relkg_wc_folded_list(words));
		}
		bad += relkg_is_upper_at(t + i, n - i) && !(c & RELKG_WC_CAPITAL);
	}
	OK(bad == 0, "%zu bytes outside the class set of a test that holds there", bad);
	OK(hits > 8, "the tests hold somewhere: %zu", hits);
	EQ_INT(relkg_wc_folded("t") == (RELKG_WC_LOWER('t') | RELKG_WC_UPPER('T')), 1);
	EQ_INT(relkg_wc_folded("") == 0, 1);
	EQ_INT(relkg_wc_of('5') == RELKG_WC_OTHER, 1);
	EQ_INT((relkg_wc_folded_list(words) & RELKG_WC_LOWER('q')) == 0, 1);
}

/* relkg_wc_of by its table is the class as defined, a chain of tests,
 * at every byte. */
static void word_class_table(void)
{
	size_t bad = 0;
	for (unsigned c = 0; c < 256; ++c) {
		uint64_t want = c >= 'a' && c <= 'z'   ? RELKG_WC_LOWER(c)
				: c >= 'A' && c <= 'Z' ? RELKG_WC_UPPER(c)
				: c >= 0x80	       ? RELKG_WC_NON_ASCII
						       : RELKG_WC_OTHER;
		bad += relkg_wc_of((unsigned char)c) != want;
	}
	EQ_INT(bad, 0);
	EQ_INT(relkg_wc_of('a') == RELKG_WC_LOWER('a'), 1);
	EQ_INT(relkg_wc_of('Z') == RELKG_WC_UPPER('Z'), 1);
	EQ_INT(relkg_wc_of(0xC3) == RELKG_WC_NON_ASCII, 1);
	EQ_INT(relkg_wc_of(0) == RELKG_WC_OTHER, 1);
}

/* relkg_word_end as it is defined, every character through utf8proc:
 * the reference the table-driven ASCII path must equal. */
static int ref_letter(utf8proc_int32_t c)
{
	if (c < 0) {
		return 0;
	}
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
	       k == UTF8PROC_CATEGORY_LT || k == UTF8PROC_CATEGORY_LM ||
	       k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_MN;
}

static int ref_wordch(utf8proc_int32_t c)
{
	return ref_letter(c) || (c >= '0' && c <= '9');
}

static utf8proc_int32_t ref_cp(const char *s, size_t n, size_t *len)
{
	utf8proc_int32_t c = -1;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
	*len = k > 0 ? (size_t)k : 1;
	return k > 0 ? c : -1;
}

static size_t ref_word_end(const char *t, size_t i, size_t end)
{
	size_t j = i, l, l2;
	while (j < end) {
		utf8proc_int32_t c = ref_cp(t + j, end - j, &l);
		if (ref_wordch(c)) {
			j += l;
			continue;
		}
		if ((c == '-' || c == '\'') && j > i && j + 1 < end) {
			utf8proc_int32_t d = ref_cp(t + j + 1, end - j - 1, &l2);
			if (ref_letter(d) && !(c == '\'' && (d == 's' && (j + 2 >= end ||
				!ref_wordch(ref_cp(t + j + 2, end - j - 2, &l2)))))) {
				j += 1;
				continue;
			}
		}
		break;
	}
	if (j == i + 1 && j < end && t[j] == '.' && t[i] >= 'A' && t[i] <= 'Z') {
		++j;
	}
	return j;
}

/* relkg_word_end equals the reference at every byte of generated texts
 * (every ASCII byte, accents, marks, other scripts, inner marks). */
static void word_end_is_reference(void)
{
	static const char *const pieces[] = {"a", "Z", "9", "-", "'", "'s", ".", " ", "é", "Ō",
		"̈", "Б", "東", "—", "\xff", "\x80", "O'Brien", "W.", "x-y", "_", "@", "`", "{", "~",
		"\t", "$", "Yuzhno-Sakhalinsk", "International", "abcdefgh", "ABCDEFGH12345678",
		"x9y8z7w6v5", "Sakhalinsk's", "Pre\xc3\xa9minence", NULL};
	size_t n_pieces = 0;
	while (pieces[n_pieces]) {
		++n_pieces;
	}
	char t[512];
	unsigned seed = 4242;
	size_t bad = 0;
	for (int round = 0; round < 2000; ++round) {
		size_t n = 0;
		while (n < 200) {
			seed = seed * 1103515245u + 12345u;
			const char *p = pieces[(seed >> 16) % n_pieces];
			size_t pl = strlen(p);
			memcpy(t + n, p, pl);
			n += pl;
		}
		for (int c = 0; c < 128; ++c) { /* every ASCII byte somewhere */
			t[(size_t)(round + c * 7) % n] = (char)(c ? c : ' ');
		}
		t[n] = '\0';
		for (size_t i = 0; i < n; ++i) {
			bad += relkg_word_end(t, i, n) != ref_word_end(t, i, n);
		}
	}
	EQ_INT(bad, 0);
}

/* relkg_last_written by a comparison at every byte from the end. */
static size_t last_written_scan(const char *t, size_t b, size_t end, const char *const *ws,
				int exact_first)
{
	for (size_t p = end; p-- > b;) {
		for (const char *const *w = ws; *w; ++w) {
			size_t n = strlen(*w);
			if (n <= end - p && strncasecmp(t + p, *w, n) == 0 &&
			    (!exact_first || t[p] == (*w)[0])) {
				return p;
			}
		}
	}
	return (size_t)-1;
}

/* The filtered scan finds what the full one finds, at every start and
 * end of some texts, either case rule. */
static void last_written_is_scan(void)
{
	static const char *const keys[] = {"disput", "conflict", "claim", NULL};
	static const char *const orgs[] = {"Center", "Council", "Ministry", "Bank", NULL};
	/* five first bytes, and first bytes no letter: no eight-byte test */
	static const char *const many[] = {"ab", "cd", "ef", "gh", "ij", NULL};
	static const char *const marks[] = {"-x", "a-", "\rb", NULL};
	static const char *const texts[] = {"The border DISPUTE ended in a claim.",
		"undisputed conflicts, counterclaims; disput", "the council met the Council",
		"ministry MINISTRY Ministry bank Bank", "Cl", "no keyword here at all", "",
		"CLAIMclaimClaimDisputDISPUTconflictCONFLICTcLaImDiSpUt abcdefghij -x a- \rb",
		"ddddddddcccccccc DDDDDDDD CCCCCCCC\x8d\xc4\xe3 clai disputeddisput",
		"\x81\xe4\xc3 \rB -X A- -x IJ ij GH gh xxxxxxxxxxxx"};
	size_t tried = 0, bad = 0, fast = 0;
	for (int exact = 0; exact < 2; ++exact) {
		relkg_written_filter fk, fo, fm, fx;
		relkg_written_filter_init(&fk, keys, exact);
		relkg_written_filter_init(&fo, orgs, exact);
		relkg_written_filter_init(&fm, many, exact);
		relkg_written_filter_init(&fx, marks, exact);
		fast += (fk.n_first == 2) + (fo.n_first == 3) + (fm.n_first == 0) + (fx.n_first == 3);
		for (size_t k = 0; k < sizeof(texts) / sizeof(*texts); ++k) {
			const char *t = texts[k];
			size_t n = strlen(t);
			for (size_t b = 0; b <= n; ++b) {
				for (size_t e = b; e <= n; ++e) {
					tried += 2;
					bad += relkg_last_written(t, b, e, keys, &fk) !=
					       last_written_scan(t, b, e, keys, exact);
					bad += relkg_last_written(t, b, e, orgs, &fo) !=
					       last_written_scan(t, b, e, orgs, exact);
					bad += relkg_last_written(t, b, e, many, &fm) !=
					       last_written_scan(t, b, e, many, exact);
					bad += relkg_last_written(t, b, e, marks, &fx) !=
					       last_written_scan(t, b, e, marks, exact);
				}
			}
		}
	}
	OK(bad == 0 && tried > 1000, "last_written: %zu of %zu differ", bad, tried);
	EQ_INT(fast, 8);
	relkg_written_filter fo;
	relkg_written_filter_init(&fo, orgs, 1);
	const char *t = "the council met the Council";
	EQ_INT(relkg_last_written(t, 0, strlen(t), orgs, &fo), 20);
	EQ_INT(relkg_last_written(t, 0, 19, orgs, &fo), (size_t)-1);
}

/* The inline relkg_word_end equals the general one and the reference at
 * every start and every end of generated texts: words of every length
 * around eight bytes, each ended by every ASCII byte, a mark, a byte
 * >= 0x80 or the span's end. */
static void word_end_inline_is_general(void)
{
	static const char *const words[] = {"a", "ab", "W", "abc", "Abcdef", "abcdefg", "abcdefgh",
		"ABCDEFGHI", "internationalization", "x9", "12", "O", "é", NULL};
	size_t bad = 0, inline_hits = 0;
	char t[64];
	for (const char *const *w = words; *w; ++w) {
		for (int c = 1; c < 256; ++c) {
			size_t n = strlen(*w);
			memcpy(t, *w, n);
			t[n] = (char)c;
			memcpy(t + n + 1, "xyz def ghij", 13);
			size_t len = strlen(t);
			for (size_t end = 0; end <= len; ++end) {
				for (size_t i = 0; i <= end; ++i) {
					size_t a = relkg_word_end(t, i, end);
					bad += a != relkg_word_end_general(t, i, end);
					bad += a != ref_word_end(t, i, end);
					inline_hits += i + 8 <= end && a > i + 1 && a < i + 8 &&
						       relkg_we_class[(unsigned char)t[a]] == 0;
				}
			}
		}
	}
	EQ_INT(bad, 0);
	EQ_INT(inline_hits > 0, 1);
}

int main(void)
{
	word_end_inline_is_general();
	last_written_is_scan();
	word_end_is_reference();
	word_classes();
	word_class_table();
	inline_checks();
	sorted_equals_scan();
	set_equals_scan();
	starts_with();
	boundaries();
	return DONE();
}
