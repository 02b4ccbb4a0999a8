"""Taking control of something is an event with what was taken control of as its theme
(event_lemmas.tsv, kg.extract.lightof): "a bid would be enough for Mr Glazer to take control of
the club"; never without it (kg.resolve.ofwhat, of_what_events.txt): "to reel off seven games
and take control of the match" keeps no "take control" once the match is no theme; an "of"
phrase of an event noun stays that noun's ("launched an investigation of the deal")."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.lightof import light_of_theme
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "participant"),
    [
        # BBC business 209, paraphrased
        ("Manchester United rejected the offer. A higher bid would let Malcolm Glazer take control of the club.",
         ("agent", "Malcolm Glazer")),
        ("Tesco took control of the Dutch chain Laurus in May.", ("agent", "Tesco")),
    ],
)
def test_what_is_taken_control_of_is_the_theme(nlp, text, participant):
    events = _events(nlp, text)
    assert "take control" in events, events
    assert participant in events["take control"], events["take control"]


def test_no_take_control_without_what_of(nlp):
    # BBC sport 503, paraphrased: no theme, only a purpose
    events = _events(nlp, "Marat Safin played his best tennis to reel off seven games and take control of the match.")
    assert "take control" not in events, events


def test_an_event_nouns_of_phrase_stays_its_own(nlp):
    doc = nlp("The regulator launched an investigation of the deal.")
    noun = next(word for word in doc if word.text == "investigation")
    assert light_of_theme(noun) == []
