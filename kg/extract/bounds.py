"""A value a change reached or kept as a bound keeps its bound's word: "Inflation fell below 10%"
-> new_value "below 10%", "Oil prices stayed above $50 a barrel" -> new_value "above $50 a barrel".

A change's values lose their preposition ("rose to £1bn": new_value "£1bn", the value itself), but
"above" and "below" say the value is no more or no less than the amount, not the amount: without the
word, "fell below 10%" would read as a fall to 10% (``kg.extract.quantities.read_quantity`` reads the
kept word as the quantity's qualifier). Only a value role (``event_roles.tsv``: "above", "below" of a
change), only a quantity after the word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["BOUNDS", "bound_word"]

BOUNDS = frozenset({"above", "below"})
_VALUES = frozenset({"new_value", "old_value"})


def bound_word(role: str, tokens: list[Word]) -> Word | None:
    """The "above" or "below" that opens a value argument ``tokens`` (its first word, or the word
    right before it whose object the argument holds: "fell below 10%", read "fell below" + "10%"),
    kept in its span; else ``None``."""
    if role not in _VALUES or not tokens:
        return None
    if tokens[0].lower_ in BOUNDS and tokens[0].dep_ == "prep":
        return tokens[0] if len(tokens) > 1 else None
    return next((t.head for t in tokens if t.dep_ == "pobj" and t.head.lower_ in BOUNDS and t.head.i == tokens[0].i - 1), None)
