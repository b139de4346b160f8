#include "words.h"

#include <string.h>
#include <utf8proc.h>

#include "bytes8.h"

static utf8proc_int32_t cp_at(const char *s, size_t n, size_t *len)
{
	if (n > 0 && (unsigned char)s[0] < 0x80) { /* ASCII: what utf8proc would say */
		*len = 1;
		return (unsigned char)s[0];
	}
	utf8proc_int32_t c = -1;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
	*len = k > 0 ? (size_t)k : 1;
	return k > 0 ? c : -1;
}

static int letter(utf8proc_int32_t c)
{
	if (c < 0) {
		return 0;
	}
	if (c < 0x80) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
	       k == UTF8PROC_CATEGORY_LT || k == UTF8PROC_CATEGORY_LM ||
	       k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_MN;
}

static int wordch(utf8proc_int32_t c)
{
	return letter(c) || (c >= '0' && c <= '9');
}

int relkg_is_letter_at(const char *s, size_t n)
{
	size_t l;
	return n > 0 && letter(cp_at(s, n, &l));
}

int relkg_is_upper_cp_at(const char *s, size_t n)
{
	size_t l;
	if (n == 0) {
		return 0;
	}
	utf8proc_int32_t c = cp_at(s, n, &l);
	if (c >= 0 && c < 0x80) {
		return c >= 'A' && c <= 'Z';
	}
	return c >= 0 && (utf8proc_category(c) == UTF8PROC_CATEGORY_LU ||
			  utf8proc_category(c) == UTF8PROC_CATEGORY_LT);
}

int relkg_word_start(const char *text, size_t i)
{
	if (i == 0) {
		return 1;
	}
	size_t b = i - 1;
	unsigned char c = (unsigned char)text[b];
	if (c < 0x80) { /* most text: no need to find where a sequence starts */
		return !wordch(c);
	}
	while (b > 0 && ((unsigned char)text[b] & 0xC0) == 0x80) {
		--b;
	}
	size_t l;
	return !wordch(cp_at(text + b, i - b, &l));
}

/* relkg_we_class (words.h), as constant expressions: no state. */
#define WE_CLASS(c)                                                               \
	((unsigned)(((c) | 0x20) - 'a') < 26u || (unsigned)((c) - '0') < 10u ? 1u   \
	 : (c) >= 0x80 || (c) == '-' || (c) == '\''                          ? 2u   \
									     : 0u)
#define WE_C4(c) WE_CLASS(c), WE_CLASS((c) + 1), WE_CLASS((c) + 2), WE_CLASS((c) + 3)
#define WE_C16(c) WE_C4(c), WE_C4((c) + 4), WE_C4((c) + 8), WE_C4((c) + 12)
#define WE_C64(c) WE_C16(c), WE_C16((c) + 16), WE_C16((c) + 32), WE_C16((c) + 48)
const unsigned char relkg_we_class[256] = {WE_C64(0), WE_C64(64), WE_C64(128), WE_C64(192)};

/* relkg_wc_bits (constant expressions: no state). */
#define WC_BIT(c)                                                                 \
	((unsigned)((c) - 'a') < 26u   ? (c) - 'a'                                 \
	 : (unsigned)((c) - 'A') < 26u ? 26 + (c) - 'A'                            \
	 : (c) >= 0x80                 ? 52                                        \
				       : 53)
#define WC_B4(c) WC_BIT(c), WC_BIT((c) + 1), WC_BIT((c) + 2), WC_BIT((c) + 3)
#define WC_B16(c) WC_B4(c), WC_B4((c) + 4), WC_B4((c) + 8), WC_B4((c) + 12)
#define WC_B64(c) WC_B16(c), WC_B16((c) + 16), WC_B16((c) + 32), WC_B16((c) + 48)
const unsigned char relkg_wc_bits[256] = {WC_B64(0), WC_B64(64), WC_B64(128), WC_B64(192)};

