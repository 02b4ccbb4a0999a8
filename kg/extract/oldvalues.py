"""A time written right after a change's old value is the old value's, not the change's.

"Its non-EU shortfall dropped to £2.7bn from £2.9bn in October": October is when the
shortfall stood at £2.9bn; the drop is the latest month's. The parser hangs "in October" on
the verb, and the change read October as its time; so did "GM earned $3.7bn, down from
$3.8bn in 2003" (the year of the old figure, not of the earning). ``old_value_times`` drops a
time phrase that starts right after "from" and an amount. Where the parser hangs the time
on "from" ("rose to 58.6 last month from 57.8 in November"), the old value ran on to a
dangling "in" ("57.8 in"): ``without_dangling`` cuts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import QUANTITY_LABELS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["old_value_times", "without_dangling"]

def old_value_times(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (role, tokens) without a time that follows "from" and an amount."""
    return [(role, tokens) for role, tokens in found if not (role == "time" and tokens and _after_old_value(tokens))]


def _after_old_value(tokens: list[Word]) -> bool:
    """Whether the phrase starts right after "from" and an amount ("from £2.9bn [in October]")."""
    first = min(tokens, key=lambda t: t.i)
    doc, j = first.doc, first.i - 1
    while j >= 0 and (doc[j].ent_type_ in QUANTITY_LABELS or doc[j].tag_ == "$") and doc[j].lower_ != "to":
        j -= 1  # "cut from 2% to 1% for 2004": NER's one range ends on the new value
    return 0 <= j < first.i - 1 and doc[j].lower_ == "from"


def without_dangling(tokens: list[Word]) -> list[Word]:
    """A value's tokens without an "in" left at their end ("57.8 in"; another preposition, "1% for", is
    where a later reading finds the time: "cut from 2% to 1% for 2004")."""
    return tokens[:-1] if len(tokens) > 1 and tokens[-1].lower_ == "in" and tokens[-1].pos_ == "ADP" else tokens
