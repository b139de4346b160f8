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

# A treaty its sentence dates and says was signed is an agreement of its
# parties when no trigger told one ("Under the Treaty of X, signed on
# DATE, ..."); not a treaty merely named, nor one told again after a
# trigger told its signing, nor one "never signed".
cat > "$T/s.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Under the Treaty of Oulu, signed on 2 May 1810, Sweden ceded the islands to Finland. The Treaty of Oulu was often cited later. Finland and Sweden signed the Treaty of Kemi on 4 June 1920. The Treaty of Kemi, signed in June 1920, ended the quarrel. The Treaty of Luleå of 1930 between Finland and Sweden was never signed.
TXT
"$RELKG" extract -q -o ntriples -O "$T/s.nt" "$T/s.txt"
check "a treaty signed on a date is its parties' agreement, once; not one never signed" \
	"$(q "$T/s.nt" 'SELECT ?d (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a rkg:Agreement ; rkg:date ?d ; rkg:agent ?a } GROUP BY ?d ORDER BY STR(?d)')" \
	"1810-05-02,2;1920-06-04,2;"

finish
