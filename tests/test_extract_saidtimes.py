"""A time right after a verb of saying, before the said clause's subject, dates the saying, not the
clause (kg.extract.saidtimes). Real sentences (BBC business/297, tech/343)."""

from __future__ import annotations

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    return {event.lemma: event_roles(event) for event in _events(nlp, sentence)}[lemma]


def test_the_saying_keeps_its_time(nlp):
    sentence = ("Deutsche Bank said earlier this month it would reduce its German workforce by 1,920 while as many as "
                "300 jobs will be lost at Credit Suisse First Boston.")
    assert "time" not in _roles(nlp, sentence, "reduce"), _roles(nlp, sentence, "reduce")


def test_a_time_inside_the_clause_stays(nlp):
    sentence = ("Ultra high speed wi-fi connections moved closer to reality on Thursday when Intel said it would list "
                "standards for the technology later this year.")
    assert _roles(nlp, sentence, "list").get("time") == ["later this year"]
