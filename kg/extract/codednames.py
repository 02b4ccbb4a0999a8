"""A one-word name that mixes letters and digits is no person's.

NER reads a firm's, a channel's or an agency's coded name as a person's ("O2 said",
"BBC1's schedule", "MI6"), and repeats the reading. No one's name is written with
digits inside a word; a band's or a rapper's that is ("50 Cent", "Joe 90") is two
words, which this rule leaves alone.

Rule ``coded name``: a name of one word holding both letters and digits ("O2", "BBC1",
"MI6"; not "1990s", a decade's plural, nor a word with a hyphen or an apostrophe,
"Zafi-D") that NER read as a person is an organisation in all its mentions
(``kg.extract.spread.companies_not_people``), unless a cue typed one of its mentions
something else ("the PS2 console": a product, which stays one).
"""

from __future__ import annotations

from kg.extract.words import Bounds
from kg.folding import fold
from kg.records import Mention
from kg.types import EntityType

_READ_AS_FIRM = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})


def coded_name(name: str) -> bool:
    """A name of one word of letters and digits, both ("O2", "BBC1", "MI6"; not "1990s").

    >>> coded_name("O2"), coded_name("BBC1"), coded_name("1990s"), coded_name("Zafi-D"), coded_name("Cent")
    (True, True, False, False, False)
    """
    word = name.strip()
    if not word.isalnum() or (word.endswith("s") and word[:-1].isdigit()):
        return False
    return any(char.isdigit() for char in word) and any(char.isalpha() for char in word)


def coded_people(found: list[tuple[Mention, Bounds]]) -> set[str]:
    """The folded coded names NER read as a person in some mention, no cue reading any
    mention of them as anything but a person or an organisation."""
    coded = {fold(m.text) for m, _ in found if m.type is EntityType.PERSON and coded_name(m.text)}
    other = {fold(m.text) for m, _ in found if m.cued and m.type not in _READ_AS_FIRM}
    return coded - other
