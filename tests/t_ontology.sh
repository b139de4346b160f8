#!/bin/sh
# The ontology (ontology/relkg.ttl) against the program's vocabulary
# (src/vocab.def): the same rkg: terms, each with one English label and a
# comment, every property with a domain and a range, every term of the
# ontology contract present.  Run from the repository root.
set -u
TTL=ontology/relkg.ttl
DEF=src/vocab.def
RKG='https://w3id.org/relkg/ontology#'
RDF='http://www.w3.org/1999/02/22-rdf-syntax-ns#'
RDFS='http://www.w3.org/2000/01/rdf-schema#'
OWL='http://www.w3.org/2002/07/owl#'
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
no() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { # check NAME COMMAND...: ok when the command succeeds
	name=$1; shift
	if "$@"; then ok "$name"; else no "$name"; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The ontology parses (raptor, and serd in strict mode).
to_nt() { rapper -q -i turtle -o ntriples "$TTL" "$RKG" >"$tmp/nt" 2>"$tmp/err"; }
check "rapper parses $TTL" to_nt
[ -s "$tmp/err" ] && sed 's/^/  /' "$tmp/err"
serd_strict() { serdi -q "$TTL" >/dev/null 2>&1; }
check "serdi (strict) parses $TTL" serd_strict
check "the ontology has triples" test -s "$tmp/nt"

# Terms: a subject in the rkg: namespace typed as a class, a property or
# an individual (a role or an opinion).
awk -v rkg="<$RKG" -v rdf="$RDF" -v owl="$OWL" '
	$2 == "<" rdf "type>" && index($1, rkg) == 1 {
		t = $3
		if (t == "<" owl "Class>" || t == "<" owl "ObjectProperty>" ||
		    t == "<" owl "DatatypeProperty>" || t == "<" owl "NamedIndividual>" ||
		    t == rkg "Role>" || t == rkg "Opinion>") {
			s = substr($1, length(rkg) + 1); sub(/>$/, "", s); print s
		}
	}' "$tmp/nt" | LC_ALL=C sort -u >"$tmp/declared"
sed -n 's/^RKG_TERM(\([A-Za-z0-9_]*\))$/\1/p' "$DEF" >"$tmp/def"
check "some terms declared" test "$(wc -l <"$tmp/declared")" -gt 50
check "$DEF is sorted (C locale) without duplicates" \
	sh -c "LC_ALL=C sort -u '$tmp/def' | cmp -s - '$tmp/def'"
if diff "$tmp/def" "$tmp/declared" >"$tmp/diff"; then
	ok "$DEF lists exactly the rkg: terms $TTL declares ($(wc -l <"$tmp/def"))"
else
	no "$DEF and $TTL differ (< vocab.def only, > relkg.ttl only):"
	grep '^[<>]' "$tmp/diff" | sed 's/^/  /'
fi

# Every rkg: IRI used anywhere in the ontology is declared.
grep -o "<${RKG}[A-Za-z0-9_]*>" "$tmp/nt" | sed "s|<$RKG||; s|>||" | LC_ALL=C sort -u >"$tmp/used"
undeclared=$(LC_ALL=C comm -23 "$tmp/used" "$tmp/declared" | tr '\n' ' ')
check "every rkg: term used in $TTL is declared${undeclared:+ (not: $undeclared)}" test -z "$undeclared"

# Every rkg: term the C code names ("rkg:Person" in a string literal) is
# declared, so that a typo shows here rather than as a refused statement.
grep -ho '"rkg:[A-Za-z0-9_][A-Za-z0-9_]*' src/*.c | sed 's/^"rkg://' | LC_ALL=C sort -u >"$tmp/in-src"
undeclared=$(LC_ALL=C comm -23 "$tmp/in-src" "$tmp/def" | tr '\n' ' ')
check "every rkg: term in src/*.c is in $DEF ($(wc -l <"$tmp/in-src") terms)${undeclared:+ (not: $undeclared)}" \
	test -z "$undeclared"

# Labels and comments: exactly one rdfs:label@en, at least one
# rdfs:comment@en, per term.
count() { # count TERM PREDICATE-IRI PATTERN
	grep -F "<$RKG$1> <$2> " "$tmp/nt" | grep -c -- "$3"
}
bad_label=""; bad_comment=""
while read -r t; do
	[ "$(count "$t" "${RDFS}label" '"@en \.$')" = 1 ] &&
		[ "$(count "$t" "${RDFS}label" '.')" = 1 ] || bad_label="$bad_label $t"
	[ "$(count "$t" "${RDFS}comment" '"@en \.$')" -ge 1 ] || bad_comment="$bad_comment $t"
done <"$tmp/declared"
check "every term has exactly one rdfs:label@en${bad_label:+ (not:$bad_label)}" test -z "$bad_label"
check "every term has an rdfs:comment@en${bad_comment:+ (not:$bad_comment)}" test -z "$bad_comment"

# Properties: a domain and a range each.
grep -E "^<${RKG}[A-Za-z]+> <${RDF}type> <${OWL}(Object|Datatype)Property> \.$" "$tmp/nt" |
	sed "s|^<$RKG\([A-Za-z]*\)>.*|\1|" | LC_ALL=C sort -u >"$tmp/props"
check "some properties declared" test "$(wc -l <"$tmp/props")" -gt 20
bad_dom=""; bad_rng=""
while read -r t; do
	[ "$(count "$t" "${RDFS}domain" '.')" = 1 ] || bad_dom="$bad_dom $t"
	[ "$(count "$t" "${RDFS}range" '.')" = 1 ] || bad_rng="$bad_rng $t"
done <"$tmp/props"
check "every property has one rdfs:domain${bad_dom:+ (not:$bad_dom)}" test -z "$bad_dom"
check "every property has one rdfs:range${bad_rng:+ (not:$bad_rng)}" test -z "$bad_rng"

# Classes other than rkg:Event's own are aligned to another vocabulary or
# are subclasses of an rkg: class.
bad_sub=""
grep -E "^<${RKG}[A-Za-z]+> <${RDF}type> <${OWL}Class> \.$" "$tmp/nt" |
	sed "s|^<$RKG\([A-Za-z]*\)>.*|\1|" >"$tmp/classes"
while read -r t; do
	grep -q -F "<$RKG$t> <${RDFS}subClassOf> " "$tmp/nt" || bad_sub="$bad_sub $t"
done <"$tmp/classes"
check "every class has a superclass${bad_sub:+ (not:$bad_sub)}" test -z "$bad_sub"

# The header.
hdr() { grep -q -F "<https://w3id.org/relkg/ontology> <$1> $2" "$tmp/nt"; }
check "owl:Ontology header" hdr "${RDF}type" "<${OWL}Ontology>"
check "owl:versionIRI" hdr "${OWL}versionIRI" "<https://w3id.org/relkg/ontology/"
check "owl:versionInfo" hdr "${OWL}versionInfo" '"'
check "dcterms:license CC BY 4.0" hdr "http://purl.org/dc/terms/license" \
	"<https://creativecommons.org/licenses/by/4.0/>"
for p in title description creator created; do
	check "dcterms:$p" hdr "http://purl.org/dc/terms/$p" ""
done

# Alignments the contract names.
align() { grep -q -F "<$RKG$1> <$RDFS$2> <$3>" "$tmp/nt"; }
check "Person ⊑ foaf:Person" align Person subClassOf http://xmlns.com/foaf/0.1/Person
check "Person ⊑ schema:Person" align Person subClassOf http://schema.org/Person
check "Country ⊑ schema:Country" align Country subClassOf http://schema.org/Country
check "City ⊑ schema:City" align City subClassOf http://schema.org/City
check "Territory ⊑ schema:Place" align Territory subClassOf http://schema.org/Place
check "Island ⊑ Territory" align Island subClassOf "${RKG}Territory"
check "Organization ⊑ org:Organization" align Organization subClassOf \
	http://www.w3.org/ns/org#Organization
check "Office ⊑ org:Post" align Office subClassOf http://www.w3.org/ns/org#Post
check "holds ⊑ org:holds" align holds subPropertyOf http://www.w3.org/ns/org#holds
check "Event ⊑ sem:Event" align Event subClassOf http://semanticweb.cs.vu.nl/2009/11/sem/Event
check "Role ⊑ skos:Concept" align Role subClassOf http://www.w3.org/2004/02/skos/core#Concept
check "SurveyResult ⊑ qb:Observation" align SurveyResult subClassOf \
	http://purl.org/linked-data/cube#Observation
check "Embassy ⊑ DiplomaticMission" align Embassy subClassOf "${RKG}DiplomaticMission"
check "Consulate ⊑ DiplomaticMission" align Consulate subClassOf "${RKG}DiplomaticMission"
for e in Visit Meeting Talks Agreement Recognition Support Cooperation Aid Statement Criticism \
	Apology Postponement Sanction Seizure Attack MilitaryPosture Annexation Succession \
	Election Policy; do
	align "$e" subClassOf "${RKG}Event" || bad_ev="${bad_ev:-} $e"
done
check "every event class ⊑ rkg:Event${bad_ev:+ (not:$bad_ev)}" test -z "${bad_ev:-}"
for r in HeadOfState HeadOfGovernment ForeignMinister Minister Diplomat OtherRole; do
	grep -q -F "<$RKG$r> <${RDF}type> <${RKG}Role>" "$tmp/nt" || bad_role="${bad_role:-} $r"
done
check "every role is an rkg:Role${bad_role:+ (not:$bad_role)}" test -z "${bad_role:-}"
for r in Favorable Unfavorable Neutral; do
	grep -q -F "<$RKG$r> <${RDF}type> <${RKG}Opinion>" "$tmp/nt" || bad_op="${bad_op:-} $r"
done
check "every opinion is an rkg:Opinion${bad_op:+ (not:$bad_op)}" test -z "${bad_op:-}"

# Every term of the ontology contract (v1) is declared: the contract's
# terms are never renamed or dropped.
contract="Agreement Aid Annexation Apology Article Attack Citation City Consulate Cooperation
Country Criticism Diplomat DiplomaticMission Dispute Election Embassy Event Favorable
ForeignMinister HeadOfGovernment HeadOfState Island Meeting MilitaryPosture Minister Neutral
Office OfficeTerm Organization OtherRole Person Policy Postponement Recognition Role Rule
Sanction Seizure Statement Succession Support Survey SurveyResult Talks Territory Treaty
Unfavorable Visit about administeredBy agent cameoCode citationNumber claimedBy concerns
conductedBy confidence context country date end extractedBy holder holds hostState
jurisdiction location office opinion partOf participant party percentage place
ploverCategory respondents result role sendingState start target"
missing=""
for t in $contract; do
	grep -qx "$t" "$tmp/declared" || missing="$missing $t"
done
check "every contract term is declared${missing:+ (missing:$missing)}" test -z "$missing"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
