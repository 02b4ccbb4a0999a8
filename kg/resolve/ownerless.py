"""A body's name without the words news puts before its own: its namesake's given name or its chamber.

"The Bill Gates Foundation ... the Gates Foundation" (the founder's given name dropped), "the
House of Commons Treasury Select Committee ... the Treasury Select Committee" (the chamber's name
dropped, chamber_names.txt): the shorter name keeps two or more words and ends on the head noun
of an organisation's name (name_heads.tsv: "Foundation", "Committee", "Trust"). Not any other
leading word: "the Parliamentary Labour Party" is no "Labour Party", nor is "the Stevenage Labour
Party". Read on ``kg.resolve.forms.name_words`` (folded words); ``kg.resolve.variants`` asks it for
two organisations' names.
"""

from __future__ import annotations

from kg.lexicon import CHAMBER_NAMES, GIVEN_NAMES, NAME_HEADS
from kg.types import EntityType


def is_ownerless(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether ``words`` is the body's name ``long_words`` without its namesake's given name or its chamber.

    >>> is_ownerless(("gates", "foundation"), ("bill", "gates", "foundation"))
    True
    >>> is_ownerless(("treasury", "select", "committee"), ("house", "of", "commons", "treasury", "select", "committee"))
    True
    >>> is_ownerless(("labour", "party"), ("parliamentary", "labour", "party"))
    False
    >>> is_ownerless(("gates",), ("bill", "gates")), is_ownerless(("gates", "building"), ("bill", "gates", "building"))
    (False, False)
    """
    if len(words) < 2 or len(long_words) <= len(words) or long_words[-len(words):] != words:
        return False
    head = NAME_HEADS.get(words[-1])
    if head is None or head[0] is not EntityType.ORGANIZATION:
        return False
    lead = long_words[: -len(words)]
    namesake = len(lead) == 1 and lead[0] in GIVEN_NAMES and words[0] not in GIVEN_NAMES
    return namesake or " ".join(lead) in CHAMBER_NAMES
