#!/bin/sh
# Runs every test program given and every tests/t_*.sh script; each ends by
# printing "N passed, N failed".  Prints each one's counts and wall seconds,
# then the totals the same way; non-zero exit when anything failed.
#   TEST_WRAP  (make valgrind) runs each test program under a tool
#   TEST_JOBS  runs that many tests at once (default 1); each test's output
#              is kept in a file and reported in the usual order
# one NAME CMD...: runs one test, its output to $OUT/NAME.out, exit to .rc
one() {
	name=$1; shift
	t0=$(date +%s)
	"$@" > "$OUT/$name.out" 2>&1
	echo $? > "$OUT/$name.rc"
	echo $(($(date +%s) - t0)) > "$OUT/$name.secs"
}

# report NAME: adds one finished test's counts to the totals
report() {
	name=$1
	out=$(cat "$OUT/$name.out"); rc=$(cat "$OUT/$name.rc" 2>/dev/null || echo 127)
	line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p')
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	[ -n "$p" ] || { p=0; f=1; }
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
	pass=$((pass + p)); fail=$((fail + f))
	if [ "$f" != 0 ]; then
		bad="$bad $name"
		printf '%s\n' "$out" | grep -v '^ok ' | sed "s|^|  $name: |"
	fi
	printf '%-28s %-26s %4s s\n' "$name" "${line:-no result (exit $rc)}" "$(cat "$OUT/$name.secs" 2>/dev/null)"
}

run_job() { # NAME KIND PATH
	if [ "$2" = prog ]; then one "$1" $TEST_WRAP "$3"; else one "$1" sh "$3"; fi
}

# Sourced by the parallel workers for the functions above only.
if [ -n "${RUN_SH_LIB:-}" ]; then return 0; fi

pass=0; fail=0; bad=""
JOBS=${TEST_JOBS:-1}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/relkg-run.XXXXXX") || exit 3
trap 'rm -rf "$OUT"' EXIT

# The jobs, one per line: NAME<TAB>program-or-script
for t in "$@"; do printf '%s\tprog\t%s\n' "$(basename "$t")" "$t"; done > "$OUT/jobs"
for s in tests/t_*.sh; do [ -f "$s" ] && printf '%s\tsh\t%s\n' "$(basename "$s")" "$s"; done >> "$OUT/jobs"

if [ "$JOBS" -gt 1 ]; then
	export OUT TEST_WRAP
	# xargs runs JOBS shells at once; each re-reads this file's functions
	# by sourcing it with RUN_SH_LIB set (no tests run then).
	cut -f1,2,3 "$OUT/jobs" | tr '\t' ' ' |
		xargs -P "$JOBS" -L 1 sh -c 'RUN_SH_LIB=1 . tests/run.sh; run_job "$@"' run_job
	while IFS='	' read -r name kind path; do report "$name"; done < "$OUT/jobs"
else
	# the list on fd 3: the tests keep this script's standard input
	exec 3< "$OUT/jobs"
	while IFS='	' read -r name kind path <&3; do
		run_job "$name" "$kind" "$path"; report "$name"
	done
	exec 3<&-
fi
echo
[ -n "$bad" ] && echo "failed:$bad"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
