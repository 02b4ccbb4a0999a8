"""A total stated with how it moved ("totalled $345m, up from $66m") is a change of the
measured subject (``kg.extract.totals.total_figure``, read by ``kg.extract.changes``) and
the total stays the subject's level (``kg.extract.figures``), not the clause's
total(agent=losses). Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _events(nlp, sentence: str) -> dict[str, dict[str, list[str]]]:
    return {event.lemma: event_roles(event) for event in sentence_events(nlp, sentence)}


@pytest.mark.parametrize(("sentence", "lemma", "theme", "new", "old"), [
    # BBC business/467
    ("The quarterly losses at the European arm totalled $345m, up from $66m.", "rise",
     "The quarterly losses", "$345m", "$66m"),
    # BBC business/467, paraphrased: "down" a fall
    ("Global income from continuing operations totalled $569m in the quarter, down from $838m.", "fall",
     "Global income", "$569m", "$838m"),
])
def test_a_total_that_moved_is_a_change_and_a_total(nlp, sentence, lemma, theme, new, old):
    events = _events(nlp, sentence)
    change = events.get(lemma)
    assert change is not None, events
    olds = [text.rstrip(".") for text in change.get("old_value", [])]  # the parse may keep the full stop on "$66m."
    assert change.get("theme") == [theme] and change.get("new_value") == [new] and olds == [old], change
    total = events.get("total")
    assert total is not None and total.get("theme") == [theme] and "agent" not in total, events


@pytest.mark.parametrize("sentence", [
    # no measured subject: a count of members (BBC politics, paraphrased)
    "The union numbers 300,000 members, up from 200,000.",
    # "up from" with no amount
    "Sales totalled £1.2bn, up from the previous level.",
])
def test_no_change_where_the_total_is_no_measured_move(nlp, sentence):
    events = _events(nlp, sentence)
    assert "rise" not in events, events


def test_a_plain_total_is_read_as_before(nlp):
    # BBC business/221, paraphrased
    events = _events(nlp, "Sales totalled £1.2bn in 2004.")
    assert events.get("total", {}).get("new_value") == ["£1.2bn"], events
    assert "rise" not in events, events
