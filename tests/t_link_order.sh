#!/bin/sh
# scripts/link_order.sh: a program linked through it loads its shared
# libraries in the new order (the libraries most symbols bind to named
# first) and every symbol binds to the library it binds to when linked
# plainly; a link that fails fails the script; bin/relkg's own bindings
# are those of a plain link of the same objects.
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if [ "$2" = 0 ]; then ok "$1"; else no "$1"; fi; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
CC=${CC:-cc}
BUILD=${BUILD:-build}
bindings() {
	LD_DEBUG=bindings "$1" --version 2>&1 >/dev/null |
		sed -n 's/.*binding file \([^ ]*\) [^ ]* to \([^ ]*\) [^ ]*: normal symbol `\([^'"'"']*\)'"'"'.*/\1 \2 \3/p' |
		sed "s|^$1 |BIN |; s| $1 | BIN |" | LC_ALL=C sort
}

# a small program using libxml2 (which pulls in ICU and libstdc++)
cat > "$T/p.c" <<'C'
#include <libxml/parser.h>
#include <stdio.h>
int main(void) { xmlInitParser(); puts("p"); xmlCleanupParser(); return 0; }
C
X=$(pkg-config --cflags --libs libxml-2.0)
# shellcheck disable=SC2086
$CC "$T/p.c" -o "$T/plain" $X; check "plain link" $?
# shellcheck disable=SC2086
sh scripts/link_order.sh "$T/ordered" $CC "$T/p.c" $X; check "link_order.sh exits 0" $?
[ "$("$T/ordered")" = p ]; check "the relinked program runs" $?
bindings "$T/plain" > "$T/a"; bindings "$T/ordered" > "$T/b"
[ -s "$T/a" ] && cmp -s "$T/a" "$T/b"; check "every symbol binds as in the plain link" $?
first=$(readelf -d "$T/ordered" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | head -n 1)
most=$(awk '{print $2}' "$T/a" | LC_ALL=C sort | uniq -c | sort -rn | awk 'NR == 1 {print $2}')
[ "$first" = "$(basename "$most")" ]; check "the library bound to most is loaded first ($first)" $?
sh scripts/link_order.sh "$T/bad" $CC "$T/missing.c" 2>/dev/null
[ $? != 0 ] && [ ! -e "$T/bad" ]; check "a failed link fails" $?

# bin/relkg against a plain link of its objects
# shellcheck disable=SC2046
$CC -o "$T/relkg" $(ls "$BUILD"/*.o) $(pkg-config --libs redland raptor2 rasqal libxml-2.0 libpcre2-8 libutf8proc) -lstemmer -lm -pthread
check "plain link of relkg" $?
bindings "$T/relkg" > "$T/ra"; bindings bin/relkg > "$T/rb"
[ -s "$T/ra" ] && cmp -s "$T/ra" "$T/rb"; check "bin/relkg binds every symbol as a plain link does" $?

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
