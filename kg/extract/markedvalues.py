"""A change's amount that opens with its own "to" or "from" is the value reached or left, not
the difference.

"Sales had fallen from £138m to £118m": the parser made the "to" a modifier of the amount
(quantmod) and hung "to £118m" on the verb as a bare amount, which a change reads as by how
much it moved ("fall(old_value=£138m, difference=to £118m)"). An amount phrase whose first
word is "to" is the value the change reached, one whose first word is "from" the value it
left: ``marked_values`` gives them those roles, without the word.

A "to" between two amounts that the parse hangs on the verb is no range's either (``verb_to``):
"US light crude lost more than $2 to $43.25" is one entity to NER, the amount lost and the level
reached, not one quantity "more than $2 to $43.25" (a forecast's "sales of $4.2bn to $4.35bn",
its "to" on the noun, and "earned up to £85,000" stay whole).

An amount the sentence sets aside is no value of the change: "Thailand's economy is now expected
to grow by 5.7% in 2005, rather than 6% as forecast" (the parse's second member of the
difference, "rather than 6%", is the forecast it replaces).

Not an amount whose "to" is inside it ("rose 2 to 3%": a range of the difference), nor one
whose "to" or "from" the parser made a preposition (the role table reads those), nor a
difference with no number after the word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.words import by_index

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["marked_values", "verb_to"]

_MARKED = {"to": "new_value", "from": "old_value"}
_VALUES = frozenset({"difference", "new_value", "old_value", "quantity"})
_ASIDE = frozenset({"rather", "instead"})  # "rather than 6%", "instead of 6%"


def marked_values(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (role, tokens) with each difference that opens with "to" or "from" (not a
    preposition) read as the new or old value, the word left out, and without an amount the
    sentence sets aside ("grow by 5.7% in 2005, rather than 6%": no second difference)."""
    return [_marked(role, tokens) for role, tokens in found if not (role in _VALUES and _set_aside(tokens))]


def _set_aside(tokens: list[Word]) -> bool:
    first = min(tokens, key=by_index, default=None)
    return first is not None and first.lower_ in _ASIDE and any(t.like_num for t in tokens)


def _marked(role: str, tokens: list[Word]) -> tuple[str, list[Word]]:
    if role != "difference" or len(tokens) < 2:
        return role, tokens
    ordered = sorted(tokens, key=by_index)
    first, rest = ordered[0], ordered[1:]
    if first.lower_ not in _MARKED or first.dep_ in ("prep", "agent") or not any(t.like_num for t in rest):
        return role, tokens
    return _MARKED[first.lower_], rest


def verb_to(word: Word) -> bool:
    """Whether ``word`` is a "to" right after a number that the parse hangs on a verb ("lost more than $2 [to] $43.25")."""
    return word.lower_ == "to" and word.head.pos_ == "VERB" and word.i > 0 and word.doc[word.i - 1].like_num
