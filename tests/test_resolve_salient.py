"""A description nearby stands for the subject of the sentence before, never a person that
sentence names only off its subjects (model tests; kg.resolve.salient)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _graph(nlp, text: str) -> KnowledgeGraph:
    document = Document(id="t", text=text, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])


def _agents(graph: KnowledgeGraph, lemma: str) -> list[str]:
    return [graph.entity(p.entity).label for event in graph.events() if event.lemma == lemma
            for p in event.participants if p.role == "agent" and p.entity]


def test_a_person_named_in_a_phrase_after_a_pronoun_subject_is_no_description(nlp):
    # BBC sport shape (bbc/sport/244): "he" is the one the sentence is about, not Arthur Cox.
    text = ("Stuart Pearce joined City as a player under Kevin Keegan in 2001. He was promoted to assistant "
            "manager following the departure of Arthur Cox last summer. The former England defender had a "
            "year as player-boss with Nottingham Forest.")
    graph = _graph(nlp, text)
    assert [(graph.entity(p.person).label, p.role) for p in graph.positions() if p.role == "defender"] == []


def test_an_object_after_a_pronoun_subject_is_no_nationality_noun(nlp):
    # BBC sport shape (bbc/sport/480): the Russian is "he", not the Croatian he battled past.
    text = ("Marat Safin reached the fourth round on Monday. He survived an injury scare as he battled past "
            "Mario Ancic 6-4 3-6 6-3 6-4. The Russian turned his right ankle in the third game of the fourth set.")
    assert "Mario Ancic" not in _agents(_graph(nlp, text), "turn")


def test_a_pronoun_after_the_named_object_may_be_that_person(nlp):
    # "rob Dallaglio of his pace, but he reinvented himself": "he" is no rival of Dallaglio.
    text = ("A virus robbed Marat Safin of his pace, but he came through in four sets. "
            "The Russian turned his right ankle in the fourth set.")
    assert _agents(_graph(nlp, text), "turn") == ["Marat Safin"]


def test_the_object_given_that_nationality_keeps_the_noun(nlp):
    # BBC sport shape (bbc/sport/428): "Russian Mikhail Youzhny" is the Russian, though "he" is the subject.
    text = ("But the Swiss star hit back to reach the quarter-finals, where he will face seventh seed Russian "
            "Mikhail Youzhny. The Russian beat Germany's Rainer Schuettler 7-5 6-4.")
    assert _agents(_graph(nlp, text), "beat") == ["Mikhail Youzhny"]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # BBC sport shapes (bbc/sport/465, 505): the subject before, not the opponent named in a phrase.
        ("Justine Henin-Hardenne lost to Elena Dementieva in an exhibition match in Belgium on Sunday. And the "
         "Belgian, who has slipped to eight in the world, faces a tough title defence next month.", "face",
         ["Justine Henin-Hardenne"]),
        ("Fifth seed Robin Soderling took the Milan title with a dramatic win over Radek Stepanek in the final. "
         "The Swede edged the final set tie-break 7-5.", "edge", ["Robin Soderling"]),
    ],
)
def test_an_opening_description_is_the_subject_before(nlp, text, lemma, expected):
    assert _agents(_graph(nlp, text), lemma) == expected


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # The object is given the nationality (bbc/sport/452 shape): not the subject.
        ("Fifth seed Fernando Gonzalez eased past American Robby Ginepri 6-3 6-4. The American will meet "
         "Juan Ignacio Chela next.", "meet"),
        # The others are objects (bbc/sport/444 shape): the last named may be meant.
        ("Olivier Rochus beat third seed Nicolas Kiefer 7-5 and will take on second seed Joachim Johansson. "
         "The Swede reached the last four by beating Thomas Enqvist 6-3 4-6 6-1.", "reach"),
        # Both are subjects of the sentence before: either may be meant.
        ("Tim Henman met Greg Rusedski and Rusedski praised him. The Briton then flew home to London.", "fly"),
    ],
)
def test_no_subject_when_another_fits(nlp, text, lemma):
    agents = _agents(_graph(nlp, text), lemma)
    assert agents in ([], ["Robby Ginepri"], ["Joachim Johansson"])
