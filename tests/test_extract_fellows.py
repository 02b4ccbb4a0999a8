"""Fellow performers (kg.extract.fellows) on real parses: "with" + a person under a
verb of performing names no opponent; a contest's "with" still does."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event
from tests.extract_helpers import sentence_events as _events

# (sentence, trigger lemma, roles the event must have: role -> argument texts; None: absent)
FELLOWS = [
    # BBC entertainment: a duet with someone, performing with someone
    ("Goodrem, known in both Britain and Australia for her role as Nina Tucker in TV soap Neighbours, also "
     "performed a duet with boyfriend Brian McFadden.", "perform", {"agent": ["Goodrem"], "opponent": None}),
    ("Joining the ceremony at New York's Waldorf Astoria were legendary R&B star Bo Diddley, who performed with "
     "Eric Clapton and Robbie Robertson.", "perform", {"opponent": None}),
    # BBC sport: the side one wins a prize with
    ("Liverpool captain Steven Gerrard has reiterated his desire to stay at Anfield and win trophies with the club.",
     "win", {"theme": ["trophies"], "opponent": None}),
    # a contest's "with" stays the opponent
    ("Rangers drew with Hibernian at Easter Road.", "draw", {"agent": ["Rangers"], "opponent": ["Hibernian"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), FELLOWS)
def test_fellow_performers_are_no_opponents(nlp, sentence, lemma, roles):
    check_event(_events(nlp, sentence), lemma, roles, "performance")
