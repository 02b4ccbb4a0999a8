"""The month or day a firm reported a figure for a period dates the report, not the figure
(kg.extract.reportdays). Real sentences (BBC business/474, business/321, business/503)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    return {event.lemma: event_roles(event) for event in _events(nlp, sentence)}[lemma]


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Virgin Blue reported a 22% fall in first quarter profits in August 2004 due to tough competition.", "fall"),
    ("In July, Diageo, which is listed on the London Stock Exchange, reported an annual turnover of £8.89bn, down "
     "from £9.28bn a year earlier.", "fall"),
])
def test_a_periods_figure_takes_no_report_day(nlp, sentence, lemma):
    assert "time" not in _roles(nlp, sentence, lemma), _roles(nlp, sentence, lemma)
    assert "time" in _roles(nlp, sentence, "report")  # the report keeps its day


def test_a_figure_with_no_period_keeps_the_time(nlp):
    sentence = ("Utility vehicle and tractor maker Mahindra has reported a 52% rise in net profit during the last "
                "three months of 2004.")
    assert _roles(nlp, sentence, "rise").get("time") == ["the last three months of 2004"]
