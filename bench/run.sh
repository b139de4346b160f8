#!/bin/sh
# make bench: corpus-scale figures for relkg extract, as ratios measured in
# the same run (see README "Benchmark").  Reports; asserts nothing.
#   sizes: 10 MB and 100 MB of article text, plus 1 GB with BENCH=large
#          (BENCH_SIZES="10 100" picks them by hand)
#   floor: bench/replay writes the very same N-Quads through relkg's
#          writing path (sink_raptor -> raptor nquads serializer); parsing
#          untimed, writing timed; it checks its output byte for byte
#          against relkg's
#   cat:   reading the same files and writing them out again
# relkg and the floor both write to /dev/null for the ratio (a pipe or a
# file costs the two differently: a FIFO into sha256sum made the floor
# 35% dearer), interleaved BENCH_REPS times (3 below 1 GB, else 1), the
# least CPU of each kept: the machine is shared and a run's CPU time
# varies by up to 1.5x.  relkg is also timed writing a real file (-O FILE:
# temporary file, fsync, rename), as users run it, for RSS and -j 2.
# BENCH_CALLGRIND=0 skips the instruction counts (callgrind, on the first
# 200 articles of the smallest corpus): the figure that does not vary.
# Times are CPU (user+sys) and wall.
set -u
RELKG=${RELKG:-bin/relkg}
REPLAY=${REPLAY:-build/bench/replay}
B=${BUILD:-build}/bench
SIZES=${BENCH_SIZES:-10 100}
[ "${BENCH:-}" = large ] && SIZES="$SIZES 1000"
mkdir -p "$B"
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
less() { awk "BEGIN {exit !($1 < $2)}"; }
sha() { sha256sum < "$1" | cut -d' ' -f1; }

# replay IN: sets F_WALL F_CPU F_SAME from the replay's own report
replay() {
	"$REPLAY" "$1" /dev/null 2> "$B/replay.err"
	set -- $(sed -n 's/.* \([0-9.]*\) s wall, \([0-9.]*\) s cpu, \(.*\)/\1 \2 \3/p' "$B/replay.err")
	F_WALL=${1:-0} F_CPU=${2:-0}
	shift 2 2>/dev/null
	F_SAME=${*:-"replay failed: $(cat "$B/replay.err")"}
}

say "relkg corpus benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "commit: $(git rev-parse --short HEAD 2>/dev/null)"
first=
for S in $SIZES; do
	C=$B/c$S
	if [ ! -f "$C.stamp" ]; then
		rm -rf "$C"
		python3 bench/gen.py "$S" "$C" > /dev/null || exit 1
		touch "$C.stamp"
	fi
	[ -n "$first" ] || first=$S
	find "$C" -type f | LC_ALL=C sort > "$B/list$S"
	arts=$(wc -l < "$B/list$S")
	mb=$(xargs cat < "$B/list$S" | wc -c | awk '{printf "%.2f", $1 / 1e6}')
	reps=${BENCH_REPS:-$([ "$S" -lt 1000 ] && echo 3 || echo 1)}
	say ""
	say "== $S MB corpus: $arts articles, $mb MB of article text"

	timed sh -c "xargs cat < '$B/list$S' > '$B/cat.out'"
	cat_wall=$T_WALL cat_cpu=$T_CPU
	rm -f "$B/cat.out"

	timed "$RELKG" extract -q -j 1 -O "$B/out$S.nq" "$C" || say "relkg -j 1 -O FILE failed"
	file_wall=$T_WALL file_cpu=$T_CPU file_rss=$T_RSS
	quads=$(wc -l < "$B/out$S.nq")
	outmb=$(wc -c < "$B/out$S.nq" | awk '{printf "%.1f", $1 / 1e6}')
	want=$(sha "$B/out$S.nq")

	j1_cpu= fl_cpu= pairs=
	i=0
	while [ $i -lt "$reps" ]; do
		i=$((i + 1))
		timed sh -c "'$RELKG' extract -q -j 1 -O - '$C' > /dev/null" || say "relkg -j 1 -O - failed"
		if [ -z "$j1_cpu" ] || less "$T_CPU" "$j1_cpu"; then j1_cpu=$T_CPU j1_wall=$T_WALL; fi
		replay "$B/out$S.nq"
		if [ -z "$fl_cpu" ] || less "$F_CPU" "$fl_cpu"; then fl_cpu=$F_CPU fl_wall=$F_WALL; fi
		pairs="$pairs $(calc %.2f "$T_CPU / $F_CPU")"
		[ "$F_SAME" = identical ] || say "floor output: $F_SAME"
	done
	rm -f "$B/out$S.nq"

	timed sh -c "'$RELKG' extract -q -j 2 -O - '$C' > /dev/null" || say "relkg -j 2 -O - failed"
	j2n_wall=$T_WALL j2n_cpu=$T_CPU
	timed "$RELKG" extract -q -j 2 -O "$B/j2-$S.nq" "$C" || say "relkg -j 2 failed"
	j2_wall=$T_WALL j2_cpu=$T_CPU j2_rss=$T_RSS
	j2same=identical
	[ "$(sha "$B/j2-$S.nq")" = "$want" ] || j2same=DIFFERENT
	rm -f "$B/j2-$S.nq"

	say "relkg -j 1 to /dev/null: $j1_cpu s cpu, $j1_wall s wall (least of $reps) -> $quads quads, $outmb MB N-Quads"
	say "floor to /dev/null:      $fl_cpu s cpu, $fl_wall s wall (least of $reps; same quads, same serializer); output $F_SAME"
	say "relkg -j 1 -O FILE:      $file_cpu s cpu, $file_wall s wall, peak RSS $((file_rss / 1024)) MB"
	say "relkg -j 2 to /dev/null: $j2n_cpu s cpu, $j2n_wall s wall"
	say "relkg -j 2 -O FILE:      $j2_cpu s cpu, $j2_wall s wall, peak RSS $((j2_rss / 1024)) MB; output $j2same to -j 1"
	say "cat:                     $cat_cpu s cpu, $cat_wall s wall"
	say "ratio vs floor (cpu): $(calc %.2f "$j1_cpu / $fl_cpu") (least/least; each pair:$pairs)   (wall): $(calc %.2f "$j1_wall / $fl_wall")   target <= 1.5"
	say "ratio vs cat (cpu):   $(calc %.1f "$j1_cpu / ($cat_cpu > 0 ? $cat_cpu : 0.01)")"
	say "throughput (cpu): $(calc %.0f "$quads / $j1_cpu") quads/s, $(calc %.2f "$mb / $j1_cpu") MB/s, $(calc %.0f "$arts / $j1_cpu") articles/s"
	say "per-MB cost: $(calc %.4f "$j1_cpu / $mb") s cpu/MB"
	say "-j 2 speed-up (wall): $(calc %.2f "$j1_wall / $j2n_wall")x to /dev/null, $(calc %.2f "$file_wall / $j2_wall")x with -O FILE (the kernel's writeback shares the 2 cores)   target >= 1.8x on 2 idle cores"
	eval "permb_$S=$(calc %.5f "$j1_cpu / $mb")"
