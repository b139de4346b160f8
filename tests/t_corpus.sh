#!/bin/sh
# Corpus mode end to end: many inputs, directories, --files-from, -j, bad
# articles, --shard (with GNU parallel), the progress line.
RELKG=${RELKG:-bin/relkg}
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { if [ "$2" = 0 ]; then ok "$1"; else no "$1"; fi; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

# A corpus of 30 distinct articles: the dev articles, each copied with a
# distinct title (marked on the title line, the first line naming
# "... relations": site boilerplate above it is not the title), in two
# directory levels.
mkdir -p "$T/c/a" "$T/c/b"
i=0
for n in 1 2 3 4 5 6; do
	for f in tests/corpus/*.txt; do
		i=$((i + 1))
		d=a; [ $((i % 2)) = 0 ] && d=b
		sed "0,/ relations\$/s/ relations\$/ relations (copy $n)/" "$f" \
			> "$T/c/$d/$(basename "$f" .txt)-$n.txt"
	done
done
touch "$T/c/.hidden"
graphs() { awk '{print $NF == "." ? $(NF-1) : $NF}' "$1" | sort -u | wc -l; }

"$RELKG" extract tests/corpus/*.txt > "$T/many.nq"; rc=$?
check "many inputs exit 0" "$rc"
[ "$(graphs "$T/many.nq")" = 5 ]; check "many inputs: one named graph per article (5)" $?
awk 'NF < 5 || $(NF-1) !~ /^<https:.*\/article\/[^#]*>$/ {bad = 1} END {exit bad}' "$T/many.nq"
check "many inputs: every line is a quad in an article graph" $?
for f in tests/corpus/*.txt; do
	"$RELKG" extract -o nquads "$f"
done | cmp -s - "$T/many.nq"
check "many inputs = each article alone, concatenated in order" $?

"$RELKG" extract "$T/c" > "$T/dir.nq"; rc=$?
check "directory exit 0" "$rc"
[ "$(graphs "$T/dir.nq")" = 30 ]; check "directory: 30 graphs (hidden file skipped)" $?

# The run's own output inside the tree it walks is passed over (stdout
# redirected there, or --output's temporary file); named as an input it is
# an error, as in cat.
"$RELKG" extract "$T/c" > "$T/c/a/self.nq"; rc=$?
check "stdout into the walked tree: exit 0" "$rc"
cmp -s "$T/c/a/self.nq" "$T/dir.nq"; check "stdout into the walked tree: the same 30 graphs, not its own output" $?
rm -f "$T/c/a/self.nq"
"$RELKG" extract -O "$T/c/b/self.nq" "$T/c"; rc=$?
check "--output into the walked tree: exit 0" "$rc"
cmp -s "$T/c/b/self.nq" "$T/dir.nq"; check "--output into the walked tree: its temporary file is not read" $?
"$RELKG" extract -q "$T/c/a" "$T/c/b/self.nq" > "$T/c/b/self.nq" 2> "$T/self.err"; rc=$?
[ "$rc" = 4 ] && grep -q "self.nq: input file is the output file" "$T/self.err"
check "the output file named as an input: skipped, exit 4, named" $?
rm -f "$T/c/b/self.nq"
LC_ALL=C ls "$T"/c/a/*.txt "$T"/c/b/*.txt > "$T/list"
"$RELKG" extract $(cat "$T/list") | cmp -s - "$T/dir.nq"
check "directory walked in sorted order = the files listed" $?
"$RELKG" extract --files-from "$T/list" | cmp -s - "$T/dir.nq"
check "--files-from LIST" $?
"$RELKG" extract --files-from - < "$T/list" | cmp -s - "$T/dir.nq"
check "--files-from - (standard input)" $?

# Symbolic links: to a file followed, to a directory not (no cycles).
mkdir -p "$T/links/d"
cp "$T"/c/a/*-1.txt "$T/links/d/"
ln -s .. "$T/links/d/loop"
ln -s "$PWD/tests/corpus/georgia-japan.txt" "$T/links/d/zz.txt"
"$RELKG" extract "$T/links" > "$T/links.nq" 2> "$T/links.err"; rc=$?
n=$(ls "$T"/c/a/*-1.txt | wc -l)
[ "$rc" = 0 ] && [ "$(graphs "$T/links.nq")" = $((n + 1)) ] && [ ! -s "$T/links.err" ]
check "links: file link followed, directory link (a cycle) not" $?
# A list with blank lines and CRLF line ends.
{ echo; sed 's/$/\r/' "$T/list"; echo; } > "$T/list.crlf"
"$RELKG" extract --files-from "$T/list.crlf" | cmp -s - "$T/dir.nq"
check "--files-from: blank lines skipped, CRLF accepted" $?
"$RELKG" extract --files-from "$T/nolist" "$T/c" > /dev/null 2> "$T/nolist.err"; rc=$?
[ "$rc" = 3 ] && grep -q "^relkg: $T/nolist: cannot open" "$T/nolist.err"
check "--files-from a missing list: exit 3, named" $?

"$RELKG" extract -j 2 "$T/c" | cmp -s - "$T/dir.nq"
check "-j 2 byte-identical to -j 1" $?
"$RELKG" extract -j 7 "$T/c" | cmp -s - "$T/dir.nq"
check "-j 7 byte-identical to -j 1" $?
"$RELKG" extract -j 2 -O "$T/j2.nq" "$T/c" && cmp -s "$T/j2.nq" "$T/dir.nq"
check "-j 2 -O FILE byte-identical to -j 1" $?
# Skipped articles (another shard's) between written ones: their slots and
# output buffers are reused, and nothing of an earlier article leaks out.
"$RELKG" extract --shard 2/3 "$T/c" > "$T/s2.nq"
"$RELKG" extract -j 3 --shard 2/3 "$T/c" | cmp -s - "$T/s2.nq" && [ -s "$T/s2.nq" ]
check "--shard 2/3 -j 3 byte-identical to -j 1" $?

"$RELKG" extract -o ntriples "$T/c" > "$T/dir.nt"
awk '$(NF-1) ~ /^<https:.*\/article\/[^#]*>$/ && NF == 5 {bad = 1} END {exit bad}' "$T/dir.nt" &&
	[ "$(wc -l < "$T/dir.nt")" = "$(wc -l < "$T/dir.nq")" ]
check "-o ntriples: the same statements without graphs" $?

# A bad article among good ones.
mkdir "$T/bad"; cp "$T"/c/a/*.txt "$T/bad/"
printf '\377\376b\000a\000d\000' > "$T/bad/m-utf16.txt"
: > "$T/bad/n-empty.txt"
good=$(ls "$T"/c/a/*.txt | wc -l)
"$RELKG" extract -j 2 "$T/bad" "$T/missing.txt" > "$T/bad.nq" 2> "$T/bad.err"; rc=$?
[ "$rc" = 4 ]; check "bad articles: exit 4 (got $rc)" $?
[ "$(graphs "$T/bad.nq")" = "$good" ]; check "bad articles: all $good good ones written" $?
grep -q "^relkg: $T/bad/m-utf16.txt: UTF-16" "$T/bad.err" &&
	grep -q "^relkg: $T/bad/n-empty.txt: " "$T/bad.err" &&
	grep -q "^relkg: $T/missing.txt: cannot open" "$T/bad.err"
check "bad articles: each reported as relkg: FILE: reason" $?
"$RELKG" extract "$T"/c/a/*.txt | cmp -s - "$T/bad.nq"
check "bad articles: the good ones' output unchanged" $?
"$RELKG" extract -O "$T/out.nq" "$T/bad" 2>/dev/null; rc=$?
[ "$rc" = 4 ] && cmp -s "$T/out.nq" "$T/bad.nq"
check "bad articles with -O: the file is still written" $?

"$RELKG" extract -j 2 -O /dev/full "$T/c" 2> "$T/full.err"; rc=$?
[ "$rc" = 3 ] && grep -q "^relkg: /dev/full: write error" "$T/full.err"
check "corpus to /dev/full: write error, exit 3 (got $rc)" $?

"$RELKG" extract -o turtle "$T/c" > /dev/null 2> "$T/ttl.err"; rc=$?
[ "$rc" = 2 ] && grep -q "one article per run" "$T/ttl.err"
check "-o turtle for a corpus: refused with a reason (exit 2)" $?
"$RELKG" extract -j 0 "$T/c" > /dev/null 2>&1; [ $? = 2 ]; check "-j 0 is a usage error" $?
for s in 0/2 3/2 1/0 x 1/ /2; do
	"$RELKG" extract --shard "$s" "$T/c" > /dev/null 2>&1
	[ $? = 2 ] || break
done
[ $? = 0 ]; check "malformed --shard is a usage error" $?

# --shard: the union of the shards is the whole, run with GNU parallel.
if command -v parallel > /dev/null 2>&1; then
	parallel --will-cite -j 3 "$RELKG" extract --shard {}/3 -O "$T/shard{}.nq" "$T/c" ::: 1 2 3
	check "GNU parallel runs the 3 shards" $?
	cat "$T"/shard*.nq | LC_ALL=C sort -u > "$T/union"
	LC_ALL=C sort -u "$T/dir.nq" | cmp -s - "$T/union"
	check "--shard 1..3 of 3: union of the shards = the full run" $?
	n1=$(graphs "$T/shard1.nq"); n2=$(graphs "$T/shard2.nq"); n3=$(graphs "$T/shard3.nq")
	[ $((n1 + n2 + n3)) = 30 ] && [ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] && [ "$n3" -gt 0 ]
	check "--shard: every article in exactly one shard ($n1+$n2+$n3)" $?
else
	no "GNU parallel is not installed (scripts/deps.sh installs it)"
fi
"$RELKG" extract --shard 1/1 "$T/c" | cmp -s - "$T/dir.nq"
check "--shard 1/1 keeps everything" $?

# Progress: only on a terminal, never with -q.
"$RELKG" extract -O "$T/p.nq" "$T/c" 2> "$T/p.err"
[ ! -s "$T/p.err" ]; check "no progress line when stderr is not a terminal" $?
if command -v script > /dev/null 2>&1; then
	script -qec "$RELKG extract -O $T/p.nq $T/c" /dev/null > "$T/tty.out" 2>&1
	grep -q "30/30 articles" "$T/tty.out"; check "progress line on a terminal" $?
	script -qec "$RELKG extract -q -O $T/p.nq $T/c" /dev/null > "$T/tty.out" 2>&1
	! grep -q "articles" "$T/tty.out"; check "-q: no progress line on a terminal" $?
else
	no "script(1) is missing: cannot test the progress line"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
