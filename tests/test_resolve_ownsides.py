"""A person's side ("his side", "his team") as an event's participant is the team the
article gives that person (``kg.resolve.ownsides``; model tests on sentences of unseen
articles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # The one team the article gives the person a post at.
        ("Everton defender David Weir has played down talk of European football, despite his team lying in second "
         "place in the Premiership after beating Liverpool.", "beat", ("agent", "Everton")),
        ("Manchester United manager Sir Alex Ferguson said he has no regrets after his second-string side lost 3-0 "
         "away at Fenerbahce in the Champions League. Ferguson admitted his side were well-beaten by the Turks.",
         "beat", ("patient", "Manchester United")),
    ],
)
def test_his_side_is_the_team_of_the_person(nlp, text, lemma, expected):
    assert expected in role_labels(nlp, text, lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "role"),
    [
        # A post held no more: which side is his now, the text does not say.
        ("Former Everton defender David Weir has played down talk of European football, despite his team lying in "
         "second place in the Premiership after beating Liverpool.", "beat", "agent"),
        # Two teams: either.
        ("Everton defender David Weir, the Scotland captain, has played down talk of European football, despite his "
         "team lying in second place in the Premiership after beating Liverpool.", "beat", "agent"),
    ],
)
def test_his_side_stays_open_without_one_current_team(nlp, text, lemma, role):
    found = {label for found_role, label in role_labels(nlp, text, lemma) if found_role == role}
    assert "Everton" not in found and "Scotland" not in found
