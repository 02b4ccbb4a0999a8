"""A position given twice, with its organisation and without, is one statement
(``kg.resolve.repeated``), on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _positions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    document = Document(id="t", text=text, date="2005-02-28", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return sorted((graph.entity(p.person).label, p.role, graph.entity(p.organisation).label if p.organisation else "-")
                  for p in graph.positions())


def test_a_role_given_again_without_its_organisation_is_no_second_position(nlp):
    # sport/330
    text = ("England coach Andy Robinson lambasted referee Jonathan Kaplan for costing them the game. "
            "Campese, though, defended coach Andy Robinson, who he believes was the only choice.")
    robinson = [p for p in _positions(nlp, text) if p[0] == "Andy Robinson"]
    assert robinson == [("Andy Robinson", "coach", "England")]


def test_a_role_first_given_without_its_organisation_stays(nlp):
    # sport/330's sentences the other way round: the later title is no fuller form of an earlier one.
    text = ("Campese, though, defended coach Andy Robinson, who he believes was the only choice. "
            "England coach Andy Robinson lambasted referee Jonathan Kaplan for costing them the game.")
    robinson = [p for p in _positions(nlp, text) if p[0] == "Andy Robinson"]
    assert ("Andy Robinson", "coach", "-") in robinson
