"""A named event taken up by the noun its name ends in: "the Berlin Film Festival ... the festival".

News names a festival, a conference or an awards once and then speaks of it by its kind:
"The Sundance Film Festival, the movie industry's top showcase ... The festival is being
opened by a screening of quirky comedy Happy Endings"; "Organisers of the third Bangkok
International Film Festival ... the festival has continued as originally planned". No rule
links such a description, so the events whose participant it is are dropped.
``described_event`` gives "the festival", "the conference", "the awards", "the
championships" the one named event before it whose name holds that noun, when no other
named event stands in the sentences right before it (it may be that one: "following last
weekend's Oscars") and no such event is spoken of unnamed since ("a festival in Toronto").
Two festivals named: no link. A wrong event is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.records import Argument
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_HEADS = ("awards", "championships", "conference", "festival")
_DESCRIBED = re.compile(rf"the\s+({'|'.join(_HEADS)})", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")


def described_event(linker: Linker, argument: Argument) -> int | None:
    """The one named event "the festival" (the whole argument) stands for, or ``None``."""
    written = _DESCRIBED.fullmatch(linker.text[argument.start : argument.end])
    if written is None or linker.in_name(argument.start):
        return None
    head = written.group(1).lower()
    sentence = sentence_of(linker, argument.start)
    fitting: set[int] = set()
    near: set[int] = set()  # named events in the sentences right before
    last = 0
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if entity.local or mention.end > argument.start or entity.type is not EntityType.EVENT:
            continue
        if head in {fold(word) for word in _WORD.findall(mention.text)}:
            fitting.add(cluster)
            last = max(last, mention.end)
        if sentence - WINDOW <= mention.sentence:
            near.add(cluster)
    if len(fitting) != 1 or near - fitting:
        return None
    rival = re.compile(rf"\b(?:a|an|another|other|rival|its\s+own)\s+(?:[\w'-]+\s+){{0,3}}{head}\b", re.IGNORECASE)
    return None if rival.search(linker.text, last, argument.start) else fitting.pop()
