"""A name a company owns in the possessive, and that never acts, is its product in all
its mentions (kg.extract.firmsthings). Sentences from BBC technology articles (index 200
and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str, sport: frozenset[str] = frozenset()) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text), sport=sport) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's organisation and person.
        ("He told the Reuters news agency that he expected Sony to sell about 10 million PSPs in enough time "
         "to rival Apple's iPod.", "iPod"),
        ("Part of this popularity may be due to the fact that the DS can run any of the catalogue of 700 games "
         "produced for Nintendo's GameBoy Advance handheld.", "GameBoy Advance"),
        ("Japanese electronics firm Hitachi has unveiled its first humanoid robot, called Emiew, to challenge "
         "Honda's Asimo and Sony's Qrio robots.", "Asimo"),
    ],
)
def test_a_firms_named_thing_is_its_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


def test_the_owner_types_every_mention(nlp):
    """NER repeats its reading on every "iPod"; the owner in one sentence types the other too."""
    text = ("Supreme Court Justice Stephen Breyer said that inventions from printing to Apple's iPod could be "
            "used to illegally duplicate copyrighted materials. The iPod is the best-selling player.")
    assert _types(nlp, text, "iPod") == [T.PRODUCT, T.PRODUCT]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A firm's people and parts: a person's given name, a body's head word, a role's area.
        ("BT's Andrew Burke said the firm would grow.", "Andrew Burke", T.PERSON),
        ("Toshihiko Horiuchi, from Hitachi's Mechanical Engineering Research Laboratory, said the robot "
         "could live with people.", "Mechanical Engineering Research Laboratory", T.ORGANIZATION),
    ],
)
def test_a_firms_people_and_bodies_stay(nlp, text, name, kind):
    assert _types(nlp, text, name) == [kind]


def test_a_name_that_acts_is_no_product(nlp):
    """A part that speaks is the firm's unit, not its product."""
    text = "Yukos's Yugansk produces a million barrels a day. Yugansk said output would rise."
    assert T.PRODUCT not in _types(nlp, text, "Yugansk")


def test_no_product_in_a_sports_report(nlp):
    text = "Chelsea's Robben scored twice."
    assert T.PRODUCT not in _types(nlp, text, "Robben", sport=frozenset({"sport"}))
