#!/bin/sh
# Events told in constructions common to many texts, read off invented
# sentences by the whole pipeline (each expected answer read off the text
# by hand).  Each case stands for a cause of misses counted over the
# probes, not for one text's wording.
. tests/text_lib.sh

# An agreement signed in the passive with words between the noun and
# "was signed", or in a reduced relative with a date of its own: the
# article's two states sign it.  Not an agreement "signed" without a date
# of its own in the sentence ("the treaty signed there").
cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

A special agreement on the fishing grounds was signed in Oulu on 31 May 1997. Under a convention signed in Umeå in November 2003, tariffs fell. A new protocol on the recruitment and protection of seasonal workers was signed in Turku on 1 April 2022. Historians still argue about the treaty signed there.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "passive and reduced-relative signing: the article's two states, dated by the sentence" \
	"$(q "$T/a.nt" 'SELECT ?d (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a rkg:Agreement ; rkg:agent ?a . OPTIONAL { ?e rkg:date ?d } } GROUP BY ?d ORDER BY STR(?d)')" \
	"1997-05-31,2;2003-11,2;2022-04-01,2;"

finish
