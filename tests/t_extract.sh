#!/bin/sh
# relkg extract end to end, on the bundled article and the dev corpus
# (tests/corpus/*.txt): the output parses (raptor; serd in strict mode),
# every output format gives the same triples, runs are byte-identical,
# every sentence's NIF offsets hold; the command line's help, errors and
# exit codes.  Run from the repository root; RELKG names the program.
set -u
RELKG=${RELKG:-bin/relkg}
ARTICLE=data/articles/japan-russia-relations.txt
NIF='http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'
RKG='https://w3id.org/relkg/ontology#'
RDF_TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
DCT='http://purl.org/dc/terms/'
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
no() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { # check NAME COMMAND...: ok when the command succeeds
	_what=$1; shift
	if "$@"; then ok "$_what"; else no "$_what"; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run ARGS...: runs relkg; exit status in $rc, output in $tmp/out, $tmp/err.
run() {
	"$RELKG" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# Triples rapper counts in FILE parsed as SYNTAX ("" when it fails).
count() {
	_out=$(rapper -c -i "$2" "$1" 2>&1) || { echo "none: rapper failed"; return; }
	printf '%s\n' "$_out" | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'
}
serd_ok() { serdi -q -i "$2" "$1" >/dev/null 2>"$tmp/serd.err" && ! [ -s "$tmp/serd.err" ]; }
nonzero() { [ -n "$1" ] && [ "$1" -gt 0 ] 2>/dev/null; }

# ---- every article: syntax, formats, determinism, offsets, structure ----

for input in "$ARTICLE" tests/corpus/*.txt; do
	name=$(basename "$input" .txt)
	[ "$input" != "$ARTICLE" ] && cmp -s "$input" "$ARTICLE" && continue # the same text
	d="$tmp/$name"
	mkdir -p "$d"
	run extract -o turtle "$input"
	cp "$tmp/out" "$d/turtle"
	check "$name: extract exits 0 (got $rc)" test "$rc" = 0
	check "$name: nothing on stderr" test ! -s "$tmp/err"
	n=$(count "$d/turtle" turtle)
	check "$name: rapper parses the Turtle ($n triples)" nonzero "$n"
	check "$name: serdi (strict) parses the Turtle" serd_ok "$d/turtle" turtle
	counts=""; agree=1
	for fmt in ntriples nquads rdfxml json; do
		"$RELKG" extract -o "$fmt" "$input" >"$d/$fmt" 2>/dev/null
		case $fmt in
		rdfxml) syntax=rdfxml ;;
		*) syntax=$fmt ;;
		esac
		m=$(count "$d/$fmt" "$syntax")
		check "$name: rapper parses -o $fmt ($m triples)" nonzero "$m"
		[ "$m" = "$n" ] || agree=0
		counts="$counts $fmt=$m"
	done
	check "$name: triple counts agree across formats (turtle=$n$counts)" test "$agree" = 1
	check "$name: serdi (strict) parses the N-Triples" serd_ok "$d/ntriples" ntriples
	check "$name: serdi (strict) parses the N-Quads" serd_ok "$d/nquads" nquads
	# the same graph in every syntax: compare as sorted N-Triples
	rapper -q -i turtle -o ntriples "$d/turtle" | LC_ALL=C sort >"$d/from-turtle.nt"
	rapper -q -i rdfxml -o ntriples "$d/rdfxml" | LC_ALL=C sort >"$d/from-rdfxml.nt"
	LC_ALL=C sort "$d/ntriples" >"$d/sorted.nt"
	check "$name: Turtle and N-Triples hold the same triples" cmp -s "$d/from-turtle.nt" "$d/sorted.nt"
	check "$name: RDF/XML and N-Triples hold the same triples" cmp -s "$d/from-rdfxml.nt" "$d/sorted.nt"
	"$RELKG" extract -o turtle "$input" >"$d/turtle2" 2>/dev/null
	"$RELKG" extract -o ntriples "$input" >"$d/ntriples2" 2>/dev/null
	check "$name: two runs are byte-identical (Turtle)" cmp -s "$d/turtle" "$d/turtle2"
	check "$name: two runs are byte-identical (N-Triples)" cmp -s "$d/ntriples" "$d/ntriples2"
	python3 tests/nif_offsets.py <"$d/from-turtle.nt" >"$d/offsets" 2>&1
	offsets_rc=$?
	check "$name: every sentence's offsets hold ($(tail -n 1 "$d/offsets"))" \
		test "$offsets_rc" = 0
	# an rkg:Article with a title and a context holding the text
	article=$(grep -F "$RDF_TYPE <${RKG}Article> ." "$d/sorted.nt" | cut -d' ' -f1)
	check "$name: one rkg:Article" test "$(printf '%s\n' "$article" | grep -c .)" = 1
	check "$name: the article has a dcterms:title" \
		grep -q -F "$article <${DCT}title> \"" "$d/sorted.nt"
	ctx=$(grep -F "$article <${RKG}context> " "$d/sorted.nt" | cut -d' ' -f3)
	check "$name: the article has an rkg:context" test -n "$ctx"
	check "$name: the context is a nif:Context" \
		grep -q -F "$ctx $RDF_TYPE <${NIF}Context> ." "$d/sorted.nt"
	check "$name: the context has nif:isString" \
		grep -q -F "$ctx <${NIF}isString> \"" "$d/sorted.nt"
	# every rkg: term in the output is one src/vocab.def declares
	grep -o "<${RKG}[A-Za-z0-9_]*>" "$d/sorted.nt" | sed "s|<${RKG}||; s|>||" |
		LC_ALL=C sort -u >"$d/terms"
	sed -n 's/^RKG_TERM(\([A-Za-z0-9_]*\))$/\1/p' src/vocab.def >"$tmp/vocab"
	undeclared=$(LC_ALL=C comm -23 "$d/terms" "$tmp/vocab" | tr '\n' ' ')
	check "$name: only declared rkg: terms ($(wc -l <"$d/terms") used)${undeclared:+ (not: $undeclared)}" \
		test -z "$undeclared"
	sentences=$(grep -c -F "$RDF_TYPE <${NIF}Sentence> ." "$d/sorted.nt")
	in_section=$(grep -c -F "<${RKG}section> " "$d/sorted.nt")
	check "$name: sentences ($sentences), each in a section ($in_section)" \
		test "$sentences" -gt 0 -a "$sentences" = "$in_section"
done

# ---- citations: every dcterms:references points at an rkg:Citation ----
nt="$tmp/japan-russia-relations/sorted.nt"
grep -F "<${DCT}references> " "$nt" | cut -d' ' -f3 | sort -u >"$tmp/cited"
grep -F "$RDF_TYPE <${RKG}Citation> ." "$nt" | cut -d' ' -f1 | sort -u >"$tmp/citations"
dangling=$(comm -23 "$tmp/cited" "$tmp/citations" | head -n 3 | tr '\n' ' ')
check "bundled article: every cited reference is an rkg:Citation ($(wc -l <"$tmp/citations") citations)${dangling:+ (not: $dangling)}" \
	test -z "$dangling"
numbered=$(grep -c -F "<${RKG}citationNumber> " "$nt")
check "bundled article: every rkg:Citation has an rkg:citationNumber" \
	test "$numbered" = "$(wc -l <"$tmp/citations")"

# ---- output: format from the extension, stdin and stdout ----

run extract "$ARTICLE"
cp "$tmp/out" "$tmp/stdout.ttl"
for pair in ttl:turtle nt:ntriples nq:nquads rdf:rdfxml json:json; do
	ext=${pair%%:*}; fmt=${pair#*:}
	run extract --output "$tmp/guess.$ext" "$ARTICLE"
	"$RELKG" extract -o "$fmt" "$ARTICLE" >"$tmp/want.$ext" 2>/dev/null
	check "--output FILE.$ext writes $fmt (exit $rc)" cmp -s "$tmp/guess.$ext" "$tmp/want.$ext"
	check "--output FILE.$ext leaves standard output empty" test ! -s "$tmp/out"
done
run extract -o ntriples --output "$tmp/forced.ttl" "$ARTICLE"
check "-o overrides the extension" cmp -s "$tmp/forced.ttl" "$tmp/want.nt"
run extract --output "$tmp/noext" "$ARTICLE"
check "--output without a known extension writes Turtle" cmp -s "$tmp/noext" "$tmp/stdout.ttl"
"$RELKG" extract - <"$ARTICLE" >"$tmp/stdin.ttl" 2>/dev/null
check "- reads standard input (same graph as the file)" cmp -s "$tmp/stdin.ttl" "$tmp/stdout.ttl"
"$RELKG" extract --output - "$ARTICLE" >"$tmp/dash.ttl" 2>/dev/null
check "--output - writes standard output" cmp -s "$tmp/dash.ttl" "$tmp/stdout.ttl"
leftovers() { # no file named like relkg's temporaries ("FILE.tmpXXXXXX") in $tmp
	for _f in "$tmp"/*.tmp??????; do [ -e "$_f" ] && return 1; done
	return 0
}
check "no temporary files left beside the outputs" leftovers
run extract --base http://example.org/kg/ -o ntriples "$ARTICLE"
check "--base sets the data namespace" grep -q '^<http://example.org/kg/article/' "$tmp/out"
check "--base replaces the default namespace" sh -c "! grep -q '^<https://w3id.org/relkg/id/' '$tmp/out'"

# ---- help and version ----

for args in --help -h --version -v "extract --help"; do
	# shellcheck disable=SC2086
	run $args
	check "relkg $args exits 0 (got $rc)" test "$rc" = 0
	check "relkg $args prints to standard output" test -s "$tmp/out"
	check "relkg $args prints nothing on stderr" test ! -s "$tmp/err"
done
run --version
check "--version names relkg and a version" grep -q '^relkg [0-9][0-9.]*' "$tmp/out"
run --help
for c in extract eval query load check; do
	check "--help lists the command $c" grep -q "^  $c " "$tmp/out"
done

# ---- usage errors: exit 2, a relkg: message on stderr, nothing on stdout ----

usage() { # usage WHAT ARGS...
	_case=$1; shift
	run "$@"
	check "$_case exits 2 (got $rc)" test "$rc" = 2
	check "$_case: stderr starts with relkg:" sh -c "head -n 1 '$tmp/err' | grep -q '^relkg: '"
	check "$_case: nothing on standard output" test ! -s "$tmp/out"
}
usage "an unknown option" extract --no-such-option "$ARTICLE"
usage "an unknown short option" extract -Z "$ARTICLE"
usage "an unknown output format" extract -o turtle2 "$ARTICLE"
usage "an unknown input format" extract -i pdf "$ARTICLE"
usage "a missing option argument" extract "$ARTICLE" -o
usage "no input" extract
usage "an unknown command" frobnicate
usage "no command"

# ---- input errors ----

run extract "$tmp/no-such-file.txt"
check "a missing input exits 3 (got $rc)" test "$rc" = 3
check "a missing input is named in the message" grep -q "^relkg: .*no-such-file.txt" "$tmp/err"
run extract "$tmp"
check "a directory as input exits non-zero (got $rc)" test "$rc" != 0
check "a directory as input is named in the message" grep -q "^relkg: $tmp" "$tmp/err"

: >"$tmp/empty.txt"
printf '\n  \n\t\n' >"$tmp/blank.txt"
head -c 4096 /bin/sh >"$tmp/binary.txt" # an ELF executable: NULs, bytes that are not UTF-8
printf 'Japan and Russia signed a treaty. The caf\351 was closed.\n' >"$tmp/latin1.txt"
printf 'One sentence here.\000 Another one.\n' >"$tmp/nul.txt"
printf '\377\376J\000a\000p\000a\000n\000.\000\n\000' >"$tmp/utf16.txt"
for bad in empty blank binary latin1 nul utf16; do
	f="$tmp/$bad.txt"
	echo "previous content" >"$tmp/keep.ttl"
	run extract --output "$tmp/keep.ttl" "$f"
	check "$bad input exits 1 (got $rc)" test "$rc" = 1
	check "$bad input: the message names the file" grep -q "^relkg: $f" "$tmp/err"
	check "$bad input: the existing --output file is untouched" \
		test "$(cat "$tmp/keep.ttl")" = "previous content"
	check "$bad input: no temporary file left" leftovers
	run extract "$f"
	check "$bad input: nothing on standard output" test ! -s "$tmp/out"
done
rm -f "$tmp/keep.ttl"
run extract --output "$tmp/fresh.ttl" "$tmp/nul.txt"
check "bad input: no --output file created" test ! -e "$tmp/fresh.ttl"

# ---- write errors: exit 3 ----

if [ -w /dev/full ]; then
	for fmt in turtle ntriples; do
		run extract -o "$fmt" --output /dev/full "$ARTICLE"
		check "--output /dev/full ($fmt) exits 3 (got $rc)" test "$rc" = 3
		check "--output /dev/full ($fmt): a relkg: message" grep -q '^relkg: ' "$tmp/err"
		"$RELKG" extract -o "$fmt" "$ARTICLE" >/dev/full 2>"$tmp/err"
		rc=$?
		check "standard output to /dev/full ($fmt) exits 3 (got $rc)" test "$rc" = 3
	done
	"$RELKG" --help >/dev/full 2>/dev/null
	rc=$?
	check "--help to /dev/full exits non-zero (got $rc)" test "$rc" != 0
fi
run extract --output "$tmp/no-such-dir/out.ttl" "$ARTICLE"
check "an output in a missing directory exits 3 (got $rc)" test "$rc" = 3
check "an output in a missing directory is named" grep -q "no-such-dir/out.ttl" "$tmp/err"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
