#!/bin/sh
# relkg query: the query pack's answers (with relkg query and with roqet) on
# every case in tests/fixtures/answers/CASE/ (file `graph` names the graph,
# CASE/NAME.csv is the expected answer of queries/NAME.rq), result formats,
# ASK/CONSTRUCT, predeclared prefixes, error positions and rasqal's limits.
# Another graph: ANSWERS=dir-of-cases sh tests/t_query.sh
RELKG=${RELKG:-bin/relkg}
ANSWERS=${ANSWERS:-tests/fixtures/answers}
S=tests/fixtures/sample.ttl
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }

# --- the query pack, every case, both tools
for q in queries/*.rq; do
	check "$q says what it answers" "head -n 1 '$q' | grep -q '^# .'"
	check "$q declares its own prefixes" "grep -q '^PREFIX rkg:' '$q'"
done
for case in "$ANSWERS"/*/; do
	g=$(cat "$case/graph")
	for exp in "$case"*.csv; do
		n=$(basename "$exp" .csv)
		"$RELKG" query -q -r csv "queries/$n.rq" "$g" > "$T/r.csv" 2> "$T/err"
		check "relkg query $n on $(basename "$case")" "cmp -s '$T/r.csv' '$exp'"
		roqet -q -i sparql -r csv -D "$g" "queries/$n.rq" > "$T/q.csv" 2> "$T/err"
		check "roqet $n on $(basename "$case")" "cmp -s '$T/q.csv' '$exp'"
	done
done

