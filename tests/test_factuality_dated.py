"""An event noun a date is set for (or not yet set for) is planned, never negated by the
missing date's "no" nor told as done (kg.extract.dated)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize("sentence", [
    # bbc/tech/363: no date yet, so the release is to come, not ruled out.
    "There is no date for the PSP's release in Europe yet.",
    # The date noun the subject of the verb the "for" hangs on.
    "No date has been set for the release of the album in Europe.",
    "The label has set a date for the release of the album.",
    "There is still no timetable for the release of the hostages.",
])
def test_the_event_a_date_is_for_is_planned(nlp, sentence):
    factuality, cue = event_readings(nlp, sentence)["release"]
    assert (factuality, cue in ("date", "timetable")) == ("planned", True)


@pytest.mark.parametrize(("sentence", "reading"), [
    # No schedule noun: "no" on the event itself negates it, as before.
    ("There was no release of the album in Europe last year.", "negated"),
    # A release told is told.
    ("The label announced the release of the album in Europe on Monday.", "asserted"),
])
def test_other_event_nouns_are_unchanged(nlp, sentence, reading):
    assert event_readings(nlp, sentence)["release"][0] == reading
