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

# Visits told without "visit": "travelled by train to", "flew to", "went
# to", "toured", "was received in", "returned the visit", "made a stop
# in", "chose X for his first trip" (the irregular "chose").  Not "went
# to war" (an attack), nor a country "going to" court.
cat > "$T/b.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Prime Minister Matti Vanhanen travelled by train to Stockholm on 3 March 2005. Göran Persson flew to Helsinki on 9 May 2005. Tarja Halonen went to Uppsala in June 2006. Carl Bildt toured Lapland in July 2006. Paavo Lipponen was received in Malmö in August 2007. Fredrik Reinfeldt returned the visit in September 2007. Sauli Niinistö made an unscheduled stop in Kiruna on 2 October 2008. Sanna Marin chose Stockholm for her first trip abroad in January 2020. In 1808 Sweden went to war with Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/b.nt" "$T/b.txt"
check "visits told by travelled/flew/went to, toured, was received in, returned the visit, made a stop in, chose X for a trip" \
	"$(q "$T/b.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Visit ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Matti Vanhanen,2005-03-03;Göran Persson,2005-05-09;Tarja Halonen,2006-06;Carl Bildt,2006-07;Paavo Lipponen,2007-08;Fredrik Reinfeldt,2007-09;Sauli Niinistö,2008-10-02;Sanna Marin,2020-01;"

# Attacks and sanctions told by verbs the lexicon lacked: "shelled",
# "besieged", "struck targets in", "defeated the forces of"; "sanctioned",
# closing crossings, consulates or airspace, banning imports or
# applications, expelling a high commissioner; "ordered the closure of"
# is the subject's own act (a definite noun otherwise takes up one told
# before).  Not "the closure" that someone merely regretted.
cat > "$T/c.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Sweden shelled Tornio on 2 March 1808. Finland besieged Umeå in April 1809. On 5 May 1810 Sweden struck targets in Finland. In 1811 Finland defeated the forces of Sweden near Oulu. The European Union sanctioned Sweden in June 1990. Finland closed its border crossings with Sweden on 8 July 1991. In August 1992 Sweden ordered the closure of the Finnish consulate in Luleå. Finland banned imports from Sweden in September 1993. In October 1994 Sweden expelled the Finnish high commissioner. Finland regretted the closure of the consulate in 1995.
TXT
"$RELKG" extract -q -o ntriples -O "$T/c.nt" "$T/c.txt"
check "shelled, besieged, struck targets, defeated forces; sanctioned, closed crossings, ordered the closure, banned imports, expelled a high commissioner" \
	"$(q "$T/c.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?k IN (rkg:Attack, rkg:Sanction)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Attack,Sweden,1808-03-02;Attack,Finland,1809-04;Attack,Sweden,1810-05-05;Attack,Finland,1811;Sanction,European Union,1990-06;Sanction,Finland,1991-07-08;Sanction,Sweden,1992-08;Sanction,Finland,1993-09;Sanction,Sweden,1994-10;"

# "in October of that year", "in May of the same year": the month of the
# year the sentence or paragraph told before.
cat > "$T/d.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The treaty was signed in Oulu on 12 August 1978, and in October of that year Tarja Halonen visited Stockholm. Sweden and Finland signed a trade agreement in 1981. In May of the same year Carl Bildt visited Helsinki.
TXT
"$RELKG" extract -q -o ntriples -O "$T/d.nt" "$T/d.txt"
check "'in October of that year', 'In May of the same year'" \
	"$(q "$T/d.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Visit ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Tarja Halonen,1978-10;Carl Bildt,1981-05;"

# Policies and lawsuits: "declared a state of emergency", "declared an air
# defence zone", "promulgated the law"; "instituted proceedings against",
# "filed a case against" (CAMEO 115).
cat > "$T/e.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

On 3 March 2001 Sweden declared a state of emergency in the border regions. In May 2002 Finland declared an air defence identification zone over the gulf. In 2003 Sweden promulgated the law creating the district of Kiruna. In 2004 Finland instituted proceedings against Sweden before the International Court of Justice. In 2005 Sweden filed a case against Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/e.nt" "$T/e.txt"
check "states of emergency, zones and laws are policies; proceedings and cases against a state are CAMEO 115" \
	"$(q "$T/e.nt" 'SELECT ?c ?l ?d ?k WHERE { ?e a ?x ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . OPTIONAL { ?e rkg:cameoCode ?k } FILTER(?x IN (rkg:Policy, rkg:Criticism)) BIND(REPLACE(STR(?x), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Policy,Sweden,2001-03-03,;Policy,Finland,2002-05,;Policy,Sweden,2003,;Criticism,Finland,2004,115;Criticism,Sweden,2005,115;"

