#!/usr/bin/env python3
"""Checks the NIF offsets of a relkg graph given as N-Triples on standard
input (for instance `rapper -q -i turtle -o ntriples out/relations.ttl`).

For every nif:Sentence: it has nif:anchorOf, nif:beginIndex, nif:endIndex
and nif:referenceContext; its context has nif:isString; 0 <= begin < end <=
len(isString); and isString[begin:end], counted in Unicode code points,
equals anchorOf.  Prints one line per failure (at most 20) and a summary;
exits 1 when any sentence fails or there are none."""
import re
import sys

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# subject, predicate, object (IRI, blank node or literal with its suffix)
LINE = re.compile(
    r'^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+'
    r'(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
    r'\s*(?:<[^>]*>\s*)?\.\s*$')
ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'",
          "\\": "\\"}


def unescape(body):
    def one(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return SIMPLE[e]
    return ESCAPE.sub(one, body)


def literal_value(term):
    """The lexical form of a literal term, or None for a node."""
    if not term.startswith('"'):
        return None
    end = term.rindex('"')
    return unescape(term[1:end])


def node(term):
    return term[1:-1] if term.startswith("<") else term


def read(stream):
    props = {}  # subject -> predicate -> [object term]
    bad = 0
    for n, raw in enumerate(stream, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE.match(line)
        if not m:
            bad += 1
            if bad <= 5:
                print("unparsed line %d: %s" % (n, line[:120]))
            continue
        s, p, o = node(m.group(1)), m.group(2), m.group(3)
        props.setdefault(s, {}).setdefault(p, []).append(o)
    return props, bad


def one(props, p, what):
    values = props.get(p, [])
    if len(values) != 1:
        raise ValueError("%d values of %s" % (len(values), what))
    return values[0]


def check_sentence(graph, s):
    """None when the sentence holds, else what is wrong."""
    props = graph[s]
    try:
        anchor = literal_value(one(props, NIF + "anchorOf", "nif:anchorOf"))
        begin = int(literal_value(one(props, NIF + "beginIndex", "nif:beginIndex")))
        end = int(literal_value(one(props, NIF + "endIndex", "nif:endIndex")))
        ctx = node(one(props, NIF + "referenceContext", "nif:referenceContext"))
        text = literal_value(one(graph.get(ctx, {}), NIF + "isString",
                                 "nif:isString of " + ctx))
    except (ValueError, TypeError) as e:
        return str(e)
    if anchor is None or text is None:
        return "anchorOf or isString is not a literal"
    if not 0 <= begin < end <= len(text):
        return "offsets [%d, %d) outside the context (%d code points)" % (
            begin, end, len(text))
    if text[begin:end] != anchor:
        return "text[%d:%d] = %r, anchorOf = %r" % (begin, end, text[begin:end][:60],
                                                     anchor[:60])
    return None


def main():
    graph, bad = read(sys.stdin)
    sentences = sorted(s for s, props in graph.items()
                       if "<" + NIF + "Sentence>" in props.get(RDF_TYPE, []))
    failed = 0
    for s in sentences:
        why = check_sentence(graph, s)
        if why:
            failed += 1
            if failed <= 20:
                print("offsets do not hold: %s: %s" % (s, why))
    print("%d sentences, %d hold, %d fail, %d unparsed lines" % (
        len(sentences), len(sentences) - failed, failed, bad))
    return 0 if sentences and not failed and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
