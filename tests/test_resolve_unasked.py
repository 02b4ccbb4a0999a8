"""A request or agreement verb with its doer alone is not kept (kg.resolve.unasked); one
with what was asked or agreed stays, and so do a legal appeal and an agreement of two
named parties."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# A lead sentence before the sentence tested.
_LEAD = "Voice over internet telephony is set to grow fast, industry leaders believe. "


def _lemmas(nlp, text: str) -> Counter[str]:
    text = _LEAD + text
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_one_who_agreed_with_nothing_agreed_is_dropped(nlp):
    # tech/350: what he agreed with is the sentence before
    text = "Rich Templeton, the head of chip maker Texas Instruments, was asked if Voip would take off. Mr Templeton said he agreed."
    assert _lemmas(nlp, text)["agree"] == 0


def test_one_who_asked_nothing_is_dropped(nlp):
    # politics/316, paraphrased: the apology stays, the asking says nothing
    text = "Ken Livingstone said earlier this week he would not apologise even if Tony Blair asked."
    lemmas = _lemmas(nlp, text)
    assert lemmas["ask"] == 0
    assert lemmas["apologise"] == 1


def test_an_agreement_with_what_was_agreed_stays(nlp):
    # business/219, paraphrased: what was agreed is the theme
    text = "Struggling German football club Borussia Dortmund agreed a rescue plan with its creditors on Friday."
    assert _lemmas(nlp, text)["agree"] == 1


def test_an_agreement_of_two_named_parties_stays(nlp):
    # business/2xx, paraphrased: each party is the other's
    text = "After months of talks, Boeing and Airbus finally agreed on Tuesday."
    assert _lemmas(nlp, text)["agree"] == 1


def test_an_appeal_is_whole_in_itself(nlp):
    # business/291: a legal appeal needs no theme
    text = "The Justice Department refused to say if it would appeal."
    assert _lemmas(nlp, text)["appeal"] == 1
