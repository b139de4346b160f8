/* RDF terms made valid before they reach a serializer.
 *
 * raptor2 2.0.15 does not protect its output: it cuts a literal at the
 * first NUL, escapes illegal IRI characters into invalid IRIs, writes
 * numbers that re-read as another type, passes malformed language tags
 * (and overflows its heap on one of 256 bytes or more).  Every term the
 * graph stores goes through this module first (graph.c), so whatever a
 * serializer gets is valid by construction.
 *
 * Policy, per kind of term:
 *   literal  REPAIRED: each invalid UTF-8 sequence (maximal subpart), NUL,
 *            the C0 controls other than TAB LF CR, and U+FFFE/U+FFFF
 *            become U+FFFD, one for one, so code-point offsets into text
 *            without invalid bytes are kept.  Every other character is
 *            legal in the N-Triples and Turtle string grammars (the
 *            serializer escapes " \ LF CR) and in XML 1.0.
 *   IRI      REPAIRED when it has a scheme: NFC (utf8proc), then
 *            percent-encoded (as UTF-8 bytes) wherever IRIREF or RFC 3987
 *            forbids the character: controls, space, < > " { } | ^ ` \,
 *            a '%' not followed by two hex digits, a second '#', '[' or
 *            ']' outside the authority, non-ASCII outside ucschar/iprivate,
 *            invalid UTF-8.  REJECTED (RELKG_ERR_ARG) without a scheme:
 *            a relative name is a caller's bug, not data.
 *   language REJECTED (RELKG_ERR_ARG) unless it has the BCP 47 shape
 *            (RFC 5646 langtag, privateuse or grandfathered "i-"/"x-"
 *            forms) and at most RELKG_LANG_MAX bytes; accepted tags are
 *            lower-cased (case carries no meaning in BCP 47).
 *   number   xsd:integer, xsd:nonNegativeInteger, xsd:decimal lexical
 *            forms are put in canonical form ("+007" -> "7", "-0" -> "0",
 *            "1." -> "1.0"); a form that is not a number of the type is
 *            REJECTED (RELKG_ERR_ARG).
 *   blank    labels become RELKG_BLANK_PREFIX + the label with every byte
 *            outside [A-Za-z0-9] hex-escaped as "_XX", so they match
 *            BLANK_NODE_LABEL and never meet a label raptor generates.
 *
 * All functions append to `out` (the caller owns it) and leave it
 * NUL-terminated. */
#ifndef RELKG_RDFTERM_H
#define RELKG_RDFTERM_H
#include <stddef.h>
#include "buf.h"

#define RELKG_LANG_MAX 63 /* bytes; raptor overflows at 256 */
#define RELKG_BLANK_PREFIX "rkgb"

#define RELKG_XSD "http://www.w3.org/2001/XMLSchema#"

/* Appends a valid literal lexical form of s[0..n).  *repaired (may be
 * NULL) counts the characters replaced. */
RELKG_NODISCARD relkg_status relkg_rdfterm_literal(relkg_buf *out, const char *s, size_t n,
	size_t *repaired);

/* 1 when relkg_rdfterm_literal would append s[0..n) unchanged (nothing
 * to replace), without writing anything; tests/test_rdfterm.c holds the
 * two together. */
int relkg_rdfterm_literal_clean(const char *s, size_t n);

/* Appends s[0..n) as a valid absolute IRI (see above). */
RELKG_NODISCARD relkg_status relkg_rdfterm_iri(relkg_buf *out, const char *s, size_t n);

/* Is s[0..n) already a valid absolute IRI (what relkg_rdfterm_iri would
 * leave unchanged, NFC aside)? */
int relkg_rdfterm_iri_valid(const char *s, size_t n);

/* 1 when relkg_rdfterm_iri would append s[0..n) unchanged, told by one
 * pass over the bytes instead of the repair's walk: ASCII, a scheme and
 * "//", then nothing but bytes kept wherever they stand, '/', '?' and at
 * most one '#' (no '%', '[', ']').  0 tells nothing: the repair decides.
 * The IRIs relkg builds for its own nodes (sentences, entities, events)
 * are so; tests/test_iri_plain.c holds the answer to the repair's. */
int relkg_rdfterm_iri_plain(const char *s, size_t n);

/* The bytes of an IRI after a prefix relkg_rdfterm_iri_plain passed with
 * no '#' in it (one that ends after its "scheme://"): the number of '#'
 * in s[0..n) (2 for two or more) when every byte is one iri_plain lets
 * through, else -1.  So
 * prefix + s is plain exactly when this is 0 or 1, and a caller that met
 * the prefix before reads only the rest. */
int relkg_rdfterm_iri_plain_tail(const char *s, size_t n);

/* Does tag have the BCP 47 shape and fit RELKG_LANG_MAX? */
int relkg_rdfterm_lang_valid(const char *tag);

/* Appends the lower-cased tag, or RELKG_ERR_ARG. */
RELKG_NODISCARD relkg_status relkg_rdfterm_lang(relkg_buf *out, const char *tag);

/* Is dt (an absolute IRI) one of the numeric types put in canonical form? */
int relkg_rdfterm_is_numeric(const char *dt);

/* Appends the canonical lexical form of lex for datatype dt (absolute
 * IRI).  For a type that is not numeric, the literal repair above. */
RELKG_NODISCARD relkg_status relkg_rdfterm_typed(relkg_buf *out, const char *lex,
	const char *dt);

/* Appends RELKG_BLANK_PREFIX + the escaped label (without "_:"). */
RELKG_NODISCARD relkg_status relkg_rdfterm_blank(relkg_buf *out, const char *label);

#endif
