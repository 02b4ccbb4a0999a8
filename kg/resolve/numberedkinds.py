"""A description narrowed by a bare number before its kind noun names a body NER missed.

"Pop Idol supremo Simon Fuller has sold his 19 Entertainment company ... The 19 firm handles
a roster of music artists": the number is the firm's own name ("19 Entertainment"), which NER
read as a count, so the description is that firm's and no other firm named near it ("Sports
Entertainment Enterprises"). ``numbered_kind`` tells ``kg.resolve.coref`` to link such a
description to no one by nearness. Not a year ("the 2004 champion"), a ranking ("the No 1
firm"), nor a hyphened measure ("the 24-hour channel").
"""

from __future__ import annotations

import re

# "the 19 firm": a determiner, perhaps a word or two, a bare number of one to three digits, the head.
_NUMBERED = re.compile(r"(?:the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?(\d{1,3})\s+[a-z]+", re.IGNORECASE)
_RANKS = frozenset({"no", "number", "top"})


def numbered_kind(written: str) -> bool:
    """Whether a description holds a bare number right before its one head noun.

    >>> numbered_kind("The 19 firm"), numbered_kind("the 19 company")
    (True, True)
    >>> numbered_kind("the firm"), numbered_kind("the No 1 firm"), numbered_kind("the 2004 champion")
    (False, False, False)
    >>> numbered_kind("the 24-hour channel")
    False
    """
    match = _NUMBERED.fullmatch(written.strip())
    if match is None:
        return False
    before = written[: match.start(1)].split()
    return not (before and before[-1].lower() in _RANKS)
