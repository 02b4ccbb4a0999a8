"""Titles after a person's possessive and "The" (kg.extract.authored), on the session pipeline;
the sentences are from the BBC corpus (entertainment/372, 363)."""

from __future__ import annotations

import pytest

from kg.extract.authored import authored_titles
from kg.extract.words import Words
from kg.types import EntityType
from tests.extract_helpers import mention_types


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # NER reads the film as a firm
        ("Clint Eastwood's Million Dollar Baby beat Martin Scorsese's The Aviator to the top awards at the Oscars "
         "on Sunday.", "Aviator"),
        # NER runs the director's name over the film's
        ("Mel Gibson's The Passion of the Christ, which took $370m in the US, was largely ignored by Academy voters.",
         "Passion of the Christ"),
    ],
)
def test_title_after_a_persons_possessive_is_a_work(nlp, sentence, title):
    found = mention_types(nlp, sentence, sport=None)
    assert found.get(title) is EntityType.WORK, found


def test_no_title_after_a_firms_possessive(nlp):
    # "World Service" is no person: the rule leaves the programme to the others (entertainment/271).
    words = Words(nlp("He told BBC World Service's The Music Biz programme that the country's industry had shrunk."))
    assert authored_titles(words) == []
