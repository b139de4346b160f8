#!/bin/sh
# The cities lexicon (data/lexicon/cities.tsv, made by scripts/gen-cities.py
# from tzdata and cities-extra.tsv) is general and balanced: no country
# dominates it, it names no capital or country, and the gazetteer finds
# cities of every continent with their country.
RELKG=${RELKG:-bin/relkg}
L=data/lexicon
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass + 1)); echo "ok $1"; else fail=$((fail + 1)); echo "FAIL $1: got '$2', want '$3'"; fi; }

grep -v '^#' $L/cities.tsv > "$T/cities"
total=$(wc -l < "$T/cities")
check "the list is a world list (at least 200 cities)" "$([ "$total" -ge 200 ] && echo yes)" yes
countries=$(cut -f2 "$T/cities" | sort -u | wc -l)
check "cities of at least 80 countries" "$([ "$countries" -ge 80 ] && echo yes)" yes
top=$(cut -f2 "$T/cities" | sort | uniq -c | sort -rn | head -1 | awk '{print $1}')
check "no country holds more than 5% of the cities" \
	"$([ $((top * 100)) -le $((total * 5)) ] && echo yes)" yes
check "every country code is in countries.tsv" \
	"$(cut -f2 "$T/cities" | sort -u | while read -r c; do grep -q "^$c	" $L/countries.tsv || echo "$c"; done)" ""
# capitals, names, aliases and demonyms of countries.tsv, one a line
grep -v '^#' $L/countries.tsv | cut -f2-5 | tr '\t|' '\n\n' | grep . | sort -u > "$T/taken"
check "no city is a capital or a country's name or demonym" \
	"$(cut -f1 "$T/cities" | sort -u | comm -12 - "$T/taken" | tr '\n' ' ')" ""
check "one line per city name" "$(cut -f1 "$T/cities" | sort | uniq -d | tr '\n' ' ')" ""
check "no common word or surname among the cities" \
	"$(cut -f1 "$T/cities" | grep -x -E 'Nice|Reading|Mobile|Victoria|Bismarck|Darwin|Austin|Medina|Florence|Columbus|Phoenix|Halifax|Kirov|Regina|Constantine' | tr '\n' ' ')" ""
grep -v '^#' $L/cities-extra.tsv | awk -F'\t' '$1 == "add" {print $2 "\t" $3}' | sort -u > "$T/adds"
check "every city cities-extra.tsv adds is in cities.tsv" \
	"$(sort "$T/cities" | comm -13 - "$T/adds" | tr '\n\t' '; ')" ""
if [ -r /usr/share/zoneinfo/zone.tab ] && [ -x /usr/bin/python3 ]; then
	# zone.tab changes with tzdata releases: the output may differ a little,
	# but the generator must run and keep the added cities
	/usr/bin/python3 scripts/gen-cities.py > "$T/gen" 2> /dev/null
	check "the generator runs and keeps the added cities" \
		"$?:$(grep -v '^#' "$T/gen" | sort | comm -13 - "$T/adds" | tr '\n\t' '; ')" "0:"
fi

# cities of five continents, found in running text with their country
printf 'Brazil–Nigeria relations\n\nThe two presidents met in Lagos in 2005 and in São Paulo in 2008. Trade fairs were later held in Mumbai, Hamburg and Sydney, and talks in Ho Chi Minh City.\n' > "$T/a.txt"
"$RELKG" extract -o ntriples --output "$T/a.nt" "$T/a.txt"
got=$("$RELKG" query -q -r csv -e 'SELECT ?c ?l WHERE { ?x a rkg:City ; rdfs:label ?c ; rkg:country ?y . ?y rdfs:label ?l } ORDER BY ?c' "$T/a.nt" | tr -d '\r' | sed 1d | tr '\n' ';')
check "cities of five continents with their countries" "$got" \
	"Hamburg,Germany;Ho Chi Minh City,Vietnam;Lagos,Nigeria;Mumbai,India;Sydney,Australia;São Paulo,Brazil;"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
