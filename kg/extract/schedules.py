"""A news present dated by a day to come is a schedule, not a fact (``schedule_marks.txt``).

"Clarke faces his first test on Monday": the day is the verb's own adjunct. "Ireland
return to Lansdowne Road when they face France next month", "we build on that
performance when we play Wales on Saturday": the day dates a present-tense time clause
("when", "as", "before") of the verb, and so the verb too. A past or perfect clause
("when they met on Saturday") or one of a day gone ("last Saturday") dates nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import ahead, is_present
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

SCHEDULE_MARKS = read_words("schedule_marks.txt")
_DATING = ("prep", "npadvmod")


def scheduled(child: Word) -> str | None:
    """The cue that makes the present-tense verb ``child`` hangs on a schedule: ``child``
    itself when it names a day to come ("on Monday"), or the day word of a present
    time clause with such a day ("when they face France next month": "month")."""
    if child.dep_ in _DATING:
        return child.lower_ if ahead(child) else None
    if child.dep_ != "advcl" or not is_present(child) or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in SCHEDULE_MARKS and c.i < child.i for c in child.children):
        return None
    return next((c.lower_ for c in child.children if c.dep_ in _DATING and ahead(c)), None)
