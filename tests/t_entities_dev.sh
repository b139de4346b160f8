#!/bin/sh
# Entity kinds on the dev corpus: per-kind F1 of person, holds, treaty,
# dispute, territory and mission must stay >= 0.75 on every article whose
# gold has rows of that kind, and precision >= 0.9.  Needs the reference
# scorer (../shared/eval/score) and rapper; skipped (0 failed) without them.
RELKG=${RELKG:-bin/relkg}
SCORE=${SCORE:-../shared/eval/score}
pass=0; fail=0
if [ ! -f "$SCORE" ] || ! command -v rapper >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then
	echo "skipped: no reference scorer"
	echo "0 passed, 0 failed"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
for gold in tests/corpus/*.gold.tsv; do
	name=$(basename "$gold" .gold.tsv)
	txt=tests/corpus/$name.txt
	if ! "$RELKG" extract -o ntriples --output "$tmp/$name.nt" "$txt"; then
		echo "FAIL $name: extract failed"; fail=$((fail + 1)); continue
	fi
	python3 "$SCORE" "$gold" "$tmp/$name.nt" ntriples > "$tmp/$name.score"
	for kind in person holds treaty dispute territory mission; do
		line=$(grep -E "^$kind " "$tmp/$name.score")
		if [ -z "$line" ]; then
			echo "FAIL $name $kind: no score"; fail=$((fail + 1)); continue
		fi
		set -- $line
		p=$2; f1=$4; tp=$5; fp=$6; fn=$7
		if [ $((tp + fn)) -eq 0 ]; then
			# no gold rows: anything extracted is a false positive
			if [ "$fp" -eq 0 ]; then pass=$((pass + 1)); else
				echo "FAIL $name $kind: $fp extracted, none in the gold"; fail=$((fail + 1)); fi
			continue
		fi
		if awk "BEGIN{exit !($f1 >= 0.75 && $p >= 0.9)}"; then
			pass=$((pass + 1))
		else
			echo "FAIL $name $kind: P=$p F1=$f1"; fail=$((fail + 1))
		fi
	done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
