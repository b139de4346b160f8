#!/bin/sh
# The documentation against the program: the manual page renders and
# documents every command, option and output format that --help lists; the
# README opens with the two commands and its example query gives the output
# it shows.  Run from the repository root after `make`.
set -u
RELKG=${RELKG:-bin/relkg}
MAN=doc/relkg.1
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
no() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { # check NAME COMMAND...: ok when the command succeeds
	_what=$1; shift
	if "$@"; then ok "$_what"; else no "$_what"; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- the manual page ----

render() { MANWIDTH=80 man -l "$MAN" >"$tmp/man.txt" 2>"$tmp/man.err"; }
check "man -l $MAN renders" render
check "man -l $MAN: no complaints" test ! -s "$tmp/man.err"
check "the rendered page has NAME, SYNOPSIS, EXIT STATUS" \
	sh -c "grep -q '^NAME' '$tmp/man.txt' && grep -q '^SYNOPSIS' '$tmp/man.txt' &&
		grep -q '^EXIT STATUS' '$tmp/man.txt'"
groff_clean() { groff -man -ww -z "$MAN" 2>"$tmp/groff.err" && ! [ -s "$tmp/groff.err" ]; }
check "groff -ww finds no warnings" groff_clean
[ -s "$tmp/groff.err" ] && sed 's/^/  /' "$tmp/groff.err"

# Commands: those --help lists, and those the page's COMMANDS section has.
"$RELKG" --help >"$tmp/help"
sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' "$tmp/help" | sort >"$tmp/help.cmds"
sed -n '/^\.SH COMMANDS/,/^\.SH /{/^\.TP/{n;s/^\.B \([a-z][a-z-]*\)$/\1/p;};}' "$MAN" |
	sort >"$tmp/man.cmds"
check "--help lists commands ($(tr '\n' ' ' <"$tmp/help.cmds"))" test -s "$tmp/help.cmds"
if cmp -s "$tmp/help.cmds" "$tmp/man.cmds"; then
	ok "the manual page documents every command --help lists, and no other"
else
	no "commands differ (< --help, > $MAN):"
	diff "$tmp/help.cmds" "$tmp/man.cmds" | grep '^[<>]' | sed 's/^/  /'
fi

# Options and formats of extract.
"$RELKG" extract --help >"$tmp/xhelp"
sed 's/\\-/-/g' "$MAN" >"$tmp/man.src" # troff's \- is a plain hyphen
missing=""
for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/xhelp" | sort -u); do
	grep -q -w -F -- "$opt" "$tmp/man.src" || missing="$missing $opt"
done
check "the manual page documents every extract option${missing:+ (not:$missing)}" \
	test -z "$missing"
missing=""
for fmt in $(sed -n '/output-format/,/--output/s/^  *\([a-z][a-z0-9]*\)  .*/\1/p' "$tmp/xhelp"); do
	grep -q "^\.B $fmt\$\|^\.BR $fmt \|^($fmt)\|^or \.B $fmt\|\.B $fmt\$" "$MAN" ||
		grep -q -w "$fmt" "$tmp/man.txt" || missing="$missing $fmt"
done
check "the manual page names every output format${missing:+ (not:$missing)}" test -z "$missing"
missing=""
for fmt in $(sed -n '/--input/,/--output-format/s/^  *\([a-z][a-z0-9]*\)  *[A-Za-z].*/\1/p' "$tmp/xhelp"); do
	grep -q -w "$fmt" "$tmp/man.txt" || missing="$missing $fmt"
done
check "the manual page names every input format${missing:+ (not:$missing)}" test -z "$missing"
# exit codes: those relkg --help lists after "Exit status:"
codes=$(sed -n '/^Exit status:/,$p' "$tmp/help" | grep -o '[0-9] [a-z]' | cut -c1 | tr '\n' ' ')
check "--help lists exit codes ($codes)" test -n "$codes"
for code in $codes; do
	check "the manual page explains exit status $code" grep -q "^\.B $code\$" "$MAN"
	check "README.md explains exit status $code" grep -q "^| $code |" README.md
done

# ---- the README ----

check "README.md opens with make and make check" \
	sh -c "head -n 5 README.md | grep -q '^make  ' && head -n 5 README.md | grep -q '^make check'"
missing=""
for c in $(cat "$tmp/help.cmds"); do
	grep -q "^| \`$c\` |" README.md || missing="$missing $c"
done
check "README.md lists every command${missing:+ (not:$missing)}" test -z "$missing"
missing=""
for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/xhelp" | sort -u); do
	grep -q -w -F -- "$opt" README.md || missing="$missing $opt"
done
check "README.md names every extract option${missing:+ (not:$missing)}" test -z "$missing"

# The examples: after each "<!-- example: NAME" marker, the first fenced
# block is a command and the next one its output.
awk -v dir="$tmp" '/^<!-- example: /{k++; blk = 0; next}
     k && /^```/ {blk++; next}
     k && blk == 1 {print > (dir "/example" k ".sh")}
     k && blk == 3 {print > (dir "/example" k ".want")}' README.md
check "README.md has an example query" test -s "$tmp/example1.sh"
for cmd in "$tmp"/example*.sh; do
	[ -s "$cmd" ] || continue
	k=$(basename "$cmd" .sh)
	sh "$cmd" 2>"$tmp/$k.err" | tr -d '\r' >"$tmp/$k.got"
	rc=$(sh "$cmd" >/dev/null 2>&1; echo $?)
	# roqet exits 2 when it only warned (rasqal warns about aggregates)
	check "the README's $k runs (exit $rc)" test "$rc" = 0 -o "$rc" = 2
	if [ -s "$tmp/$k.want" ] && cmp -s "$tmp/$k.got" "$tmp/$k.want"; then
		ok "the README's $k output is the real output"
	else
		no "the README's $k output is stale (< README, > real); paste the real one:"
		diff "$tmp/$k.want" "$tmp/$k.got" | grep '^[<>]' | head -n 30 | sed 's/^/  /'
	fi
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
