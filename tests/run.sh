#!/bin/sh
# Runs every test program given and every tests/t_*.sh script; each ends by
# printing "N passed, N failed".  Prints the totals the same way; non-zero
# exit when anything failed.
pass=0; fail=0; bad=""
run() {
	name=$1; shift
	out=$("$@" 2>&1); rc=$?
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
	printf '%-28s %s\n' "$name" "${line:-no result (exit $rc)}"
}
# TEST_WRAP (make valgrind) runs each test program under a tool.
for t in "$@"; do run "$(basename "$t")" $TEST_WRAP "$t"; done
for s in tests/t_*.sh; do [ -f "$s" ] && run "$(basename "$s")" sh "$s"; done
echo
[ -n "$bad" ] && echo "failed:$bad"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
