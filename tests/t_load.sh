#!/bin/sh
# relkg load: every store kind (bdb, sqlite, postgresql on a throw-away
# loopback cluster, memory) gives the query pack the same answers as the
# files; loading twice adds nothing; --replace swaps one article's graph.
# A store that cannot be started prints "skipped: why" and counts neither
# as pass nor fail.  GRAPH=file overrides the graph (answers are then taken
# from relkg query over the file itself).
RELKG=${RELKG:-bin/relkg}
G=${GRAPH:-tests/fixtures/sample.ttl}
T=$(mktemp -d); chmod 755 "$T"
PG=""
cleanup() {
	[ -n "$PG" ] && pg_as "$PGBIN/pg_ctl" -D "$T/pg" -m immediate stop > /dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT
[ -n "$KEEP" ] && trap - EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }
skipped() { echo "skipped: $1"; }

# Expected answers: the queries over the file.
for q in queries/*.rq; do
	"$RELKG" query -q -r csv "$q" "$G" > "$T/$(basename "$q" .rq).want"
done
count() { "$RELKG" query -q -r csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$@" | tail -n 1 | tr -d '\r'; }
N=$(count "$G")

# Two articles that share entities and events, as N-Quads (one graph each).
A1=$("$RELKG" query -q -r csv -e 'SELECT ?a WHERE { ?a a rkg:Article }' "$G" | tail -n 1 | tr -d '\r')
rapper -q -i turtle -o ntriples "$G" > "$T/g.nt"
sed "s| \.\$| <$A1> .|" "$T/g.nt" > "$T/two.nq"
sed "s|$A1|$A1-copy|g; s| \.\$| <$A1-copy> .|" "$T/g.nt" >> "$T/two.nq"
printf '<urn:x:a> <urn:x:b> "other graph" .\n' > "$T/other.nt"
for q in queries/*.rq; do
	"$RELKG" query -q -r csv "$q" "$G" "$T/other.nt" "$T/two.nq" > "$T/$(basename "$q" .rq).want2"
done

same_answers() { # $1 = store spec, $2 = label
	for q in queries/*.rq; do
		n=$(basename "$q" .rq)
		"$RELKG" query -q -r csv --store "$1" "$q" > "$T/$n.got" 2> "$T/err"
		check "$2: $n same as over the file" "cmp -s '$T/$n.got' '$T/$n.want'"
	done
}

store_suite() { # $1 = spec, $2 = label
	"$RELKG" load -q --store "$1" "$G"; rc=$?
	check "$2: load exits 0" "[ $rc = 0 ]"
	check "$2: all $N statements" "[ \"\$(count --store '$1')\" = '$N' ]"
	same_answers "$1" "$2"
	"$RELKG" load -q --store "$1" "$G"
	check "$2: loading twice adds nothing" "[ \"\$(count --store '$1')\" = '$N' ]"
	grep -v 'rkg:cameoCode' "$G" > "$T/less.ttl"
	less=$(count "$T/less.ttl")
	"$RELKG" load -q --store "$1" "$T/less.ttl"
	check "$2: without --replace the graph is a union" "[ \"\$(count --store '$1')\" = '$N' ]"
	"$RELKG" load -q --replace --store "$1" "$T/less.ttl"
	check "$2: --replace swaps the article's graph ($less)" "[ \"\$(count --store '$1')\" = '$less' ]"
	"$RELKG" load -q --replace --store "$1" "$G"
	check "$2: --replace back ($N)" "[ \"\$(count --store '$1')\" = '$N' ]"
	"$RELKG" load -q --store "$1" "$T/other.nt"
	"$RELKG" load -q --replace --store "$1" "$G"
	check "$2: --replace leaves other graphs alone" "[ \"\$(count --store '$1')\" = '$((N + 1))' ]"
	"$RELKG" load -q --store "$1" "$T/two.nq"
	for q in queries/*.rq; do
		n=$(basename "$q" .rq)
		"$RELKG" query -q -r csv --store "$1" "$q" > "$T/$n.got" 2> "$T/err"
		check "$2: two articles sharing nodes: $n same as over the files" "cmp -s '$T/$n.got' '$T/$n.want2'"
	done
}

# --- bdb (the default kind)
store_suite "bdb:$T/db" bdb
check "bdb: store files are there" "[ -f '$T/db/relkg-sp2o.db' ] && [ -f '$T/db/relkg-contexts.db' ]"
(cd "$T" && "$OLDPWD/$RELKG" load -q "$OLDPWD/$G")
check "default store is bdb:relkg.db" "[ -f '$T/relkg.db/relkg-sp2o.db' ]"

# --- sqlite
if "$RELKG" load -q --store "sqlite:$T/probe.sqlite" "$T/other.nt" 2> "$T/err"; then
	store_suite "sqlite:$T/s.sqlite" sqlite
else
	skipped "sqlite store cannot be opened ($(head -n 1 "$T/err")); install librdf-storage-sqlite"
fi

# --- memory: the store lives as long as the process, so query loads into it
for q in queries/*.rq; do
	n=$(basename "$q" .rq)
	"$RELKG" query -q -r csv --store memory "$q" "$G" > "$T/$n.got"
	check "memory: $n same as over the file" "cmp -s '$T/$n.got' '$T/$n.want'"
done
"$RELKG" load -q --store memory "$G"; rc=$?
check "memory: load exits 0" "[ $rc = 0 ]"

# --- postgresql: a throw-away cluster on loopback
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
pg_as() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_pg() {
	[ -x "$PGBIN/initdb" ] || { echo "no initdb (install postgresql)"; return 1; }
	if [ "$(id -u)" = 0 ]; then
		id postgres > /dev/null 2>&1 || { echo "no postgres user"; return 1; }
		mkdir -p "$T/pg" && chown postgres "$T/pg"
	fi
	pg_as "$PGBIN/initdb" -D "$T/pg" -A trust -U relkg > "$T/pg.log" 2>&1 || { echo "initdb failed"; return 1; }
	PORT=$(free_port)
	pg_as "$PGBIN/pg_ctl" -D "$T/pg" -w -t 30 -l "$T/pg/server.log" \
		-o "-h 127.0.0.1 -p $PORT -k $T/pg" start > "$T/pg.log" 2>&1 || { echo "server did not start: $(tail -n 1 "$T/pg.log")"; return 1; }
	PG=1
	pg_as "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U relkg relkg > "$T/pg.log" 2>&1 || { echo "createdb failed"; return 1; }
}
if start_pg > "$T/why"; then
	spec="postgresql:host=127.0.0.1,port=$PORT,dbname=relkg,user=relkg,password=unused"
	if "$RELKG" load -q --store "$spec,model=probe" "$T/other.nt" 2> "$T/err"; then
		store_suite "$spec" postgresql
	else
		skipped "postgresql store cannot be opened ($(head -n 1 "$T/err")); install librdf-storage-postgresql"
	fi
else
	skipped "postgresql: $(cat "$T/why")"
fi

# --- N-Quads: each named graph is kept as it is (two articles, one file)
"$RELKG" load --store "bdb:$T/nq" "$T/two.nq" 2> "$T/err"; rc=$?
check "N-Quads: two graphs loaded" "[ $rc = 0 ] && grep -q 'new, graph <$A1>' '$T/err' && grep -q 'new, graph <$A1-copy>' '$T/err'"
"$RELKG" load --store "bdb:$T/nq" "$T/two.nq" 2> "$T/err"
check "N-Quads: loading again adds nothing to either" "[ \$(grep -c ' 0 new, graph' '$T/err') = 2 ]"
"$RELKG" query -q -r csv --store "bdb:$T/nq" -e 'SELECT ?a WHERE { ?a a rkg:Article } ORDER BY ?a' > "$T/arts"
check "N-Quads: both articles queryable" "[ \$(grep -c '^http' '$T/arts') = 2 ]"
sed "s| \.\$| <$A1> .|" "$T/g.nt" | grep -v 'cameoCode' > "$T/one.nq"
"$RELKG" load -q --replace --store "bdb:$T/nq" "$T/one.nq"
"$RELKG" query -q -r csv --store "bdb:$T/nq" -e "SELECT (COUNT(?c) AS ?n) WHERE { ?e rkg:cameoCode ?c }" > "$T/cameo"
check "N-Quads: --replace swaps one graph, leaves the other" "[ \"\$(tail -n 1 '$T/cameo' | tr -d '\r')\" = \"\$(grep -c 'cameoCode' '$T/g.nt')\" ]"
# a quad given twice in one file is added once; a partly loaded graph
# gets only what it lacks
n1=$(grep -c "<$A1> \.\$" "$T/two.nq")
{ grep "<$A1> \.\$" "$T/two.nq"; grep "<$A1> \.\$" "$T/two.nq"; } > "$T/dup.nq"
"$RELKG" load --store "bdb:$T/dup" "$T/dup.nq" 2> "$T/err"
check "N-Quads: a quad given twice is added once ($n1 quads)" "grep -q ': $((2 * n1)) statements, $n1 new, graph <$A1>' '$T/err'"
grep "<$A1> \.\$" "$T/two.nq" | head -n 10 > "$T/part.nq"
"$RELKG" load --store "bdb:$T/part" "$T/part.nq" 2> /dev/null
"$RELKG" load --store "bdb:$T/part" "$T/dup.nq" 2> "$T/err"
check "N-Quads: a graph holding 10 of its quads gets the other $((n1 - 10))" "grep -q ': $((2 * n1)) statements, $((n1 - 10)) new, graph <$A1>' '$T/err'"
"$RELKG" load --store "bdb:$T/nq2" "$T/g.nt" "$T/two.nq" > /dev/null 2>&1
cat "$G" "$T/g.nt" > /dev/null
sed "s|$A1|$A1-copy|g" "$T/g.nt" | cat "$T/g.nt" - > "$T/two.nt"
"$RELKG" load --store "bdb:$T/nq3" "$T/two.nt" 2> "$T/err"; rc=$?
check "two articles outside named graphs: exit 1, said" "[ $rc = 1 ] && grep -q 'holds 2 articles' '$T/err'"

# --- misuse
"$RELKG" load --store nosuch:x "$G" 2> /dev/null; rc=$?
check "unknown store kind: usage error" "[ $rc = 2 ]"
"$RELKG" load --store "bdb:$T/db2" /nonexistent.ttl 2> "$T/err"; rc=$?
check "missing graph: exit 3, named" "[ $rc = 3 ] && grep -q nonexistent '$T/err'"
"$RELKG" query --store "bdb:$T/none" queries/timeline.rq 2> "$T/err"; rc=$?
check "query on a store never loaded: exit 3" "[ $rc = 3 ] && grep -q 'run relkg load' '$T/err'"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
