#include "rdfterm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* Decodes the UTF-8 sequence at s (n > 0 bytes left).  Returns its length
 * and sets *cp, or returns the length of the maximal invalid subpart
 * (Unicode 3.9, "U+FFFD substitution of maximal subparts") with *cp = -1. */
static size_t utf8_next(const unsigned char *s, size_t n, long *cp)
{
	unsigned char c = s[0];
	*cp = -1;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t k;
	unsigned char lo = 0x80, hi = 0xBF;
	long v;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2, v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3, v = c & 0x0F;
		lo = c == 0xE0 ? 0xA0 : 0x80; /* overlong */
		hi = c == 0xED ? 0x9F : 0xBF; /* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4, v = c & 0x07;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF; /* > U+10FFFF */
	} else {
		return 1;
	}
	for (size_t i = 1; i < k; ++i) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
		lo = 0x80, hi = 0xBF;
	}
	*cp = v;
	return k;
}

/* Characters a literal never carries: NUL and C0 controls but TAB LF CR
 * (XML 1.0 cannot hold them; raptor cuts at NUL), U+FFFE and U+FFFF. */
static int literal_bad(long cp)
{
	return cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
	       cp == 0xFFFE || cp == 0xFFFF;
}

/* The bytes of the 8 at s that are not printable ASCII (0x20 to 0x7F),
 * as bit 7 of each: a byte below 0x20 borrows into its top bit when 0x20
 * is taken from it; a byte from 0x80 up has its top bit set already.  The
 * lowest byte marked is exact (no borrow reaches it from below); a byte
 * above it may be marked by a borrow without being one of them. */
static uint64_t unprintable8(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
	uint64_t w;
	memcpy(&w, s, 8);
	return (((w - 0x20 * ones) & ~w) | w) & tops;
}

/* The index of the first byte at or after i of u[0..n) that may not be
 * printable ASCII (every one that is not is at or after it), n when
 * there is none: eight bytes a step, the last step (n >= 8) reading
 * again bytes before i and leaving them out. */
static size_t skip_printable(const unsigned char *u, size_t i, size_t n)
{
	for (; i + 8 <= n; i += 8) {
		uint64_t m = unprintable8(u + i);
		if (m) {
			return i + (size_t)__builtin_ctzll(m) / 8;
		}
	}
	if (i < n && n >= 8) {
		size_t back = i - (n - 8); /* 1..7 bytes read again */
		uint64_t m = unprintable8(u + n - 8) >> (8 * back);
		return m ? i + (size_t)__builtin_ctzll(m) / 8 : n;
	}
	while (i < n && u[i] >= 0x20 && u[i] < 0x80) {
		++i;
	}
	return i;
}

/* The index of the first code point at or after i of u[0..n) that a
 * literal cannot hold (relkg_rdfterm_literal puts U+FFFD there), its
 * length in *k; n when there is none.  Printable ASCII, the common case,
 * is always kept and skipped eight bytes at a time; any other byte is
 * decoded. */
static size_t next_bad(const unsigned char *u, size_t i, size_t n, size_t *k)
{
	while ((i = skip_printable(u, i, n)) < n) {
		long cp;
		*k = utf8_next(u + i, n - i, &cp);
		if (literal_bad(cp)) {
			return i;
		}
		i += *k;
	}
	return n;
}

relkg_status relkg_rdfterm_literal(relkg_buf *out, const char *s, size_t n, size_t *repaired)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t fixed = 0, run = 0, k = 0; /* run: start of the pending good span */
	relkg_status st = relkg_buf_append(out, "", 0);
	for (size_t i = next_bad(u, 0, n, &k); i < n && st == RELKG_OK; i = next_bad(u, run, n, &k)) {
		st = relkg_buf_append(out, s + run, i - run);
		if (st == RELKG_OK) {
			st = relkg_buf_puts(out, REPLACEMENT);
		}
		++fixed;
		run = i + k;
	}
	if (st == RELKG_OK) {
		st = relkg_buf_append(out, s + run, n - run);
	}
	if (repaired) {
		*repaired = fixed;
	}
	return st;
}

int relkg_rdfterm_literal_clean(const char *s, size_t n)
{
	size_t k;
	return next_bad((const unsigned char *)s, 0, n, &k) == n;
}

