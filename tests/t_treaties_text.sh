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

# A treaty told by description is made in its sentence when a verb of
# making comes before it with only where and when between ("signed in X
# a joint declaration"), when a participle or "was signed" follows it, or
# "with the signing of" comes before it; then it is a treaty even without
# a word telling which ("A protocol signed in ..."), a gerund tells what it
# does, and its date is the clause's.  Not "delayed the signing of", not
# "reached an agreement", not "an Agreement on ..." read twice.  A third
# signer's office, or "three states", adds a party.  A declaration no
# state is said to have issued is the article's two countries'.
cat > "$T/m.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

On 4 May 1961 the two governments signed in Tampere a joint communiqué on fisheries. A protocol signed in June 1962 settled the rest. On 1 April 1970 a new agreement on the protection of Sami herders was signed in Oulu, but in July 1970 Sweden froze it. On 9 March 1975 the two prime ministers signed an agreement prohibiting attacks on power stations. Talks in 1980 ended with the signing of a joint declaration. The crisis delayed the signing of a trade agreement. In 1983 the two sides reached an agreement. On 5 May 1985 the foreign ministers signed an Agreement on Border Rivers. On 6 June 1990 the Norwegian prime minister Ola Berg and his two colleagues signed a treaty fixing the junction point of their three countries. Sweden argued that the line had been fixed by the Tornio Declaration of 1950.
TXT
"$RELKG" extract -q -o ntriples -O "$T/m.nt" "$T/m.txt"
check "treaties made in their sentence, with the clause's date; none delayed or merely reached" \
	"$(q "$T/m.nt" 'SELECT ?l (SAMPLE(STR(?d)) AS ?ds) (COUNT(DISTINCT ?p) AS ?n) WHERE { ?t a rkg:Treaty ; rdfs:label ?l . OPTIONAL { ?t rkg:date ?d } OPTIONAL { ?t rkg:party ?p } } GROUP BY ?l ORDER BY ?l')" \
	"Agreement on Border Rivers,1985-05-05,2;Tornio Declaration,1950,2;agreement on the protection,1970-04-01,2;agreement prohibiting attacks on power stations,1975-03-09,2;joint communiqué on fisheries,1961-05-04,2;joint declaration,1980,2;protocol,1962-06,2;treaty fixing the junction point of their three countries,1990-06-06,3;"

# An agreement named by a place, or by no word at all, told with a date
# right after it or made in its sentence ("the Pretoria agreement of
# DATE", "signed as the X II agreement", "an agreement of 1954"); not a
# place's agreement with neither; "Franco-X": both states; a demonym
# before the head needs neither ("the 1950 Swedish pledge").
cat > "$T/p.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

Norway was not a party to the Alta agreement of 2 November 2002 that ended the quarrel. The plan was signed as the Lapland II agreement in Rovaniemi on 7 August 1987. Sweden relied on an agreement of 1954. The Karesuando agreement was often cited. The Franco-Swedish treaty of 3 May 1901 settled the debts. Finland held to the 1950 Swedish pledge to return two islands.
TXT
"$RELKG" extract -q -o ntriples -O "$T/p.nt" "$T/p.txt"
check "an agreement named by a place and dated, or made; none undated" \
	"$(q "$T/p.nt" 'SELECT ?l (SAMPLE(STR(?d)) AS ?ds) (COUNT(DISTINCT ?p) AS ?n) WHERE { ?t a rkg:Treaty ; rdfs:label ?l . OPTIONAL { ?t rkg:date ?d } OPTIONAL { ?t rkg:party ?p } } GROUP BY ?l ORDER BY ?l')" \
	"1950 Swedish pledge,1950,2;Alta agreement,2002-11-02,2;Franco-Swedish treaty,1901-05-03,2;Lapland II agreement,1987-08-07,2;agreement,1954,2;"

# "on the same day", "The same day": the last date of the sentence before
# that has one.
cat > "$T/d.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

The text was finalised in March 2005, and on 8 August 2005 the two presidents met in Tornio. The same day the two leaders signed a joint declaration on the border. A Treaty of Commerce and Navigation, signed on the same day, opened the river.
TXT
"$RELKG" extract -q -o ntriples -O "$T/d.nt" "$T/d.txt"
check "'the same day' dates a treaty by the sentence before" \
	"$(q "$T/d.nt" 'SELECT ?l (SAMPLE(STR(?d)) AS ?ds) WHERE { ?t a rkg:Treaty ; rdfs:label ?l . OPTIONAL { ?t rkg:date ?d } } GROUP BY ?l ORDER BY ?l')" \
	"Treaty of Commerce and Navigation,2005-08-08;joint declaration on the border,2005-08-08;"

# An "Act" is a treaty only when signed ("signed the X Presidential Act",
# "an Act of Execution signed in"), not a law ("passed the Border Act").
cat > "$T/act.txt" <<'TXT'
Finland–Sweden relations

Finland–Sweden relations are the relations between Finland and Sweden.

History

On 26 October 1998 the two presidents signed the Tornio Presidential Act. The debts were settled by an Act of Execution signed in Oulu in November 1999. In 2001 Sweden passed the Border Act.
TXT
"$RELKG" extract -q -o ntriples -O "$T/act.nt" "$T/act.txt"
check "a signed Act is a treaty, a law passed none" \
	"$(q "$T/act.nt" 'SELECT ?l (SAMPLE(STR(?d)) AS ?ds) WHERE { ?t a rkg:Treaty ; rdfs:label ?l . OPTIONAL { ?t rkg:date ?d } } GROUP BY ?l ORDER BY ?l')" \
	"Act of Execution,1999-11;Tornio Presidential Act,1998-10-26;"

finish
