#!/bin/sh
# make bench: corpus-scale figures for relkg extract, as ratios measured in
# the same run (see README "Corpus mode").  Reports; asserts nothing.
#   sizes: 10 MB and 100 MB of article text, plus 1 GB with BENCH=large
#   floor: bench/replay writes the very same N-Quads through relkg's
#          writing path (sink_raptor -> raptor nquads serializer) untimed
#          parse, timed write; its output must be byte-identical
#   cat:   reading the same files and writing them out again
# Times are CPU (user+sys, steady on a shared machine) and wall.
set -u
RELKG=${RELKG:-bin/relkg}
REPLAY=${REPLAY:-build/bench/replay}
B=${BUILD:-build}/bench
SIZES=${BENCH_SIZES:-10 100}
[ "${BENCH:-}" = large ] && SIZES="$SIZES 1000"
mkdir -p "$B"
rm -f "$B/fifo" && mkfifo "$B/fifo" || exit 1
REPORT=$B/report.txt
: > "$REPORT"
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# timed CMD...: sets T_WALL T_CPU T_RSS (KB) from /usr/bin/time
timed() {
	/usr/bin/time -f '%e %U %S %M' -o "$B/time" "$@"
	rc=$?
	read -r T_WALL u s T_RSS < "$B/time"
	T_CPU=$(echo "$u $s" | awk '{printf "%.2f", $1 + $2}')
	return $rc
}
calc() { awk "BEGIN {printf \"$1\", $2}"; }

say "relkg corpus benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "commit: $(git rev-parse --short HEAD 2>/dev/null)"
for S in $SIZES; do
	C=$B/c$S
	if [ ! -f "$C.stamp" ]; then
		rm -rf "$C"
		python3 bench/gen.py "$S" "$C" > /dev/null || exit 1
		touch "$C.stamp"
	fi
	find "$C" -type f | LC_ALL=C sort > "$B/list$S"
	arts=$(wc -l < "$B/list$S")
	mb=$(cat "$B/list$S" | xargs cat | wc -c | awk '{printf "%.2f", $1 / 1e6}')
	say ""
	say "== $S MB corpus: $arts articles, $mb MB of article text"

	timed sh -c "xargs cat < '$B/list$S' > '$B/cat.out'"
	cat_wall=$T_WALL cat_cpu=$T_CPU
	rm -f "$B/cat.out"

	timed "$RELKG" extract -q -j 1 -O "$B/out$S.nq" "$C" || say "relkg -j 1 failed"
	j1_wall=$T_WALL j1_cpu=$T_CPU j1_rss=$T_RSS
	triples=$(wc -l < "$B/out$S.nq")
	outmb=$(wc -c < "$B/out$S.nq" | awk '{printf "%.1f", $1 / 1e6}')

	# Outputs are compared by SHA-256, and only one is on disk at a time
	# (at 1 GB each is ~35 GB of N-Quads): the replay's goes through a FIFO.
	want=$(sha256sum < "$B/out$S.nq" | cut -d' ' -f1)
	"$REPLAY" "$B/out$S.nq" "$B/fifo" 2> "$B/replay.err" & rp=$!
	got=$(sha256sum < "$B/fifo" | cut -d' ' -f1); wait $rp
	set -- $(sed -n 's/.* \([0-9.]*\) s wall, \([0-9.]*\) s cpu/\1 \2/p' "$B/replay.err")
	rp_wall=$1 rp_cpu=$2
	same=identical; [ "$got" = "$want" ] || same=DIFFERENT

	rm -f "$B/out$S.nq"
	timed "$RELKG" extract -q -j 2 -O "$B/j2-$S.nq" "$C" || say "relkg -j 2 failed"
	j2_wall=$T_WALL j2_cpu=$T_CPU j2_rss=$T_RSS
	j2same=identical
	[ "$(sha256sum < "$B/j2-$S.nq" | cut -d' ' -f1)" = "$want" ] || j2same=DIFFERENT
	rm -f "$B/j2-$S.nq"

	say "relkg -j 1:  $j1_cpu s cpu, $j1_wall s wall, peak RSS $((j1_rss / 1024)) MB -> $triples quads, $outmb MB N-Quads"
	say "floor (replay, same quads through the same serializer): $rp_cpu s cpu, $rp_wall s wall; output $same"
	say "cat:         $cat_cpu s cpu, $cat_wall s wall"
	say "relkg -j 2:  $j2_cpu s cpu, $j2_wall s wall, peak RSS $((j2_rss / 1024)) MB; output $j2same to -j 1"
	say "ratio vs floor (cpu): $(calc %.2f "$j1_cpu / $rp_cpu")   (wall): $(calc %.2f "$j1_wall / $rp_wall")   target <= 1.5"
	say "ratio vs cat (cpu):   $(calc %.1f "$j1_cpu / ($cat_cpu > 0 ? $cat_cpu : 0.01)")   (wall): $(calc %.1f "$j1_wall / $cat_wall")"
	say "throughput (cpu): $(calc %.0f "$triples / $j1_cpu") quads/s, $(calc %.2f "$mb / $j1_cpu") MB/s, $(calc %.0f "$arts / $j1_cpu") articles/s"
	say "per-MB cost: $(calc %.3f "$j1_cpu / $mb") s cpu/MB"
	say "-j 2 speed-up (wall): $(calc %.2f "$j1_wall / $j2_wall")x   target >= 1.8x on 2 idle cores"
	eval "permb_$S=$(calc %.4f "$j1_cpu / $mb")"
done
say ""
for S in $SIZES; do
	[ "$S" = 10 ] && continue
	eval "a=\$permb_10 b=\$permb_$S"
	say "linearity: per-MB cpu cost at $S MB / at 10 MB = $(calc %.3f "$b / $a")   target within 1.10"
done
say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(written to $REPORT)"
