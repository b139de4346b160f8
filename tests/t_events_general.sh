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

# A place taken is occupied (Annexation, CAMEO 192), a boat or a person
# taken is seized (Seizure, 171): "captured the port city of X", "captured
# most of the region"; not "captured a boat in the waters around" a named
# island, nor "captured its pilot".
cat > "$T/b.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Swedish troops captured the port city of Oulu in May 1808. In June 1809 the Finnish army captured most of the region. On 16 August 2006 Swedish coast guards captured a fishing boat in the waters around the Åland Islands. On 2 March 2019 Finland captured its pilot.
TXT
"$RELKG" extract -q -o ntriples -O "$T/b.nt" "$T/b.txt"
check "captured a place: Annexation; a boat or a person: Seizure" \
	"$(q "$T/b.nt" 'SELECT ?c ?d WHERE { ?e a ?k ; rkg:date ?d . FILTER(?k IN (rkg:Annexation, rkg:Seizure)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Annexation,1808-05;Annexation,1809-06;Seizure,2006-08-16;Seizure,2019-03-02;"

# A year modifying another noun than the trigger ("declared the 1948
# treaty void ... on 17 September 1980") dates that noun, not the event.
cat > "$T/c.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

President Urho Kekkonen declared the 1948 treaty void in a speech to parliament on 17 September 1980.
TXT
"$RELKG" extract -q -o ntriples -O "$T/c.nt" "$T/c.txt"
check "an attributive year of another noun is not the event's date" \
	"$(q "$T/c.nt" 'SELECT ?d WHERE { ?e a rkg:Statement ; rkg:date ?d }')" \
	"1980-09-17;"

# Elections and accessions told by a noun or with the person chosen as
# object: "the election of X as president in April 1999", "the accession
# of X to the throne in July 1999", "brought X to power"; the person is
# the agent.  Not an envoy "appointed" (no office the gold files count),
# nor a noun without a date of its own part ("shortly after the election
# of X").
cat > "$T/d.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

President Urho Kekkonen met Prime Minister Carl Bildt and President Mauno Koivisto in 1970.

