"""Scores as the text writes them: "2-0", "6-4" (the number, the dash and the number,
touching), read once for the event rules (``event_arguments.scores``) and the
contest results (``kg.extract.results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["DASHES", "score_at"]

DASHES = frozenset({"-", "–"})
"""The marks between the two numbers of a score."""


def score_at(word: Word) -> list[Word]:
    """The score that starts at ``word``: "2-0" as the number, the dash and the
    number, touching ("1 - 0 ..." is none); else nothing."""
    doc = word.sent.doc
    if not word.like_num or word.i + 2 >= len(doc):
        return []
    dash, second = doc[word.i + 1], doc[word.i + 2]
    if dash.text in DASHES and second.like_num and dash.idx == word.idx + len(word.text) \
            and second.idx == dash.idx + 1:
        return [word, dash, second]
    return []
