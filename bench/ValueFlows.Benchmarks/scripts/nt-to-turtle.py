#!/usr/bin/env python3
"""Rewrites the N-Triples of ../shared/bench/gen-vf.py as Turtle the way people write it: prefixes, subjects grouped
with ';', objects with ',', 'a', bare numbers and booleans. Reads stdin, writes stdout. Only for the simple N-Triples
that gen-vf.py produces (one triple per line, no blank nodes).

    python3 ../shared/bench/gen-vf.py --agents 3560 | python3 nt-to-turtle.py > /tmp/vf-1m.ttl
"""
import re
import sys

PREFIXES = [
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vf", "https://w3id.org/valueflows/ont/vf#"),
    ("vfx", "https://w3id.org/valueflows#"),
    ("om2", "http://www.ontology-of-units-of-measure.org/resource/om-2/"),
    ("event", "http://example.org/vf/economicEvent/"),
    ("resource", "http://example.org/vf/economicResource/"),
    ("person", "http://example.org/vf/person/"),
    ("spec", "http://example.org/vf/resourceSpecification/"),
    ("commitment", "http://example.org/vf/commitment/"),
    ("org", "http://example.org/vf/organization/"),
    ("process", "http://example.org/vf/process/"),
    ("rel", "http://example.org/vf/agentRelationship/"),
    ("role", "http://example.org/vf/agentRelationshipRole/"),
    ("intent", "http://example.org/vf/intent/"),
    ("pspec", "http://example.org/vf/processSpecification/"),
]
LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
TRIPLE = re.compile(r'^(<[^>]*>) (<[^>]*>) (.*) \.$')
DECIMAL = re.compile(r'^"([+-]?[0-9]*\.[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#decimal>$')
INTEGER = re.compile(r'^"([+-]?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>$')
BOOLEAN = re.compile(r'^"(true|false)"\^\^<http://www\.w3\.org/2001/XMLSchema#boolean>$')
TYPED = re.compile(r'^(".*")\^\^(<[^>]*>)$')


def iri(term):
    value = term[1:-1]
    for prefix, ns in PREFIXES:
        if value.startswith(ns):
            local = value[len(ns):]
            if LOCAL.match(local):
                return prefix + ":" + local
    return term


def obj(term):
    if term.startswith("<"):
        return iri(term)
    for pattern in (DECIMAL, INTEGER, BOOLEAN):
        m = pattern.match(term)
        if m:
            return m.group(1)
    m = TYPED.match(term)
    if m:
        return m.group(1) + "^^" + iri(m.group(2))
    return term


def main():
    out = sys.stdout
    for prefix, ns in PREFIXES:
        out.write(f"@prefix {prefix}: <{ns}> .\n")
    subject = predicate = None
    for line in sys.stdin:
        m = TRIPLE.match(line.rstrip("\n"))
        if not m:
            continue
        s, p, o = m.groups()
        p = "a" if p == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" else iri(p)
        o = obj(o)
        if s == subject and p == predicate:
            out.write(f" ,\n        {o}")
        elif s == subject:
            out.write(f" ;\n    {p} {o}")
        else:
            if subject is not None:
                out.write(" .\n")
            out.write(f"\n{iri(s)}\n    {p} {o}")
        subject, predicate = s, p
    if subject is not None:
        out.write(" .\n")


if __name__ == "__main__":
    main()
