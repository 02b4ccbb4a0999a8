"""The news's own reporter, "our correspondent": the one the article named with that role.

A broadcaster's article names its reporter once and then speaks of them as its own:
"BBC correspondent Stephen Cape said the combined unions represented 'a formidable force'
... Our correspondent said that he understood no deal had been offered". Only "the"
refers back to a role holder (``kg.resolve.holders.described_role``: "our chairman" in a
quotation is the speaker's), so "Our correspondent" stayed a description where no quote
just before gave the speaker. ``as_definite`` reads "our" before a role of the media's
reporting (``roles.tsv`` kind ``media``: correspondent, reporter, editor ...; not a
spokesman, whom a body has) as "the", outside quotation marks only, where "our" is the
article's own voice: "our correspondent" is then the one person the article named a
correspondent before it (``kg.resolve.holders.holder_of``; two correspondents, none).
"""

from __future__ import annotations

import re

from kg.lexicon import ROLES

_OUR = re.compile(r"our\s+", re.IGNORECASE)
# Roles of the media a body's own spokesman holds too: "our press officer" is anyone's.
_SPOKEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "press officer", "publicist"})
_QUOTES = re.compile(r"[\"“”]")


def as_definite(text: str, start: int, written: str) -> str:
    """``written`` (the description at ``start`` in ``text``) with "our" read as "the" when it
    is the article's own reporter: "Our correspondent" -> "the correspondent"."""
    our = _OUR.match(written)
    if our is None or _quoted(text, start):
        return written
    rest = written[our.end() :]
    role = ROLES.get(tuple(rest.lower().split()[-1:]))
    if role is None or role.type != "media" or role.key in _SPOKEN:
        return written
    return "the " + rest


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation opened in its paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    return len(_QUOTES.findall(text, start, offset)) % 2 == 1