# A gerund after a comma acts for the person the clause is about ("X paid
# a visit to Y in 2019, signing agreements on trade"); not for a place
# ("a bomb exploded in Stockholm, killing four").
cat > "$T/f.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

President Tarja Halonen paid a state visit to Sweden in March 2019, signing agreements on trade and railways. On 9 May 2020 a bomb exploded outside the Finnish embassy in Stockholm, killing four people.
TXT
"$RELKG" extract -q -o ntriples -O "$T/f.nt" "$T/f.txt"
check "', signing agreements' is the visitor's agreement; ', killing four' after a bomb is nobody's" \
	"$(q "$T/f.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?x ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?x IN (rkg:Agreement, rkg:Attack)) BIND(REPLACE(STR(?x), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Agreement,Tarja Halonen,2019-03;"

# More policies: granting visas, status or asylum, revoking a status,
# abrogating a treaty, introducing a currency, a pardon (by its giver).
cat > "$T/g.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In March 2006 Sweden granted temporary protection visas to 42 asylum seekers. On 5 August 2009 Finland revoked the special status of the islands. In April 1969 Sweden abrogated the treaty. Finland introduced its own currency in November 1997. In August 2012 the officer was pardoned by Sweden.
TXT
"$RELKG" extract -q -o ntriples -O "$T/g.nt" "$T/g.txt"
check "granted visas, revoked a status, abrogated a treaty, introduced a currency, pardoned by: policies" \
	"$(q "$T/g.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Policy ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Sweden,1969-04;Finland,1997-11;Sweden,2006-03;Finland,2009-08-05;Sweden,2012-08;"

# "NAME, who became President in DATE, ...": the name before the comma
# and the relative pronoun takes office.
cat > "$T/h.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Tarja Halonen, who became President of Finland in March 2000, visited Stockholm in 2001.
TXT
"$RELKG" extract -q -o ntriples -O "$T/h.nt" "$T/h.txt"
check "', who became President': a succession of the name before" \
	"$(q "$T/h.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Succession ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l }')" \
	"Tarja Halonen,2000-03;"

# Visits told by attending an inauguration, a swearing-in or a funeral,
# and by "returned to" a place; "returned to power" is a succession.
cat > "$T/i.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Tarja Halonen attended the inauguration of the king in Stockholm on 4 September 2003. Göran Persson attended the swearing-in of Halonen in Helsinki on 1 March 2006. In May 2010 Carl Bildt returned to Helsinki with ten ministers. In 2012 Paavo Lipponen returned to power.
TXT
"$RELKG" extract -q -o ntriples -O "$T/i.nt" "$T/i.txt"
check "attended an inauguration or swearing-in, returned to a city: visits; returned to power: a succession" \
	"$(q "$T/i.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?x ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?x IN (rkg:Visit, rkg:Succession)) BIND(REPLACE(STR(?x), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Visit,Tarja Halonen,2003-09-04;Visit,Göran Persson,2006-03-01;Visit,Carl Bildt,2010-05;Succession,Paavo Lipponen,2012;"

# A person who hosted or received people met them: "X hosted A and B in
# PLACE", "X received Y in PLACE"; not a country hosting a championship.
cat > "$T/j.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

On 24 June 2011 President Tarja Halonen hosted Prime Minister Göran Persson and Carl Bildt in Turku. Persson received Halonen in Stockholm in May 2012. Finland hosted the championship in 2013.
TXT
"$RELKG" extract -q -o ntriples -O "$T/j.nt" "$T/j.txt"
check "hosted and received people: meetings of the host" \
	"$(q "$T/j.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Meeting ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Tarja Halonen,2011-06-24;Göran Persson,2012-05;"

# Sanctions extended to others; relations broken, also in the progressive
# ("was breaking relations": no passive, no gerund).
cat > "$T/k.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In November 2021 Sweden extended sanctions to the Finnish defence forces. On 23 February 2019 the president announced that Finland was breaking relations with Sweden.
TXT
"$RELKG" extract -q -o ntriples -O "$T/k.nt" "$T/k.txt"
check "extended sanctions, breaking relations" \
	"$(q "$T/k.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Sanction ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d)')" \
	"Finland,2019-02-23;Sweden,2021-11;"

# An event told again ("met ... in September 1974 and again at Umeå in
# April 1975", "In 1976, and again in 1978, Sweden concentrated troops")
# is two; ", meeting President X" after a visit is a meeting of the
# visitor; attending celebrations abroad is a visit; "retook", "fired
# missiles at" are attacks; talks after clashes take the date the
# clashes did not ("Clashes ... in October 1959 were followed by talks
# ... in April 1960").
cat > "$T/l.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Prime Minister Matti Vanhanen met President Göran Persson at Turku in September 1974 and again at Umeå in April 1975. In 1976, and again in 1978, Sweden concentrated troops near the frontier. Persson made an official visit to Helsinki on 12 February 2010, meeting President Tarja Halonen. President Tarja Halonen attended the independence celebrations in Stockholm in June 2011. Finnish forces retook Kemi on 24 May 1942. In March 2022 the Swedish army fired missiles at Oulu. Clashes at Kemi in October 1959 were followed by talks between Halonen and Persson in Stockholm in April 1960.
TXT
"$RELKG" extract -q -o ntriples -O "$T/l.nt" "$T/l.txt"
check "told again, meeting after a visit, attending celebrations, retook, fired missiles, the date the clashes left" \
	"$(q "$T/l.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?k IN (rkg:Attack, rkg:Meeting, rkg:MilitaryPosture, rkg:Visit, rkg:Talks)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d) ?c ?l')" \
	"Attack,Finland,1942-05-24;Attack,Finland,1959-10;Attack,Sweden,1959-10;Talks,Göran Persson,1960-04;Talks,Tarja Halonen,1960-04;Meeting,Matti Vanhanen,1974-09;Meeting,Matti Vanhanen,1975-04;MilitaryPosture,Sweden,1976;MilitaryPosture,Sweden,1978;Meeting,Göran Persson,2010-02-12;Visit,Göran Persson,2010-02-12;Visit,Tarja Halonen,2011-06;Attack,Swedish army,2022-03;"

