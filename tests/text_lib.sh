# Sourced by the t_*_text.sh and t_places.sh tests of rules on invented
# articles: RELKG, a temporary directory $T removed on exit, the counts,
# check NAME GOT WANT, q GRAPH SPARQL (the rows as "a,b;c,d;"), and
# finish (the counts line and the exit status).
RELKG=${RELKG:-bin/relkg}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass + 1)); echo "ok $1"; else fail=$((fail + 1)); echo "FAIL $1: got '$2', want '$3'"; fi; }
q() { "$RELKG" query -q -r csv -e "$2" "$1" | tr -d '\r' | sed 1d | tr '\n' ';'; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; }
