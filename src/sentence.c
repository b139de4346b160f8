/* Sentence splitting.  A sentence ends at ".", "!", "?" or "…" followed by
 * white space and something that can start a sentence, unless the period
 * belongs to a word that does not end sentences:
 *
 *   titles before names ("Dr.", "Gen.", "St.")      never end a sentence;
 *   other abbreviations ("etc.", "Jan.", "Inc."),
 *   initials ("W.") and dotted acronyms ("U.S.")    end one only when the
 *                                                   next word is a usual
 *                                                   sentence opener ("The");
 *   decimals and section numbers ("2.5", "1.2.1")   never.
 *
 * Closing quotes, brackets and citation markers after the terminator belong
 * to the sentence ("...favorably.[2]", "...program.\"[6]").  A period glued
 * to the next sentence ("movement.During") still splits when a lower-case
 * word meets a capitalised one. */
#include "sentence.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "bytes8.h"

/* Titles written before a name. */
static const char *const titles[] = {
	"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt",
	"Col", "Capt", "Maj", "Sgt", "Rev", "Hon", "Adm", "Cdr", "Cmdr", "Brig", "Pres",
	"Amb", "Supt", "St", "Mt", "Ft", "Fr", "Sr", "Sra", "Mme", "Mlle", NULL};

/* Abbreviations that may also close a sentence. */
static const char *const abbrevs[] = {
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
	"Dec", "No", "Nos", "vol", "Vol", "pp", "p", "ed", "eds", "cf", "etc", "vs", "v",
	"approx", "ca", "c", "Inc", "Ltd", "Co", "Corp", "Jr", "Bros", "Dept", "Univ",
	"Assn", "Ave", "al", "est", "fig", "Fig", "e.g", "i.e", "viz", "op", "cit", "ibid",
	NULL};

/* Words that usually open a sentence: after an abbreviation they show the
 * abbreviation also ended the sentence. */
static const char *const openers[] = {
	"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "As", "He",
	"She", "It", "They", "We", "I", "This", "That", "These", "Those", "There",
	"However", "But", "And", "After", "Before", "Since", "When", "While", "Although",
	"Despite", "During", "Following", "According", "His", "Her", "Its", "Their",
	"Our", "Both", "Some", "Many", "Most", "Today", "Later", "Meanwhile", "Then",
	"Thus", "Also", "Other", "Under", "Between", NULL};

static int in_list(const char *const *list, const char *s, size_t n)
{
	for (const char *const *a = list; *a; ++a) { /* no entry is "": first bytes first */
		if (n && (*a)[0] == s[0] && strlen(*a) == n && strncmp(s, *a, n) == 0) {
			return 1;
		}
	}
	return 0;
}

typedef enum { W_WORD, W_TITLE, W_ABBREV } word_kind;

/* What the word [wbegin, dot) before a period is. */
static word_kind word_before_dot(const char *text, size_t wbegin, size_t dot)
{
	size_t n = dot - wbegin;
	if (in_list(titles, text + wbegin, n)) {
		return W_TITLE;
	}
	if (in_list(abbrevs, text + wbegin, n)) {
		return W_ABBREV;
	}
	/* initials "W." and dotted acronyms "U.S." "a.m." */
	if (n == 1 && isalpha((unsigned char)text[wbegin])) {
		return W_ABBREV;
	}
	for (size_t i = wbegin; i < dot; ++i) {
		if (text[i] == '.' && i + 1 < dot && isalpha((unsigned char)text[i + 1])) {
			return W_ABBREV;
		}
	}
	return W_WORD;
}

static int is_quote_or_bracket(unsigned char c)
{
	return c == '(' || c == '"' || c == '\'' || c == '[';
}

static size_t word_start(const char *text, size_t begin, size_t dot)
{
	size_t w = dot;
	/* words longer than 64 bytes are no abbreviations: bounds the work */
	while (w > begin && dot - w < 64 && !isspace((unsigned char)text[w - 1]) &&
	       !is_quote_or_bracket((unsigned char)text[w - 1])) {
		--w;
	}
	return w;
}

static int closing_curly_quote(const char *text, size_t j, size_t end)
{
	return j + 3 <= end && (unsigned char)text[j] == 0xE2 &&
	       (unsigned char)text[j + 1] == 0x80 &&
	       ((unsigned char)text[j + 2] == 0x9D || (unsigned char)text[j + 2] == 0x99);
}

/* After a terminator at `i`, skips closing quotes/brackets and citation
 * markers ("[3]", "[3][4]", "[citation needed]"); returns the sentence end. */
