"""The news present of what is scheduled is planned (kg.resolve.scheduled)."""

from __future__ import annotations

import pytest

from kg.pipeline import build_text


@pytest.mark.parametrize(
    ("text", "lemma", "factuality"),
    [
        # a present tense with the day it is set for: still to come
        ("Now the Italians travel to Edinburgh on Saturday.", "travel", "planned"),
        ("Reliance Industries has its board meeting on Friday to consider its results.", "have meeting", "planned"),
        # a present the tagger read as a base form (BBC entertainment)
        ("Tickets for the V festival go on sale on Friday 11 March.", "go on sale", "planned"),
        # a past form with a day, or a present with none, is left as it is
        ("Italy travelled to Edinburgh on Saturday.", "travel", "asserted"),
        ("Chelsea beat Arsenal on Sunday.", "beat", "asserted"),
    ],
)
def test_a_present_tense_with_a_coming_day_is_planned(nlp, text, lemma, factuality):
    graph = build_text(text, nlp=nlp)
    assert [event.factuality.value for event in graph.events() if event.lemma == lemma] == [factuality]
