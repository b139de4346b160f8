#include "sentence.h"

#include <ctype.h>
#include <string.h>

/* Words that end with a period without ending a sentence. */
static const char *const abbrev[] = {
	"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Gov",
	"Sen", "Rep", "Lt", "Col", "Capt", "Maj", "Sgt", "Rev", "Hon", "Adm",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec", "No", "Nos", "vol", "pp", "ed", "eds", "cf", "etc", "vs",
	"approx", "ca", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "e.g", "i.e",
	NULL};

static int is_abbrev(const char *text, size_t wbegin, size_t dot)
{
	size_t n = dot - wbegin;
	for (const char *const *a = abbrev; *a; ++a) {
		if (strlen(*a) == n && strncmp(text + wbegin, *a, n) == 0) {
			return 1;
		}
	}
	/* initials and dotted acronyms: "W." "U.S." "a.m." */
	if (n == 1 && isalpha((unsigned char)text[wbegin])) {
		return 1;
	}
	for (size_t i = wbegin; i < dot; ++i) {
		if (text[i] == '.') {
			return 1;
		}
	}
	return 0;
}

static size_t word_start(const char *text, size_t begin, size_t dot)
{
	size_t w = dot;
	while (w > begin && !isspace((unsigned char)text[w - 1]) &&
	       text[w - 1] != '(' && text[w - 1] != '"') {
		--w;
	}
	return w;
}

/* After a terminator at `i`, skip closing quotes/brackets and citation
 * markers; returns the end of the sentence. */
static size_t sentence_tail(const char *text, size_t i, size_t end)
{
	size_t j = i + 1;
	for (;;) {
		if (j < end && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) {
			++j;
		} else if (j + 2 <= end && (unsigned char)text[j] == 0xE2 &&
			   (unsigned char)text[j + 1] == 0x80 && j + 2 < end &&
			   ((unsigned char)text[j + 2] == 0x9D || (unsigned char)text[j + 2] == 0x99)) {
			j += 3; /* closing curly quotes */
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
	return isupper(c) || isdigit(c) || c == '"' || c == '(' || c >= 0x80 || c == '\'';
}

static int ends_here(const char *text, size_t begin, size_t i, size_t end, size_t *out)
{
	char c = text[i];
	if (c != '.' && c != '!' && c != '?') {
		return 0;
	}
	if (c == '.') {
		if (i + 1 < end && isdigit((unsigned char)text[i + 1])) {
			return 0; /* decimal */
		}
		if (is_abbrev(text, word_start(text, begin, i), i)) {
			/* an abbreviation ends a sentence only at the end of the block */
			size_t t = sentence_tail(text, i, end);
			if (t < end) {
				return 0;
			}
		}
	}
	size_t t = sentence_tail(text, i, end);
	if (t < end && text[t] != ' ') {
		return 0; /* "e.g.x" or "1.2.1" */
	}
	if (!starts_sentence(text, t, end)) {
		return 0;
	}
	*out = t;
	return 1;
}

relkg_status relkg_sentence_split(const char *text, size_t begin, size_t end,
				  relkg_sentence_fn fn, void *ctx)
{
	size_t s = begin;
	relkg_status st;
	for (size_t i = begin; i < end; ++i) {
		size_t t;
		if (ends_here(text, s, i, end, &t)) {
			if ((st = fn(ctx, s, t)) != RELKG_OK) {
				return st;
			}
			s = t;
			while (s < end && text[s] == ' ') {
				++s;
			}
			i = s ? s - 1 : 0;
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