size_t relkg_word_end_general(const char *text, size_t i, size_t end)
{
	size_t j = i, l;
	const unsigned char *u = (const unsigned char *)text;
	while (j < end) {
		if (end - j >= 8) { /* ASCII letters and digits eight at a time */
			uint64_t alnum = relkg_b8_alnum(relkg_b8_load(u + j));
			if (alnum == RELKG_B8_HIGH) {
				j += 8;
				continue;
			}
			j += relkg_b8_first(~alnum & RELKG_B8_HIGH); /* to the first other byte */
		}
		unsigned k = relkg_we_class[u[j]];
		if (k == 1u) {
			++j; /* an ASCII letter or digit: what the general case would do */
			continue;
		}
		if (k == 0u) {
			break; /* ASCII, no word character, no inner mark: as below */
		}
		utf8proc_int32_t c = cp_at(text + j, end - j, &l);
		if (wordch(c)) {
			j += l;
			continue;
		}
		/* inner hyphen or apostrophe: "Yuzhno-Sakhalinsk", "O'Brien" */
		if ((c == '-' || c == '\'') && j > i && j + 1 < end) {
			size_t l2;
			utf8proc_int32_t d = cp_at(text + j + 1, end - j - 1, &l2);
			if (letter(d) && !(c == '\'' && (d == 's' && (j + 2 >= end ||
				!wordch(cp_at(text + j + 2, end - j - 2, &l2)))))) {
				j += 1;
				continue;
			}
		}
		break;
	}
	/* an initial: "W." */
	if (j == i + 1 && j < end && text[j] == '.' && text[i] >= 'A' && text[i] <= 'Z') {
		++j;
	}
	return j;
}

size_t relkg_skip_space(const char *text, size_t i, size_t end)
{
	while (i < end && text[i] == ' ') {
		++i;
	}
	return i;
}

size_t relkg_prev_word(const char *text, size_t begin, size_t i, size_t *wend)
{
	while (i > begin && text[i - 1] == ' ') {
		--i;
	}
	size_t e = i;
	while (i > begin) {
		unsigned a = (unsigned char)text[i - 1];
		if (a < 0x80) { /* ASCII: what the general case below says */
			if (!(((a | 0x20u) >= 'a' && (a | 0x20u) <= 'z') || (a >= '0' && a <= '9') ||
			      a == '-' || a == '.')) {
				break;
			}
			--i;
			continue;
		}
		size_t b = i - 1;
		while (b > begin && ((unsigned char)text[b] & 0xC0) == 0x80) {
			--b;
		}
		size_t l;
		utf8proc_int32_t c = cp_at(text + b, i - b, &l);
		if (!(wordch(c) || c == '-' || c == '.')) {
			break;
		}
		i = b;
	}
	if (i == e) {
		return (size_t)-1;
	}
	*wend = e;
	return i;
}

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* strncasecmp in the C locale, without the call and without strlen: the
 * rules compare against short constants millions of times. */
static int same_word(const unsigned char *t, size_t n, const char *w)
{
	for (size_t k = 0; k < n; ++k) {
		if (w[k] == '\0' || lower_ascii(t[k]) != lower_ascii((unsigned char)w[k])) {
			return 0;
		}
	}
	return w[n] == '\0';
}

int relkg_word_is(const char *text, size_t b, size_t e, const char *w)
{
	return e >= b && same_word((const unsigned char *)text + b, e - b, w);
}

int relkg_word_in(const char *text, size_t b, size_t e, const char *const *list)
{
	if (e <= b) { /* only "" could match the empty word */
		for (; *list; ++list) {
			if (e == b && **list == '\0') {
				return 1;
			}
		}
		return 0;
	}
	const unsigned char *t = (const unsigned char *)text + b;
	/* the bytes a word of the list may begin with: first in either case */
	unsigned first = lower_ascii(t[0]);
	unsigned other = first >= 'a' && first <= 'z' ? first - ('a' - 'A') : first;
	for (; *list; ++list) {
		unsigned c = (unsigned char)**list;
		if ((c == first || c == other) && same_word(t, e - b, *list)) {
			return 1;
		}
	}
	return 0;
}

