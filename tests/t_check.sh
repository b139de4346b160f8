#!/bin/sh
# relkg check and the SHACL shapes: the fixture is valid for both; the broken
# fixture fails both with the same violations (focus node + path; the
# offsets check has no SHACL core form and is compared with relkg only).
# CHECK_GRAPHS="a.ttl b.nt" adds graphs on which the two must agree.
# The SHACL engine is the npm package rdf-validate-shacl, installed here into
# build/node (not committed); without node/npm it says "skipped: why".
RELKG=${RELKG:-bin/relkg}
ONTO=ontology/relkg.ttl
[ -f "$ONTO" ] || ONTO=tests/fixtures/ontology.ttl
SHAPES=ontology/relkg-shapes.ttl
NODE_DIR=${BUILD:-build}/node
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }
skipped() { echo "skipped: $1"; }

# --- relkg check
"$RELKG" check --ontology "$ONTO" tests/fixtures/sample.ttl > "$T/out" 2> "$T/err"; rc=$?
check "sample is valid (exit 0)" "[ $rc = 0 ] && [ ! -s '$T/out' ] && grep -q '0 violations' '$T/err'"
"$RELKG" check --tsv --ontology "$ONTO" tests/fixtures/broken.ttl > "$T/out" 2> "$T/err"; rc=$?
check "broken fails (exit 1)" "[ $rc = 1 ]"
cut -f1-3 "$T/out" > "$T/got"
check "broken: exactly the expected violations" "diff '$T/got' tests/fixtures/broken.expected"
for k in undeclared domain range datatype provenance offsets label; do
	check "broken: a '$k' violation" "cut -f3 '$T/out' | grep -qx $k"
done
check "broken: summary counts 10" "grep -q '10 violations' '$T/err'"
"$RELKG" check --ontology "$ONTO" tests/fixtures/broken.ttl > "$T/txt" 2> /dev/null
check "text format: FOCUS PATH: kind: message" "grep -q '^https://w3id.org/relkg/id/city/halden -: domain: ' '$T/txt'"
rapper -q -i turtle -o ntriples tests/fixtures/broken.ttl > "$T/broken.nt"
"$RELKG" check -q --tsv --ontology "$ONTO" "$T/broken.nt" | cut -f1-3 > "$T/got"
check "same violations from N-Triples" "diff '$T/got' tests/fixtures/broken.expected"
RELKG_ONTOLOGY=$ONTO "$RELKG" check -q tests/fixtures/sample.ttl; rc=$?
check "\$RELKG_ONTOLOGY names the ontology" "[ $rc = 0 ]"
if [ -f ontology/relkg.ttl ]; then
	"$RELKG" check -q tests/fixtures/sample.ttl; rc=$?
	check "compiled-in default ontology" "[ $rc = 0 ]"
fi
check "--help names the compiled-in ontology path" "'$RELKG' check --help | grep -q '/ontology/relkg.ttl'"
"$RELKG" check --ontology /nonexistent.ttl tests/fixtures/sample.ttl 2> "$T/err"; rc=$?
check "missing ontology: exit 3, named" "[ $rc = 3 ] && grep -q nonexistent '$T/err'"
"$RELKG" check --ontology "$ONTO" 2> /dev/null; rc=$?
check "no graph: usage error" "[ $rc = 2 ]"

# --- relkg's own output is valid: every dev, probe, HTML and wikitext
# article it is tested on (an empty reference-list entry once left a
# citation without a label)
for f in tests/corpus/*.txt tests/fixtures/probe/*.txt tests/fixtures/*.html \
	 tests/fixtures/wiki/*.wiki; do
	[ -f "$f" ] || continue
	n=$(basename "$f")
	"$RELKG" extract -q -o ntriples --output "$T/$n.nt" "$f"
	"$RELKG" check --tsv --ontology "$ONTO" "$T/$n.nt" > "$T/$n.v" 2> /dev/null; rc=$?
	check "extract output of $n passes relkg check" "[ $rc = 0 ] && [ ! -s '$T/$n.v' ]" ||
		head -n 5 "$T/$n.v"
done
printf '<a> <b> .\n' > "$T/bad.nt"
"$RELKG" check --ontology "$ONTO" "$T/bad.nt" 2> "$T/err"; rc=$?
check "unparsable graph: exit 1, file:line" "[ $rc = 1 ] && grep -q 'bad.nt:1' '$T/err'"

# --- the shapes are generated from the ontology and in step with it
if /usr/bin/python3 -c 'import rdflib' 2> /dev/null; then
	/usr/bin/python3 scripts/make-shapes.py "$ONTO" > "$T/shapes.ttl"
	check "shapes in step with $ONTO (else: scripts/make-shapes.py $ONTO > $SHAPES)" "cmp -s '$T/shapes.ttl' '$SHAPES'"
else
	skipped "shapes vs ontology: python3-rdflib missing"
fi
check "shapes parse with rapper" "rapper -q -i turtle -c '$SHAPES' 2> /dev/null"

# --- the same constraints through a real SHACL engine
setup_node() {
	command -v node > /dev/null || { echo "node is not installed"; return 1; }
	[ -d "$NODE_DIR/node_modules/rdf-validate-shacl" ] && [ -d "$NODE_DIR/node_modules/@zazuko/env" ] && return 0
	command -v npm > /dev/null || { echo "npm is not installed"; return 1; }
	npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" rdf-validate-shacl @zazuko/env n3 > "$T/npm.log" 2>&1 ||
		{ echo "npm install failed: $(tail -n 1 "$T/npm.log")"; return 1; }
}
shacl() { NODE_MODULES="$NODE_DIR/node_modules" node tests/shacl-validate.mjs "$SHAPES" "$@" "$T/onto.nt"; }
if setup_node > "$T/why"; then
	# sh:class follows rdfs:subClassOf in the data graph: add the ontology's
	# class tree and typed individuals.
	"$RELKG" query -q -o ntriples -e 'CONSTRUCT { ?a rdfs:subClassOf ?b } WHERE { ?a rdfs:subClassOf ?b }' "$ONTO" > "$T/onto.nt"
	"$RELKG" query -q -o ntriples -e 'CONSTRUCT { ?i a ?c } WHERE { ?i a ?c . ?c a owl:Class . FILTER(isIRI(?i)) }' "$ONTO" >> "$T/onto.nt"
	shacl tests/fixtures/sample.ttl > "$T/shacl" 2>&1; rc=$?
	check "SHACL: sample conforms" "[ $rc = 0 ] && [ ! -s '$T/shacl' ]"
	shacl tests/fixtures/broken.ttl > "$T/shacl" 2> "$T/err"; rc=$?
	grep -v '	offsets$' tests/fixtures/broken.expected | cut -f1,2 | sort -u > "$T/want"
	check "SHACL: broken does not conform" "[ $rc = 1 ]"
	check "SHACL and relkg check: same focus+path on broken" "diff '$T/shacl' '$T/want'"
	for g in $CHECK_GRAPHS; do
		shacl "$g" > "$T/shacl" 2> "$T/err"
		"$RELKG" check -q --tsv --ontology "$ONTO" "$g" | awk -F'\t' '$3 != "offsets"' | cut -f1,2 | sort -u > "$T/want"
		check "SHACL and relkg check agree on $g" "diff '$T/shacl' '$T/want'"
	done
else
	skipped "SHACL engine: $(cat "$T/why")"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
