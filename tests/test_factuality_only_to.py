"""An infinitive "only" opens after a past verb and a break tells what came next (kg.extract.outcomes),
on BBC sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC entertainment, sport: what came next happened (was planned, cue "to")
    ("He made a full recovery, only to leave the band two years later.", "leave"),
    ("Borders had edged ahead with a sixth-minute penalty by Charlie Hore - only to hand the visitors the initiative "
     "via a gift try.", "hand"),
])
def test_only_to_after_a_past_verb_is_what_came_next(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # no past: a purpose, as sure as its clause
    ("The rule states that the government can borrow cash only to invest.", "invest", ("possible", "can")),
    # no break: a sole purpose
    ("The firm cut prices only to boost sales.", "boost", ("planned", "to")),
])
def test_only_to_as_a_purpose_is_not_done(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
