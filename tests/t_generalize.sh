#!/bin/sh
# Articles outside the dev corpus (tests/fixtures/probe/, written for the
# tests about other country pairs): the rules must find their facts too.
# Each expected answer below was read off the text by hand.
RELKG=${RELKG:-bin/relkg}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
check() { if [ "$2" = "$3" ]; then pass=$((pass + 1)); echo "ok $1"; else fail=$((fail + 1)); echo "FAIL $1: got '$2', want '$3'"; fi; }
q() { "$RELKG" query -q -r csv -e "$2" "$1" | tr -d '\r' | sed 1d | tr '\n' ';'; }

P=tests/fixtures/probe
"$RELKG" extract -o ntriples --output "$T/cm.nt" $P/canada-mexico.txt
"$RELKG" extract -o ntriples --output "$T/ij.nt" $P/india-japan.txt
"$RELKG" extract -o ntriples --output "$T/ab.nt" $P/argentina-brazil.txt
"$RELKG" extract -o ntriples --output "$T/ee.nt" $P/egypt-ethiopia.txt
"$RELKG" extract -o ntriples --output "$T/cv.nt" $P/china-vietnam.txt

check "three signatories of a named agreement are its parties" \
	"$(q "$T/cm.nt" 'SELECT ?l WHERE { ?t a rkg:Treaty ; rkg:party ?c . ?c rdfs:label ?l } ORDER BY ?l')" \
	"Canada;Mexico;United States;"
check "'A, B and C signed': three agents" \
	"$(q "$T/cm.nt" 'SELECT ?l WHERE { ?e a rkg:Agreement ; rkg:agent ?c . ?c rdfs:label ?l } ORDER BY ?l')" \
	"Canada;Mexico;United States;"
check "state visit and meeting of leaders" \
	"$(q "$T/cm.nt" 'SELECT ?a ?b ?d WHERE { ?e a rkg:Meeting ; rkg:agent ?x ; rkg:participant ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"Vicente Fox,Paul Martin,2004-10;"
check "survey in percent, both opinions" \
	"$(q "$T/cm.nt" 'SELECT ?r ?a ?o ?p WHERE { ?s a rkg:Survey ; rkg:respondents ?x ; rkg:about ?y ; rkg:result ?res . ?x rdfs:label ?r . ?y rdfs:label ?a . ?res rkg:opinion ?op ; rkg:percentage ?p . BIND(REPLACE(STR(?op), "^.*#", "") AS ?o) } ORDER BY ?p')" \
	"Mexico,Canada,Unfavorable,14.0;Mexico,Canada,Favorable,59.0;"
check "foreign ministers by title" \
	"$(q "$T/cm.nt" 'SELECT ?p ?o WHERE { ?x rkg:holds ?y . ?x rdfs:label ?p . ?y rdfs:label ?o ; rkg:role rkg:ForeignMinister } ORDER BY ?p')" \
	"John Baird,Foreign Minister of Canada;José Antonio Meade,Foreign Minister of Mexico;"
check "missions: embassies and consulates" \
	"$(q "$T/cm.nt" 'SELECT ?l WHERE { ?m a ?c ; rdfs:label ?l . FILTER(?c IN (rkg:Embassy, rkg:Consulate)) } ORDER BY ?l')" \
	"Consulate of Canada in Guadalajara;Consulate of Canada in Monterrey;Embassy of Canada in Mexico City;Embassy of Mexico in Ottawa;"
check "a dispute 'between A and B' has those parties, not the article's" \
	"$(q "$T/ij.nt" 'SELECT ?l WHERE { ?d a rkg:Dispute ; rkg:party ?c . ?c rdfs:label ?l } ORDER BY ?l')" \
	"China;Japan;"
check "treaty described after 'the two countries signed'" \
	"$(q "$T/ij.nt" 'SELECT ?l WHERE { ?t a rkg:Treaty ; rdfs:label ?l }')" \
	"peace treaty;"
check "visits by two leaders" \
	"$(q "$T/ij.nt" 'SELECT ?a ?d WHERE { ?e a rkg:Visit ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a } ORDER BY ?d')" \
	"Shinzō Abe,2014-01;Narendra Modi,2014-09;"
