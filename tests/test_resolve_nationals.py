"""Speakers described by nationality alone are the one person the text is about
(model tests; kg.resolve.nationals)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _speakers(nlp, text: str) -> set[str | None]:
    document = Document(id="t", text=text, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return {graph.entity(quote.speaker).label if quote.speaker else None
            for quote in graph.quotes() if quote.speaker_text.startswith("the ")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real sentences (bbc/sport/427): the one person the sentences before are about.
        ("Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the quarter-finals. "
         "Agassi was often bamboozled by the Austrian's drop shots in San Jose, losing 6-3 6-1. "
         'And Agassi said Melzer was an example of several players on the tour. '
         '"A lot more guys are capable of it now," said the American.', {"Andre Agassi"}),
        # The article gives him another nationality: nobody rather than a guess.
        ("Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the quarter-finals. "
         "Russian Andre Agassi was often bamboozled by drop shots in San Jose, losing 6-3 6-1. "
         'And Agassi said Melzer was an example of several players on the tour. '
         '"A lot more guys are capable of it now," said the American.', {None}),
        # Another person is given that nationality: either may be meant.
        ("Second seed Andre Agassi suffered a comprehensive defeat by American Jurgen Melzer in the quarter-finals. "
         "Agassi was often bamboozled by drop shots in San Jose, losing 6-3 6-1. "
         'And Agassi said Melzer was an example of several players on the tour. '
         '"A lot more guys are capable of it now," said the American.', {None}),
        # Real sentences (bbc/sport/468): the other person named near is given another nationality
        # four words before his name ("Chilean Olympic gold medalist Nicolas Massu").
        ("Andre Agassi saw off Chilean Olympic gold medalist Nicolas Massu 6-1 7-6 (7-4). "
         "Agassi was delighted with victory over Massu in his first match for over two months. "
         '"I felt pretty good," said the American.', {"Andre Agassi"}),
    ],
)
def test_nationality_speaker_is_the_person_the_text_is_about(nlp, text, expected):
    assert _speakers(nlp, text) == expected


def test_an_aged_demonym_is_the_one_person_near(nlp):
    # BBC sport shape: "The 34-year-old American" acts as "the American" does, the one person near
    text = ("Andre Agassi reached the semi-finals of the Dubai Open on Tuesday. "
            "The 34-year-old American will play Roger Federer next.")
    document = Document(id="t", text=text, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    (play,) = [event for event in graph.events() if event.lemma == "play"]
    agents = [graph.entity(p.entity).label for p in play.participants if p.role == "agent" and p.entity]
    assert agents == ["Andre Agassi"]
