#!/bin/sh
# Runs each libFuzzer target (make fuzz-build) for SECONDS, seeded with
# tests/corpus/*.txt and tests/fixtures/*.html, growing a corpus per target
# under DIR; then replays the pipeline corpus with RELKG_FUZZ_NT set and
# has serdi re-read every graph it produced.  A crash input is kept as
# DIR/crash-TARGET-*: copy it to tests/fuzz-regressions/ and fix the bug.
# Usage: scripts/fuzz.sh DIR SECONDS   (FUZZ_TARGETS="html ..." runs only those)
set -u
DIR=$1 SECONDS_EACH=$2
seeds=$DIR/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
for f in tests/corpus/*.txt tests/fixtures/*.html tests/fixtures/wiki/* tests/fuzz-regressions/*; do
	[ -f "$f" ] && cp "$f" "$seeds/"
done
st=0
TARGETS=${FUZZ_TARGETS:-pipeline text html wikitext mediawiki}
for t in $TARGETS; do
	mkdir -p "$DIR/corpus-$t"
	echo "fuzz_$t: $SECONDS_EACH s"
	"$DIR/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=262144 -rss_limit_mb=4096 \
		-timeout=30 -print_final_stats=1 -artifact_prefix="$DIR/crash-$t-" \
		"$DIR/corpus-$t" "$seeds" >"$DIR/fuzz_$t.log" 2>&1 || {
		echo "fuzz_$t FAILED:"; grep -E 'ERROR|SUMMARY|Test unit written' "$DIR/fuzz_$t.log" | head -n 10
		st=1
	}
	grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)' "$DIR/fuzz_$t.log" | sed 's/^/  /'
done
# Replay: every graph the pipeline produced from the grown corpus, as
# N-Triples through raptor, must re-parse with serdi.
out=$DIR/replay.nt
rm -f "$out"
n=$(ls "$DIR/corpus-pipeline" | wc -l)
find "$DIR/corpus-pipeline" "$seeds" -type f | xargs env RELKG_FUZZ_NT="$out" "$DIR/fuzz_pipeline" \
	>"$DIR/replay.log" 2>&1 || { echo "replay FAILED"; tail -n 20 "$DIR/replay.log"; st=1; }
if [ -s "$out" ] && serdi -i ntriples -o ntriples "$out" >/dev/null 2>"$DIR/serdi.err" &&
   [ ! -s "$DIR/serdi.err" ]; then
	echo "replay: $n corpus inputs, $(wc -l <"$out") triples, serdi re-reads them all"
else
	echo "replay: serdi cannot read the graphs: $(head -c 400 "$DIR/serdi.err")"; st=1
fi
exit $st