check "every event the text states, and no more" \
	"$(q "$T/ij.nt" 'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a rkg:Event }')" \
	"8;"

# argentina-brazil.txt, egypt-ethiopia.txt, china-vietnam.txt: each has a
# hand-made *.gold.tsv beside it (relkg eval --explain lists what is still
# missed); the survey figures in these texts are made up for the test.
TREATIES='SELECT ?l ?d ?pl WHERE { ?t a rkg:Treaty ; rdfs:label ?l ; rkg:date ?d ; rkg:party ?p . ?p rdfs:label ?pl } ORDER BY STR(?d) ?pl'
HOLDS='SELECT ?p ?r ?c WHERE { ?x rkg:holds ?y . ?x rdfs:label ?p . ?y rkg:role ?ro ; rkg:jurisdiction ?j . ?j rdfs:label ?c . BIND(REPLACE(STR(?ro), "^.*#", "") AS ?r) } ORDER BY ?p'
VISITS='SELECT ?a ?pl ?d WHERE { ?e a rkg:Visit ; rkg:agent ?x ; rkg:place ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?pl } ORDER BY STR(?d)'
MISSIONS='SELECT ?l WHERE { ?m a ?c ; rdfs:label ?l . FILTER(?c IN (rkg:Embassy, rkg:Consulate)) } ORDER BY ?l'
check "a four-party treaty with its day" \
	"$(q "$T/ab.nt" "$TREATIES" | tr ';' '\n' | grep '^Treaty of Asunción' | tr '\n' ';')" \
	"Treaty of Asunción,1991-03-26,Argentina;Treaty of Asunción,1991-03-26,Brazil;Treaty of Asunción,1991-03-26,Paraguay;Treaty of Asunción,1991-03-26,Uruguay;"
check "presidents and a foreign minister of two countries" \
	"$(q "$T/ab.nt" "$HOLDS")" \
	"Alberto Fernández,HeadOfState,Argentina;José Sarney,HeadOfState,Brazil;Luiz Inácio Lula da Silva,HeadOfState,Brazil;Mauro Vieira,ForeignMinister,Brazil;Raúl Alfonsín,HeadOfState,Argentina;"
check "a state visit and the leaders' meeting" \
	"$(q "$T/ab.nt" "$VISITS")$(q "$T/ab.nt" 'SELECT ?a ?b ?d WHERE { ?e a rkg:Meeting ; rkg:agent ?x ; rkg:participant ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"Luiz Inácio Lula da Silva,Buenos Aires,2023-01;Luiz Inácio Lula da Silva,Alberto Fernández,2023-01;"
check "a minister's support for a claim" \
	"$(q "$T/ab.nt" 'SELECT ?a ?b ?d WHERE { ?e a rkg:Support ; rkg:agent ?x ; rkg:target ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"Mauro Vieira,Argentina,2023;"
check "talks between the two governments" \
	"$(q "$T/ab.nt" 'SELECT ?a ?d WHERE { ?e a rkg:Talks ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a } ORDER BY ?a')" \
	"Argentina,2012;Brazil,2012;"
check "embassies and consulates in cities with accents" \
	"$(q "$T/ab.nt" "$MISSIONS")" \
	"Consulate of Argentina in Porto Alegre;Consulate of Argentina in Rio de Janeiro;Consulate of Argentina in São Paulo;Consulate of Brazil in Córdoba;Consulate of Brazil in Mendoza;Embassy of Argentina in Brasília;Embassy of Brazil in Buenos Aires;"
check "consulate cities belong to the host country" \
	"$(q "$T/ab.nt" 'SELECT ?c ?l WHERE { ?x a rkg:City ; rdfs:label ?c ; rkg:country ?y . ?y rdfs:label ?l . FILTER(?c IN ("Córdoba"@en, "Mendoza"@en, "Porto Alegre"@en)) } ORDER BY ?c')" \
	"Córdoba,Argentina;Mendoza,Argentina;Porto Alegre,Brazil;"
check "treaties of two and of three parties" \
	"$(q "$T/ee.nt" "$TREATIES")" \
	"Nile Waters Agreement,1959,Egypt;Nile Waters Agreement,1959,Sudan;Declaration of Principles,2015-03-23,Egypt;Declaration of Principles,2015-03-23,Ethiopia;Declaration of Principles,2015-03-23,Sudan;"
