"""A firm's name given in full, then without its trade's words (kg.resolve.tradenames), on the
session pipeline: each case is (article shortened from the BBC corpus, labels that must be
nodes, labels that must not)."""

from __future__ import annotations

import pytest

import kg
from kg.types import EntityType


def _types(nlp, text: str) -> dict[str, EntityType]:
    return {entity.label: entity.type for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A trade's word (trade_words.txt).
        (
            "Cairn shares slump on oil setback\n\nShares in Cairn Energy, a UK oil firm, have closed down 18% "
            "after a disappointing drilling update. Investors had piled into Cairn after the company announced "
            "significant oil finds in India this year.\n",
            {"Cairn Energy"},
            {"Cairn"},
        ),
        # A trade's word and a generic one, the short name NER's person: the firm.
        (
            "Putin backs state grab for Yukos\n\nRosneft bought 100% of Baikal Finance Group, in a move that "
            "amounts to the renationalisation of a major chunk of Russia's oil industry. Baikal was the "
            "surprise buyer of Yukos's main production division at a forced auction on Sunday.\n",
            {"Baikal Finance Group"},
            {"Baikal"},
        ),
        # Trades joined by "&".
        (
            "Saudi investor picks up the Savoy\n\nThe hotel will be managed by Fairmont Hotels & Resorts, "
            "which runs the Plaza. Fairmont said it planned to invest $48m in renovating parts of the Savoy.\n",
            {"Fairmont Hotels & Resorts"},
            {"Fairmont"},
        ),
    ],
)
def test_resolve_tradenames_one_node(nlp, text, present, absent):
    types = _types(nlp, text)
    assert present <= types.keys(), types
    assert not absent & types.keys(), types
    assert all(types[label] is EntityType.ORGANIZATION for label in present), types


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # A division's word is no trade's: BT Retail is an arm of BT.
        (
            "Broadband speeds rise\n\nBT Retail has announced that it will trial the faster service. BT said "
            "its wholesale arm would sell the service to other firms too.\n",
            {"BT Retail", "BT"},
        ),
        # A name given before a longer one that adds a trade is its parent.
        (
            "Oil deal\n\nShell has sold its stake in a field. Shell Oil, its US arm, said the sale was agreed "
            "on Friday.\n",
            {"Shell", "Shell Oil"},
        ),
    ],
)
def test_resolve_tradenames_keeps_apart(nlp, text, apart):
    types = _types(nlp, text)
    assert apart <= types.keys(), types
