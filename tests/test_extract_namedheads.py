"""A common noun with a name right after it is that name (kg.extract.namedheads): "beat the
fourth seed Vincent Spadea" names the opponent, not a thing beaten."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # sport/427: the seed is the opponent, not a theme.
    ("But unseeded Cyril Saulnier beat the fourth seed Vincent Spadea 6-2 6-4.", "beat",
     {"opponent": ["Vincent Spadea"], "theme": None}),
    # sport/463: a champion, the same.
    ("French prodigy Gael Monfils underlined his huge promise by beating French Open champion Gaston Gaudio 6-4 7-6.",
     "beat", {"opponent": ["Gaston Gaudio"], "theme": None}),
    # sport/435: a win over a seed keeps the side it was over.
    ("Daniela Hantuchova built on her improving form with a 7-6 6-2 win over sixth seed Alicia Molik.", "win",
     {"opponent": ["Alicia Molik"]}),
    # No name after the noun: what was beaten is a thing.
    ("England beat the odds to win the match.", "beat", {"theme": ["the odds"], "opponent": None}),
])
def test_namedheads_a_described_name_is_the_party(nlp, sentence, lemma, roles):
    check_event(sentence_events(nlp, sentence), lemma, roles, "performance")
