"""The film an article is about, for "the film" / "the movie" no rule links.

Film news names its film once and then speaks of it by its kind: "New comedy Diary of a
Mad Black Woman has ended Will Smith's reign ... the film took $22.7m". "the film" is no
description noun (a film is no organisation), so no rule links it, and the events whose
subject it is are dropped ("who acted is no entity"). ``described_work`` gives "the
film" the one creative work it can be:

- the only work the article names before it, when the article calls it nothing but a
  film (``work_kinds.tsv``: not "their album X", not "the novel X"), or
- the only work named in the sentences right before it, when the article calls it a
  film ("The German film The Downfall ... The film has caused some controversy").

Never one of two: "the film" after two films stays unlinked. A wrong film is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import WORK_KINDS
from kg.records import Argument
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_FILM = "film"
_DESCRIBED = re.compile(r"the\s+(?:film|movie)", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")
# The words right before a name that may say its kind: "Smith's romantic comedy Hitch".
_BEFORE = 3
# Another, unnamed film: "a film", "the 1992 film." ("Whedon created Buffy in the screenplay for
# the 1992 film. He distanced himself from the movie": not Wonder Woman), not "the best foreign
# film category" (a compound) nor "the film Serenity" (a name).
_RIVAL = re.compile(
    r"\b(?:(?:a|an|another)\s+(?:[\w'-]+\s+){0,3}|(?:the|this|that|his|her|their|its)\s+(?:[\w'-]+\s+){1,3})(?:film|movie)"
    r"(?=\s*[,.;:)]|\s+(?:which|that|who|was|is|has|had|will|would|in|about|from|of|by|with|and)\b)",
    re.IGNORECASE,
)


def described_work(linker: Linker, argument: Argument) -> int | None:
    """The one creative work "the film" / "the movie" (the whole argument) stands for, or ``None``."""
    if not _DESCRIBED.fullmatch(linker.text[argument.start : argument.end]) or linker.in_name(argument.start):
        return None
    named: dict[int, int] = {}  # work -> the sentence it is last named in before the argument
    last = 0  # where the last work named before the argument ends
    for mention, cluster in linker.names:
        if mention.end <= argument.start and linker.clusters[cluster].type is EntityType.WORK and not linker.clusters[cluster].local:
            named[cluster], last = mention.sentence, max(last, mention.end)
    if not named or _RIVAL.search(linker.text, last, argument.start):
        return None  # another film spoken of since: "the film" may be that one
    films = {cluster for cluster in named if work_kinds(linker, cluster) <= {_FILM}}
    if len(named) == 1 and len(films) == 1:
        return films.pop()
    sentence = sentence_of(linker, argument.start)
    near = [cluster for cluster, last in named.items() if sentence - WINDOW <= last]
    if len(near) == 1 and work_kinds(linker, near[0]) == {_FILM}:
        return near[0]
    return None


def work_kinds(linker: Linker, cluster: int) -> set[str]:
    """The kinds of work (``work_kinds.tsv``) the article gives a work: a kind noun in the
    few words right before one of its names, or in a description set beside it."""
    found = linker.clusters[cluster]
    kinds: set[str] = set()
    for mention in found.mentions:
        if mention.kind != "name":
            continue
        start = linker.sentence_starts[mention.sentence] if mention.sentence < len(linker.sentence_starts) else 0
        before = [fold(word) for word in _WORD.findall(linker.text[max(start, mention.start - 60) : mention.start])]
        kinds |= {WORK_KINDS[word] for word in before[-_BEFORE:] if word in WORK_KINDS}
    for descriptor in found.descriptors:
        kinds |= {WORK_KINDS[word] for word in sorted(descriptor) if word in WORK_KINDS}
    return kinds
