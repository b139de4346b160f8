#!/usr/bin/env python3
"""Writes a random N-Triples graph built from the facts of a gold file, with
noise (names reordered, shortened, decomposed or wrong; dates coarser or
finer; wrong roles and types; missing parties; duplicates; provenance
sentences with right and wrong offsets), for comparing relkg eval with
the reference scorer (tests/t_eval.sh).  usage: eval_random_graph.py GOLD SEED
"""
import random, sys, unicodedata
rnd = random.Random(int(sys.argv[2]))
gold = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
RKG = "https://w3id.org/relkg/ontology#"
ID = "https://w3id.org/relkg/id/"
out = []
n = [0]
def node(kind):
    n[0] += 1
    return f"<{ID}{kind}/n{rnd.randint(0,10**6)}-{n[0]}>"
def lit(s, dt=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"' + (f"^^<http://www.w3.org/2001/XMLSchema#{dt}>" if dt else rnd.choice(["", "@en"]))
def t(s, p, o):
    out.append(f"{s} {p} {o} .")
    if rnd.random() < 0.03:
        out.append(f"{s} {p} {o} .")
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
def R(x): return f"<{RKG}{x}>"
def vary(name):
    if name == "-" or not name: return rnd.choice(["X", "Somewhere"])
    parts = name.split(";")
    name = rnd.choice(parts)
    w = name.split()
    r = rnd.random()
    if r < 0.2 and len(w) > 1: w = w[::-1]
    elif r < 0.35 and len(w) > 1: w = w[1:]
    elif r < 0.45: w = w + ["Islands"]
    elif r < 0.5: w = ["The"] + w
    elif r < 0.55: w = [x.upper() for x in w]
    elif r < 0.6: w = ["Other"]
    s = " ".join(w)
    if rnd.random() < 0.2: s = unicodedata.normalize("NFD", s)
    if rnd.random() < 0.1: s = s.replace("o", "ō")
    return s
countries = {}
def country(name):
    if name not in countries:
        c = node("country"); countries[name] = c
        t(c, TYPE, R("Country")); t(c, LABEL, lit(vary(name)))
        if rnd.random() < 0.3: t(c, ALT, lit(rnd.choice(["USSR", "Russian Federation", "US", "UK", "PRC", "ROK", name])))
    return countries[name]
def entity(name, kind="Person"):
    e = node(kind.lower())
    t(e, TYPE, R(kind)); t(e, LABEL, lit(vary(name)))
    if rnd.random() < 0.2:
        o = node("office"); t(e, R("holds"), o); t(o, R("jurisdiction"), country(rnd.choice(["Japan", "Russia", "United States", "Georgia"])))
    if rnd.random() < 0.1: t(e, R("country"), country(rnd.choice(["Japan", "Russia"])))
    return e
def date(d):
    if d == "-": return rnd.choice(["2001", "1994-03", None])
    r = rnd.random()
    if r < 0.2: return d[:4]
    if r < 0.4 and len(d) == 4: return d + "-05"
    if r < 0.5: return "1999"
    return d
def anyn(f):
    r = rnd.random()
    if r < 0.4: return country(rnd.choice(f.split(";")))
    if r < 0.8: return entity(f, rnd.choice(["Person", "Organization", "City"]))
    return country("Norway")
EV = "Visit Meeting Talks Agreement Recognition Support Cooperation Aid Statement Criticism Apology Postponement Sanction Seizure Attack MilitaryPosture Annexation Succession Election Policy".split()
for row in gold * 2:
    if rnd.random() < 0.3: continue
    kind = row[0].lstrip("?"); f = row[1:]
    if kind == "person": entity(f[0])
    elif kind == "holds":
        p = entity(f[0]); o = node("office"); t(p, R("holds"), o)
        t(o, R("role"), R(rnd.choice([f[1], f[1], "Minister"])))
        if rnd.random() < 0.8: t(o, R("jurisdiction"), anyn(f[2]))
    elif kind == "treaty":
        x = node("treaty"); t(x, TYPE, R("Treaty")); t(x, LABEL, lit(rnd.choice(f[0].split(";")) + " treaty"))
        d = date(f[1]);
        if d: t(x, R("date"), lit(d, "gYear"))
        for p in f[2].split(";"):
            if rnd.random() < 0.85: t(x, R("party"), anyn(p))
    elif kind == "dispute":
        x = node("dispute"); t(x, TYPE, R("Dispute"))
        for p in f[0].split(";"):
            if rnd.random() < 0.85: t(x, R("party"), anyn(p))
        t(x, R("concerns"), entity(f[1], rnd.choice(["Territory", "Island"])))
    elif kind == "territory": entity(f[0], rnd.choice(["Territory", "Island"]))
    elif kind == "event":
        x = node("event"); t(x, TYPE, R(rnd.choice([f[0], f[0], rnd.choice(EV)])))
        if rnd.random() < 0.2: t(x, TYPE, R(rnd.choice(EV)))
        t(x, R(rnd.choice(["agent", "agent", "participant"])), anyn(f[1]))
        if rnd.random() < 0.7: t(x, R(rnd.choice(["target", "place", "participant"])), anyn(f[2]))
        d = date(f[3])
        if d: t(x, R("date"), lit(d, "date"))
    elif kind == "survey":
        s = node("survey"); t(s, TYPE, R("Survey"))
        o = entity(f[0] + " Center", "Organization"); t(s, R("conductedBy"), o)
        d = date(f[1]);
        if d: t(s, R("date"), lit(d, "gYear"))
        t(s, R("respondents"), anyn(f[2])); t(s, R("about"), anyn(f[3]))
        for k in range(rnd.randint(1, 3)):
            r = node("result"); t(s, R("result"), r)
            t(r, R("opinion"), R(rnd.choice([f[4], "Neutral"])))
            try: v = float(f[5]) + rnd.choice([0, 0, 0.04, 0.06, 1])
            except ValueError: v = 3
            t(r, R("percentage"), lit(str(v), "decimal"))
    elif kind == "mission":
        x = node("mission"); t(x, TYPE, R(rnd.choice([f[0], f[0], "DiplomaticMission", "Embassy"])))
        t(x, R("sendingState"), anyn(f[1])); t(x, R("location"), entity(f[2], "City"))
# provenance
ctx = node("ctx"); text = "Ąb cdé fg. Hij klm."
t(ctx, R("isString") if False else "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>", lit(text))
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
facts = [l.split()[0] for l in out if TYPE in l]
for i in range(5):
    s = node("sent")
    if rnd.random() < 0.8: t(s, TYPE, f"<{NIF}Sentence>")
    t(s, f"<{NIF}referenceContext>", ctx)
    b = rnd.randint(-5, 12); e = rnd.randint(-3, 25)
    t(s, f"<{NIF}beginIndex>", lit(str(b), "integer")); t(s, f"<{NIF}endIndex>", lit(str(e), "integer"))
    t(s, f"<{NIF}anchorOf>", lit(text[b:e] if rnd.random() < 0.7 else "x"))
    for k in range(3):
        if facts: t(rnd.choice(facts), "<http://www.w3.org/ns/prov#wasDerivedFrom>", s)
rnd.shuffle(out)
print("\n".join(out))
