"""What a verb makes impossible (or possible) is not done (kg.extract.difficulties.made_possible);
sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # politics: was dismiss [planned] (a purpose)
    ("Events like this make it impossible to dismiss the Brown/Blair feud as just journalistic hearsay.", "dismiss",
     ("negated", "impossible")),
    # was pay [asserted]
    ("The ruling made it impossible for Yukos to pay its tax bill.", "pay", ("negated", "impossible")),
    ("The injury could make it impossible for him to play in the final.", "play", ("negated", "impossible")),
])
def test_what_was_made_impossible_is_not_done(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # a past making easier tells what was done (kg.extract.difficulties.rated)
    ("That failed challenge made it easier for Michael Heseltine to mount his own bid.", "mount", ("asserted", None)),
    ("Yukos said it was impossible to pay the bill.", "pay", ("negated", "impossible")),  # read as before
])
def test_other_adjectives_and_predicates_read_as_before(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
