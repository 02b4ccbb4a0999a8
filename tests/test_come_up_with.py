""""come up with X" and "do away with X" are one event whose theme is X (event_lemmas.tsv, kg.extract.phrasal):
not an empty "come up". Sentences from BBC articles with index 200 and up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import role_labels


@pytest.mark.parametrize(
    ("text", "agent", "theme"),
    [
        # politics/334
        ("Now Home Secretary Charles Clarke has come up with alternative proposals for a points system.",
         "Charles Clarke", None),
        # sport/491
        ("But Andy Roddick comes up with two big serves to polish off the game.", "Andy Roddick", None),
    ],
)
def test_what_is_come_up_with_is_the_theme(nlp, text, agent, theme):
    roles = role_labels(nlp, text, "come up with")
    assert ("agent", agent) in roles and ("theme", theme) in roles, roles
    assert not role_labels(nlp, text, "come up")


def test_come_up_alone_is_no_come_up_with(nlp):
    assert not role_labels(nlp, "The issue came up at the meeting of the board on Tuesday.", "come up with")


def test_what_is_done_away_with_is_the_theme(nlp):
    """politics/317: the plan's theme is the tax."""
    roles = role_labels(nlp, "The Liberal Democrats want to do away with the council tax altogether.", "do away with")
    assert ("agent", "Liberal Democrats") in roles and ("theme", None) in roles, roles