check "prime ministers and foreign ministers of Ethiopia and Egypt" \
	"$(q "$T/ee.nt" "$HOLDS" | tr ';' '\n' | grep -v -e '^Abdel' -e '^Omar' | tr '\n' ';')" \
	"Abiy Ahmed,HeadOfGovernment,Ethiopia;Gedu Andargachew,ForeignMinister,Ethiopia;Hailemariam Desalegn,HeadOfGovernment,Ethiopia;Sameh Shoukry,ForeignMinister,Egypt;"
check "a three-party declaration signed in a capital, and a suspension of aid" \
	"$(q "$T/ee.nt" 'SELECT ?c ?pl ?d WHERE { ?e a ?k ; rkg:date ?d . OPTIONAL { ?e rkg:place ?p . ?p rdfs:label ?pl } FILTER(?k IN (rkg:Agreement, rkg:Sanction)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')$(q "$T/ee.nt" 'SELECT ?a ?b WHERE { ?e a rkg:Sanction ; rkg:agent ?x ; rkg:target ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"Agreement,,1959;Agreement,Khartoum,2015-03-23;Sanction,,2020-09;United States,Ethiopia;"
check "'cut off its aid' is a sanction" \
	"$(q "$T/cv.nt" 'SELECT ?a ?b ?d WHERE { ?e a rkg:Sanction ; rkg:agent ?x ; rkg:target ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"China,Vietnam,1978-07;"
check "'signed the Declaration of X': an agreement of the two signers" \
	"$(q "$T/ab.nt" 'SELECT ?a WHERE { ?e a rkg:Agreement ; rkg:agent ?x ; rkg:date "1985-11"^^xsd:gYearMonth . ?x rdfs:label ?a } ORDER BY ?a')" \
	"José Sarney;Raúl Alfonsín;"
check "'paid a visit to' a capital" \
	"$(q "$T/ee.nt" "$VISITS" | tr ';' '\n' | grep '^Abiy Ahmed,' | tr '\n' ';')" \
	"Abiy Ahmed,Cairo,2018-06;"
check "foreign ministers' talks abroad" \
	"$(q "$T/ee.nt" 'SELECT ?a ?b ?d WHERE { ?e a rkg:Talks ; rkg:agent ?x ; rkg:participant ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b }')" \
	"Sameh Shoukry,Gedu Andargachew,2019-11;"
check "visits by three leaders, to capitals" \
	"$(q "$T/cv.nt" "$VISITS")" \
	"Đỗ Mười,Beijing,1991-11;Xi Jinping,Hanoi,2015-11;Nguyễn Phú Trọng,Beijing,2022-10;"
check "seizure of islands and an invasion" \
	"$(q "$T/cv.nt" 'SELECT ?c ?a ?b ?d WHERE { ?e a ?k ; rkg:agent ?x ; rkg:target ?y ; rkg:date ?d . ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(?k IN (rkg:Seizure, rkg:Attack)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Seizure,China,Paracel Islands,1974-01;Attack,China,Vietnam,1979-02;"
check "diplomatic relations established on a day" \
	"$(q "$T/cv.nt" 'SELECT ?d WHERE { ?e a rkg:Recognition ; rkg:date ?d }')" \
	"1950-01-18;"
check "foreign ministers with Vietnamese diacritics" \
	"$(q "$T/cv.nt" "$HOLDS" | tr ';' '\n' | grep ForeignMinister | tr '\n' ';')" \
	"Bùi Thanh Sơn,ForeignMinister,Vietnam;Wang Yi,ForeignMinister,China;"
check "an island dispute between the two countries" \
	"$(q "$T/cv.nt" 'SELECT ?l WHERE { ?d a rkg:Dispute ; rkg:party ?c ; rkg:concerns ?t . ?t rdfs:label "Paracel Islands"@en . ?c rdfs:label ?l } ORDER BY ?l')" \
	"China;Vietnam;"
