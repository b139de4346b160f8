#!/bin/sh
# Events read off invented sentences by the whole pipeline (each expected
# answer read off the text by hand): clashes and fighting the sentence
# dates, exchanges of fire, agreements secured or agreed in the passive,
# and two events of one sentence with dates of their own kept apart.
. tests/text_lib.sh
EV='SELECT ?c ?d (COUNT(?a) AS ?n) WHERE { ?e a ?k ; rkg:date ?d ; rkg:agent ?a . FILTER(?k IN (rkg:Attack, rkg:Agreement)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } GROUP BY ?c ?d ORDER BY ?c STR(?d)'

cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Soldiers from both sides exchanged fire on 15 October 2008, and there were further clashes in April 2009. After clashes near Kemi in July 2010, Sweden launched an offensive on 27 September 2010. An implementation plan was agreed on 12 March 2013. Foreign Minister Anna Berg secured an agreement on 22 February 2014. Finland revoked the 2014 security agreement. Border clashes have been frequent.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "dated clashes and exchanges of fire are the two states'; an offensive after clashes is its own; 'was agreed', 'secured an agreement'; not 'security agreement', nor undated clashes" \
	"$(q "$T/a.nt" "$EV")" \
	"Agreement,2013-03-12,2;Agreement,2014-02-22,1;Attack,2008-10-15,2;Attack,2009-04,2;Attack,2010-07,2;Attack,2010-09-27,1;"

finish