/* The bucket of a word beginning with byte c (see relkg_word_set). */
static unsigned set_bucket(unsigned char c)
{
	unsigned f = lower_ascii(c);
	return f >= 'a' && f <= 'z' ? f - 'a' : 26u;
}

int relkg_word_set_init(relkg_word_set *s, const char *const *list)
{
	size_t n = 0;
	memset(s, 0, sizeof(*s));
	for (unsigned k = 0; k <= 26; ++k) {
		s->from[k] = (unsigned char)n;
		for (const char *const *w = list; *w; ++w) {
			if (**w == '\0') {
				s->has_empty = 1;
				continue;
			}
			if (set_bucket((unsigned char)**w) != k) {
				continue;
			}
			if (n == RELKG_WORD_SET_MAX) {
				return 0;
			}
			s->words[n] = *w;
			s->lens[n++] = strlen(*w);
		}
	}
	s->from[27] = (unsigned char)n;
	return 1;
}

int relkg_word_set_has(const relkg_word_set *s, const char *text, size_t b, size_t e)
{
	if (e <= b) { /* only "" could match the empty word */
		return e == b && s->has_empty;
	}
	const unsigned char *t = (const unsigned char *)text + b;
	unsigned k = set_bucket(t[0]);
	for (size_t i = s->from[k]; i < s->from[k + 1]; ++i) {
		if (s->lens[i] == e - b && same_word(t, e - b, s->words[i])) {
			return 1;
		}
	}
	return 0;
}

/* ASCII case-folded order of t[0..n) against w. */
static int fold_cmp(const unsigned char *t, size_t n, const char *w)
{
	for (size_t k = 0;; ++k) {
		int a = k < n ? lower_ascii(t[k]) : -1;
		int c = (unsigned char)w[k];
		int b = c ? lower_ascii((unsigned char)c) : -1;
		if (a != b) {
			return a < b ? -1 : 1;
		}
		if (a < 0) {
			return 0;
		}
	}
}

int relkg_word_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	return fold_cmp((const unsigned char *)x, strlen(x), y);
}

int relkg_word_in_sorted(const char *text, size_t b, size_t e, const char *const *sorted,
			 size_t n)
{
	if (e < b) {
		return 0;
	}
	const unsigned char *t = (const unsigned char *)text + b;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = fold_cmp(t, e - b, sorted[mid]);
		if (c == 0) {
			return 1;
		}
		if (c < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return 0;
}

size_t relkg_starts_with_rest(const char *text, size_t i, size_t end, const char *s)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t n = 1;
	for (; s[n]; ++n) {
		if (i + n >= end || lower_ascii(t[i + n]) != lower_ascii((unsigned char)s[n])) {
			return 0;
		}
	}
	size_t l;
	if (i + n < end && wordch(cp_at(text + i + n, end - i - n, &l)) &&
	    wordch((unsigned char)s[n - 1])) {
		return 0;
	}
	return n;
}

uint64_t relkg_wc_folded(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (c == '\0') {
		return 0; /* relkg_starts_with matches no empty s */
	}
	if ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'z') {
		return relkg_wc_of((unsigned char)(c | 0x20u)) |
		       relkg_wc_of((unsigned char)(c & ~0x20u));
	}
	return relkg_wc_of(c);
}

uint64_t relkg_wc_folded_list(const char *const *list)
{
	uint64_t m = 0;
	for (; *list; ++list) {
		m |= relkg_wc_folded(*list);
	}
	return m;
}

/* Marks letter c (either case) with bit. */
static void written_mark(relkg_written_filter *f, unsigned char c, unsigned char bit)
{
	f->at[c | 0x20u] |= bit;
	f->at[c & ~0x20u] |= bit;
}

/* Adds list's first bytes to f->first (n_first 0 when there are too
 * many). */