check "survey of Vietnamese views of China" \
	"$(q "$T/cv.nt" 'SELECT ?r ?a ?o ?p WHERE { ?s a rkg:Survey ; rkg:respondents ?x ; rkg:about ?y ; rkg:result ?res . ?x rdfs:label ?r . ?y rdfs:label ?a . ?res rkg:opinion ?op ; rkg:percentage ?p . BIND(REPLACE(STR(?op), "^.*#", "") AS ?o) } ORDER BY ?p')" \
	"Vietnam,China,Favorable,16.0;Vietnam,China,Unfavorable,78.0;"
check "missions in five cities of two countries" \
	"$(q "$T/cv.nt" "$MISSIONS")" \
	"Consulate of China in Da Nang;Consulate of China in Ho Chi Minh City;Consulate of Vietnam in Guangzhou;Consulate of Vietnam in Kunming;Consulate of Vietnam in Nanning;Embassy of China in Hanoi;Embassy of Vietnam in Beijing;"

# gen-events: event and survey rules on the probes (hand-checked)
check "'A, B and C signed': three leaders, a name with a particle first" \
	"$(q "$T/ee.nt" 'SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?e a rkg:Agreement ; rkg:date "2015-03-23"^^xsd:date ; rkg:agent ?x . ?x a rkg:Person }')" \
	"3;"

check "'paid a visit to Cairo and met with X': the meeting is with no city" \
	"$(q "$T/ee.nt" 'SELECT ?l WHERE { ?e a rkg:Meeting ; rkg:date "2018-06"^^xsd:gYearMonth ; ?p ?y . ?y a rkg:City ; rdfs:label ?l . FILTER(?p IN (rkg:place, rkg:target, rkg:participant)) }')" \
	""
check "... and the meeting is still there, Abiy Ahmed its agent" \
	"$(q "$T/ee.nt" 'SELECT ?a WHERE { ?e a rkg:Meeting ; rkg:date "2018-06"^^xsd:gYearMonth ; rkg:agent ?x . ?x rdfs:label ?a }')" \
	"Abiy Ahmed;"

SURVEYS='SELECT ?d ?r ?a ?o ?p WHERE { ?s a rkg:Survey ; rkg:date ?d ; rkg:respondents ?x ; rkg:about ?y ; rkg:result ?res . ?x rdfs:label ?r . ?y rdfs:label ?a . ?res rkg:opinion ?op ; rkg:percentage ?p . BIND(REPLACE(STR(?op), "^.*#", "") AS ?o) } ORDER BY ?p'
check "'According to a 2019 survey': a survey with no pollster named" \
	"$(q "$T/ab.nt" "$SURVEYS")" \
	"2019,Argentina,Brazil,Unfavorable,21.0;2019,Argentina,Brazil,Favorable,62.0;"
check "... and no organization made up for it" \
	"$(q "$T/ee.nt" 'SELECT ?o WHERE { ?s a rkg:Survey ; rkg:conductedBy ?o }')" \
	""
check "'According to a 2021 survey': Egyptians on Ethiopia" \
	"$(q "$T/ee.nt" "$SURVEYS")" \
	"2021,Egypt,Ethiopia,Favorable,12.0;2021,Egypt,Ethiopia,Unfavorable,68.0;"

CRIT='SELECT ?a ?b WHERE { ?e a rkg:Criticism ; rkg:agent ?x ; rkg:target ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }'
check "'Brazil imposed ..., and Argentina criticized the measure'" \
	"$(q "$T/ab.nt" "$CRIT")" \
	"Argentina,Brazil;"
check "'the United States suspended ..., and Ethiopia criticized the decision'" \
	"$(q "$T/ee.nt" "$CRIT")" \
	"Ethiopia,United States;"
check "'a Chinese oil rig was deployed ..., and Vietnam protested against the move'" \
	"$(q "$T/cv.nt" "$CRIT")" \
	"Vietnam,China;"

check "'On 30 December 1999, the two countries signed a land border treaty': the treaty's date" \
	"$(q "$T/cv.nt" 'SELECT ?d WHERE { ?t a rkg:Treaty ; rdfs:label "land border treaty"@en ; rkg:date ?d }')" \
	"1999-12-30;"
check "'established on April 28, 1952, when the two countries signed a peace treaty'" \
	"$(q "$T/ij.nt" 'SELECT ?d WHERE { ?t a rkg:Treaty ; rkg:date ?d }')" \
	"1952-04-28;"

