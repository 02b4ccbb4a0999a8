"""A fixture named with its day to come is planned, whatever its clause doubts (kg.extract.fixtures);
sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


def test_a_dated_fixture_in_a_hoped_clause_is_planned(nlp):
    # sport: was clash [possible] ("hopes to use")
    readings = event_readings(nlp, "Leicester hopes to use Sunday's clash with Wasps as a springboard.")
    assert readings["use"] == ("possible", "hope")
    assert readings["clash"] == ("planned", "sunday")


@pytest.mark.parametrize(("sentence", "reading"), [
    # no day of its own: as possible as what would set it up
    ("Lopez could set up a second round clash with Andre Agassi.", ("possible", "could")),
    # a fixture told as done keeps its reading
    ("Barkley withdrew from Bath's team for Friday's clash with Gloucester.", ("asserted", None)),
])
def test_other_fixtures_read_as_before(nlp, sentence, reading):
    assert event_readings(nlp, sentence)["clash"] == reading
