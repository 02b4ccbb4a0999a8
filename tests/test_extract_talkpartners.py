"""The other party of talks or a deal named on the verb's object is the event's theme beside the
noun (kg.extract.talkpartners): "Euronext began talks with the LSE". Sentences after
business/279, business/320 and business/424 of the BBC corpus, paraphrased, on the session
pipeline."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _themes(nlp, text: str, lemma: str) -> set[str]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {argument.argument.text for event in extract(document, doc).events if event.lemma == lemma
            for argument in event.arguments if argument.role == "theme"}


def test_talks_with_a_firm(nlp):
    assert "the London Stock Exchange" in _themes(
        nlp, "Euronext began talks with the London Stock Exchange last month.", "begin")


def test_talks_with_a_country(nlp):
    assert "Croatia" in _themes(nlp, "The EU will start accession talks with Croatia in April.", "start")


def test_an_agreement_with_a_party(nlp):
    assert "the EU" in _themes(nlp, "Last year the US terminated an agreement with the EU on aircraft subsidies.",
                               "terminate")


def test_no_party_for_an_object_of_another_kind(nlp):
    assert "his brother" not in _themes(nlp, "He opened a shop with his brother in Leeds.", "open")