# gen-evt: event and survey rules on two probes written for them
# (kenya-tanzania-events.txt, bolivia-chile-events.txt, hand-made gold
# beside them; the events and figures are made up for the test)
"$RELKG" extract -o ntriples --output "$T/kt.nt" $P/kenya-tanzania-events.txt
"$RELKG" extract -o ntriples --output "$T/bc.nt" $P/bolivia-chile-events.txt
EV='SELECT ?c ?a ?b ?d WHERE { ?e a ?k ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a . OPTIONAL { ?e rkg:target ?y . ?y rdfs:label ?b } FILTER(?k IN (rkg:Sanction, rkg:Criticism)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d) ?c ?a'
check "closing a border, import duties, expelling and recalling diplomats are sanctions; protesting criticism" \
	"$(q "$T/kt.nt" "$EV")" \
	"Sanction,Tanzania,Kenya,1977-02;Criticism,Kenya,Tanzania,2017-03;Sanction,Tanzania,Kenya,2017-03;Sanction,Kenya,Tanzania,2019-08-04;Sanction,Tanzania,Kenya,2019-08-04;"
check "'travelled to', 'arrived in' a capital: visits of people" \
	"$(q "$T/kt.nt" "$VISITS")" \
	"Amina Mohamed,Dodoma,2017-07;Samia Suluhu Hassan,Nairobi,2021-05;"
check "'Bolivian migrants arrived in Chile' is no visit" \
	"$(q "$T/bc.nt" 'SELECT ?e WHERE { ?e a rkg:Visit }')" \
	""
check "'The following day', 'Two months later': the date before, moved" \
	"$(q "$T/bc.nt" 'SELECT ?c ?d WHERE { ?e a ?k ; rkg:date ?d . FILTER(?k IN (rkg:Criticism, rkg:Talks)) BIND(REPLACE(STR(?k), "^.*#", "") AS ?c) } ORDER BY STR(?d)')" \
	"Criticism,2018-10-02;Talks,2022-05;Criticism,2023;"
check "'a 2019 survey by X': its pollster, and the country after the opinion word" \
	"$(q "$T/kt.nt" 'SELECT ?o ?p WHERE { ?s a rkg:Survey ; rkg:conductedBy ?g ; rkg:result ?r . ?g rdfs:label "Afrobarometer"@en . ?r rkg:opinion ?op ; rkg:percentage ?p . BIND(REPLACE(STR(?op), "^.*#", "") AS ?o) } ORDER BY ?p')" \
	"Unfavorable,22.0;Favorable,61.0;"
check "'The same poll' takes up the pollster and year named before" \
	"$(q "$T/bc.nt" "$SURVEYS")" \
	"2018,Bolivia,Chile,Favorable,15.0;2018,Chile,Bolivia,Unfavorable,41.0;2018,Bolivia,Chile,Unfavorable,70.0;"

# entity rules on the probes (gen-ent round): names, disputes, dependent
# territories, treaty names; morocco-spain.txt and argentina-united-kingdom.txt
# were written for these checks, their gold files read off the text by hand
"$RELKG" extract -o ntriples --output "$T/ms.nt" $P/morocco-spain.txt
"$RELKG" extract -o ntriples --output "$T/au.nt" $P/argentina-united-kingdom.txt
DISPUTES='SELECT ?l ?pl WHERE { ?d a rkg:Dispute ; rdfs:label ?l ; rkg:party ?p . ?p rdfs:label ?pl } ORDER BY ?l ?pl'
check "a name keeps its joined article, and the bare surname is the same person" \
	"$(q "$T/ee.nt" "$HOLDS" | tr ';' '\n' | grep Sisi | tr '\n' ';')$(q "$T/ee.nt" 'SELECT (COUNT(*) AS ?n) WHERE { ?x a rkg:Person }')" \
	"Abdel Fattah el-Sisi,HeadOfState,Egypt;6;"
check "a person IRI folds a stroke letter (Đỗ Mười)" \
	"$(q "$T/cv.nt" 'SELECT ?l WHERE { ?x a rkg:Person ; rdfs:label ?l . FILTER(STRENDS(STR(?x), "/do-muoi")) }')" \
	"Đỗ Mười;"
