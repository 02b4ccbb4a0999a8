"""A counted subject keeps its event though no entity stands for it ("some 1,100 flights
were cancelled": kg.resolve.countedsubjects); not a noun a participle describes, a span of
time, a name's number, nor "the two sides", which stand for ones named before."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve

# An opening sentence first: the lead's own description keeps its event (kg.resolve.lead).
_OPENING = "Officials in Geneva spoke on Monday. "


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    text = _OPENING + text
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    return {event.lemma: [(p.role, p.text) for p in event.participants] for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        ("Altogether, some 1,100 flights were cancelled over the holiday weekend.",
         "cancel", ("patient", "some 1,100 flights")),
        ("Six foreign-owned textile factories have closed in Lesotho, union officers said.",
         "close", ("theme", "Six foreign-owned textile factories")),
        ("Some 12,500 civil servant posts have been axed, he added.", "ax", ("patient", "Some 12,500 civil servant posts")),
        ("In total, six raids were carried out in August.", "carry out", ("patient", "six raids")),
        ("Some 600 schools have already signed up for the mock elections.", "sign up", ("agent", "Some 600 schools")),
    ],
)
def test_a_counted_subject_keeps_its_event(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The internet could soon have two new domain names, aimed at mobile services and the jobs market.", "aim"),
        ("The two sides had reached general agreement on a new funding programme.", "reach"),
        ("The G8 countries will meet at Gleneagles next summer.", "meet"),
        ("Two moments of magic from the captain guided the visitors to a workmanlike victory.", "guide"),
        ("The hosts were awarded a penalty with four minutes left.", "leave"),
        ("Many people have been affected by the delays.", "affect"),
        # a verb's object that a small clause describes: what was ordered, no halt told as done
        ("Altogether, the agency ordered 30 projects halted.", "halt"),
        ("Computer failures left 30,000 passengers stranded and 10,000 bags undelivered.", "strand"),
    ],
)
def test_no_count_of_the_subject_keeps_no_event(nlp, text, lemma):
    assert lemma not in _events(nlp, text)
