#!/bin/sh
# Treaties read off invented sentences by the whole pipeline (each expected
# answer read off the text by hand): a declaration signed by "the two
# governments" is theirs, a name's leading "A" is no part of it, and a
# body named after a treaty is no treaty; a state's own declaration is its
# alone.
. tests/text_lib.sh

cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Both belong to the Baltic Cooperation Treaty Organization. On 17 February 1995 the two governments signed the Kemi Peace Declaration in Oslo. A Treaty of Commerce and Navigation was signed on 3 March 1996. In 1997 Finland issued the Helsinki Declaration on neutrality.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "a declaration signed by the two governments has the article's parties; no leading 'A'; no 'Treaty Organization'; a state's own declaration has it alone" \
	"$(q "$T/a.nt" 'SELECT ?l (COUNT(?p) AS ?n) WHERE { ?t a rkg:Treaty ; rdfs:label ?l . OPTIONAL { ?t rkg:party ?p } } GROUP BY ?l ORDER BY ?l')" \
	"Helsinki Declaration,1;Kemi Peace Declaration,2;Treaty of Commerce and Navigation,2;"

finish
