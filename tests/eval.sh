#!/bin/sh
# `make eval`: extract every tests/corpus/X.txt that has X.gold.tsv into
# build/eval/X.ttl, score it with `relkg eval`, and print P/R/F1 per
# article and kind, then each kind's F1 averaged over the articles whose
# gold has required rows of that kind (macro average), and the average of
# the articles' overall F1.
#
#   sh tests/eval.sh [--min KIND=F1[,KIND=F1...]]
#
# --min fails (exit 1) when a kind's dev average is below its threshold
# ("all" names the overall average), e.g. --min person=0.75,holds=0.75.
# Exit 2 for bad arguments, 3 when an article cannot be extracted or scored.
RELKG=${RELKG:-bin/relkg}
CORPUS=${CORPUS:-tests/corpus}
OUT=${BUILD:-build}/eval
KINDS="person holds treaty dispute territory event survey mission all"
min=""
while [ $# -gt 0 ]; do
	case $1 in
	--min) [ $# -ge 2 ] || { echo "eval.sh: --min needs KIND=F1[,...]" >&2; exit 2; }
		min=$2; shift 2 ;;
	--min=*) min=${1#--min=}; shift ;;
	-h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
	*) echo "eval.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
	esac
done
for spec in $(echo "$min" | tr ',' ' '); do
	k=${spec%%=*}
	v=${spec#*=}
	case " $KINDS " in *" $k "*) ;; *) echo "eval.sh: unknown kind '$k' in --min" >&2; exit 2 ;; esac
	echo "$v" | grep -Eq '^[0-9]*\.?[0-9]+$' && awk -v v="$v" 'BEGIN { exit !(v + 0 <= 1) }' ||
		{ echo "eval.sh: '$v' is no F1 between 0 and 1 (--min $spec)" >&2; exit 2; }
done

mkdir -p "$OUT" || exit 3
rows="$OUT/rows.txt"
: >"$rows"
n=0
for txt in "$CORPUS"/*.txt; do
	gold=${txt%.txt}.gold.tsv
	[ -f "$gold" ] || continue
	name=$(basename "${txt%.txt}")
	if ! "$RELKG" extract -q -o turtle --output "$OUT/$name.ttl" "$txt"; then
		echo "eval.sh: cannot extract $txt" >&2
		exit 3
	fi
	"$RELKG" eval --explain "$gold" "$OUT/$name.ttl" >"$OUT/$name.eval.txt"
	rc=$?
	if [ "$rc" != 0 ]; then
		echo "eval.sh: cannot score $OUT/$name.ttl (exit $rc)" >&2
		exit 3
	fi
	# kind rows of the report: "kind P R F1 tp fp fn"
	awk -v a="$name" 'NF == 7 && $1 != "kind" && $5 ~ /^[0-9]+$/ { print a, $0 }' \
		"$OUT/$name.eval.txt" >>"$rows"
	n=$((n + 1))
done
if [ "$n" = 0 ]; then
	echo "eval.sh: no article with a .gold.tsv in $CORPUS" >&2
	exit 3
fi

awk -v kinds="$KINDS" -v min="$min" '
BEGIN { nk = split(kinds, K, " ") }
{
	a = $1; k = $2
	if (!(a in seen)) { seen[a] = 1; order[++na] = a }
	P[a, k] = $3; R[a, k] = $4; F[a, k] = $5; tp[a, k] = $6; fp[a, k] = $7; fn[a, k] = $8
}
END {
	printf "%-26s %-10s %6s %6s %6s %4s %4s %4s\n", "article", "kind", "P", "R", "F1", "tp", "fp", "fn"
	for (i = 1; i <= na; ++i) {
		a = order[i]
		for (j = 1; j <= nk; ++j) {
			k = K[j]
			printf "%-26s %-10s %6s %6s %6s %4s %4s %4s\n", a, k, P[a, k], R[a, k], F[a, k], tp[a, k], fp[a, k], fn[a, k]
		}
	}
	printf "\ndev average F1 over the articles with gold rows of the kind (%d articles)\n", na
	bad = 0
	nm = split(min, M, ",")
	for (j = 1; j <= nk; ++j) {
		k = K[j]; s = 0; c = 0
		for (i = 1; i <= na; ++i) {
			a = order[i]
			if (tp[a, k] + fn[a, k] > 0) { s += F[a, k]; ++c }
		}
		avg[k] = c ? s / c : 0
		printf "%-10s %6.3f  (%d article%s)\n", k, avg[k], c, c == 1 ? "" : "s"
		has[k] = c
	}
	for (m = 1; m <= nm; ++m) {
		split(M[m], kv, "=")
		if (avg[kv[1]] + 1e-9 < kv[2] + 0) {
			printf "below threshold: %s average F1 %.3f < %s\n", kv[1], avg[kv[1]], kv[2]
			bad = 1
		}
	}
	if (nm > 0 && !bad) print "all thresholds met: " min
	exit bad
}' "$rows"