# Declarations, rulings and protests: war declared on, independence, a
# unilateral ceasefire, a protocol declared void, a court that ruled
# (found at the sentence start after "The"), resolutions adopted,
# acknowledged, warned that, wrote to, voted to; sued, a counter-claim
# filed, a crowd that demonstrated against a state.
cat > "$T/m.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Sweden declared war on Finland on 5 April 1808. Finland declared independence on 6 December 1917. Sweden declared a unilateral ceasefire on 21 November 1918. In 1960 President Urho Kekkonen declared the Tartu Protocol null and void. The International Court of Justice ruled on 13 April 2002 that Kemi lay on the Finnish side. The UN Security Council adopted two resolutions in 1993. Sweden acknowledged four deaths in February 2021. In February 2013 Prime Minister Fredrik Reinfeldt warned that the ambassador could be expelled. Kekkonen wrote to the Swedish king in August 1990. In 1988 the Åland assembly voted to request its transfer to Sweden. Finland sued Sweden at the International Court of Justice on 2 July 1999, and Sweden filed a counter-claim in January 2010. In April 2005 thousands of Swedes demonstrated in Stockholm against Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/m.nt" "$T/m.txt"
check "declared war, independence, a ceasefire, a protocol void; ruled that; adopted resolutions; acknowledged, warned, wrote to, voted to; sued, a counter-claim, demonstrated against" \
	"$(q "$T/m.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?k IN (rkg:Statement, rkg:Criticism)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Statement,Sweden,1808-04-05;Statement,Finland,1917-12-06;Statement,Sweden,1918-11-21;Statement,Urho Kekkonen,1960;Statement,Åland Islands,1988;Statement,Urho Kekkonen,1990-08;Statement,United Nations Security Council,1993;Criticism,Finland,1999-07-02;Statement,International Court of Justice,2002-04-13;Criticism,Sweden,2005-04;Criticism,Sweden,2010-01;Statement,Fredrik Reinfeldt,2013-02;Statement,Sweden,2021-02;"
check "the text's own name of a known body is its altLabel" \
	"$(q "$T/m.nt" 'SELECT ?n WHERE { ?o rdfs:label "United Nations Security Council"@en ; skos:altLabel ?n }')" \
	"UN Security Council;"

