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

# Appositions and lists: "NAME, a DEMONYM engineer", "NAME, the leader of";
# the second name of "his counterparts, A and B" and "the generals A and
# B"; "commander", "deputy" and "maharaja" before a name.  Not a place in
# apposition ("Lake Inari, a lake"), nor a name before a non-person noun.
cat > "$T/b.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Stockholm arrested Pekka Nurmi, a Finnish engineer, in 1990. The talks were led by Olof Berg, the leader of the Swedish delegation, in 1991. Relations soured when Jari Salo, an army officer who had deserted, fled to Umeå. The prime minister hosted his Finnish and Norwegian counterparts, Esko Aho and Gro Brundtland, in 1992. Helsinki protested the acquittal of the Swedish generals Nils Ek and Karl Dahl. The rebels freed the guerrilla commander Timo Lax and his former deputy Ville Rask. The ruler, Maharaja Ravi Dev, hoped to stay neutral. Lake Inari, a lake in Lapland, is shared. Kemi Harbour, a port of the region, was closed.
TXT
"$RELKG" extract -q -o ntriples -O "$T/b.nt" "$T/b.txt"
check "people in appositions, in lists after a phrase, after commander/deputy/maharaja; no lake or port" \
	"$(q "$T/b.nt" 'SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l')" \
	"Esko Aho;Gro Brundtland;Jari Salo;Karl Dahl;Nils Ek;Olof Berg;Pekka Nurmi;Ravi Dev;Timo Lax;Ville Rask;"

# Offices: a lower-case plural title right before names that each say
# their state ("foreign ministers A of X and B of Y"); a bare "Prime
# Minister X" in an article on a state that has had no prime minister
# since 1960 (Chile, office-states.tsv) is the other party's, as a bare
# "President X" where the other party is a monarchy.
cat > "$T/c.txt" <<'TXT'
Chile–New Zealand relations

Chile–New Zealand relations are the relations between Chile and New Zealand.

History

On 3 June 2001 foreign ministers Rosa Vial of Chile and Tom Reeve of New Zealand exchanged notes. Chile welcomed the visit. Prime Minister Helen Marsh praised the treaty in 2004. President Jorge Araya welcomed it.
TXT
"$RELKG" extract -q -o ntriples -O "$T/c.nt" "$T/c.txt"
check "a lower-case plural title before names with their states; Prime Minister only where one party has the post" \
	"$(q "$T/c.nt" 'SELECT ?l ?o WHERE { ?p rkg:holds ?x ; rdfs:label ?l . ?x rdfs:label ?o } ORDER BY ?l')" \
	"Helen Marsh,Prime Minister of New Zealand;Jorge Araya,President of Chile;Rosa Vial,Foreign Minister of Chile;Tom Reeve,Foreign Minister of New Zealand;"

# "TITLE NAME of the COUNTRY"; "travelled to the DEMONYM capital" (the
# visitor is the other party's); "The prime ministers, A of X and B of Y,
# met" (a comma after the plural title and after the list).
cat > "$T/d.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In 1925 President Tom Hale of the United States, acting as arbitrator, ruled on the islands. Following talks with Stockholm, Prime Minister Aino Rask travelled to the Swedish capital in 1972. The prime ministers, Eero Lind of Finland and Olle Berg of Sweden, met on 3 May 1990.
TXT
"$RELKG" extract -q -o ntriples -O "$T/d.nt" "$T/d.txt"
check "TITLE NAME of the COUNTRY; travelled to the DEMONYM capital; 'The prime ministers, A of X and B of Y,'" \
	"$(q "$T/d.nt" 'SELECT ?l ?o WHERE { ?p rkg:holds ?x ; rdfs:label ?l . ?x rdfs:label ?o } ORDER BY ?l')" \
	"Aino Rask,Prime Minister of Finland;Eero Lind,Prime Minister of Finland;Olle Berg,Prime Minister of Sweden;Tom Hale,President of United States;"

# More words before a name ("ruler", "chairman", "captain", "ayatollah",
# "counterpart", "successor,"), and an apposition without an article
# (", chairman of the committee").
cat > "$T/e.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The Swedish military ruler Nils Orm met party chairman Timo Sarv in 1975. Its captain, Lars Vik, was arrested. The revolution brought Ayatollah Ali Moradi to power. Sarv's successor, Paavo Kett, went to Umeå. The plan was made by Erik Dal, chairman of the border committee, and his Finnish counterpart Jussi Lahti.
TXT
"$RELKG" extract -q -o ntriples -O "$T/e.nt" "$T/e.txt"
check "ruler, chairman, captain, ayatollah, successor, counterpart before a name; ', chairman of'" \
	"$(q "$T/e.nt" 'SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l')" \
	"Ali Moradi;Erik Dal;Jussi Lahti;Lars Vik;Nils Orm;Paavo Kett;Timo Sarv;"

# A dictator, a filibuster or a strongman before a name; "X, the Swedish
# permanent representative" (Sweden's: not yet); "Prince" before a name is no part of it.
cat > "$T/f.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The two countries fought against the American filibuster Walter Wiik in 1856. In 1955 exiles invaded the north with the backing of the Swedish dictator Anders Stål. In July 2021 Olle Hult, the Swedish permanent representative to the United Nations, distributed a note. Prince Carl Philip visited Turku in May 2010.
TXT
"$RELKG" extract -q -o ntriples -O "$T/f.nt" "$T/f.txt"
check "dictator, filibuster before a name; ', the permanent representative'; no 'Prince' in the name" \
	"$(q "$T/f.nt" 'SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l')" \
	"Anders Stål;Carl Philip;Olle Hult;Walter Wiik;"

# More callings before a name, and passives only a person is the agent of:
# "the economist", "officer", "Secretary-General", "commanded by",
# "attended by", "their successors, A and B".  Not a lower-case word after
# them ("attended by the delegates").
cat > "$T/g.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In 1990 the UN Secretary-General, Rolf Ekeus, named the Danish economist Bent Haas as his envoy. A Swedish unit commanded by Per Lind crossed the river in 1808. The British officer Tom Gale trained the Finnish guard. The ceremony in 2001 was attended by Liisa Aho and by the delegates. Under their successors, Tarja Vaara and Olof Brand, relations warmed.
TXT
"$RELKG" extract -q -o ntriples -O "$T/g.nt" "$T/g.txt"
check "Secretary-General, economist, officer, commanded by, attended by, successors before names" \
	"$(q "$T/g.nt" 'SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l')" \
	"Bent Haas;Liisa Aho;Olof Brand;Per Lind;Rolf Ekeus;Tarja Vaara;Tom Gale;"

finish
