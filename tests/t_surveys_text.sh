#!/bin/sh
# Surveys and treaties read off invented sentences by the whole pipeline
# (each expected answer read off the text by hand): a sentence going on
# with a poll's figures at a later year ("By 2016 only 11% of ...") is
# the same pollster's; not so in another paragraph, nor without a
# percentage.  Described treaties end before "signed" and take the date
# of "signed ... on DATE" after them.
. tests/text_lib.sh

cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

Public opinion

A 2006 survey by the Nordic Opinion Institute found that 61% of Finns held a favourable view of Sweden. By 2016 only 41% of Finns expressed a favourable opinion of Sweden, against 52% who were unfavourable.

By 2019 relations had improved, and 30% of trade went through Haparanda.

History

The terms were formalised in a treaty on the state frontier and fishing rights signed in Tornio on 13 June 1975. A treaty on the state border, signed in March 2025, settled the last sections.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "a later year's figures go on with the poll named before, in its paragraph only" \
	"$(q "$T/a.nt" 'SELECT ?y ?p ?o WHERE { ?s a rkg:Survey ; rkg:date ?y ; rkg:result ?r . ?r rkg:percentage ?p ; rkg:opinion ?x . BIND(REPLACE(STR(?x), "^.*#", "") AS ?o) } ORDER BY STR(?y) ?p')" \
	"2006,61.0,Favorable;2016,41.0,Favorable;2016,52.0,Unfavorable;"
check "described treaties end before 'signed' and take its date" \
	"$(q "$T/a.nt" 'SELECT ?l ?d WHERE { ?t a rkg:Treaty ; rdfs:label ?l ; rkg:date ?d } ORDER BY ?l')" \
	"treaty on the state border,2025-03;treaty on the state frontier and fishing rights,1975-06-13;"

finish