Neither the election of Urho Kekkonen as Finnish president in April 1956 nor the accession of Carl Bildt to the Swedish throne in July 1950 changed the treaty. In August 1982 Finland appointed former prime minister Mauno Koivisto as its envoy in Stockholm. After the crisis brought Carl Bildt to power in May 1951, the border was opened. In 1983 Sweden appointed a commission to study the claims of Mauno Koivisto. Relations were established in 1984, shortly after the election of Mauno Koivisto as president.
TXT
"$RELKG" extract -q -o ntriples -O "$T/d.nt" "$T/d.txt"
check "the person elected or crowned is the agent" \
	"$(q "$T/d.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a . ?a rdfs:label ?l . OPTIONAL { ?e rkg:date ?d } FILTER(?k IN (rkg:Election, rkg:Succession)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Succession,Carl Bildt,1950-07;Succession,Carl Bildt,1951-05;Election,Urho Kekkonen,1956-04;"

# Talks told in more ways: "talks in X between A and B", talks that
# "resumed" with a date of their own (the two states'), "negotiated", a
# third state that "mediated".  Not an offer to mediate (a statement),
# nor "stepped in as mediator".
cat > "$T/e.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In April 1988, following talks in Oulu between Foreign Minister Kalevi Sorsa and Foreign Minister Sten Andersson, the border was opened. Exploratory talks resumed in Turku on 25 January 2021 after a pause of five years. In July 2009 Sweden negotiated an agreement with Norway on fishing. In 1992 Denmark mediated between the two governments. In 2019 Norway offered to mediate. In 2011 Estonia stepped in as mediator.
TXT
"$RELKG" extract -q -o ntriples -O "$T/e.nt" "$T/e.txt"
check "talks between, talks resumed, negotiated, mediated; not offered to mediate, nor as mediator" \
	"$(q "$T/e.nt" 'SELECT ?d (COUNT(DISTINCT ?a) AS ?n) (MIN(?l) AS ?first) WHERE { ?e a rkg:Talks ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } GROUP BY ?d ORDER BY STR(?d)')" \
	"1988-04,2,Kalevi Sorsa;1992,1,Denmark;2009-07,1,Sweden;2021-01-25,2,Finland;"

# Protest voiced by a state named after "from" ("drew protests from X");
# a court's or panel's finding ("the court found that") is a statement,
# a survey's finding in percentages is not.
cat > "$T/f.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

President Sauli Niinistö's proposal in October 2018 to move the embassy drew protests from Sweden. Finland filed an application at the International Court of Justice on 18 November 2010, and on 16 December 2015 the court found that Sweden had violated the border. A 2006 survey by the Pew Research Center found that 71% of Finns held an unfavourable view of Sweden.
TXT
"$RELKG" extract -q -o ntriples -O "$T/f.nt" "$T/f.txt"
check "protests from a state; a court's finding is a statement, a survey's is not" \
	"$(q "$T/f.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?k IN (rkg:Statement, rkg:Criticism)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Criticism,Finland,2010-11-18;Statement,International Court of Justice,2015-12-16;Criticism,Sweden,2018-10;"

# One act told with two dates of its own joined by "and", nothing but a
# new object or place between ("held talks in X in March 2001 and at Y in
# April 2001"): two events.  Not when the second date opens a clause of
# its own ("and in June 1991 Sweden recalled ...").
cat > "$T/g.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Prime Minister Carl Bildt and President Mauno Koivisto held talks in Stockholm in March 2001 and at Turku, Finland, in April 2001, without reaching agreement. President Mauno Koivisto visited Stockholm in May 1990 and in June 1991 Sweden recalled its ambassador.
TXT
"$RELKG" extract -q -o ntriples -O "$T/g.nt" "$T/g.txt"
check "an act told again with another date after 'and' is a second event" \
	"$(q "$T/g.nt" 'SELECT ?c ?d WHERE { ?e a ?k ; rkg:date ?d . FILTER(?k IN (rkg:Talks, rkg:Visit)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Visit,1990-05;Talks,2001-03;Talks,2001-04;"

# A past verb right after a year is a verb ("a rapprochement in 2018
# restored diplomatic relations", "in March 2005 visited"), not a
# participle after a number ("two abducted couples").
cat > "$T/h.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

A rapprochement in 2018 restored diplomatic relations. President Mauno Koivisto dispatched warships to the area and in March 2005 visited Åland near the disputed waters.
TXT
"$RELKG" extract -q -o ntriples -O "$T/h.nt" "$T/h.txt"
check "a verb after a year is no participle" \
	"$(q "$T/h.nt" 'SELECT ?c ?d WHERE { ?e a ?k ; rkg:date ?d . FILTER(?k IN (rkg:Recognition, rkg:Visit)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Visit,2005-03;Recognition,2018;"

# Military and humanitarian aid told by what was sent: weapons, arms,
# military equipment, tanks, rescue teams.
cat > "$T/i.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Sweden supplied advisers and weapons to Finland in 1940. Finland sent rescue teams and medical aid to Sweden in February 2023. In May 2024 Sweden delivered its first tanks to Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/i.nt" "$T/i.txt"
check "aid told by what was sent" \
	"$(q "$T/i.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Aid ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Sweden,1940;Finland,2023-02;Sweden,2024-05;"

# Postponing told of any planned thing: "delayed the signing of", "cut
# the trip short", "was postponed" (by no one named).
cat > "$T/j.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

President Mauno Koivisto visited Sweden in February 1979, though he cut the trip short when Norway closed its border. In October 2018 Finland delayed the signing of a trade agreement with Sweden. A state visit to Sweden by President Mauno Koivisto planned for the spring of 2020 was postponed.
TXT
"$RELKG" extract -q -o ntriples -O "$T/j.nt" "$T/j.txt"
check "delayed, cut short, was postponed" \
	"$(q "$T/j.nt" 'SELECT ?l WHERE { ?e a rkg:Postponement . OPTIONAL { ?e rkg:agent ?a . ?a rdfs:label ?x } BIND(COALESCE(?x, "-") AS ?l) } ORDER BY ?l')" \
	"-;Finland;Mauno Koivisto;"

finish
