"""A name a cue read as a product that speaks or acts as a firm elsewhere is the firm in
all its mentions (kg.extract.speakingfirms). Sentences from BBC technology articles
(index 200 and up), some paraphrased."""

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
        # A verb of intent: "an Apple computer" alone made Apple a product.
        ("He thought the machine would appeal to those that like Apple technology. Apple expects the Mac mini "
         "to sell for £339 in the UK.", "Apple"),
        # A verb of saying.
        ("Although the Mac mini was very cheap for an Apple computer, it was still dear. Apple has said it "
         "will cut prices.", "Apple"),
        # A spokesman speaks for it.
        ("Celltick software sends messages to phones. \"Operators really need to start utilising this tool,\" "
         "said Yaron Toren, spokesman for Celltick.", "Celltick"),
        # A firm's part is of it: NER's product on both mentions.
        ("ScanSoft and Gracenote are developing technology to give people access to their film and music "
         "libraries. \"Speech is a natural fit,\" said Alan Schwartz, vice president of SpeechWorks, a "
         "division of ScanSoft.", "ScanSoft"),
        # It owns a named thing in the possessive.
        ("Yes, the Apple laptop and Sony Walkman are classic gadgets. I'd also put Apple's Newton and the "
         "first Palm Pilot there.", "Apple"),
    ],
)
def test_a_product_reading_of_a_firm_that_acts_is_the_firm(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION, T.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # No mention acts as a firm: the cue's product stays.
        ("The Mac Mini comes bundled with Apple software. It is not the fastest computer for the money.", "Apple"),
        # The firm that speaks is another name.
        ("The Xbox console sold well. The Xbox will be succeeded by the Xbox 2, a spokesman for Microsoft said.",
         "Xbox"),
        # A listed technology stays a product whatever it seems to do.
        ("Windows XP warns users about unsafe files. The Windows operating system is used on most PCs.", "Windows"),
    ],
)
def test_a_product_that_does_not_act_as_a_firm_stays(nlp, text, name):
    assert T.ORGANIZATION not in _types(nlp, text, name)
    assert T.PRODUCT in _types(nlp, text, name)


def test_software_that_warns_is_no_firm(nlp):
    """Things warn, suggest and indicate too: "warn" is no firm's speech here."""
    text = "The Sidekick phone has a full keyboard. The Sidekick warns its users when the battery runs low."
    assert T.ORGANIZATION not in _types(nlp, text, "Sidekick")

