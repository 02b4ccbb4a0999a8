"""Whether an article is a sports report (kg.extract.sportwords), on the model; the texts are
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.sportwords import sport_context
from kg.extract.words import Words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm's quarters are no quarter-finals: no sports report however often they come.
        ("Profits rose in the first quarter, fell in the second quarter and rose again in the third quarter. "
         "The fourth quarter was flat, and each quarter the bank set new targets for its staff.", frozenset()),
        # Before a hyphen they count: without them, too few sport words for a report.
        ("She reached the quarter-final and then the semi-final, and won the final in Paris.", frozenset({"sport"})),
    ],
)
def test_sport_context_counts_prefix_words_before_a_hyphen_only(nlp, text, expected):
    assert sport_context(Words(nlp(text))) == expected
