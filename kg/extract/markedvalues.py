"""A change's amount that opens with its own "to" or "from" is the value reached or left, not
the difference.

"Sales had fallen from £138m to £118m": the parser made the "to" a modifier of the amount
(quantmod) and hung "to £118m" on the verb as a bare amount, which a change reads as by how
much it moved ("fall(old_value=£138m, difference=to £118m)"). An amount phrase whose first
word is "to" is the value the change reached, one whose first word is "from" the value it
left: ``marked_values`` gives them those roles, without the word.

Not an amount whose "to" is inside it ("rose 2 to 3%": a range of the difference), nor one
whose "to" or "from" the parser made a preposition (the role table reads those), nor a
difference with no number after the word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.words import by_index

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["marked_values"]

_MARKED = {"to": "new_value", "from": "old_value"}


def marked_values(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (role, tokens) with each difference that opens with "to" or "from" (not a
    preposition) read as the new or old value, the word left out."""
    return [_marked(role, tokens) for role, tokens in found]


def _marked(role: str, tokens: list[Word]) -> tuple[str, list[Word]]:
    if role != "difference" or len(tokens) < 2:
        return role, tokens
    ordered = sorted(tokens, key=by_index)
    first, rest = ordered[0], ordered[1:]
    if first.lower_ not in _MARKED or first.dep_ in ("prep", "agent") or not any(t.like_num for t in rest):
        return role, tokens
    return _MARKED[first.lower_], rest