static void written_firsts(relkg_written_filter *f, const char *const *list)
{
	for (; *list; ++list) {
		unsigned char c = (unsigned char)(*list)[0];
		unsigned char fold = !f->exact_first && (unsigned)((c | 0x20u) - 'a') < 26u;
		c = fold ? (unsigned char)(c | 0x20u) : c;
		unsigned k = 0;
		while (k < f->n_first && !(f->first[k] == c && f->fold[k] == fold)) {
			++k;
		}
		if (k < f->n_first) {
			continue;
		}
		if (f->n_first == RELKG_WRITTEN_FIRSTS) {
			f->n_first = 0;
			return;
		}
		f->first[f->n_first] = c;
		f->fold[f->n_first++] = fold;
	}
}

void relkg_written_filter_init(relkg_written_filter *f, const char *const *list,
			       int exact_first)
{
	memset(f, 0, sizeof(*f));
	f->exact_first = exact_first;
	written_firsts(f, list);
	if (!exact_first) {
		relkg_written_pairs_init(&f->pairs, list);
	}
	for (; *list; ++list) {
		if (exact_first) {
			f->at[(unsigned char)(*list)[0]] |= 1u;
		} else {
			written_mark(f, (unsigned char)(*list)[0], 1u);
		}
		written_mark(f, (unsigned char)(*list)[1], 2u);
	}
}

/* Is w written at text[p] whole before end, ASCII case-insensitively
 * (its first byte as written when exact_first)? */
static int written_at(const unsigned char *u, size_t p, size_t end, const char *w,
		      int exact_first)
{
	if (exact_first && (p >= end || u[p] != (unsigned char)w[0])) {
		return 0;
	}
	for (size_t k = 0; w[k]; ++k) {
		if (p + k >= end || lower_ascii(u[p + k]) != lower_ascii((unsigned char)w[k])) {
			return 0;
		}
	}
	return 1;
}

int relkg_written_at_list(const char *text, size_t p, size_t end, const char *const *list,
			  int exact_first)
{
	for (; *list; ++list) {
		if (written_at((const unsigned char *)text, p, end, *list, exact_first)) {
			return 1;
		}
	}
	return 0;
}

/* Is a string of list written at p (p + 1 < end), f's bytes first? */
static int written_any(const unsigned char *u, size_t p, size_t end, const char *const *list,
		       const relkg_written_filter *f)
{
	if (!(f->at[u[p]] & 1u) || !(f->at[u[p + 1]] & 2u)) {
		return 0;
	}
	for (const char *const *w = list; *w; ++w) {
		if (written_at(u, p, end, *w, f->exact_first)) {
			return 1;
		}
	}
	return 0;
}

/* The bytes of x (xf: x | 0x20 each) that are one of f's first bytes. */
static uint64_t written_firsts_in(const relkg_written_filter *f, uint64_t x, uint64_t xf)
{
	uint64_t m = 0;
	for (unsigned k = 0; k < f->n_first; ++k) {
		m |= relkg_b8_eq(f->fold[k] ? xf : x, f->first[k]);
	}
	return m;
}

size_t relkg_last_written(const char *text, size_t b, size_t end, const char *const *list,
			  const relkg_written_filter *f)
{
	if (f->pairs.ok) {
		return relkg_last_written_pairs(text, b, end, list, &f->pairs);
	}
	const unsigned char *u = (const unsigned char *)text;
	size_t hi = end - (end > b); /* no string fits at end - 1: p < hi */
	/* eight bytes at a time, from the back: only the bytes some string
	 * begins with are tried, the last first */
	for (; f->n_first && hi >= b + 8; hi -= 8) {
		uint64_t x = relkg_b8_load(u + hi - 8);
		for (uint64_t m = written_firsts_in(f, x, x | RELKG_B8_ONES * 0x20u); m;) {
			unsigned top = 63u - (unsigned)__builtin_clzll(m);
			size_t p = hi - 8 + top / 8;
			if (written_any(u, p, end, list, f)) {
				return p;
			}
			m &= ~(UINT64_C(1) << top);
		}
	}
	for (size_t p = hi; p-- > b;) {
		if (written_any(u, p, end, list, f)) {
			return p;
		}
	}
	return (size_t)-1;
}