check "'a territorial dispute over A and the B': one dispute each" \
	"$(q "$T/cv.nt" "$DISPUTES")" \
	"Paracel Islands dispute,China;Paracel Islands dispute,Vietnam;Spratly Islands dispute,China;Spratly Islands dispute,Vietnam;"
check "'the dispute over the Palmas territory'; a state's claims over a dependent territory" \
	"$(q "$T/ab.nt" "$DISPUTES")" \
	"Falkland Islands dispute,Argentina;Falkland Islands dispute,United Kingdom;Palmas dispute,Argentina;Palmas dispute,Brazil;"
check "'Egypt and Sudan also have a territorial dispute over the Halaib Triangle'" \
	"$(q "$T/ee.nt" "$DISPUTES")" \
	"Halaib Triangle dispute,Egypt;Halaib Triangle dispute,Sudan;"
check "a treaty name with a particle (Foz do Iguaçu)" \
	"$(q "$T/ab.nt" 'SELECT ?l WHERE { ?t a rkg:Treaty ; rdfs:label ?l } ORDER BY ?l')" \
	"Declaration of Foz do Iguaçu;Treaty of Asunción;"
check "regnal numbers, and a king's state when the sentence's first state is the other's" \
	"$(q "$T/ms.nt" "$HOLDS" | tr ';' '\n' | grep -E '^(Hassan|Mohammed)' | tr '\n' ';')" \
	"Hassan II,HeadOfState,Morocco;Mohammed VI,HeadOfState,Morocco;"
check "'its claims to the autonomous cities of A and B'; 'A and B have a dispute over X and Y'" \
	"$(q "$T/ms.nt" "$DISPUTES")" \
	"Chafarinas Islands dispute,Morocco;Chafarinas Islands dispute,Spain;Dispute over Ceuta and Melilla,Morocco;Dispute over Ceuta and Melilla,Spain;Perejil dispute,Morocco;Perejil dispute,Spain;"
check "'Argentina's foreign minister, Santiago Cafiero,': a city as a first name" \
	"$(q "$T/au.nt" "$HOLDS" | tr ';' '\n' | grep Cafiero | tr '\n' ';')" \
	"Santiago Cafiero,ForeignMinister,Argentina;"
check "the Falklands, a dependent territory, administered by its state" \
	"$(q "$T/au.nt" 'SELECT ?t ?s WHERE { ?x a rkg:Island ; rdfs:label ?t ; rkg:administeredBy ?y . ?y rdfs:label ?s }')" \
	"Falkland Islands,United Kingdom;"

# attack verbs of the lexicon (data/lexicon/events.tsv), on sentences of
# their own: "attacked", "launched its invasion of", troops who "fought",
# "a clash took place"; "fought for independence" is no attack; the "May"
# of "On 2 May 1971" is no modal "may" that cancels a trigger after it
printf 'India–Nepal relations\n\nOn 2 May 1971 Indian troops attacked Nepali positions in Ilam. After China launched its invasion of Nepal on 3 June 1980, India protested. In 1985 soldiers of the two armies fought with stones near Ilam. Another clash took place at Ilam on 9 July 1990. In 1947 Nepal fought for independence.\n' > "$T/att.txt"
"$RELKG" extract -o ntriples --output "$T/att.nt" "$T/att.txt"
check "attack verbs: attacked, launched its invasion, troops fought, a clash took place" \
	"$(q "$T/att.nt" 'SELECT ?a ?d WHERE { ?e a rkg:Attack ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a } ORDER BY STR(?d) ?a')" \
	"India,1971-05-02;China,1980-06-03;India,1985;Nepal,1985;India,1990-07-09;Nepal,1990-07-09;"

# a person who "addressed" a body or "told" one made a statement
printf 'India–Nepal relations\n\nPrime Minister Narendra Modi of India addressed the parliament of Nepal in Kathmandu on 3 August 2014. In 2015 Modi told Nepal that the blockade was not his doing.\n' > "$T/st.txt"
"$RELKG" extract -o ntriples --output "$T/st.nt" "$T/st.txt"
check "statements: addressed, told" \
	"$(q "$T/st.nt" 'SELECT ?a ?d WHERE { ?e a rkg:Statement ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a } ORDER BY STR(?d)')" \
	"Narendra Modi,2014-08-03;Narendra Modi,2015;"

