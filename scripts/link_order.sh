#!/bin/sh
# link_order.sh BIN CC ARGS...: links BIN (CC ARGS... -o BIN), then tries
# to shorten its start-up: relinks it naming every shared library it
# loads, the ones most symbols bind to first, so that the dynamic
# loader's symbol lookups (13,000 at start-up: most libraries raptor
# pulls in are linked "now") stop after fewer libraries.  The relinked
# binary is kept only when every symbol binds to the same library as in
# the plain link (LD_DEBUG=bindings of "BIN --version" compared): which
# definition wins is unchanged, only the search is shorter.  Otherwise,
# or when anything here fails, the plain link stays.
set -u
BIN=$1
shift
"$@" -o "$BIN" || exit 1
tmp=$BIN.order.$$
trap 'rm -f "$tmp" "$tmp.a" "$tmp.b"' EXIT
# bindings BIN: "referencing-file target-file symbol" per binding, the
# binary itself named BIN, sorted
bindings() {
	LD_DEBUG=bindings "$1" --version 2>&1 >/dev/null |
		sed -n 's/.*binding file \([^ ]*\) [^ ]* to \([^ ]*\) [^ ]*: normal symbol `\([^'"'"']*\)'"'"'.*/\1 \2 \3/p' |
		sed "s|^$1 |BIN |; s| $1 | BIN |" | LC_ALL=C sort
}
bindings "$BIN" > "$tmp.a"
[ -s "$tmp.a" ] || exit 0
# the libraries by the number of bindings to them, then any other loaded
libs=$( { awk '{print $2}' "$tmp.a" | LC_ALL=C sort | uniq -c | sort -rn | awk '{print $2}'
	  ldd "$BIN" 2>/dev/null | awk '$3 ~ /^\// {print $3}'; } |
	awk '!seen[$0]++' | grep -v -e '^BIN$' -e 'ld-linux' -e 'vdso' |
	sed 's|.*/||; s|^|-l:|' | tr '\n' ' ')
[ -n "$libs" ] || exit 0
cc=$1
shift
# shellcheck disable=SC2086
"$cc" -Wl,--no-as-needed $libs "$@" -o "$tmp" 2>/dev/null || exit 0
bindings "$tmp" > "$tmp.b"
if cmp -s "$tmp.a" "$tmp.b"; then
	mv "$tmp" "$BIN"
else
	echo "link_order.sh: the bindings would change; $BIN linked plainly" >&2
fi
exit 0
