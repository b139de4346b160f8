#!/bin/sh
# People read off invented sentences by the whole pipeline (each expected
# answer read off the text by hand): names after a military rank or a
# calling, "the cabinets of X and Y", "a meeting between X and Y"; no
# person made of a lower-case "general" or a country.
. tests/text_lib.sh

cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Swedish forces commanded by General Erik Lund crossed the border in 1809. The Finnish actress Aino Koski had praised the king. The cabinets of Matti Vanhanen and Göran Persson met in Turku in 2005. A meeting between Lars Holm and Vanhanen in 2006 brought nothing. In general Finland and Sweden agree. Talks between Finland and Sweden followed.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "a rank, a calling, 'the cabinets of', 'a meeting between' before names" \
	"$(q "$T/a.nt" 'SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l')" \
	"Aino Koski;Erik Lund;Göran Persson;Lars Holm;Matti Vanhanen;"

finish
