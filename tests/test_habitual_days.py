"""A present tense with a day that comes back is a habit, told, not a schedule
(``kg.extract.frames.ahead``, ``kg.resolve.scheduled``): "Every Friday, hundreds of people
gather" (BBC entertainment/213). Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from kg.pipeline import build_text


def _factuality(nlp, text: str, lemma: str) -> str:
    graph = build_text(text, nlp=nlp)
    found = [event.factuality.value for event in graph.events() if event.lemma == lemma]
    assert found, [event.lemma for event in graph.events()]
    return found[0]


@pytest.mark.parametrize(("text", "lemma"), [
    # BBC entertainment/213: a weekly gathering, told
    ("Every Friday, hundreds of people gather in Luanda's Independence Square.", "gather"),
    ("Each Tuesday the Labour committee meets in the town hall.", "meet"),
])
def test_a_day_that_comes_back_is_told(nlp, text, lemma):
    assert _factuality(nlp, text, lemma) == "asserted"


@pytest.mark.parametrize(("text", "lemma"), [
    # a day to come stays planned (BBC sport previews)
    ("Now the Italians travel to Edinburgh on Saturday.", "travel"),
    ("Clarke faces his first test on Monday.", "face"),
])
def test_a_coming_day_is_still_planned(nlp, text, lemma):
    assert _factuality(nlp, text, lemma) == "planned"
