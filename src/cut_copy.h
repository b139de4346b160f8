/* What snprintf(dst, cap, "%s%s...", ...) writes for plain strings,
 * without the formatting machinery (~500 instructions a call: the survey
 * rules wrote each number and percentage so): the strings one after the
 * other, cut to cap - 1 bytes, NUL-terminated when cap > 0.
 *
 * Ownership: nothing is kept; dst is the caller's. */
#ifndef RELKG_CUT_COPY_H
#define RELKG_CUT_COPY_H
#include <stddef.h>
#include <string.h>

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

#endif
