"""A race's own verb has its record or place as what it brought (contest_moves.txt, outcome_verbs.txt),
and a fixture a win set up is still to come (fixture_makers.txt, kg.extract.fixtures), on BBC sport sentences."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/4xx: the record went, seventh was her place (were planned, cue "to")
    ("Dibaba won in 8:33 to erase the record.", "erase", ("asserted", None)),
    ("Keska ran well to finish seventh in the race.", "finish", ("asserted", None)),
    ("Blake and Shaughnessy then beat Molik and Baccanello in a tense mixed doubles contest to take the win.",
     "take win", ("asserted", None)),
    # ... as sure as the race: one still to run leaves its outcome possible
    ("Jones will need to run well to finish in the top three.", "finish", ("possible", "need")),
    # ... and no purpose of preparing becomes a result
    ("He trained hard to win the race.", "win", ("planned", "to")),
])
def test_a_race_verb_has_its_outcome_done(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/422, 440: the clash and the meeting are to come (were asserted)
    ("Spain's Feliciano Lopez lined up a second round clash with Andre Agassi by beating Thailand's Paradorn "
     "Srichaphan.", "clash", ("planned", "line up")),
    ("Safin beat Moya to set up a clash with Federer.", "clash", ("planned", "set up")),
])
def test_a_fixture_a_win_set_up_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


def test_a_fixture_played_stays_a_fact(nlp):
    assert event_readings(nlp, "Chelsea won the match against Arsenal on Saturday.").get("win", ("asserted",))[0] == "asserted"
    readings = event_readings(nlp, "Lopez beat Agassi in a second round clash at Melbourne Park.")
    assert all(value == "asserted" for value, _cue in readings.values()), readings