# --- predeclared prefixes; the user's own PREFIX wins and is not doubled
out=$("$RELKG" query -r csv -e 'SELECT ?l WHERE { ?c a rkg:Country ; rdfs:label ?l } ORDER BY ?l' $S)
check "predeclared prefixes" "[ \"\$(echo \"\$out\" | tr -d '\r' | tr '\n' ' ')\" = 'l Norland Sudmark ' ]"
out=$("$RELKG" query -r csv -e 'PREFIX rkg: <https://w3id.org/relkg/ontology#>
SELECT (COUNT(?c) AS ?n) WHERE { ?c a rkg:Country }' $S 2>&1)
check "query declaring rkg: itself" "echo \"\$out\" | tr -d '\r' | grep -qx 2"

# --- graph files are merged into one set of statements: a file given twice,
# or its N-Quads form (named graphs merged), counts each statement once
cnt='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
n1=$("$RELKG" query -q -r csv -e "$cnt" $S | tr -d '\r' | sed -n 2p)
n2=$("$RELKG" query -q -r csv -e "$cnt" $S $S | tr -d '\r' | sed -n 2p)
rapper -q -i turtle -o ntriples $S | sed 's|[.] *$|<https://example.org/g1> .|' > "$T/a.nq"
rapper -q -i turtle -o ntriples $S | sed 's|[.] *$|<https://example.org/g2> .|' >> "$T/a.nq"
n3=$("$RELKG" query -q -r csv -e "$cnt" "$T/a.nq" | tr -d '\r' | sed -n 2p)
check "a graph file given twice counts each statement once ($n1, $n2)" "[ -n '$n1' ] && [ '$n1' -gt 10 ] && [ '$n1' = '$n2' ]"
check "N-Quads graphs merged: each statement once ($n1, $n3)" "[ '$n1' = '$n3' ]"

# --- result formats
"$RELKG" query -r json queries/timeline.rq $S > "$T/r.json"
check "json results parse, 3 rows" "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d[\"results\"][\"bindings\"])==3' '$T/r.json'"
"$RELKG" query -r xml queries/timeline.rq $S > "$T/r.xml"
check "xml results parse, 3 rows" "python3 -c 'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); assert len(r.findall(\".//{http://www.w3.org/2005/sparql-results#}result\"))==3' '$T/r.xml'"
"$RELKG" query -r tsv queries/sanctions.rq $S > "$T/r.tsv"
check "tsv results: header + 1 row" "[ \$(wc -l < '$T/r.tsv') = 2 ] && head -n 1 '$T/r.tsv' | grep -q '?date'"
"$RELKG" query queries/sanctions.rq $S > "$T/r.txt"
check "table results" "grep -q '| \"Norland\"@en' '$T/r.txt' && grep -q '^1 row' '$T/r.txt'"
"$RELKG" query -r yaml queries/sanctions.rq $S 2> /dev/null; rc=$?
check "unknown results format is a usage error" "[ $rc = 2 ]"
"$RELKG" query queries/sanctions.rq $S -r tsv > "$T/r2.tsv"
check "options after the operands (getopt order), as rapper/roqet take them" "cmp -s '$T/r.tsv' '$T/r2.tsv'"
"$RELKG" query --bogus queries/sanctions.rq $S 2> "$T/bogus.err"; rc=$?
check "unknown option: exit 2, names it, points at --help" "[ $rc = 2 ] && grep -q \"unrecognized option '--bogus'\" '$T/bogus.err' && grep -q \"Try 'relkg query --help'\" '$T/bogus.err'"

# --- ASK and CONSTRUCT
check "ASK true" "[ \"\$('$RELKG' query -e 'ASK { ?e a rkg:Visit }' $S)\" = true ]"
check "ASK false, exit 0" "[ \"\$('$RELKG' query -e 'ASK { ?e a rkg:Attack }' $S)\" = false ]"
"$RELKG" query -e 'CONSTRUCT { ?p rkg:holds ?o } WHERE { ?t rkg:holder ?p ; rkg:office ?o }' $S > "$T/c.ttl"
check "CONSTRUCT writes Turtle (2 triples)" "[ \$(rapper -q -i turtle -o ntriples '$T/c.ttl' | wc -l) = 2 ]"
"$RELKG" query -o ntriples -e 'CONSTRUCT { ?s a rkg:Country } WHERE { ?s a rkg:Country }' $S > "$T/c.nt"
check "CONSTRUCT -o ntriples" "[ \$(wc -l < '$T/c.nt') = 2 ] && rapper -q -i ntriples -c '$T/c.nt' 2>/dev/null"

# --- other inputs: N-Triples and stdin
rapper -q -i turtle -o ntriples $S > "$T/s.nt"
"$RELKG" query -r csv queries/timeline.rq "$T/s.nt" > "$T/r.csv"
check "graph in N-Triples" "cmp -s '$T/r.csv' tests/fixtures/answers/sample/timeline.csv"
cp "$T/s.nt" "$T/noext"
"$RELKG" query -r csv queries/timeline.rq "$T/noext" > "$T/r.csv"
check "graph syntax guessed without extension" "cmp -s '$T/r.csv' tests/fixtures/answers/sample/timeline.csv"
"$RELKG" query -r csv queries/timeline.rq - < "$T/s.nt" > "$T/r.csv"
check "graph on stdin" "cmp -s '$T/r.csv' tests/fixtures/answers/sample/timeline.csv"

# --- errors: positions in the user's query, limits, files
printf 'SELECT ?s\nWHERE {\n  ?s a rkg:Visit )\n}\n' > "$T/bad.rq"
"$RELKG" query "$T/bad.rq" $S 2> "$T/err"; rc=$?
check "syntax error: exit 1" "[ $rc = 1 ]"
check "syntax error names line 3 col 18" "grep -q 'bad.rq:3:18: error: syntax error' '$T/err'"
check "syntax error printed once" "[ \$(grep -c 'syntax error' '$T/err') = 1 ]"
printf 'SELECT ?s ?o\nWHERE {\n  ?s rkg:agent/rkg:holds ?o\n}\n' > "$T/path.rq"
"$RELKG" query "$T/path.rq" $S 2> "$T/err"; rc=$?
check "property path refused with position" "[ $rc = 1 ] && grep -q 'path.rq:3:15: property paths are not supported' '$T/err'"
"$RELKG" query -e 'SELECT ?s WHERE { ?s ^rkg:holder ?t }' $S 2> "$T/err"
check "inverse path refused" "grep -q 'property paths' '$T/err'"
"$RELKG" query -e 'SELECT ?s WHERE { ?s a rkg:Person
FILTER NOT EXISTS { ?s rkg:holds ?o } }' $S 2> "$T/err"; rc=$?
check "FILTER NOT EXISTS refused at 2:8" "[ $rc = 1 ] && grep -q 'query:2:8: FILTER \[NOT\] EXISTS' '$T/err'"
"$RELKG" query -e 'SELECT ?s WHERE { ?s a rkg:Person MINUS { ?s rkg:holds ?o } }' $S 2> "$T/err"; rc=$?
check "MINUS refused" "[ $rc = 1 ] && grep -q 'MINUS parses but does not run' '$T/err'"
"$RELKG" query -r csv -e 'SELECT ?s WHERE { ?s a rkg:Person . ?s rdfs:label "a/b|c^d" FILTER(!BOUND(?x) || 2*3 > 5) }' $S > /dev/null 2> "$T/err"; rc=$?
check "no false alarm on strings, ! and arithmetic" "[ $rc = 0 ] && ! grep -q 'not supported' '$T/err'"
"$RELKG" query -e 'DESCRIBE <https://w3id.org/relkg/id/country/norland>' $S 2> "$T/err"; rc=$?
check "DESCRIBE refused with the CONSTRUCT to use" "[ $rc = 1 ] && grep -q 'DESCRIBE does not run.*CONSTRUCT' '$T/err'"
"$RELKG" query --help | grep -q 'no property paths' && ok "--help states rasqal's limits" || no "--help states rasqal's limits"
"$RELKG" query -e 'SELECT * WHERE { ?s ?p ?o }' /nonexistent.ttl 2> "$T/err"; rc=$?
check "missing graph: exit 3, named" "[ $rc = 3 ] && grep -q '/nonexistent.ttl' '$T/err'"
printf '@prefix : <x#> .\n:a :b .\n' > "$T/broken.ttl"
"$RELKG" query -e 'SELECT * WHERE { ?s ?p ?o }' "$T/broken.ttl" 2> "$T/err"; rc=$?
check "unparsable graph: exit 1, file:line" "[ $rc = 1 ] && grep -q 'broken.ttl:2' '$T/err'"
"$RELKG" query -e 'SELECT * WHERE { ?s ?p ?o }' 2> /dev/null; rc=$?
check "no graph and no store: usage error" "[ $rc = 2 ]"
"$RELKG" query -e 'SELECT ?s WHERE { ?s a rkg:Person . ?s rkg:holds ?unused }' $S > /dev/null 2> "$T/err"
check "a warning is printed exactly once" "[ \$(grep -c 'warning: Variable unused' '$T/err') = 1 ]"
"$RELKG" query -q -e 'SELECT ?s WHERE { ?s a rkg:Person . ?s rkg:holds ?unused }' $S > /dev/null 2> "$T/err"
check "-q silences warnings" "[ ! -s '$T/err' ]"

# --- the bundled article: facts drawn from reference 3 (the sanctions
# sentence cites [3][4]): the annexation and the sanctions, nothing else
sed 's/STR(?number) = "1"/STR(?number) = "3"/' queries/citation-facts.rq > "$T/c3.rq"
"$RELKG" query -q -r csv "$T/c3.rq" out/relations.ttl | cut -d, -f1,4 > "$T/c3.csv"
check "bundled: facts drawn from citation 3" "[ \"\$(tr -d '\r' < '$T/c3.csv' | tr '\n' ' ')\" = 'number,type 3,Annexation 3,Sanction ' ]"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