# Armed forces moving: troops that entered or landed, warships ordered to
# an area, a border reinforced, a coast blockaded, troops that faced off.
cat > "$T/n.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In June 2017 Finnish troops entered the Kiruna plateau. Swedish troops landed in Oulu on 20 September 1999. On 9 August 1987 Prime Minister Ingvar Carlsson ordered warships to the area. Sweden reinforced the border with Finland in February 2020. In 1860 Swedish troops blockaded the Finnish coast. In September 2014 troops of the two countries faced off at Kemi.
TXT
"$RELKG" extract -q -o ntriples -O "$T/n.nt" "$T/n.txt"
check "entered, landed, ordered warships, reinforced the border, blockaded, faced off" \
	"$(q "$T/n.nt" 'SELECT ?l ?d WHERE { ?e a rkg:MilitaryPosture ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l } ORDER BY STR(?d) ?l')" \
	"Sweden,1860;Ingvar Carlsson,1987-08-09;Sweden,1999-09-20;Finland,2014-09;Sweden,2014-09;Finland,2017-06;Sweden,2020-02;"

# Read off texts nobody here had seen (the r17 probes) and told again
# here in invented sentences: a state "accusing" another after a comma
# acts (a person or a state, in words only); "the court" is the court
# named before; applications and protest notes, complaints, ties cut,
# advisers expelled, ratified, proclaimed, proposed, offered to,
# endorsed; rulers overthrown (by no one named, or not at all when the
# text names one we do not know: "by the army"); warships dispatched,
# troops withdrawn, airspace reopened; "Prince" before a name is no part
# of it; what poll respondents said is no statement.
cat > "$T/o.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

In July 2022 Finland briefly froze new placements, accusing Sweden of violating the agreement. Sweden filed an application at the International Court of Justice on 18 November 2010, and on 13 July 2011 the court ruled that Finland had violated the treaty. In 2015 the court of the city fined a man. Foreign Minister Erkki Tuomioja delivered a note of protest on 14 August 2012. In March 2015 Finland complained that Sweden ignored the border. Finland cut diplomatic ties with Sweden in August 2021. On 13 November 1977 Sweden expelled its Finnish advisers. Helsinki ratified the convention in 1973. The Swedish king proclaimed the Union of Kalmar on 27 February 1976. In a speech on 6 November 2018 President Sauli Niinistö proposed a joint mechanism. In 2019 Norway offered to mediate. In 2017 the United States endorsed the boycott of Sweden. General Ahmed Kassim overthrew President Yusuf Bari in June 1965. President Omar Dahl was overthrown in January 1991. President Ivar Lund was overthrown by the army in April 2019. In March 2005 Finland dispatched warships to the area. Sweden withdrew its troops from Lapland in January 2009. On 4 January 2021 Sweden reopened its airspace to Finland. Prince Carl Philip visited Turku in May 2010. In a 2020 survey, 58% of Swedish respondents said they had an unfavourable opinion of Finland.
TXT
"$RELKG" extract -q -o ntriples -O "$T/o.nt" "$T/o.txt"
check "accusing, the court, protests, ties cut, advisers expelled, ratified, proclaimed, proposed, offered, endorsed, overthrew, dispatched, withdrew, reopened" \
	"$(q "$T/o.nt" 'SELECT ?c ?l ?d WHERE { ?e a ?k ; rkg:agent ?a ; rkg:date ?d . ?a rdfs:label ?l . FILTER(?k != rkg:Event) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d) ?c')" \
	"Succession,Ahmed Kassim,1965-06;Agreement,Finland,1973;Statement,Sweden,1976-02-27;Sanction,Sweden,1977-11-13;MilitaryPosture,Finland,2005-03;MilitaryPosture,Sweden,2009-01;Visit,Carl Philip,2010-05;Criticism,Sweden,2010-11-18;Statement,International Court of Justice,2011-07-13;Criticism,Erkki Tuomioja,2012-08-14;Criticism,Finland,2015-03;Support,United States,2017;Statement,Sauli Niinistö,2018-11-06;Statement,Norway,2019;Policy,Sweden,2021-01-04;Sanction,Finland,2021-08;Criticism,Finland,2022-07;"
check "overthrown by no one named: an event without an agent; 'by the army': none" \
	"$(q "$T/o.nt" 'SELECT ?l ?d WHERE { ?e a rkg:Succession ; rkg:target ?t ; rkg:date ?d . ?t rdfs:label ?l . OPTIONAL { ?e rkg:agent ?a } FILTER(!BOUND(?a)) } ORDER BY ?d')" \
	"Omar Dahl,1991-01;"

finish
