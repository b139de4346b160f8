#!/bin/sh
# Places found by the phrases around them, on invented sentences (each
# expected answer read off the text by hand): places changing hands or
# fought over, places named with their kind in a sentence about a
# contested border, and what is no place.
. tests/text_lib.sh
TERR='SELECT ?l WHERE { ?t a rkg:Territory ; rdfs:label ?l } ORDER BY ?l'
DISP='SELECT ?l ?c WHERE { ?d a rkg:Dispute ; rdfs:label ?l ; rkg:party ?p . ?p rdfs:label ?c } ORDER BY ?l ?c'

cat > "$T/a.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Finland and Sweden fought over Norrmark, Vesterby and Ostholm until 1920. In 1994 Finland handed the Alby, Brantvik and Kalla districts back to Sweden. Swedish troops took control of the Kvarn Glacier in April 1984. Finland administers the Lund Valley, Harju and Mora. In 1999 Sweden captured Stockholm and Tampere. The two states fought over Denmark in 1700.
TXT
"$RELKG" extract -q -o ntriples -O "$T/a.nt" "$T/a.txt"
check "places fought over, handed back in a list closed by 'districts', taken control of, administered" \
	"$(q "$T/a.nt" "$TERR")" \
	"Alby;Brantvik;Harju;Kalla;Kvarn Glacier;Lund Valley;Mora;Norrmark;Ostholm;Vesterby;"
check "a fight over places: one dispute over them all, between the subject's two states" \
	"$(q "$T/a.nt" "$DISP")" \
	"\"Dispute over Norrmark, Vesterby and Ostholm\",Finland;\"Dispute over Norrmark, Vesterby and Ostholm\",Sweden;"

cat > "$T/b.txt" <<'TXT'
Eritrea–Ethiopia relations

Eritrea–Ethiopia relations are the relations between Eritrea and Ethiopia.

History

A border dispute centred on the town of Badme led to a war. Both states claim the Zalambessa area. The Adwa region is known for its churches. The town of Mekelle hosted talks on the border. Tourists visit the Simien plateau.
TXT
"$RELKG" extract -q -o ntriples -O "$T/b.nt" "$T/b.txt"
check "'the town of X' and 'the X area' where the sentence speaks of a dispute or claim; not elsewhere, nor a city" \
	"$(q "$T/b.nt" "$TERR")" \
	"Badme;Zalambessa;"

cat > "$T/c.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Fighting resumed in May 1995 in the upper Narva valley. In April 2011 the fighting spread to the Kivi and Ta Lumi temples. Swedish forces overran the Finnish province of Alvar in 1941. The dispute concerned the provinces of Borga and Kemi. In 1940 Finland was forced to hand Western Karelia to Sweden. Sweden wanted to hand Nokia to investors.
TXT
"$RELKG" extract -q -o ntriples -O "$T/c.nt" "$T/c.txt"
check "after fighting: 'the upper X valley', 'the A and B temples', 'the DEMONYM province of X', 'the provinces of A and B'; 'hand X to STATE', not 'hand X to investors'" \
	"$(q "$T/c.nt" "$TERR")" \
	"Alvar;Borga;Kemi;Kivi;Narva;Ta Lumi;Western Karelia;"

cat > "$T/d.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Relations soon became strained over Kivi Vihar, a Lappish temple on the border. Tensions over the economy grew in 1990. Other disputed areas along the border include Harsk, Mulla and Taavi. There was a territorial dispute over the Alby region and over the provinces of Norra and Sodra.
TXT
"$RELKG" extract -q -o ntriples -O "$T/d.nt" "$T/d.txt"
check "strain over a place told one by its apposition; 'disputed areas ... include A, B and C'; 'over X and over the provinces of A and B': a dispute each, the article's two its parties" \
	"$(q "$T/d.nt" 'SELECT ?l WHERE { ?d a rkg:Dispute ; rkg:concerns ?t ; rkg:party ?f , ?s . ?t rdfs:label ?l . ?f rdfs:label "Finland"@en . ?s rdfs:label "Sweden"@en } ORDER BY ?l')" \
	"Alby;Harsk;Kivi Vihar;Mulla;Norra;Sodra;Taavi;"

