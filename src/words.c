#include "words.h"

#include <string.h>
#include <utf8proc.h>

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

int relkg_is_upper_at(const char *s, size_t n)
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

size_t relkg_word_end(const char *text, size_t i, size_t end)
{
	size_t j = i, l;
	while (j < end) {
		unsigned a = (unsigned char)text[j];
		if (((a | 0x20u) >= 'a' && (a | 0x20u) <= 'z') || (a >= '0' && a <= '9')) {
			++j; /* an ASCII letter or digit: what the general case would do */
			continue;
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
	unsigned char first = lower_ascii(t[0]);
	for (; *list; ++list) {
		if (lower_ascii((unsigned char)**list) == first && same_word(t, e - b, *list)) {
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

/* relkg_starts_with past its first byte (which matched).  Kept out of
 * line so that the usual early return costs no register saves. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t starts_with_rest(const unsigned char *t, size_t i, size_t end, const char *s)
{
	size_t n = 1;
	for (; s[n]; ++n) {
		if (i + n >= end || lower_ascii(t[i + n]) != lower_ascii((unsigned char)s[n])) {
			return 0;
		}
	}
	size_t l;
	if (i + n < end && wordch(cp_at((const char *)t + i + n, end - i - n, &l)) &&
	    wordch((unsigned char)s[n - 1])) {
		return 0;
	}
	return n;
}

size_t relkg_starts_with(const char *text, size_t i, size_t end, const char *s)
{
	/* most calls fail on the first byte: keep that path short */
	const unsigned char *t = (const unsigned char *)text;
	if (i >= end || s[0] == '\0' || lower_ascii(t[i]) != lower_ascii((unsigned char)s[0])) {
		return 0;
	}
	return starts_with_rest(t, i, end, s);
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
