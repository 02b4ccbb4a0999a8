"""A nationality noun of one or more words is a person, never a people's node, and none when the
article's own person may be meant too (model tests; kg.resolve.demonymnouns)."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _speakers(nlp, text: str, title: str | None = None) -> list[str | None]:
    document = Document(id="t", text=text, title=title, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])
    return [graph.entity(quote.speaker).label if quote.speaker else None for quote in graph.quotes()
            if quote.speaker_text.lower().startswith("the ")]


def test_a_two_word_demonym_is_the_person(nlp):
    # BBC shape (a director quoted by nationality): no "New Zealander" group speaks.
    text = ('Director Peter Jackson has won a court fight over his film King Kong. '
            'The New Zealander said: "I am delighted with the result."')
    assert _speakers(nlp, text) == ["Peter Jackson"]


def test_a_people_is_no_nationality_noun(nlp):
    text = 'Ariel Sharon met the envoy on Monday. The New Zealanders said: "We are delighted with the result."'
    assert "Ariel Sharon" not in _speakers(nlp, text)


def test_the_articles_own_person_is_a_rival(nlp):
    # Headline and lead name Jackson; the one person near is another of no known nationality.
    text = ("Director Peter Jackson has won a court fight over his film King Kong. "
            'Studio boss Bob Shaye had refused to pay him. The New Zealander said: "I am delighted with the result."')
    assert "Bob Shaye" not in _speakers(nlp, text, title="Jackson wins King Kong fight")
