"""A description that a name set off after it names: the name's entity.

"Malaysia's budget airline, AirAsia, fell 2.9%", "Asia's biggest airline, Japan
Airlines, joins rival All Nippon": the parser makes the description the clause's
subject and the name only its apposition, so the event's participant was a node
of its own ("budget airline") beside the airline the sentence names.
``Linker.link_descriptions`` links the name-then-description apposition ("Varig,
Brazil's flagship airline"); ``named_after`` links the mirror, a description set
off by a name right after it, when all of these hold:

- the description's head is singular ("rivals, Tesco, Asda and ..." is a list);
- a comma, then a name of the description's type starts right after it;
- the name ends the apposition: a comma, a bracket or a dash follows it ("AirAsia
  fell" with no comma may be the clause's own subject), and no other name nor an
  "and"/"or" follows that (a list: "the firm, Tesco, Asda and Morrisons");
- the description is no list's member itself ("the bank, the insurer, ..."), nor inside an
  "of" phrase ("Three executives of Ireland's state-owned airline, Aer Lingus, are set to
  leave": the parser may make the name the subject's conjunct).

A wrong participant is worse than a generic one: anything else leaves it as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.records import Mention, Proposition
from kg.resolve.holders import in_list
from kg.resolve.pronouns import looks_plural

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_GAP = re.compile(r",[ \t]+")
# The description inside an "of" phrase: "Three executives of Ireland's state-owned airline, Aer Lingus, are set to
# leave" (the parser may make the name a conjunct of the subject, the people's clause the firm's).
_OF = re.compile(r"\bof\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# What closes the name's apposition: a comma, a bracket ("(S&N)"), a dash.
_CLOSE = re.compile(r"[ \t]*(?:,|\(|[ \t][-\u2013\u2014][ \t])")
# A list goes on after the closing comma: "the firm, Tesco, Asda and Morrisons".
_LIST_ON = re.compile(r",[ \t]*(?:and|or|[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*[ \t]*(?:,|and\b|or\b))")


def named_after(linker: Linker, description: Mention) -> int | None:
    """The entity the name set off right after ``description`` stands for (see the
    module's docstring), or ``None``."""
    text = linker.text
    gap = _GAP.match(text, description.end)
    if gap is None or description.modifier:
        return None  # asked first: most descriptions have no comma right after them
    words = description.text.split()
    if not words or looks_plural(words[-1]) or in_list(text, description.start, description.end) or _OF.search(
            text, max(0, description.start - 40), description.start):
        return None
    named = [(mention, cluster) for mention, cluster in linker.names
             if mention.start == gap.end() and not mention.modifier and linker.clusters[cluster].type is description.type]
    if len({cluster for _, cluster in named}) != 1:
        return None
    mention, cluster = max(named, key=lambda found: found[0].end)
    if not _CLOSE.match(text, mention.end) or _LIST_ON.match(text, mention.end):
        return None
    return cluster


def apposed_node(linker: Linker, edge: Proposition, cluster: int) -> int | None:
    """The node of its own an apposition edge's description keeps when ``named_after`` (or
    another rule) linked it to the edge's subject (``cluster``), so that the edge still says
    what the name is ("Ofcom --is--> telecoms regulator"), as before the link; else ``None``."""
    if edge.kind != "apposition" or edge.object is None:
        return None
    head = edge.object.head_start
    description = next((found for found in linker.descriptions if found.start <= head < found.end), None)
    if description is None or (named_after(linker, description) != cluster and linker.local_node(description) != cluster):
        return None  # linked by named_after, or by another rule ("Consob, Italy's stock market regulator": definite)
    linker.link(description, None)
    node = linker.local_node(description, own=True)
    linker.link(description, cluster)
    return node