# A place named in apposition with its kind ("Vorukh, a Tajik exclave")
# in a sentence calling something contested: a territory, and a dispute of
# the article's two where it names no other; "which X claimed" makes X
# the claimant.  Not a place in a sentence of no contest.
cat > "$T/e.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The old line left contested plots, the best known being Lumo, a Finnish exclave in Lapland. Hella, a Swedish village near the coast, hosts a fair.
TXT
"$RELKG" extract -q -o ntriples -O "$T/e.nt" "$T/e.txt"
check "'X, a DEMONYM exclave' where plots are contested: a territory and the two states' dispute" \
	"$(q "$T/e.nt" 'SELECT ?l (COUNT(?p) AS ?n) WHERE { ?d a rkg:Dispute ; rkg:concerns ?t ; rkg:party ?p . ?t rdfs:label ?l } GROUP BY ?l')" \
	"Lumo,2;"
cat > "$T/f.txt" <<'TXT'
Finland–Norway relations

Finland–Norway relations are the relations between Finland and Norway.

History

The Halti peninsula, which Sweden claimed, remained under observers until 2002.
TXT
"$RELKG" extract -q -o ntriples -O "$T/f.nt" "$T/f.txt"
check "'the X peninsula, which STATE claimed': the claimant its party" \
	"$(q "$T/f.nt" 'SELECT ?l ?c WHERE { ?d a rkg:Dispute ; rkg:concerns ?t ; rkg:party ?p . ?t rdfs:label ?l . ?p rdfs:label ?c }')" \
	"Halti,Sweden;"

# "US$6 million" is money, no mention of the United States.
cat > "$T/g.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Sweden agreed in 2003 to pay about US$6 million in compensation to Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/g.nt" "$T/g.txt"
check "'US\$6 million': no country" \
	"$(q "$T/g.nt" 'SELECT ?l WHERE { ?c a rkg:Country ; rdfs:label ?l } ORDER BY ?l')" \
	"Finland;Sweden;"

# Places named with their kind in a sentence about a contested border:
# the kind written into the name ("the Gulf of X", "the X River") when the
# sentence calls it disputed or the article comes back to it, not a river
# named once along a border; a kind after a lower-case word ("the X sea
# block", "the X border post"); a name with a joined article kept whole.
cat > "$T/k.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The two countries share a border along the Muonio River. The maritime boundary in the Gulf of Kvarken was never agreed. Talks on the Gulf of Kvarken failed in 1990. A ruling in 1995 fed a new dispute over the Storgrund sea block. In 1996 Finnish and Swedish patrols clashed at the al-Qalaa border post.
TXT
"$RELKG" extract -q -o ntriples -O "$T/k.nt" "$T/k.txt"
check "places named with their kind: Gulf of X, X sea block, al-X border post; no river named once" \
	"$(q "$T/k.nt" 'SELECT ?l WHERE { ?t a rkg:Territory ; rdfs:label ?l } ORDER BY ?l')" \
	"Gulf of Kvarken;Storgrund;al-Qalaa;"
check "a dispute over the X sea block" \
	"$(q "$T/k.nt" 'SELECT ?l WHERE { ?d a rkg:Dispute ; rkg:concerns ?t . ?t rdfs:label ?l }')" \
	"Storgrund;"

# An article of two states that names no dispute, but places at issue
# between them: one dispute of the two over those named in sentences
# naming no third state (not the place a third state annexed).
cat > "$T/l.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In 1996 Finnish and Swedish patrols clashed at the Storgrund border post. In 1990 Norway annexed Varangerland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/l.nt" "$T/l.txt"
check "no dispute told: one of the two over the places at issue between them" \
	"$(q "$T/l.nt" 'SELECT ?l ?c WHERE { ?d a rkg:Dispute ; rkg:concerns ?t ; rkg:party ?p . ?t rdfs:label ?l . ?p rdfs:label ?c } ORDER BY ?l ?c')" \
	"Storgrund,Finland;Storgrund,Sweden;"

finish
