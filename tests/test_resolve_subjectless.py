"""A clause's event whose kept participants all follow its verb, none an agent, a patient,
a time or a figure, is not kept (kg.resolve.subjectless): "any chance of winning Wimbledon",
"I bought the US version"; one with its subject before the verb, a passive's patient or a
time stays."""

from __future__ import annotations

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...]]]:
    document = Document(id="t", text=text, date="2005-01-13")
    graph = resolve(extract(document, nlp(text)))
    return [(event.lemma, tuple(sorted(p.role for p in event.participants))) for event in graph.events]


def _lemmas(nlp, text: str) -> list[str]:
    return [lemma for lemma, _ in _events(nlp, text)]


def test_a_win_with_no_winner_is_dropped(nlp):
    # sport/489: the chance is Safin's, the winning no one's
    text = "Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning Wimbledon in the future."
    assert ("win", ("theme",)) not in _events(nlp, text)


def test_a_purchase_with_no_buyer_is_dropped(nlp):
    # tech/401: the first person is no participant
    text = "I bought the US version of World of Warcraft when it came out."
    assert "buy" not in _lemmas(nlp, text)


def test_a_passive_with_its_patient_stays(nlp):
    # sport/500: what is played is the passive's subject
    text = "Uefa says it will allow European matches to be played on artificial pitches."
    assert "play" in _lemmas(nlp, text)


def test_an_event_with_its_subject_stays(nlp):
    # sport/204
    text = "Tim Henman has retired from Great Britain's Davis Cup team."
    assert "retire" in _lemmas(nlp, text)
