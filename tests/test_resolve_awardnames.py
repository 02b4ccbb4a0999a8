"""The forms of one award's name are one node (kg.resolve.awardnames), on the session
pipeline: each case is (article shortened from the BBC corpus, labels that must be nodes,
labels that must not)."""

from __future__ import annotations

import pytest

import kg
from kg.records import Mention
from kg.resolve.awardnames import award_pairs
from kg.types import EntityType


def _labels(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A head word's singular and plural: "his Academy Award" after "the Academy Awards" (one
        # node, named in the singular: kg.resolve.document.canonical_label).
        (
            "How the Academy Awards flourished\n\nThe 77th annual Academy Awards are taking place on 27 February. "
            "Writer Dudley Nichols refused his Academy Award in 1935 for his screenplay for The Informer.\n",
            {"Academy Award"},
            {"Academy Awards"},
        ),
        # A plural after the name with its head word; the bare name in the singular as well.
        (
            "Brits debate over urban music\n\nJoss Stone, a 17-year-old soul singer from Devon, beat Dizzee "
            "Rascal to win best British urban act at the Brit Awards. How far are the Brits removed from "
            "inner-city music? Getting nominations is easy, but picking up a Brit seems to be the hardest thing.\n",
            {"Brit Awards"},
            {"Brit", "Brits"},
        ),
        # A one-word prize's name and its plural (prize_nouns.txt), NER's place and event.
        (
            "Vera Drake's Bafta triumph hope\n\nVera Drake has been nominated for 11 Bafta awards. Imelda "
            "Staunton said she was delighted. Mike Leigh's film will be hoping to repeat its success at the "
            "Baftas next month.\n",
            {"Bafta"},
            {"Baftas"},
        ),
    ],
)
def test_resolve_awardnames_one_node(nlp, text, present, absent):
    labels = _labels(nlp, text)
    assert present <= labels, labels
    assert not absent & labels, labels


def test_resolve_awardnames_keeps_the_academy_apart(nlp):
    """The Academy gives the Academy Awards: the organisation is no form of the awards' name."""
    text = (
        "Oscar nominees lack pulling power\n\nThe Academy Awards are held on Sunday. The Academy "
        "officially adopted the nickname in 1939, and Academy voters have chosen five films.\n"
    )
    labels = _labels(nlp, text)
    assert {"Academy Awards", "Academy"} <= labels, labels


def _mention(text: str, entity_type: EntityType, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, entity_type, 0)


def test_resolve_awardnames_bare_name_needs_a_cue():
    """A bare name joins the award only when read as one: "Brit awards" (a head word in lower
    case after it), never a person's given name ("Tony" beside the Tony Awards) nor a place."""
    text = "the Brit Awards ... Wednesday's Brit awards ... Tony said"
    mentions = [
        _mention("Brit Awards", EntityType.EVENT, 4),
        _mention("Brit", EntityType.ORGANIZATION, 32),
        _mention("Tony", EntityType.PERSON, 48),
    ]
    assert award_pairs(mentions, text) == [(0, 1)]
    assert award_pairs([_mention("Tony Awards", EntityType.EVENT), _mention("Tony", EntityType.PERSON)], "") == []
    assert award_pairs([_mention("Britain Awards", EntityType.EVENT), _mention("Britain", EntityType.COUNTRY)]) == []
