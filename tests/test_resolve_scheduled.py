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
        # a calendar date is a day set too (a BBC sport preview, BBC entertainment)
        ("Keska runs the men's 12km on 20 March.", "run", "planned"),
        ("Already available in Japan, the PSP is released in the US on 24 March.", "release", "planned"),
        # ... but not for a verb whose past is its base form, nor a date with its year
        ("Chelsea beat Arsenal on 20 March.", "beat", "asserted"),
        ("The firm ends the scheme on 20 March 2003.", "end", "asserted"),
        # a past form with a day, or a present with none, is left as it is
        ("Italy travelled to Edinburgh on Saturday.", "travel", "asserted"),
        ("Chelsea beat Arsenal on Sunday.", "beat", "asserted"),
    ],
)
def test_a_present_tense_with_a_coming_day_is_planned(nlp, text, lemma, factuality):
    graph = build_text(text, nlp=nlp)
    assert [event.factuality.value for event in graph.events() if event.lemma == lemma] == [factuality]
