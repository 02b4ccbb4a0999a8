""""the Europeans" beside "the European Indoor Championships", "the Olympics" beside "the Olympic
Games": a contest's name by its first word made plural is that contest (``kg.resolve.eventshorts``;
word tests, then model tests on the session pipeline, sentences in the manner of BBC sports
reports, paraphrased)."""

from __future__ import annotations

import pytest

from kg.resolve.eventshorts import is_plural_opening
from tests.extract_helpers import resolved_part


@pytest.mark.parametrize(("words", "long_words", "expected"), [
    (("europeans",), ("european", "indoor", "championships"), True),
    (("worlds",), ("world", "championships"), True),
    (("olympics",), ("olympic", "games"), True),
    (("europeans",), ("european", "union"), False),  # no contest
    (("european",), ("european", "championships"), False),  # no plural
    (("americans",), ("european", "championships"), False),  # another first word
    (("europeans",), ("european", "under", "23", "athletics", "championships"), False),  # too long a name
])
def test_plural_opening(words, long_words, expected):
    assert is_plural_opening(words, long_words) is expected


def _labels(nlp, text: str) -> dict[str, list[str]]:
    graph = resolved_part(nlp, text, date="2005-02-13")
    return {entity.label: sorted(entity.aliases) for entity in graph.entities}


def test_the_europeans_beside_the_championships_are_the_championships(nlp):
    labels = _labels(nlp, (
        "The European Indoor Championships take place in Madrid in March. "
        "Holmes said she would decide next week whether to run at the Europeans."))
    assert "Europeans" not in labels
    assert "Europeans" in labels.get("European Indoor Championships", [])


def test_the_olympics_beside_the_olympic_games_are_the_games(nlp):
    labels = _labels(nlp, (
        "Britain won four gold medals at the Olympic Games in Athens. "
        "Holmes said the Olympics had changed her life."))
    assert "Olympics" not in labels and "Olympic Games" in labels


def test_the_europeans_with_no_such_contest_named_stay_apart(nlp):
    labels = _labels(nlp, (
        "The Europeans won the Ryder Cup in Detroit. "
        "Many Europeans travelled to watch the Olympic Games."))
    assert "Europeans" in labels
    assert "Europeans" not in labels.get("Olympic Games", [])
