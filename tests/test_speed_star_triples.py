"""The RDF-star writer of a graph in memory reads the shared triples' texts
(``kg.export.triples.Prepared.star_ntriples``) instead of making each term's text again, and
hands pyoxigraph N-Triples lines to parse rather than triples made in Python: its bytes are
those of the generic path (``kg.export.rdf._reified``, sorted by the terms' N-Triples texts,
the first of equal rows kept), which a build on disk still takes."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg.export.rdf import _reified, write_turtle_star_to
from kg.export.triples import Prepared, TermTexts, prefixes, prepared, triples


def _generic(graph) -> bytes:
    """The writer's generic path, as it reads a graph on disk (in memory: sorted once)."""
    text = TermTexts().text
    keyed: dict[tuple, tuple] = {}
    for subject, predicate, obj in _reified(triples(graph)):
        keyed.setdefault((text(subject), text(predicate), text(obj)), (subject, predicate, obj))
    stream = io.BytesIO()
    ox.serialize((ox.Quad(*keyed[key]) for key in sorted(keyed)), stream, format=ox.RdfFormat.TURTLE,
                 prefixes=prefixes(graph))
    return stream.getvalue()


def _written(graph) -> bytes:
    stream = io.BytesIO()
    write_turtle_star_to(graph, stream)
    return stream.getvalue()


def test_the_seed_graph_s_rdf_star_is_the_generic_path_s(seed_graph):
    written = _written(seed_graph)
    assert written == _generic(seed_graph)
    assert b"<<(" in written and b"rdf:Statement" not in written


def test_the_tricky_graph_s_rdf_star_is_the_generic_path_s(tricky_graph):
    assert _written(tricky_graph) == _generic(tricky_graph)


def test_a_statement_without_its_object_is_refused(seed_graph):
    rows = [row for row in prepared(seed_graph).rows]  # a copy: the session's graph stays whole
    first = next(i for i, ((_s, predicate, _o), _d) in enumerate(rows) if str(predicate).endswith("#object>"))
    del rows[first]
    with pytest.raises(ValueError, match="lacks its rdf:subject"):
        Prepared(rows, seed_graph.base_iri).star_ntriples()
