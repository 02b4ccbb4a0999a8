"""The last word of a name NER left out is the name's (kg.extract.nametails)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import entity_texts


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # NER: "Nintendo" (ORG); "DS" ends the name.
        ("But it faces stiff competition from the Nintendo DS, which sold more than the GameCube in its first "
         "few days on release in Europe.", "Nintendo DS"),
        # NER: "Donmar" (ORG); the venue's name ends on "Warehouse".
        ("Best actress - Clare Higgins for Hecuba at the Donmar Warehouse", "Donmar Warehouse"),
    ],
)
def test_a_proper_noun_the_name_hangs_on_ends_it(nlp, text, whole):
    assert whole in entity_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # A post after a party's name ...
        ("However, backbench Labour MP Karen Buck warned against proposed changes in such benefits.", "Labour"),
        # A video jockey is a post (roles.tsv: vj), no word of the channel's name.
        ('"It\'s about real people saying real things and communicating," says Adam Curry, former MTV VJ and the '
         "Pied Piper of podcasting.", "MTV"),
        # ... or a word that goes on to a noun after it: the name stops where NER stopped.
        ("Other pre-electronic gadgets in the top 100 include the sextant from 1731 (59th position), the marine "
         "chronometer from 1761 (42nd position) and the Kodak Brownie camera from 1900 (28th position).", "Kodak"),
    ],
)
def test_a_post_or_a_modifier_after_the_name_is_not_its_word(nlp, text, piece):
    assert piece in entity_texts(nlp, text)
