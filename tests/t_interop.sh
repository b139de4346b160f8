#!/bin/sh
# Interoperability: every output syntax of relkg (extract and query's graph
# output) parses with three independent readers -- rapper (raptor), serdi
# (serd) and rdflib (python3-rdflib) -- with the same triple count; and the
# bundled article's graph bulk-loads into Virtuoso (started here on loopback
# with a throw-away database), where queries give the same answers as relkg
# query.  A reader that cannot read a syntax is not asked (serdi: Turtle,
# N-Triples, N-Quads; rdflib: not RDF/JSON).  Anything that cannot be
# started prints "skipped: why".
RELKG=${RELKG:-bin/relkg}
ARTICLE=${ARTICLE:-data/articles/japan-russia-relations.txt}
SAMPLE=tests/fixtures/sample.ttl
PY=/usr/bin/python3
T=$(mktemp -d); chmod 755 "$T"
VPID=""
cleanup() {
	[ -n "$VPID" ] && kill "$VPID" 2> /dev/null && sleep 1
	rm -rf "$T"
}
trap cleanup EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }
skipped() { echo "skipped: $1"; }

have_rdflib=1
$PY -c 'import rdflib' 2> /dev/null || { have_rdflib=0; skipped "rdflib: python3-rdflib is not installed"; }
command -v serdi > /dev/null || skipped "serdi is not installed"

rapper_count() { rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'; }
serdi_count() { serdi -i "$1" "$2" 2> /dev/null | grep -c .; }
rdflib_count() { # $1 = rdflib format, $2 = file; N-Quads counted over every graph
	$PY -c 'import sys, rdflib
g = rdflib.ConjunctiveGraph() if sys.argv[1] == "nquads" else rdflib.Graph()
g.parse(sys.argv[2], format=sys.argv[1])
print(len(g))' "$1" "$2" 2> /dev/null
}

readers() { # $1 = label, $2 = syntax, $3 = file, $4 = triples expected
	n=$(rapper_count "$( [ "$2" = rdfxml ] && echo rdfxml || echo "$2")" "$3")
	check "$1 $2: rapper reads $4 triples" "[ '$n' = '$4' ]"
	case $2 in turtle|ntriples|nquads)
		if command -v serdi > /dev/null; then
			n=$(serdi_count "$2" "$3")
			check "$1 $2: serdi reads $4 triples" "[ '$n' = '$4' ]"
		fi ;;
	esac
	if [ $have_rdflib = 1 ]; then
		case $2 in
		turtle) f=turtle ;; ntriples) f=nt ;; nquads) f=nquads ;; rdfxml) f=xml ;; *) f="" ;;
		esac
		if [ -n "$f" ]; then
			n=$(rdflib_count "$f" "$3")
			check "$1 $2: rdflib reads $4 triples" "[ '$n' = '$4' ]"
		fi
	fi
}

# --- relkg extract, every syntax, on the bundled article
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$ARTICLE"
N=$(grep -c . "$T/a.nt")
check "bundled graph has triples ($N)" "[ '$N' -gt 0 ]"
for fmt in turtle ntriples nquads rdfxml json; do
	"$RELKG" extract -q -o $fmt -O "$T/a.$fmt" "$ARTICLE"
	readers extract $fmt "$T/a.$fmt" "$N"
done

# --- relkg query's graph output (CONSTRUCT), every syntax, on the fixture
M=$(rapper_count turtle $SAMPLE)
for fmt in turtle ntriples nquads rdfxml json; do
	"$RELKG" query -q -o $fmt -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' $SAMPLE > "$T/s.$fmt"
	readers query $fmt "$T/s.$fmt" "$M"
done

