"""A negation inside a belief stands: "he was sure the Budget would not put the economy at risk"
is no possible risk (kg.extract.feelings, belief_adjectives.txt); inside a fear it stays part of
the fear. Sentences after politics/359 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.types import Factuality


def _factuality(nlp, text: str, lemma: str) -> set[Factuality]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {event.factuality for event in extract(document, doc).events if event.lemma == lemma}


def test_a_negation_inside_a_belief_stands(nlp):
    text = "Mr Balls said he was sure Mr Brown's Budget would not put at risk the stability of the economy."
    assert _factuality(nlp, text, "put at risk") == {Factuality.NEGATED}


def test_confident_that_not(nlp):
    text = "Thanou is confident she and fellow sprinter Kenteris will not be punished for missing drugs tests."
    assert _factuality(nlp, text, "punish") == {Factuality.NEGATED}


def test_a_negation_inside_a_fear_is_part_of_the_fear(nlp):
    text = "Organisers are worried that the new stadium will not be finished before the Olympics start in August."
    assert _factuality(nlp, text, "finish") == {Factuality.POSSIBLE}
