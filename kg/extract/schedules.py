"""A news present dated by a day to come is a schedule, not a fact (``schedule_marks.txt``).

"Clarke faces his first test on Monday": the day is the verb's own adjunct. "Ireland
return to Lansdowne Road when they face France next month", "we build on that
performance when we play Wales on Saturday": the day dates a present-tense time clause
("when", "as", "before") of the verb, and so the verb too. A past or perfect clause
("when they met on Saturday") or one of a day gone ("last Saturday") dates nothing. A
present progressive dated in a month is an arrangement too: "Kirin is launching its own drink
in April".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import CONTROL, ahead, is_present
from kg.lexicon import MONTHS
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

SCHEDULE_MARKS = read_words("schedule_marks.txt")
_DATING = ("prep", "npadvmod")
_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})
_INTENT = {**FACTUALITY_CUES["noun"], **FACTUALITY_CUES["object"], **CONTROL}  # "is planning", "targeting", "expecting"


def scheduled(child: Word) -> str | None:
    """The cue that makes the present-tense verb ``child`` hangs on a schedule: ``child``
    itself when it names a day to come ("on Monday"), or the day word of a present
    time clause with such a day ("when they face France next month": "month")."""
    if child.dep_ in _DATING:
        return child.lower_ if ahead(child) or _dated_progressive(child) or _on_a_date(child) else None
    if child.dep_ != "advcl" or not is_present(child) or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in SCHEDULE_MARKS and c.i < child.i for c in child.children):
        return None
    return next((c.lower_ for c in child.children if c.dep_ in _DATING and ahead(c)), None)


def _dated_progressive(prep: Word) -> bool:
    """A present progressive dated "in" a month: "Kirin is launching its own drink in April" (a future
    arrangement; not a verb of intent, "is planning a party in May", "is targeting a return", which holds
    now; not "on", which is as often a verb's own: "pundits are betting on 5 May")."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or verb.tag_ != "VBG" or _INTENT.get(verb.lemma_.lower()):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _BE for c in verb.children):
        return False
    date = _date_object(prep)
    return date is not None and any(t.ent_type_ == "DATE" and t.text[:1].isupper() and t.lower_ in MONTHS for t in date.subtree) \
        and not any(t.lower_ in _GONE for t in date.subtree)


def _on_a_date(prep: Word) -> bool:
    """A present dated "on" a day of a month: "England play Ireland in Dublin on 27 February" (a
    fixture: what happened is told in the past), not a day gone ("on 27 February last year")."""
    if prep.dep_ != "prep" or prep.lower_ != "on" or prep.head.tag_ not in ("VBZ", "VBP"):
        return False  # a simple present's own date, not a noun's ("the departure of X on 1 January") nor "is being run"
    date = _date_object(prep)
    words = [t for t in date.subtree if t.ent_type_ == "DATE"] if date is not None else []
    return any(t.lower_ in MONTHS for t in words) and any(t.text.isdigit() for t in words) and not any(
        t.lower_ in _GONE or t.lower_ == "year" or (len(t.text) == 4 and t.text.isdigit()) for t in words)


def _date_object(prep: Word) -> Word | None:
    """The date a preposition takes ("in April", "on 27 February"), or ``None``."""
    return next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None)


# Words of a date already gone: "in April last year", "on 1 January since".
_GONE = frozenset({"last", "ago", "earlier", "since"})