# the subject of a clause after "when" is its own, not the person before
printf 'China–India relations\n\nForeign Minister Ravi Kumar of India visited China in February 1979, though he cut the trip short when China attacked Vietnam.\n' > "$T/when.txt"
"$RELKG" extract -o ntriples --output "$T/when.nt" "$T/when.txt"
check "'he left when China attacked Vietnam': China attacked" \
	"$(q "$T/when.nt" 'SELECT ?a WHERE { ?e a rkg:Attack ; rkg:agent ?x . ?x rdfs:label ?a }')" \
	"China;"

# "A replaced B as president in DATE and made a visit ... the following
# month": A visits, a month after the date; "that October" after a date
# told before the trigger; the first visit keeps its own date
printf 'South Africa–Zimbabwe relations\n\nThabo Nkosi replaced Sipho Dube as president in February 2018 and made a working visit to Harare the following month. President Tendai Moyo of Zimbabwe visited Pretoria in June 2019, and President Thabo Nkosi made a return visit to Harare that October.\n' > "$T/rel.txt"
"$RELKG" extract -o ntriples --output "$T/rel.nt" "$T/rel.txt"
check "shared subject after 'and'; 'the following month', 'that October'" \
	"$(q "$T/rel.nt" 'SELECT ?a ?d WHERE { ?e a rkg:Visit ; rkg:agent ?x ; rkg:date ?d . ?x rdfs:label ?a } ORDER BY STR(?d)')" \
	"Thabo Nkosi,2018-03;Tendai Moyo,2019-06;Thabo Nkosi,2019-10;"

# "the first visit by a Greek prime minister in 49 years" tells of a kind of
# visitor: the one named as the subject visits
printf 'Greece–Turkey relations\n\nNikos Pappas went to Ankara in January 2008 for the first official visit by a Greek prime minister in 49 years.\n' > "$T/kind.txt"
"$RELKG" extract -o ntriples --output "$T/kind.nt" "$T/kind.txt"
check "'a visit by a Greek prime minister': the subject's visit" \
	"$(q "$T/kind.nt" 'SELECT ?a WHERE { ?e a rkg:Visit ; rkg:agent ?x . ?x rdfs:label ?a }')" \
	"Nikos Pappas;"

# Every probe with a gold file: relkg eval's F1 at least the floor set when
# the rules last changed (round down of that score), so a rule that breaks
# another country pair's facts shows here.  Most of them (not the 1.00
# ones) were written by helpers who never saw relkg, each scored before
# any rule was built from it (README: the first-sight scores).
while read -r name floor; do
	"$RELKG" extract -q -o ntriples -O "$T/probe.nt" "$P/$name.txt"
	f1=$("$RELKG" eval "$P/$name.gold.tsv" "$T/probe.nt" | sed -n 's/^score: F1=\([0-9.]*\).*/\1/p')
	check "$name F1 $f1 >= $floor" "$(awk -v a="$f1" -v b="$floor" 'BEGIN { print (a + 0 >= b + 0) ? "yes" : "no" }')" "yes"
done <<EOF
algeria-morocco 0.78
argentina-brazil 1.00
argentina-united-kingdom 1.00
armenia-azerbaijan 0.79
australia-indonesia 0.87
bangladesh-myanmar 0.58
belize-guatemala 0.73
bolivia-chile-events 1.00
cambodia-thailand 0.81
chile-peru 0.83
china-india 0.92
china-japan 0.82
china-vietnam 1.00
colombia-venezuela 0.81
costa-rica-nicaragua 0.66
croatia-serbia 0.84
ecuador-peru 0.88
egypt-ethiopia 1.00
eritrea-ethiopia 0.82
ethiopia-somalia 0.72
greece-turkey 0.88
guyana-venezuela 0.69
hungary-romania 0.86
india-pakistan 0.81
indonesia-malaysia 0.76
iran-iraq 0.84
israel-jordan 0.73
japan-philippines 0.75
kenya-tanzania-events 1.00
kyrgyzstan-tajikistan 0.73
lithuania-poland 0.62
morocco-spain 1.00
poland-ukraine 0.91
qatar-saudi-arabia 0.70
south-africa-zimbabwe 0.85
south-sudan-sudan 0.79
EOF

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
