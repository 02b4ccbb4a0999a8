"""Resolve date expressions against the article's date.

News dates events relative to the day it was written: "on Tuesday" in an
article of Thursday 2022-01-13 is 2022-01-11, "January 2" is 2022-01-02,
"yesterday" the day before (``resolve_date``). Expressions that name a period
resolve to its first and last day (``resolve_period``): "last week" (the
Monday to Sunday before the article's week), "this month", "in January",
"January 2004", "2004", "last year". Vague ones ("several days", "recently",
"the 1990s") give ``None``: no date is better than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(last\s+|next\s+|this\s+)?({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def resolve_date(text: str, anchor: str | None) -> str | None:
    """The ISO day that ``text`` names, read relative to ``anchor`` (``YYYY-MM-DD``).

    >>> resolve_date("on Tuesday", "2022-01-13")
    '2022-01-11'
    >>> resolve_date("January 2", "2022-01-13")
    '2022-01-02'
    >>> resolve_date("on Thursday", "2022-01-13")
    '2022-01-13'
    >>> resolve_date("next Monday", "2022-01-13")
    '2022-01-17'
    >>> resolve_date("13 Jan, 2022", None)
    '2022-01-13'
    >>> resolve_date("last week", "2022-01-13") is None
    True
    """
    anchor_day = _parse_iso(anchor) if anchor else None
    match = _ISO.search(text)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _MONTH_DAY.search(text)
    if match:
        return _month_day(MONTHS[match.group(1).lower()], int(match.group(2)), match.group(3), anchor_day)
    match = _DAY_MONTH.search(text)
    if match:
        return _month_day(MONTHS[match.group(2).lower()], int(match.group(1)), match.group(3), anchor_day)
    if anchor_day is None:
        return None
    lowered = text.lower()
    for word, offset in RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", lowered):
            return (anchor_day + dt.timedelta(days=offset)).isoformat()
    match = _WEEKDAY.search(text)
    if match:
        modifier = (match.group(1) or "").strip().lower()
        weekday = WEEKDAYS[match.group(2).lower()]
        delta = weekday - anchor_day.weekday()
        if modifier == "next":
            delta = delta + 7 if delta <= 0 else delta
        elif modifier == "last":
            delta = delta - 7 if delta >= 0 else delta
        elif delta > 0:
            # News reports the past: a bare weekday is this week's, not the coming one.
            delta -= 7
        return (anchor_day + dt.timedelta(days=delta)).isoformat()
    return None


_PERIOD = re.compile(r"\b(last|this|next|past)\s+(week|month|year)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_ALONE = re.compile(rf"^(?:(?:in|during|since|until|by|early|late|mid|the|of|end)[\s-]+)*({_MONTH})\.?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:(?:in|during|the|year|of)\s+)*((?:19|20)\d{2})$", re.IGNORECASE)


def resolve_period(text: str, anchor: str | None) -> tuple[str, str] | None:
    """The first and last ISO day of the period ``text`` names, read relative to
    ``anchor``; a single day gives the same day twice.

    >>> resolve_period("last week", "2022-01-13")
    ('2022-01-03', '2022-01-09')
    >>> resolve_period("this month", "2022-01-13")
    ('2022-01-01', '2022-01-31')
    >>> resolve_period("in January", "2022-03-13"), resolve_period("December", "2022-01-13")
    (('2022-01-01', '2022-01-31'), ('2021-12-01', '2021-12-31'))
    >>> resolve_period("2004", None), resolve_period("February 2004", None)
    (('2004-01-01', '2004-12-31'), ('2004-02-01', '2004-02-29'))
    >>> resolve_period("on Tuesday", "2022-01-13")
    ('2022-01-11', '2022-01-11')
    >>> resolve_period("several days", "2022-01-13") is None
    True
    """
    day = resolve_date(text, anchor)
    if day is not None:
        return day, day
    stripped = " ".join(text.strip().split())
    match = _MONTH_YEAR.search(stripped)
    if match:
        return _month(int(match.group(2)), MONTHS[match.group(1).lower()])
    match = _YEAR.match(stripped)
    if match:
        year = int(match.group(1))
        return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    anchor_day = _parse_iso(anchor) if anchor else None
    if anchor_day is None:
        return None
    match = _MONTH_ALONE.match(stripped)
    if match:
        month = MONTHS[match.group(1).lower()]
        # The nearest such month: "December" in a January article is last year's.
        year = anchor_day.year - 1 if month - anchor_day.month > 6 else anchor_day.year + (anchor_day.month - month > 6)
        return _month(year, month)
    match = _PERIOD.search(stripped)
    if match:
        which, unit = match.group(1).lower(), match.group(2).lower()
        if which == "past":
            return None  # "the past week" is the last seven days, not a calendar week; rarely what is meant
        shift = {"last": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            monday = anchor_day - dt.timedelta(days=anchor_day.weekday()) + dt.timedelta(weeks=shift)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        if unit == "month":
            month_index = anchor_day.year * 12 + anchor_day.month - 1 + shift
            return _month(month_index // 12, month_index % 12 + 1)
        year = anchor_day.year + shift
        return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    return None


def _month(year: int, month: int) -> tuple[str, str]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()


def _parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_day(month: int, day: int, year_text: str | None, anchor: dt.date | None) -> str | None:
    if year_text:
        return _valid(int(year_text), month, day)
    if anchor is None:
        return None
    year = anchor.year
    # "December 30" in a January article is last year's.
    if (month - anchor.month) > 6:
        year -= 1
    elif (anchor.month - month) > 6:
        year += 1
    return _valid(year, month, day)
