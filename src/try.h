/* TRY: propagate a non-OK status (serd's try.h). */
#ifndef RELKG_TRY_H
#define RELKG_TRY_H
#include "relkg/relkg.h"

#define TRY(st, expr)                    \
	do {                             \
		(st) = (expr);           \
		if ((st) != RELKG_OK) {  \
			return (st);     \
		}                        \
	} while (0)

#endif
