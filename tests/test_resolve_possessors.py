"""Whose "his" or "her" before a role is (``kg.resolve.possessors``): the nearest person before
it in its sentence, never one whose given name or title says the other gender. Sentences after
sport/044 (paraphrased, names changed), on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _positions(nlp, text: str) -> set[tuple[str, str, str | None]]:
    document = Document(id="t", text=text, date="2004-12-09", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return {(graph.entity(p.person).label, p.role, graph.entity(p.organisation).label if p.organisation else None)
            for p in graph.positions()}


def test_her_coach_is_the_womans(nlp):
    text = ("Banned sprinter Kelli White says she took steroids given to her by lab president Victor Conte. "
            "White was introduced to Conte through her coach Remy Korchemy, who is also a defendant in the case.")
    positions = _positions(nlp, text)
    assert ("Remy Korchemy", "coach", "Kelli White") in positions
    assert ("Remy Korchemy", "coach", "Victor Conte") not in positions


def test_his_lawyer_is_the_mans(nlp):
    text = ("Striker Thomas Reed has met club chairwoman Susan Clarke. "
            "Reed was introduced to Clarke by his lawyer Paul Stretford, who arranged the talks.")
    positions = _positions(nlp, text)
    assert ("Paul Stretford", "lawyer", "Thomas Reed") in positions


def test_a_name_of_either_gender_still_owns_the_role(nlp):
    # "Chris" is a given name of both: no evidence against the nearest person
    text = ("Sprinter Mary Jones says she took steroids. Jones was introduced to Chris Hale through her coach "
            "Remy Korchak, who is also a defendant in the case.")
    assert ("Remy Korchak", "coach", "Chris Hale") in _positions(nlp, text)
