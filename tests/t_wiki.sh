#!/bin/sh
# relkg extract -i mediawiki / -i wikitext from the command line.
RELKG=${RELKG:-bin/relkg}
T=build/tmp-wiki; rm -rf "$T"; mkdir -p "$T"
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if eval "$2"; then ok "$1"; else no "$1"; fi; }
D=tests/fixtures/wiki/dump.xml

$RELKG extract -i mediawiki -o nquads --output "$T/all.nq" "$D"; rc=$?
check "dump extracts" '[ $rc = 0 ]'
check "three articles, one graph each" '[ "$(rapper -q -i nquads -o nquads "$T/all.nq" x | awk "{print \$NF==\".\" ? \$(NF-1) : \"\"}" | sort -u | grep -c article/)" = 3 ]'
check "redirect left out" '! grep -q "norway-relations" "$T/all.nq"'
check "talk page left out" '! grep -q "talk-example" "$T/all.nq"'
check "table cells left out" '! grep -q "table cell" "$T/all.nq"'

$RELKG extract -i mediawiki --select 'relations$' -o nquads --output "$T/sel.nq" "$D"
check "--select keeps two articles" '[ "$(grep -c "#context> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>" "$T/sel.nq")" = 2 ]'

cat "$D" | $RELKG extract -i mediawiki -o ntriples - > "$T/stdin.nt"; rc=$?
check "dump from standard input" '[ $rc = 0 ] && rapper -q -i ntriples -c "$T/stdin.nt" >/dev/null 2>&1'
check "ntriples parse strictly with serdi" 'serdi -l -i ntriples "$T/stdin.nt" >/dev/null'

$RELKG extract -i mediawiki --select '([' "$D" >/dev/null 2>"$T/err"; rc=$?
check "bad --select is a usage error" '[ $rc = 2 ] && grep -q "relkg: .*--select" "$T/err"'

head -c 2000 "$D" > "$T/trunc.xml"
echo old > "$T/out.nq"
$RELKG extract -i mediawiki -o nquads --output "$T/out.nq" "$T/trunc.xml" 2>"$T/err"; rc=$?
check "truncated dump: exit 1 with the line" '[ $rc = 1 ] && grep -q "malformed XML at line" "$T/err"'
check "truncated dump: output untouched" '[ "$(cat "$T/out.nq")" = old ]'

printf '<mediawiki><page><title>X</title><ns>0</ns><revision><text>a &undefined; b</text></revision></page>' > "$T/bad.xml"
$RELKG extract -i mediawiki "$T/bad.xml" >/dev/null 2>"$T/err"; rc=$?
check "malformed XML: clear error, no crash" '[ $rc = 1 ] && grep -q "relkg: $T/bad.xml" "$T/err"'

python3 -c "
print('<mediawiki><page><title>Deep</title><ns>0</ns><revision><text>ok</text></revision></page><page><title>D2</title><ns>0</ns>' + '<a>'*300 + '</a>'*300 + '</page></mediawiki>')" > "$T/deep.xml"
$RELKG extract -i mediawiki -o nquads --output "$T/deep.nq" "$T/deep.xml" 2>"$T/err"; rc=$?
check "nesting beyond libxml2's depth limit: reported, exit 1" '[ $rc = 1 ] && grep -q "Excessive depth" "$T/err" && grep -q "line 1" "$T/err"'
check "nesting beyond the limit: no output file" '[ ! -e "$T/deep.nq" ]'

$RELKG extract -i wikitext -o ntriples tests/fixtures/wiki/Example_relations.wiki > "$T/w.nt"; rc=$?
check "wikitext file reads" '[ $rc = 0 ] && grep -q "John Smith visited Sweden" "$T/w.nt"'
check "wikitext title from the file name" 'grep -q "\"Example relations\"@en" "$T/w.nt"'
check "wikitext citations parsed" 'grep -q "citation-1" "$T/w.nt"'

# Dumps compose with -j and --shard like article files.
"$RELKG" extract -i mediawiki -j 2 -o nquads "$D" > "$T/j2.nq"
check "-j 2 on a dump: byte-identical to -j 1" 'cmp -s "$T/all.nq" "$T/j2.nq"'
for k in 1 2 3; do "$RELKG" extract -i mediawiki --shard $k/3 -o nquads "$D"; done | sort -u > "$T/shards.nq"
check "--shard K/3 on a dump: the union is the whole run" 'sort -u "$T/all.nq" | cmp -s - "$T/shards.nq"'
"$RELKG" extract -i mediawiki --shard 1/3 -o nquads "$D" > "$T/s1.nq"
check "--shard keeps only some pages" '[ "$(grep -c "isString" "$T/s1.nq")" -lt 3 ]'

# The same article as wikitext in a dump and as a mirror's plain text:
# same sentences at the same offsets, same facts; the dump adds sameAs.
$RELKG extract -o ntriples tests/fixtures/wiki/Example_relations.txt | sort > "$T/text.nt"
$RELKG extract -i mediawiki --select '^Example relations$' -o ntriples "$D" | sort > "$T/dump.nt"
sentences() { grep 'nif-core#anchorOf>' "$1" | sed 's/ <[^>]*anchorOf> / /'; }
check "dump and text: same sentences, same offsets" '[ -n "$(sentences "$T/text.nt")" ] && [ "$(sentences "$T/text.nt")" = "$(sentences "$T/dump.nt")" ]'
facts() { grep -v -e '#section' -e 'owl#sameAs' -e 'rule/wiki-link' -e 'rdf-schema#seeAlso' "$1"; }
check "dump and text: same facts (sections aside)" '[ "$(facts "$T/text.nt" | grep -v "#char=")" = "$(facts "$T/dump.nt" | grep -v "#char=")" ]'
check "the facts include a person, an office and an embassy" 'grep -q "ontology#Person>" "$T/text.nt" && grep -q "ontology#Office>" "$T/text.nt" && grep -q "ontology#Embassy>" "$T/text.nt"'
check "dump: linked person sameAs DBpedia" 'grep -q "person/john-smith> <http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/John_Smith_(politician)>" "$T/dump.nt"'
check "dump: a demonym inside a linked name is not that page" '! grep -q "country/sweden> <http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/Swedish" "$T/dump.nt"'

echo "$pass passed, $fail failed"
[ $fail = 0 ]
