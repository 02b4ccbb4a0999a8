"""The day or month a firm reported a figure for a period is the report's, not the figure's.

"Virgin Blue reported a 22% fall in first quarter profits in August 2004": August is when the
fall was reported; the fall is the first quarter's. "In July, Diageo reported an annual turnover
of £8.89bn, down from £9.28bn": the fall is the year's, reported in July. A change read from the
object of a verb by which a firm gives its own figure (``figure_verbs.txt``: report, post,
announce ...) took that verb's time (``kg.extract.changes.times_of``); ``report_days`` leaves
it out when the figure names its own period (a date word inside its theme: "first quarter",
"annual", "half-year") and the time names a month or a day (a month's or weekday's name, a
relative day: "in August 2004", "on Tuesday").

The time stays when the figure names no period ("reported a 52% rise in net profit during the
last three months": the months are the rise's), and when it is a year or a span ("annual
profits ... in 2004", "for the three months to December"): the period the figure is for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import FIGURE_VERBS, MONTHS, RELATIVE_DAYS, WEEKDAYS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["report_days"]

_DATE_LABELS = frozenset({"DATE"})


def report_days(verb: Word, theme: list[Word], times: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``times`` (role, tokens) of a change whose ``theme`` (its words) is the object of ``verb``, without those that name a
    month or a day when ``verb`` gives a firm's own figure and the theme names the figure's period."""
    if verb.lemma_.lower() not in FIGURE_VERBS or not any(t.ent_type_ in _DATE_LABELS for t in theme):
        return times
    return [(role, tokens) for role, tokens in times if not (role == "time" and _day(tokens))]


def _day(tokens: list[Word]) -> bool:
    """Whether the time names a month or a day ("in August 2004", "In July", "on Tuesday", "yesterday")."""
    return any((t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS) or t.lower_ in WEEKDAYS
               or t.lower_ in RELATIVE_DAYS for t in tokens)
