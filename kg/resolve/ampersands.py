"""Initials joined by "&" stand for the name of two parts joined by "&" or "and" they are the initials of.

"Ernst & Young urged him ... said Aidan O'Carroll, E&Y's UK head of tax", "Bradford & Bingley
... B&B", "Scottish and Newcastle ... S&N": each side's capitals are the initials of the words on
that side of the long name's one joining word (its stop words giving none: "Bank of ..."). Not a
name with no joining word ("AT&T" is no "American Telephone Telegraph"), nor one whose sides give
other letters ("M&S" is no "Tate & Lyle"). ``kg.resolve.variants`` asks it.
"""

from __future__ import annotations

import re

from kg.lexicon import ACRONYM_STOPWORDS

_INITIALS = re.compile(r"([A-Z]{1,3})&([A-Z]{1,3})")
_JOINING = frozenset({"&", "and"})


def is_ampersand_initials(short: str, long: str) -> bool:
    """Whether ``short`` ("E&Y") is the initials of ``long`` ("Ernst & Young") on each side of its "&" or "and".

    >>> is_ampersand_initials("E&Y", "Ernst & Young"), is_ampersand_initials("S&N", "Scottish and Newcastle")
    (True, True)
    >>> is_ampersand_initials("B&B", "Bradford & Bingley"), is_ampersand_initials("M&S", "Tate & Lyle")
    (True, False)
    >>> is_ampersand_initials("AT&T", "American Telephone Telegraph"), is_ampersand_initials("E&Y", "Ernst Young")
    (False, False)
    >>> is_ampersand_initials("B&B", "Bradford & Bingley & Barclays")
    False
    """
    match = _INITIALS.fullmatch(short.strip())
    if match is None:
        return False
    words = long.split()
    joins = [i for i, word in enumerate(words) if word.lower() in _JOINING]
    if len(joins) != 1:
        return False
    left, right = words[: joins[0]], words[joins[0] + 1 :]
    return _initials(left) == match.group(1) and _initials(right) == match.group(2)


def _initials(words: list[str]) -> str:
    return "".join(word[0].upper() for word in words if word.lower() not in ACRONYM_STOPWORDS and word[0].isalpha())
