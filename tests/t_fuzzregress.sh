#!/bin/sh
# Replays every input the fuzzers ever crashed on (tests/fuzz-regressions/)
# through relkg as text and as HTML: no crash (a signal or a sanitizer's
# exit), either success with output serdi re-reads or an error message
# "relkg: FILE: ..." with exit 1.
RELKG=${RELKG:-bin/relkg}
T=$(mktemp -d "${TMPDIR:-/tmp}/relkg-fuzzreg.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
pass=0 fail=0
for f in tests/fuzz-regressions/*; do
	[ -f "$f" ] || continue
	for r in text html; do
		# shellcheck disable=SC2086
		$RELKG extract -i "$r" -o ntriples "$f" >"$T/out.nt" 2>"$T/err"; rc=$?
		if [ "$rc" = 0 ] && serdi -i ntriples -o ntriples "$T/out.nt" >/dev/null 2>&1; then
			pass=$((pass + 1)); echo "ok $f ($r): extracted, serdi re-reads it"
		elif [ "$rc" = 1 ] && grep -q "^relkg: $f: " "$T/err" && [ ! -s "$T/out.nt" ]; then
			pass=$((pass + 1)); echo "ok $f ($r): $(head -n 1 "$T/err")"
		else
			fail=$((fail + 1)); echo "FAIL $f ($r): exit $rc"; head -n 5 "$T/err"
		fi
	done
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
