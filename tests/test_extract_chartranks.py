"""A place in a chart that a change reaches or leaves (kg.extract.chartranks): its new or old
value, read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles", "event_class"), [
    # "to number 16" read as an infinitive: the place was lost (BBC entertainment/212).
    ("Last year's winner, chat show host Graham Norton, fell to number 16 following relatively few television "
     "appearances in 2004.", "fall", {"new_value": ["number 16"]}, "change"),
    # A place reached is the change's new value, not a destination (BBC entertainment/261).
    ("Last week's number one album Tourist, by Athlete, fell to number three.", "fall",
     {"new_value": ["number three"], "destination": None}, "change"),
    ("Almost Here, the duet from former Westlife star Brian McFadden and Delta Goodrem, fell from number three "
     "to number five.", "fall", {"old_value": ["number three"], "new_value": ["number five"]}, "change"),
    # An ordinal's place (BBC entertainment/312).
    ("After topping the chart for two consecutive weeks, Smith's romantic comedy Hitch dropped to second place "
     "with takings of $21m (£10.9m).", "drop", {"new_value": ["second place"], "destination": None}, "change"),
    # A movement keeps its destination (BBC entertainment/261).
    ("The Killers' album Hot Fuss moved up three to number two.", "move",
     {"destination": ["number two"], "new_value": None}, "movement"),
])
def test_a_chart_place_is_a_value_of_the_change(nlp, sentence, lemma, roles, event_class):
    check_event(sentence_events(nlp, sentence), lemma, roles, event_class)