static size_t sentence_tail(const char *text, size_t i, size_t end)
{
	size_t j = i + 1;
	for (;;) {
		if (j < end && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) {
			++j;
		} else if (closing_curly_quote(text, j, end)) {
			j += 3;
		} else if (j < end && text[j] == '[') {
			size_t k = j + 1;
			while (k < end && text[k] != ']' && text[k] != '[' && k - j < 40) {
				++k;
			}
			if (k < end && text[k] == ']') {
				j = k + 1;
			} else {
				break;
			}
		} else {
			break;
		}
	}
	return j;
}

static int starts_sentence(const char *text, size_t j, size_t end)
{
	while (j < end && text[j] == ' ') {
		++j;
	}
	if (j >= end) {
		return 1;
	}
	unsigned char c = (unsigned char)text[j];
	return isupper(c) || isdigit(c) || c == '"' || c == '(' || c >= 0x80 || c == '\'' ||
	       c == '[';
}

/* Is the word at j (after spaces and opening quotes) a sentence opener? */
static int opener_follows(const char *text, size_t j, size_t end)
{
	while (j < end && (text[j] == ' ' || text[j] == '"' || text[j] == '\'')) {
		++j;
	}
	size_t k = j;
	while (k < end && k - j < 16 && isalpha((unsigned char)text[k])) {
		++k;
	}
	return k < end && k > j && (text[k] == ' ' || text[k] == ',') &&
	       in_list(openers, text + j, k - j);
}

/* "movement.During": a period with no space after it between a lower-case
 * word of three letters or more and a capitalised word. */
static int glued_end(const char *text, size_t begin, size_t i, size_t end)
{
	if (i < begin + 3 || i + 2 >= end || !isupper((unsigned char)text[i + 1]) ||
	    !islower((unsigned char)text[i + 2])) {
		return 0;
	}
	size_t w = word_start(text, begin, i);
	if (i - w < 3) {
		return 0;
	}
	for (size_t k = w; k < i; ++k) {
		if (!islower((unsigned char)text[k])) {
			return 0;
		}
	}
	return word_before_dot(text, w, i) == W_WORD;
}

static int ends_here(const char *text, size_t begin, size_t i, size_t end, size_t *out)
{
	char c = text[i];
	int ellipsis = i + 2 < end && (unsigned char)c == 0xE2 &&
		       (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0xA6;
	if (c != '.' && c != '!' && c != '?' && !ellipsis) {
		return 0;
	}
	if (ellipsis) {
		i += 2;
	}
	if (c == '.') {
		if (i + 1 < end && isdigit((unsigned char)text[i + 1])) {
			return 0; /* decimal, "1.2.1" */
		}
		if (glued_end(text, begin, i, end)) {
			*out = i + 1;
			return 1;
		}
	}
	size_t t = sentence_tail(text, i, end);
	if (t < end && text[t] != ' ') {
		/* "e.g.x", or a marker glued to the next sentence "...said.[2]The" */
		if (!(text[t - 1] == ']' && isupper((unsigned char)text[t]))) {
			return 0;
		}
	}
	if (t >= end) {
		*out = t;
		return 1;
	}
	if (!starts_sentence(text, t, end)) {
		return 0;
	}
	if (c == '.' && !ellipsis) {
		word_kind k = word_before_dot(text, word_start(text, begin, i), i);
		if (k == W_TITLE || (k == W_ABBREV && !opener_follows(text, t, end))) {
			return 0;
		}
	}
	*out = t;
	return 1;
}

/* The bytes ends_here can say yes at: '.', '!', '?' and the first byte
 * of an ellipsis.  The scan passes over the others by this table alone
 * (ends_here tested each byte of a paragraph). */
static const unsigned char may_end[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1};

size_t relkg_sentence_may_end_from(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)text;
	for (; end - i >= 8; i += 8) {
		uint64_t x = relkg_b8_load(u + i);
		uint64_t m = relkg_b8_eq(x, '.') | relkg_b8_eq(x, '!') | relkg_b8_eq(x, '?') |
			     relkg_b8_eq(x, 0xE2);
		if (m) {
			return i + relkg_b8_first(m);
		}
	}
	while (i < end && !may_end[u[i]]) {
		++i;
	}
	return i;
}

relkg_status relkg_sentence_split(const char *text, size_t begin, size_t end,
				  relkg_sentence_fn fn, void *ctx)
{
	size_t s = begin;
	relkg_status st;
	while (s < end && text[s] == ' ') {
		++s;
	}
	for (size_t i = s; (i = relkg_sentence_may_end_from(text, i, end)) < end; ++i) {
		size_t t;
		if (ends_here(text, s, i, end, &t)) {
			if ((st = fn(ctx, s, t)) != RELKG_OK) {
				return st;
			}
			s = t;
			while (s < end && text[s] == ' ') {
				++s;
			}
			i = s - 1; /* s > begin here: t > i >= begin */
		}
	}
	while (end > s && text[end - 1] == ' ') {
		--end;
	}
	if (end > s) {
		return fn(ctx, s, end);
	}
	return RELKG_OK;
}
