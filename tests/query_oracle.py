#!/usr/bin/python3
"""Answers SPARQL queries with rdflib (python3-rdflib), the second engine
the query pack is held to: rasqal 0.9.33, under relkg query and roqet,
gives wrong rows for some OPTIONAL shapes (README.md, "Querying and
loading").

usage: query_oracle.py OUTDIR GRAPH.nt... -- QUERY.rq...
writes OUTDIR/<graph>.<query>.csv: the result rows as CSV without the
header, sorted (the answer as a multiset: ORDER BY is dropped before
evaluating, since rdflib 6.1 cannot sort unbound values)."""
import csv
import io
import os
import re
import sys

import rdflib


def rows(graph, text):
    text = re.sub(r"\bORDER\s+BY\b[^}]*$", "", text, flags=re.S | re.I)
    out = []
    for row in graph.query(text):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(
            ["" if v is None else str(v) for v in row])
        out.append(buf.getvalue())
    return sorted(out)


def main():
    outdir, args = sys.argv[1], sys.argv[2:]
    cut = args.index("--")
    graphs, queries = args[:cut], args[cut + 1:]
    texts = {q: open(q, encoding="utf-8").read() for q in queries}
    for g in graphs:
        graph = rdflib.Graph()
        graph.parse(g, format="nt")
        for q, text in texts.items():
            name = "%s.%s.csv" % (os.path.basename(g)[:-3],
                                  os.path.basename(q)[:-3])
            with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
                fh.writelines(rows(graph, text))


main()
