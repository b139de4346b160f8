#!/bin/sh
# The state of an office title the text does not name, on invented
# articles (each expected answer read off the text by hand): a monarch's
# title is never an office of a state that has never had a monarch
# (office-states.tsv), so "King X" in a Netherlands–United States article
# is the Netherlands'; a people's adjective after "of" qualifies what
# follows, not the title ("Prime Minister X of Danish and German plans").
. tests/text_lib.sh

cat > "$T/a.txt" <<'TXT'
Netherlands–United States relations

Netherlands–United States relations are the relations between the Netherlands and the United States.

History

King Willem Roos praised the United States in 1982.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "a king is never an office of a born republic: the other party's" \
	"$(q "$T/a.nt" 'SELECT ?l ?o WHERE { ?p rkg:holds ?x ; rdfs:label ?l . ?x rdfs:label ?o } ORDER BY ?l')" \
	"Willem Roos,King of Netherlands;"

cat > "$T/b.txt" <<'TXT'
Finland–Norway relations

Finland–Norway relations are the relations between Finland and Norway.

History

On 2 March 1940 the envoy flew to Oslo and warned Prime Minister Johan Nygaard of Danish and German plans.
TXT
"$RELKG" extract -q -o ntriples -O "$T/b.nt" "$T/b.txt"
check "'of' and a people's adjective does not name the title's state" \
	"$(q "$T/b.nt" 'SELECT ?o WHERE { ?p rdfs:label "Johan Nygaard"@en ; rkg:holds ?x . ?x rdfs:label ?o }')" \
	""
check "... the holder is still a person" \
	"$(q "$T/b.nt" 'SELECT ?p WHERE { ?p a rkg:Person ; rdfs:label "Johan Nygaard"@en }')" \
	"https://w3id.org/relkg/id/person/johan-nygaard;"

finish
