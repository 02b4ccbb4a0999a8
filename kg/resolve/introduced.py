"""A definite description takes up the indefinite one that brought its thing in.

"A group of MPs has tried to raise the pressure on Tony Blair over reform to the House of
Lords ... The cross-party group has unveiled a draft bill ... The group says": the group is
the one "a group" introduced, an unnamed body, not the House of Lords named in between.
The nearby-name rules (``Linker._nearest``, ``kg.resolve.thekind``) would take the one
organisation named near it; an earlier "a"/"an" description with the same head noun and type,
with no name holding that noun between the two ("the Virgin Group"), is the surer antecedent,
and its link (a name it was set beside, else a node of its own) is the later one's too.
Only an indefinite description that opens its sentence brings a thing in ("for a political
party to have economic credibility ... He accused the party" is no such party), and a name of
its type opening a sentence between the two, or set right beside the later one ("The firm, Paion,
said"), may be its name ("A group of artists in Poland has
taken ... The Gameboyzz Orchestra Project has taken ... The group plays": the project).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.resolve.starts import sentence_at

if TYPE_CHECKING:
    from kg.records import Mention
    from kg.resolve.coref import Linker

_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OPENING = 4  # characters a sentence's first name may stand after its start ("The ")


def introduced(linker: Linker, description: Mention) -> Mention | None:
    """The earlier indefinite description that brought in what the definite ``description``
    stands for, or ``None``."""
    text = linker.text
    if not _DEFINITE.search(text[max(0, description.start - 10) : description.start]):
        return None
    head = description.text.split()[-1].lower()
    if any(0 <= mention.start - description.end <= 2 and linker.text[description.end : mention.start].strip() in ("", ",")
           for mention, _ in linker.names):
        return None  # "The firm, Paion, said", "the Edinburgh-based firm CEC": the name it is set beside says
    earlier = [d for d in linker.descriptions if d.end <= description.start and d.type is description.type
               and d.text.split()[-1].lower() == head and _INDEFINITE.search(text[max(0, d.start - 10) : d.start])]
    if not earlier:
        return None
    first = earlier[-1]
    if first.start - _sentence_start(linker, first.start) > len("an "):
        return None  # "for a political party to have": no party brought in
    if any(first.end <= mention.start < description.start and (head in mention.text.lower().split() or (
            linker.clusters[cluster].type is description.type
            and mention.start - _sentence_start(linker, mention.start) <= _OPENING)) for mention, cluster in linker.names):
        return None  # "a group ... the Virgin Group ... the group", "... The Gameboyzz Orchestra Project has": its name
    return first


def _sentence_start(linker: Linker, offset: int) -> int:
    """Where the sentence holding ``offset`` starts."""
    starts = linker.sentence_starts
    return starts[sentence_at(starts, offset)] if starts else 0  # kg.resolve.starts


def introduced_links(linker: Linker) -> Iterator[tuple[Mention, int]]:
    """Each definite description an earlier indefinite one brought in, with what that one stands for."""
    for description in linker.descriptions:
        first = introduced(linker, description)
        if first is not None and (cluster := linker.local_node(first)) is not None:
            yield description, cluster
