"""A position of a post held only in some body (a spokesman, a chief executive, a chairman,
a boss), written with no organisation, is not kept (kg.resolve.boundposts); one with its
organisation stays, and so does a post that stands alone (chancellor) or one a person may
hold for a person (a coach)."""

from __future__ import annotations

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _positions(nlp, text: str) -> set[tuple[str, str, bool]]:
    document = Document(id="t", text=text, date="2005-01-13")
    graph = resolve(extract(document, nlp(text)))
    labels = {entity.key: entity.label for entity in graph.entities}
    return {(labels.get(p.person, p.person), p.role_key, p.organisation is not None) for p in graph.positions}


def test_a_boss_of_no_one_is_dropped(nlp):
    # sport/252: no club holds the post
    text = ("Boss Sir Alex Ferguson was left ruing Manchester United's failure to close the gap "
            "on Chelsea after his side's 1-1 draw with Fulham.")
    assert not {p for p in _positions(nlp, text) if p[1] == "boss"}


def test_a_spokesman_of_no_one_is_dropped(nlp):
    # politics/388, paraphrased
    text = 'Health spokesman Paul Burstow said: "Promoting independence sounds good."'
    assert not {p for p in _positions(nlp, text) if p[1] == "spokesperson"}


def test_a_chief_executive_of_a_named_firm_stays(nlp):
    # business/2xx: Nissan holds the post
    text = ('"We want to make sure we are not concentrating on one technology," '
            "Nissan chief executive Carlos Ghosn said.")
    assert ("Carlos Ghosn", "chief executive", True) in _positions(nlp, text)


def test_a_post_that_stands_alone_stays(nlp):
    # business/4xx, paraphrased: a chancellor needs no body named
    text = "Deloitte is forecasting growth of 2%, below Chancellor Gordon Brown's forecast of 3%."
    assert ("Gordon Brown", "chancellor", False) in _positions(nlp, text)


def test_a_coach_of_people_stays(nlp):
    # sport, paraphrased: a coach may be a person's
    text = "The sprinters' former coach, Christos Tzekos, has been banned for four years."
    assert {p for p in _positions(nlp, text) if p[1] == "coach"}