# --- Virtuoso: bulk load the bundled graph (N-Quads) and the fixture
VT=$(command -v virtuoso-t)
ISQL=$(command -v isql-vt || command -v isql)
free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
isql() { "$ISQL" "127.0.0.1:$PORT" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF ERRORS=STDOUT exec="$1" 2>&1; }
start_virtuoso() {
	[ -n "$VT" ] || { echo "virtuoso-t not installed (virtuoso-opensource)"; return 1; }
	[ -n "$ISQL" ] || { echo "isql-vt not installed"; return 1; }
	mkdir -p "$T/v/data"
	PORT=$(free_port); HPORT=$(free_port)
	cat > "$T/v/virtuoso.ini" <<INI
[Database]
DatabaseFile = $T/v/virtuoso.db
ErrorLogFile = $T/v/virtuoso.log
LockFile = $T/v/virtuoso.lck
TransactionFile = $T/v/virtuoso.trx
xa_persistent_file = $T/v/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
[TempDatabase]
DatabaseFile = $T/v/virtuoso-temp.db
TransactionFile = $T/v/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$PORT
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = ., $T/v/data
[HTTPServer]
ServerPort = 127.0.0.1:$HPORT
ServerThreads = 2
[SPARQL]
ResultSetMaxRows = 100000
INI
	(cd "$T/v" && exec "$VT" +configfile "$T/v/virtuoso.ini" +foreground > "$T/v/stdout" 2>&1) &
	VPID=$!
	i=0
	until isql 'status();' | grep -q 'OpenLink Virtuoso'; do
		i=$((i + 1))
		if [ $i -gt 60 ] || ! kill -0 "$VPID" 2> /dev/null; then
			echo "server did not start: $(tail -n 1 "$T/v/virtuoso.log" 2> /dev/null)"
			return 1
		fi
		sleep 0.5
	done
}
if start_virtuoso > "$T/why"; then
	ok "virtuoso started on 127.0.0.1:$PORT"
	cp "$T/a.nquads" "$T/v/data/article.nq"
	rapper -q -i turtle -o nquads $SAMPLE > /dev/null 2>&1
	cp $SAMPLE "$T/v/data/sample.ttl"
	isql "ld_dir('$T/v/data', 'article.nq', 'urn:relkg:unused'); ld_dir('$T/v/data', 'sample.ttl', 'urn:relkg:sample'); rdf_loader_run(); checkpoint;" > "$T/v/load.out"
	st=$(isql "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state = 2 AND ll_error IS NULL;" | tr -dc '0-9')
	check "virtuoso: both files bulk-loaded without error" "[ '$st' = 2 ]"
	G=$("$RELKG" query -q -r csv -e 'SELECT ?a WHERE { ?a a rkg:Article }' "$T/a.nt" | tail -n 1 | tr -d '\r')
	v=$(isql "SPARQL SELECT COUNT(*) WHERE { GRAPH <$G> { ?s ?p ?o } };" | tr -dc '0-9')
	check "virtuoso: the article's named graph holds $N triples" "[ '$v' = '$N' ]"
	# Per class: instances, as one sorted list from each side.
	Q='SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c'
	"$RELKG" query -q -r csv -e "$Q" "$T/a.nt" | tail -n +2 | tr -d '\r' | sort > "$T/r.classes"
	isql "SPARQL SELECT CONCAT(STR(?c), ',', STR(?n)) WHERE { { SELECT ?c (COUNT(?s) AS ?n) WHERE { GRAPH <$G> { ?s a ?c } } GROUP BY ?c } };" | grep '^http' | sed 's/ *$//' | sort > "$T/v.classes"
	check "virtuoso: instances per class as relkg query" "[ -s '$T/r.classes' ] && diff '$T/r.classes' '$T/v.classes'"
	# The query pack's timeline over the fixture: dates and sentences.
	"$RELKG" query -q -r csv -e 'SELECT ?d ?b WHERE { ?e rkg:date ?d ; prov:wasDerivedFrom ?s . ?s nif:beginIndex ?b } ORDER BY STR(?d) ?b' $SAMPLE | tail -n +2 | tr -d '\r' > "$T/r.tl"
	isql "SPARQL PREFIX rkg: <https://w3id.org/relkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> SELECT CONCAT(STR(?d), ',', STR(?b)) WHERE { GRAPH <urn:relkg:sample> { ?e rkg:date ?d ; prov:wasDerivedFrom ?s . ?s nif:beginIndex ?b } } ORDER BY STR(?d) ?b;" | grep '^[0-9]' | sed 's/ *$//' > "$T/v.tl"
	check "virtuoso: dated facts of the fixture as relkg query" "[ -s '$T/r.tl' ] && diff '$T/r.tl' '$T/v.tl'"
	isql 'shutdown;' > /dev/null 2>&1
	wait "$VPID" 2> /dev/null; VPID=""
else
	skipped "virtuoso: $(cat "$T/why")"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
