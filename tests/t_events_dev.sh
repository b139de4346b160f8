#!/bin/sh
# Event and survey quality on the dev corpus (issue 4): fails when the dev
# event F1 (averaged over articles) drops below 0.6 or survey F1 is not 1.0
# on the articles with surveys.  Scored with `relkg eval` (held equal to
# the reference scorer by t_eval.sh) unless SCORE names another command.
RELKG=${RELKG:-bin/relkg}
SCORE=${SCORE:-$RELKG eval}
pass=0; fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
for txt in tests/corpus/*.txt; do
	name=$(basename "$txt" .txt)
	if "$RELKG" extract -q -o ntriples --output "$tmp/$name.nt" "$txt" 2>"$tmp/$name.err"; then
		$SCORE --json "tests/corpus/$name.gold.tsv" "$tmp/$name.nt" >"$tmp/$name.json"
	else
		echo "t_events_dev: extract failed on $txt" >&2
		cat "$tmp/$name.err" >&2
	fi
done
result=$(python3 - "$tmp" <<'PY'
import json, os, sys
d = sys.argv[1]
f1s, bad = [], []
for n in sorted(os.listdir(d)):
    if not n.endswith(".json"):
        continue
    r, _ = json.JSONDecoder().raw_decode(open(os.path.join(d, n)).read())
    f1s.append(r["event"]["f1"])
    s = r["survey"]
    if s["tp"] + s["fn"] > 0 and s["f1"] < 1.0:
        bad.append("%s survey F1 %.3f" % (n[:-5], s["f1"]))
avg = sum(f1s) / len(f1s) if f1s else 0.0
print("event-f1 %.3f %d" % (avg, len(f1s)))
for b in bad:
    print("bad " + b)
PY
)
avg=$(echo "$result" | awk '/^event-f1/ {print $2}')
echo "dev event F1 (mean over articles): $avg"
if [ -n "$avg" ] && python3 -c "import sys; sys.exit(0 if float('$avg') >= 0.6 else 1)"; then
	pass=$((pass + 1))
else
	echo "FAIL dev event F1 $avg < 0.6" >&2
	fail=$((fail + 1))
fi
if echo "$result" | grep -q '^bad'; then
	echo "$result" | sed -n 's/^bad /FAIL /p' >&2
	fail=$((fail + 1))
else
	pass=$((pass + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
