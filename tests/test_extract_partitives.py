"""Partitives (kg.extract.partitives): "one of the favourites to land" is framed by
"favourites", and nouns of readiness frame their infinitive (factuality_cues.tsv)."""

from __future__ import annotations

from kg.types import Factuality
from tests.extract_helpers import event_factualities as _events


def test_one_of_the_favourites_to_win_is_possible(nlp):
    # BBC entertainment: the award is not yet given.
    sentence = "Staunton is one of the favourites to land the best actress award for her gritty role."
    assert _events(nlp, sentence)["land"] is Factuality.POSSIBLE


def test_a_willingness_to_come_is_planned(nlp):
    # BBC sport: he has not come yet.
    sentence = "Morientes, 28, has already expressed a willingness to come to England."
    assert _events(nlp, sentence)["come"] is Factuality.PLANNED