done

say ""
for S in $SIZES; do
	[ "$S" = "$first" ] && continue
	eval "a=\$permb_$first b=\$permb_$S"
	say "linearity: per-MB cpu cost at $S MB / at $first MB = $(calc %.3f "$b / $a")   target within 1.10"
done

# Instruction counts: callgrind counts the same on a loaded machine.
if [ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind > /dev/null; then
	SUB=$B/sub200
	rm -rf "$SUB" && mkdir -p "$SUB"
	head -n 200 "$B/list$first" | while read -r f; do cp "$f" "$SUB/"; done
	"$RELKG" extract -q -O "$B/sub.nq" "$SUB"
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$RELKG" extract -q -O - "$SUB" \
		2> "$B/cg-relkg.err" > /dev/null
	valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect=write_graph \
		"$REPLAY" "$B/sub.nq" /dev/null 2> "$B/cg-floor.err"
	# relkg's own writing (relkg_graph_flush: sort, then sink_raptor), to
	# check the floor against the writing inside relkg
	valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect=relkg_graph_flush \
		"$RELKG" extract -q -O - "$SUB" 2> "$B/cg-flush.err" > /dev/null
	# start-up (dynamic linking, lexicons), paid once per run: a run on
	# one empty article
	mkdir -p "$B/one" && printf 'A\n\nB.\n' > "$B/one/a.txt"
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$RELKG" extract -q -O - "$B/one" \
		2> "$B/cg-start.err" > /dev/null
	ir_relkg=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$B/cg-relkg.err")
	ir_floor=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$B/cg-floor.err")
	ir_start=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$B/cg-start.err")
	ir_flush=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$B/cg-flush.err")
	say "instructions (callgrind, first 200 articles of $first MB): relkg $(calc %.1f "$ir_relkg / 1e6") M (whole run, start-up included), floor $(calc %.1f "$ir_floor / 1e6") M (its timed writing); relkg's start-up alone (one empty article) $(calc %.1f "$ir_start / 1e6") M"
	say "ratio vs floor (instructions): $(calc %.2f "$ir_relkg / $ir_floor") whole run, $(calc %.2f "($ir_relkg - $ir_start) / $ir_floor") without the start-up   target <= 1.5"
	say "inside relkg: writing (relkg_graph_flush) $(calc %.1f "$ir_flush / 1e6") M = $(calc %.3f "$ir_flush / $ir_floor") x the floor; extraction and reading $(calc %.1f "($ir_relkg - $ir_start - $ir_flush) / 1e6") M = $(calc %.2f "($ir_relkg - $ir_start - $ir_flush) / $ir_flush") x relkg's writing"
	rm -rf "$B/one"
	rm -rf "$SUB" "$B/sub.nq"
fi
say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(written to $REPORT)"
