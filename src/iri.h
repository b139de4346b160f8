/* Deterministic data IRIs: derived from content (kind + name), never from
 * counters, so graphs of separate runs merge by union. */
#ifndef RELKG_IRI_H
#define RELKG_IRI_H
#include <stddef.h>
#include "buf.h"

/* Appends a slug of s[0..n): case-folded, diacritics removed, runs of
 * anything but letters and digits turned into one '-'.  "São Tomé" ->
 * "sao-tome"; Latin letters with a stroke or ligatures take their ASCII
 * spelling ("Đỗ" -> "do", "Łódź" -> "lodz", "Æ" -> "ae").  Other letters
 * outside ASCII stay as UTF-8 (valid in an IRI).  A slug longer than RELKG_SLUG_MAX bytes keeps
 * its first RELKG_SLUG_KEEP bytes and gets "-" + 8 hex digits of a hash of
 * the whole slug. */
#define RELKG_SLUG_MAX 120
#define RELKG_SLUG_KEEP 100
RELKG_NODISCARD relkg_status relkg_slug(relkg_buf *out, const char *s, size_t n);
/* relkg_slug by its general path alone (utf8proc_map on the whole text),
 * whatever s holds: what relkg_slug's fast paths for ASCII and for the
 * code points of slug_fold.h must equal (the tests hold them to it). */
RELKG_NODISCARD relkg_status relkg_slug_general(relkg_buf *out, const char *s, size_t n);

/* out = base + kind + "/" + slug(name).  out is reset first. */
RELKG_NODISCARD relkg_status relkg_iri_entity(relkg_buf *out, const char *base,
	const char *kind, const char *name, size_t n);

#endif
