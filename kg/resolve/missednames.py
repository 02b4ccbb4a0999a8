"""Names NER missed in one place but read elsewhere, as rivals of the one name a description may take up.

"Scott Richter, the man behind OptInRealBig.com ..., said lawsuits had forced the company into
Chapter 11. OptInRealBig was fighting several legal battles, most notably against Microsoft
... The company said filing for Chapter 11 would help it": NER read "OptInRealBig" as a name
further on but not where it opens the sentence before, so ``Linker`` found one company in
reach, Microsoft, and made it the speaker. ``written_rivals`` gives the entities whose name
(as NER read it elsewhere, written alike, case and all) opens a sentence in a stretch of
text outside every name mention there: a description with such a rival in reach may mean
either. A missed name further in a sentence is left alone: "Jim Lanzone ... at Ask Jeeves
... said it did not acquire Bloglines ... The firm will ask its users" is Ask Jeeves.
A wrong link is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.records import Mention
from kg.resolve.pronouns import WINDOW
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def written_rivals(linker: Linker, description: Mention, types: Iterable[EntityType]) -> set[int]:
    """The entities of ``types`` (none a description's) whose name is written where NER read no
    name, in ``description``'s reach: its sentence before it and the ``WINDOW`` sentences before."""
    starts = linker.sentence_starts
    start = starts[max(0, min(description.sentence - WINDOW, len(starts) - 1))] if starts else 0
    end = description.start
    wanted = set(types)
    found = set()
    for cluster in linker.clusters:
        if cluster.local or cluster.type not in wanted:
            continue
        for written in {mention.text for mention in cluster.mentions if mention.kind == "name" and mention.text[:1].isupper()}:
            pattern = re.compile(rf"(?<![\w'’-]){re.escape(written)}(?![\w'’-])")
            if any(not linker.in_name(match.start()) and _opens_sentence(linker, match.start())
                   for match in pattern.finditer(linker.text, start, end)):
                found.add(cluster.index)
                break
    return found


def _opens_sentence(linker: Linker, offset: int) -> bool:
    """Whether ``offset`` opens its sentence (past quotation marks): where NER misses a name
    most, and where a subject the description may mean stands ("OptInRealBig was
    fighting"; not "said it did not acquire Bloglines", an object)."""
    at = bisect_right(linker.sentence_starts, offset) - 1
    opening = linker.sentence_starts[at] if at >= 0 else 0
    return not linker.text[opening:offset].strip(" \n\t\"'“‘")
