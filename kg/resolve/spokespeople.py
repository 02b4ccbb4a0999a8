"""A spokesperson speaks for the organisation their own phrase names.

"A Delta spokesperson confirmed ...", "a spokesman for Ofcom said ...", "an IMF official
said ...", "A Sony representative told ...": in news the firm, body or club speaks
through them, and "what did Ofcom say?" should find it. The speaker is the organisation
when the phrase headed by a spokesperson noun (``spokespeople.txt``) names exactly one:

- before the head, with at most two lower-case words between ("A UKIP press spokesman");
- after it, through "for", "at" or "of" ("a spokesman for net provider Pipex",
  "a spokesperson for the San Francisco Police Department").

"A spokesman for the company" stays as written: kg may not know which company.

A report speaks for the body that made it the same way (``report_nouns.txt``): "a report by
the Pew Research Center says", "Oxfam's latest report says", "figures from the ONS showed";
only "by" or "from" after the noun ("a study of Microsoft" is about it, "a report for the
commission" was made for it).

Never a person's spokesman ("Mr Blair's spokesman", "a spokesman for Michael Howard"),
a former one ("a former Enron official"), a country's or a place's ("a US spokesman"),
one of two bodies, or the owner of the body spoken for ("a spokesman for the UN's World
Summit on the Information Society"). The quote keeps the description as its speaker text.

A party's adjective that NER reads as no name speaks for the party too, when the article
names it: "A Conservative spokesperson said" (``nicknames.tsv``: "conservative" is the
Conservative Party's adjective name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import NICKNAMES, SPOKESPEOPLE
from kg.lexicon.table import read_words
from kg.records import Argument
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# Bodies a spokesperson speaks for: not a country or a people ("Chinese officials").
SPOKEN_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})
# Between a name and the head: "A Delta spokesperson", "A UKIP press spokesman", "Shell's spokesman".
_BEFORE = re.compile(r"^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}$")
# Between the head and a name: "spokesman for Ofcom", "spokeswoman for net provider Pipex".
_AFTER = re.compile(r"^\s+(?:for|at|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# Between a report's noun and its maker's name: "a report by the Pew Research Center", "figures from the ONS".
_MADE_BY = re.compile(r"^\s+(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_REPORTS = read_words("report_nouns.txt")
# No longer speaks for it: "a former Enron official".
_FORMER = re.compile(r"\b(?:former|ex|retired|onetime)\b", re.IGNORECASE)


def spoken_for(linker: Linker, argument: Argument) -> int | None:
    """The one organisation a spokesperson's (or a report's) phrase names, which speaks
    through them, or ``None``."""
    text = linker.text
    head = text[argument.head_start : argument.head_end].lower()
    report = head in _REPORTS
    if head not in SPOKESPEOPLE and not report:
        return None
    if _FORMER.search(text[argument.start : argument.head_start]):
        return None
    after = _MADE_BY if report else _AFTER

    def attached(start: int, end: int) -> bool:
        if end <= argument.head_start:
            return bool(_BEFORE.match(text[end : argument.head_start]))
        return start >= argument.head_end and bool(after.match(text[argument.head_end : start]))

    bodies: set[int] = set()
    for mention, cluster in linker.names:
        if not (argument.start <= mention.start and mention.end <= argument.end):
            continue
        entity = linker.clusters[cluster]
        if entity.type is EntityType.PERSON:
            return None  # "a spokesman for Michael Howard", "a Bush administration official"
        if mention.start >= argument.head_end and text[mention.end : mention.end + 1] in ("'", "’"):
            return None  # "a spokesman for the UN's World Summit ...": the summit's, not the UN's
        if attached(mention.start, mention.end) and entity.type in SPOKEN_BODIES and not entity.local:
            bodies.add(cluster)
        elif report and entity.type in SPOKEN_BODIES:
            return None  # "research by the Licensed Taxi Drivers Association and Pointsec": two makers
    if not bodies and (named := _nicknamed_body(linker, argument)) is not None:
        bodies.add(named)
    return bodies.pop() if len(bodies) == 1 else None


def _nicknamed_body(linker: Linker, argument: Argument) -> int | None:
    """The one cluster of the article that the word before a spokesperson noun names by its
    nickname ("A Conservative spokesperson": the Conservative Party), or ``None``."""
    before = fold(linker.text[argument.start : argument.head_start]).split()
    readings = NICKNAMES.get(before[-1], ()) if before else ()
    names = {reading.name for reading in readings if reading.context == "any" and reading.type in SPOKEN_BODIES}
    if len(names) != 1:
        return None
    name = names.pop()
    found = {index for index, cluster in enumerate(linker.clusters) if cluster.type in SPOKEN_BODIES and not cluster.local
             and any(fold(m.text) == fold(name) or name in {r.name for r in NICKNAMES.get(fold(m.text), ())}
                     for m in cluster.mentions)}
    return min(found) if found else None  # "Conservatives" and "Tory" are one party, keyed as one later
