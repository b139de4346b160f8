/* Strings written one after the other without a format to parse: what
 * snprintf(dst, cap, "%s%s...", ...) writes for plain strings (~500
 * instructions a call saved: the survey rules wrote each number and
 * percentage so), and what relkg_buf_printf(b, "%s%s...", ...) appends
 * (its own writing of plain formats still reads the format: ~700
 * instructions for a mission's label).
 *
 * Ownership: nothing is kept; dst and b are the caller's. */
#ifndef RELKG_CUT_COPY_H
#define RELKG_CUT_COPY_H
#include <stddef.h>
#include <string.h>

#include "buf.h"

/* Writes the n strings of parts (none NULL) to dst as above; returns the
 * bytes written before the NUL. */
static inline size_t relkg_cut_copy(char *dst, size_t cap, const char *const *parts, size_t n)
{
	size_t len = 0;
	if (cap == 0) {
		return 0;
	}
	for (size_t k = 0; k < n && len + 1 < cap; ++k) {
		size_t l = strlen(parts[k]);
		l = l < cap - 1 - len ? l : cap - 1 - len;
		memcpy(dst + len, parts[k], l);
		len += l;
	}
	dst[len] = '\0';
	return len;
}

/* Appends the n strings of parts to b (a NULL one as "(null)", what
 * glibc's printf writes for it). */
RELKG_NODISCARD static inline relkg_status relkg_buf_cat(relkg_buf *b, const char *const *parts,
							 size_t n)
{
	relkg_status st = RELKG_OK;
	for (size_t k = 0; k < n && st == RELKG_OK; ++k) {
		st = relkg_buf_puts(b, parts[k] ? parts[k] : "(null)");
	}
	return st;
}

#endif