/* ---- IRIs ---------------------------------------------------------- */

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Length of the scheme (RFC 3986: ALPHA *( ALPHA / DIGIT / + - . )) before
 * the ':', or 0 if s has none. */
static size_t scheme_len(const char *s, size_t n)
{
	if (n == 0 || !is_alpha((unsigned char)s[0])) {
		return 0;
	}
	for (size_t i = 1; i < n; ++i) {
		int c = (unsigned char)s[i];
		if (c == ':') {
			return i;
		}
		if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') {
			return 0;
		}
	}
	return 0;
}

/* What a byte of an IRI is, for iri_walk:
 *   P  plain ASCII, kept as it is whatever comes around it
 *   F  ASCII that IRIREF forbids (N-Triples, Turtle) and RFC 3987 too:
 *      controls, space, DEL, < > " { } | ^ ` \  (always escaped)
 *   S  ASCII whose fate depends on where it is: % (needs two hex digits),
 *      # (only one), [ ] (authority only), / ? (end the authority)
 *   H  a byte >= 0x80: a UTF-8 sequence to decode */
enum { P, F, S, H };
static const unsigned char iri_class[256] = {
	F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, /* 0x00 */
	F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, /* 0x10 */
	F, P, F, S, P, S, P, P, P, P, P, P, P, P, P, S, /* 0x20  !"#$%&'()*+,-./ */
	P, P, P, P, P, P, P, P, P, P, P, P, F, P, F, S, /* 0x30 0-9:;<=>? */
	P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x40 @A-O */
	P, P, P, P, P, P, P, P, P, P, P, S, F, S, F, P, /* 0x50 P-Z[\]^_ */
	F, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x60 `a-o */
	P, P, P, P, P, P, P, P, P, P, P, F, F, F, P, F, /* 0x70 p-z{|}~DEL */
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0x80 */
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0xF0 */
};

/* RFC 3987 ucschar or iprivate (the latter only legal in the query; we
 * allow it anywhere after the scheme rather than guess the query). */
static int ucs_allowed(long cp)
{
	if ((cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
	    (cp >= 0xFDF0 && cp <= 0xFFEF) || (cp >= 0xE000 && cp <= 0xF8FF)) {
		return 1;
	}
	if (cp >= 0x10000 && cp <= 0x10FFFF) {
		return (cp & 0xFFFF) <= 0xFFFD; /* no plane-final noncharacters */
	}
	return 0;
}

typedef struct {
	size_t auth_start;  /* first byte after "//" */
	int in_authority; /* between "//" and the next / ? # */
	int in_fragment;
} iri_state;

/* Does the ASCII character c at s[i], of class S, have to be
 * percent-encoded?  Updates the state on '#', '/' and '?'. */
static int special_needs_escape(const char *s, size_t n, size_t i, iri_state *ps)
{
	int c = (unsigned char)s[i];
	if (c == '%') {
		return !(i + 2 < n && is_hex((unsigned char)s[i + 1]) &&
			 is_hex((unsigned char)s[i + 2]));
	}
	if (c == '#') {
		if (ps->in_fragment) {
			return 1;
		}
		ps->in_fragment = 1;
		ps->in_authority = 0;
		return 0;
	}
	if (ps->in_authority && i >= ps->auth_start && (c == '/' || c == '?')) {
		ps->in_authority = 0;
	}
	return (c == '[' || c == ']') && !ps->in_authority;
}

static relkg_status put_pct(relkg_buf *out, const unsigned char *s, size_t k)
{
	static const char hex[] = "0123456789ABCDEF";
	relkg_status st = RELKG_OK;
	for (size_t j = 0; j < k && st == RELKG_OK; ++j) {
		char e[3] = {'%', hex[s[j] >> 4], hex[s[j] & 15]};
		st = relkg_buf_append(out, e, 3);
	}
	return st;
}

/* Does the byte sequence at s[i] (class c, k bytes once decoded) have to
 * be percent-encoded?  Sets *k. */
static int needs_escape(const char *s, size_t n, size_t i, int c, iri_state *ps, size_t *k)
{
	*k = 1;
	if (c == F) {
		return 1;
	}
	if (c == S) {
		return special_needs_escape(s, n, i, ps);
	}
	long cp;
	*k = utf8_next((const unsigned char *)s + i, n - i, &cp);
	return cp < 0 || !ucs_allowed(cp); /* invalid UTF-8 or not ucschar */
}

/* Walks an IRI; with out == NULL only tells whether anything would be
 * escaped (returns RELKG_NO_MATCH then).  Runs of bytes kept as they are
 * go to out in one append; an IRI with nothing to escape is one copy. */
static relkg_status iri_walk(relkg_buf *out, const char *s, size_t n)
{
	size_t sl = scheme_len(s, n);
	if (sl == 0) {
		return RELKG_ERR_ARG;
	}
	iri_state ps = {sl + 3, 0, 0};
	if (n >= sl + 3 && s[sl + 1] == '/' && s[sl + 2] == '/') {
		ps.in_authority = 1;
	}
	const unsigned char *u = (const unsigned char *)s;
	relkg_status st = RELKG_OK;
	size_t run = 0; /* start of the pending span kept as it is */
	for (size_t i = sl + 1; i < n && st == RELKG_OK;) { /* scheme ':' checked */
		while (i < n && iri_class[u[i]] == P) {
			++i; /* a run kept as it is: the common case, kept tight */
		}
		if (i == n) {
			break;
		}
		int c = iri_class[u[i]];
		size_t k;
		if (!needs_escape(s, n, i, c, &ps, &k)) {
			i += k;
		} else if (!out) {
			return RELKG_NO_MATCH;
		} else {
			st = relkg_buf_append(out, s + run, i - run);
			if (st == RELKG_OK) {
				st = put_pct(out, u + i, k);
			}
			i += k;
			run = i;
		}
	}
	if (out && st == RELKG_OK) {
		st = relkg_buf_append(out, s + run, n - run);
	}
	return st;
}

/* Is s[0..n) valid UTF-8 with nothing but ASCII? */
static int all_ascii(const char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) { /* 8 bytes at a time: no top bit set */
		uint64_t w;
		memcpy(&w, s + i, sizeof(w));
		if (w & 0x8080808080808080ULL) {
			return 0;
		}
	}
	for (; i < n; ++i) {
		if ((unsigned char)s[i] >= 0x80) {
			return 0;
		}
	}
	return 1;
}

static int valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		long cp;
		i += utf8_next((const unsigned char *)s + i, n - i, &cp);
		if (cp < 0) {
			return 0;
		}
	}
	return 1;
}

relkg_status relkg_rdfterm_iri(relkg_buf *out, const char *s, size_t n)
{
	if (memchr(s, '\0', n) || all_ascii(s, n) || !valid_utf8(s, n)) {
		return iri_walk(out, s, n); /* NFC would stop at NUL or fail */
	}
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
					  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (m < 0) {
		return m == UTF8PROC_ERROR_NOMEM ? RELKG_ERR_NOMEM : iri_walk(out, s, n);
	}
	relkg_status st = iri_walk(out, (const char *)nfc, (size_t)m);
	free(nfc);
	return st;
}

/* The bytes relkg_rdfterm_iri_plain lets through after "scheme://":
 * those of class P in iri_class, '/', '?' and '#'; not PL_BAD ones (class
 * F, '%', '[', ']', a byte >= 0x80).  In plain_sum a byte let through
 * adds 0, '#' 1 (they are counted), a bad byte PLAIN_BAD (far above any
 * count of '#' in a string that fits in memory).  A constant table. */
#define PL_BAD(c)                                                                   \
	((c) <= 0x20 || (c) >= 0x7F || (c) == '"' || (c) == '<' || (c) == '>' ||      \
	 (c) == '\\' || (c) == '^' || (c) == '`' || (c) == '{' || (c) == '|' ||         \
	 (c) == '}' || (c) == '%' || (c) == '[' || (c) == ']')
#define PLAIN_BAD ((uint64_t)1 << 48)
#define PS(c) ((c) == '#' ? 1 : PL_BAD(c) ? PLAIN_BAD : 0)
#define PS4(c) PS(c), PS((c) + 1), PS((c) + 2), PS((c) + 3)
#define PS16(c) PS4(c), PS4((c) + 4), PS4((c) + 8), PS4((c) + 12)
#define PS64(c) PS16(c), PS16((c) + 16), PS16((c) + 32), PS16((c) + 48)
static const uint64_t plain_sum[256] = {PS64(0), PS64(64), PS64(128), PS64(192)};

/* One table load and one add per byte, four bytes a round into two sums:
 * no branch per byte (the answer is mostly yes) and no dependence of one
 * byte's add on the last's. */
int relkg_rdfterm_iri_plain_tail(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t a = 0, b = 0;
	size_t i = 0;
	for (; i + 4 <= n; i += 4) {
		a += plain_sum[u[i]] + plain_sum[u[i + 1]];
		b += plain_sum[u[i + 2]] + plain_sum[u[i + 3]];
	}
	for (; i < n; ++i) {
		a += plain_sum[u[i]];
	}
	a += b;
	if (a >= PLAIN_BAD) {
		return -1;
	}
	return a > 2 ? 2 : (int)a;
}

int relkg_rdfterm_iri_plain(const char *s, size_t n)
{
	size_t sl = scheme_len(s, n);
	if (sl == 0 || n < sl + 3 || s[sl + 1] != '/' || s[sl + 2] != '/') {
		return 0;
	}
	int hashes = relkg_rdfterm_iri_plain_tail(s + sl + 3, n - sl - 3);
	return hashes == 0 || hashes == 1;
}

int relkg_rdfterm_iri_valid(const char *s, size_t n)
{
	return iri_walk(NULL, s, n) == RELKG_OK;
}

/* ---- language tags ------------------------------------------------- */

/* Splits tag into subtags; returns their count (at most max), or -1 when a
 * subtag is empty, longer than 8, or not alphanumeric. */
static int subtags(const char *tag, size_t len[], int max)
{
	int k = 0;
	const char *p = tag;
	for (;;) {
		size_t l = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
		if (l == 0 || l > 8 || k == max) {
			return -1;
		}
		len[k++] = l;
		if (p[l] == '\0') {
			return k;
		}
		if (p[l] != '-') {
			return -1;
		}
		p += l + 1;
	}
}

static int all_alpha(const char *s, size_t n)
{
	for (size_t i = 0; i < n; ++i) {
		if (!is_alpha((unsigned char)s[i])) {
			return 0;
		}
	}
	return 1;
}

/* RFC 5646 langtag after the primary language subtag: extlang (3 alpha,
 * up to 3, only after a 2-3 letter language), script (4 alpha), region
 * (2 alpha or 3 digit), variants (5-8 alnum or digit + 3 alnum),
 * extensions (singleton + 2-8 alnum subtags), private use (x + 1-8). */
static int langtag_rest(const char *p, const size_t len[], int n, int i)
{
	int ext = 0;
	while (i < n && len[i] == 3 && all_alpha(p, 3) && ext < 3 && len[0] <= 3) {
		p += len[i++] + 1, ++ext;
	}
	if (i < n && len[i] == 4 && all_alpha(p, 4)) {
		p += len[i++] + 1;
	}
	if (i < n && ((len[i] == 2 && all_alpha(p, 2)) ||
		      (len[i] == 3 && is_digit((unsigned char)p[0]) && is_digit((unsigned char)p[1]) &&
		       is_digit((unsigned char)p[2])))) {
		p += len[i++] + 1;
	}
	while (i < n && (len[i] >= 5 || (len[i] == 4 && is_digit((unsigned char)p[0])))) {
		p += len[i++] + 1;
	}
	while (i < n && len[i] == 1) {
		int x = p[0] == 'x' || p[0] == 'X';
		p += 2, ++i;
		int m = 0;
		while (i < n && (len[i] >= 2 || x)) {
			p += len[i++] + 1, ++m;
		}
		if (m == 0) {
			return 0;
		}
		if (x) {
			break;
		}
	}
	return i == n;
}

int relkg_rdfterm_lang_valid(const char *tag)
{
	size_t len[RELKG_LANG_MAX];
	if (!tag || strlen(tag) > RELKG_LANG_MAX) {
		return 0;
	}
	int n = subtags(tag, len, RELKG_LANG_MAX);
	if (n < 1) {
		return 0;
	}
	if (len[0] == 1) { /* "x-private", "i-grandfathered" */
		int c = tag[0] | 0x20;
		return (c == 'x' || c == 'i') && n >= 2;
	}
	if (!all_alpha(tag, len[0])) {
		return 0;
	}
	return langtag_rest(tag + len[0] + 1, len, n, 1) || n == 1;
}

relkg_status relkg_rdfterm_lang(relkg_buf *out, const char *tag)
{
	if (!relkg_rdfterm_lang_valid(tag)) {
		return RELKG_ERR_ARG;
	}
	relkg_status st = RELKG_OK;
	for (const char *p = tag; *p && st == RELKG_OK; ++p) {
		char c = *p;
		st = relkg_buf_putc(out, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
	}
	return st;
}

/* ---- numbers ------------------------------------------------------- */

enum { NUM_NONE, NUM_INTEGER, NUM_NONNEG, NUM_DECIMAL };

static int numeric_kind(const char *dt)
{
	size_t nl = strlen(RELKG_XSD);
	if (!dt || strncmp(dt, RELKG_XSD, nl) != 0) {
		return NUM_NONE;
	}
	dt += nl;
	if (strcmp(dt, "integer") == 0) {
		return NUM_INTEGER;
	}
	if (strcmp(dt, "nonNegativeInteger") == 0) {
		return NUM_NONNEG;
	}
	return strcmp(dt, "decimal") == 0 ? NUM_DECIMAL : NUM_NONE;
}

int relkg_rdfterm_is_numeric(const char *dt)
{
	return numeric_kind(dt) != NUM_NONE;
}

/* Canonical form of [+-]?digits(.digits)? (XSD 1.0 canonical forms; a
 * decimal always has a point and a digit on each side, so Turtle reads
 * it back as a decimal, never an integer). */
static relkg_status canonical_number(relkg_buf *out, const char *lex, int kind)
{
	const char *p = lex;
	int neg = 0;
	if (*p == '+' || *p == '-') {
		neg = *p++ == '-';
	}
	size_t il = strspn(p, "0123456789");
	const char *frac = p + il;
	size_t fl = 0;
	if (*frac == '.' && kind == NUM_DECIMAL) {
		fl = strspn(frac + 1, "0123456789");
		++frac;
	} else if (*frac != '\0') {
		return RELKG_ERR_ARG;
	}
	if ((il == 0 && fl == 0) || frac[fl] != '\0') {
		return RELKG_ERR_ARG;
	}
	while (il > 0 && *p == '0') { /* leading zeros */
		++p, --il;
	}
	while (fl > 0 && frac[fl - 1] == '0') { /* trailing zeros */
		--fl;
	}
	int zero = il == 0 && fl == 0;
	if (neg && !zero && kind == NUM_NONNEG) {
		return RELKG_ERR_ARG;
	}
	relkg_status st = (neg && !zero) ? relkg_buf_putc(out, '-') : RELKG_OK;
	if (st == RELKG_OK) {
		st = il ? relkg_buf_append(out, p, il) : relkg_buf_putc(out, '0');
	}
	if (st == RELKG_OK && kind == NUM_DECIMAL) {
		st = relkg_buf_putc(out, '.');
		if (st == RELKG_OK) {
			st = fl ? relkg_buf_append(out, frac, fl) : relkg_buf_putc(out, '0');
		}
	}
	return st;
}

relkg_status relkg_rdfterm_typed(relkg_buf *out, const char *lex, const char *dt)
{
	int kind = numeric_kind(dt);
	if (kind == NUM_NONE) {
		return relkg_rdfterm_literal(out, lex, strlen(lex), NULL);
	}
	return canonical_number(out, lex, kind);
}

/* ---- blank nodes --------------------------------------------------- */

relkg_status relkg_rdfterm_blank(relkg_buf *out, const char *label)
{
	static const char hex[] = "0123456789ABCDEF";
	relkg_status st = relkg_buf_puts(out, RELKG_BLANK_PREFIX);
	for (const unsigned char *p = (const unsigned char *)label; *p && st == RELKG_OK; ++p) {
		if (is_alpha(*p) || is_digit(*p)) {
			st = relkg_buf_putc(out, (char)*p);
		} else {
			char e[3] = {'_', hex[*p >> 4], hex[*p & 15]};
			st = relkg_buf_append(out, e, 3);
		}
	}
	return st;
}
