"""The names and linked descriptions that start in a stretch of text, by bisection.

``Linker.antecedents`` is asked it for every owned role, speaker, quotation and
pronoun's stretch of text; reading every name and description of the article each
time made each question cost as much as the article is long. Their start offsets
are sorted once per article and bisected.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Protocol

from kg.records import Mention


def sentence_at(sentence_starts: Sequence[int], offset: int) -> int:
    """The index of the sentence holding ``offset``, given the sentences' ascending start offsets."""
    return max(bisect.bisect_right(sentence_starts, offset) - 1, 0)


class _Local(Protocol):
    local: bool


class Starts:
    """The start offsets of an article's names (each with its cluster) and descriptions, sorted."""

    __slots__ = ("_names", "_descriptions", "_name_starts", "_description_starts")

    def __init__(self, names: Sequence[tuple[Mention, int]], descriptions: Sequence[Mention]) -> None:
        self._names = sorted(((mention.start, cluster) for mention, cluster in names), key=lambda pair: pair[0])
        self._descriptions = sorted(descriptions, key=lambda mention: mention.start)
        self._name_starts = [start for start, _ in self._names]
        self._description_starts = [mention.start for mention in self._descriptions]

    def antecedents(self, start: int, end: int, links: Mapping[tuple[int, int], int | None],
                    clusters: Sequence[_Local]) -> list[tuple[int, int]]:
        """(offset, cluster) of every name, and every description ``links`` gives a
        cluster that is not ``local``, that starts in ``start:end``, in text order."""
        found = self._names[bisect.bisect_left(self._name_starts, start) : bisect.bisect_left(self._name_starts, end)]
        starts = self._description_starts
        for description in self._descriptions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            linked = links.get(description.span)
            if linked is not None and not clusters[linked].local:
                found.append((description.start, linked))
        return sorted(found)
