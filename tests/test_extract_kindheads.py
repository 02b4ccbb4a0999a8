"""A product's kind heading the phrase after its name, with words between, types the
name a product (kg.extract.kindheads). Sentences from BBC technology articles (index
200 and up)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    """The types of the mentions of ``name`` in ``text``, in text order."""
    return [mention.type for mention in find_mentions(nlp(text), sport=frozenset()) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER's location, on "Windows" and "Linux".
        ("Many well-known vulnerabilities in the Windows operating system were exploited by 'bot net controllers "
         "to find and take over target machines.", "Windows"),
        ("Much of the really useful software we use every day, programs like the Apache web server, the GNU/Linux "
         "operating system and the fearsomely popular Firefox browser, is developed outside company structures.",
         "Linux"),
        # A chain of two modifiers: "PSP" -> "games" -> "console".
        ("Movies Open Water and Saw are among those to be made available for Sony's PSP games console.", "PSP"),
        # The name as the kind's nominal modifier, a participle between ("combined").
        ("The Gizmondo combined media player, phone and gaming gadget also went on sale in the UK last week.",
         "Gizmondo"),
    ],
)
def test_a_name_over_its_products_kind_is_a_product(nlp, text, name):
    assert _types(nlp, text, name) == [T.PRODUCT]


def test_a_maker_before_the_kind_stays_an_organisation(nlp):
    """NER's organisation before the kind is the maker: "the Apple operating system" is Apple's."""
    text = ("The machine comes with Mac OS X, the Apple operating system, the software suite iLife, which includes "
            "iTunes, iPhoto, iMovie, iDVD and GarageBand.")
    assert _types(nlp, text, "Apple") == [T.ORGANIZATION]
