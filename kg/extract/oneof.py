""""One of <plural noun phrase>" is one member of a group, never a number.

"agreed to buy one of South Korea's main retail banks", "one of its employees paid the
official", "returning one of the UK's venerable manufacturers to the FTSE 100": the parse
heads the argument with "one", a numeral, so the argument read as a quantity (a value 1,
its unit "south") and a subject read as a number was no agent at all. What the argument
is, is what its plural noun is (a bank, employees: a party); ``kg.resolve.oneof`` keeps
it as a described participant. Not "one of them" / "one of which": a pronoun says nothing
of what the one is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["one_of_member"]

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def one_of_member(head: Word) -> Word | None:
    """The plural noun of "one of the <nouns>" when ``head`` is that "one"; else ``None``."""
    if head.lower_ != "one":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return noun if noun is not None and noun.tag_ in _PLURAL_TAGS else None
    return None
