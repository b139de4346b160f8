#!/bin/sh
# End to end through bin/relkg: every dev article and the HTML fixture
# extract, every sentence's offsets hold (the reference scorer's provenance
# line), and the HTML and text readings of the bundled article write the
# same sentences.
RELKG=${RELKG:-bin/relkg}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { if [ "$1" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }

holds() { # gold ttl: the scorer's "offsets hold in N/N sentences" with N > 0
	line=$(python3 ../shared/eval/score "$1" "$2" 2>/dev/null | grep 'offsets hold in')
	[ -z "$line" ] && line=$(python3 /work/shared/eval/score "$1" "$2" 2>/dev/null | grep 'offsets hold in')
	echo "$line" | grep -Eq 'offsets hold in ([1-9][0-9]*)/\1 sentences'
}

for f in tests/corpus/*.txt; do
	b=$(basename "$f" .txt)
	"$RELKG" extract --output "$tmp/$b.ttl" "$f" 2>"$tmp/err"
	ok $? "$b: extract exits 0 ($(cat "$tmp/err"))"
	[ -s "$tmp/err" ]; ok $((1 - $?)) "$b: no messages on stderr"
	holds "tests/corpus/$b.gold.tsv" "$tmp/$b.ttl"; ok $? "$b: offsets hold"
done

html=tests/fixtures/japan-russia-relations.html
"$RELKG" extract --output "$tmp/html.ttl" "$html" 2>"$tmp/err"
ok $? "html fixture: extract exits 0 ($(cat "$tmp/err"))"
[ -s "$tmp/err" ]; ok $((1 - $?)) "html fixture: no messages on stderr"
holds tests/corpus/japan-russia-relations.gold.tsv "$tmp/html.ttl"; ok $? "html: offsets hold"

anchors() {
	"$RELKG" extract $1 -o ntriples --output - "$2" | grep 'nif-core#anchorOf>' |
		sed 's/^[^ ]* [^ ]* //' | sort
}
anchors "-i html" "$html" >"$tmp/h"
anchors "-i text" data/articles/japan-russia-relations.txt >"$tmp/t"
[ -s "$tmp/t" ] && cmp -s "$tmp/h" "$tmp/t"; ok $? "html and text give the same sentences"
[ "$(wc -l <"$tmp/t")" -ge 40 ]; ok $? "the bundled article has its sentences"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
