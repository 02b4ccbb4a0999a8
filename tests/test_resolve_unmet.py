"""A meeting verb with one doer alone is not kept (kg.resolve.unmet); one with whom or
what was met stays, and so do a tour and a meeting of two named doers."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# A lead sentence before the sentence tested.
_LEAD = "Business leaders are gathering in the Swiss resort of Davos for the World Economic Forum. "


def _lemmas(nlp, text: str) -> Counter[str]:
    text = _LEAD + text
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_one_who_attends_what_the_sentence_before_named_is_dropped(nlp):
    # business/487, paraphrased: what is attended is the forum of the lead
    text = "Only one senior official from President Bush's new administration is scheduled to attend."
    assert _lemmas(nlp, text)["attend"] == 0


def test_a_meeting_of_unlinked_parties_is_dropped(nlp):
    # business/219, paraphrased: the banks met are no entity
    text = "Borussia Dortmund officials met with almost all the banks involved in its financing."
    assert _lemmas(nlp, text)["meet"] == 0


def test_a_meeting_with_whom_stays(nlp):
    # politics/2xx, paraphrased: the one met is a participant
    text = "Tony Blair met Gordon Brown in Downing Street on Tuesday."
    assert _lemmas(nlp, text)["meet"] == 1


def test_a_meeting_of_two_named_doers_stays(nlp):
    # entertainment/2xx, paraphrased: each the other's party
    text = "Matthew Bellamy and Dominic Howard met in Teignmouth in their early teens."
    assert _lemmas(nlp, text)["meet"] == 1


def test_a_tour_is_whole_with_its_doer(nlp):
    # entertainment/2xx, paraphrased: a tour needs no theme
    text = "Singer Joss Stone will tour next year."
    assert _lemmas(nlp, text)["tour"] == 1
