"""A past-perfect hope, plan or expectation that events overtook did not happen (kg.extract.overtaken;
overtaken_verbs.txt). Sentences shortened from unseen BBC articles (business/309, business/318, tech/2xx)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("AstraZeneca had hoped to pitch its Iressa drug against rival medicine Tarceva.", "pitch",
     ("negated", "had hoped")),
    ("Gazprom had been expected to win the auction but is thought to have failed to get finance.", "win",
     ("negated", "had expected")),
    ("It had planned to relaunch the brand, following an upsurge of nostalgia for 1980s-era games.", "relaunch",
     ("negated", "had planned")),
])
def test_past_perfect_hope_did_not_happen(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # no past perfect: a live hope or plan
    ("The firm has hoped to buy Safeway for months.", "buy", ("possible", "hope")),
    ("AstraZeneca hopes to pitch its Iressa drug against rival medicine Tarceva.", "pitch", ("possible", "hope")),
    ("It plans to relaunch the brand next year.", "relaunch", ("planned", "plan")),
    # a negation keeps its own reading
    ("He said he had not planned to leave the club.", "leave", ("negated", "not")),
])
def test_other_hopes_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
