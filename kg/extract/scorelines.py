"""Scores as the text writes them: "2-0", "6-4" (the number, the dash and the number,
touching), read once for the event rules (``scores``) and the
contest results (``kg.extract.results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.spans import argument_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["DASHES", "score_at", "scores"]

DASHES = frozenset({"-", "–"})
"""The marks between the two numbers of a score."""


def score_at(word: Word) -> list[Word]:
    """The score that starts at ``word``: "2-0" as the number, the dash and the
    number, touching ("1 - 0 ..." is none); else nothing."""
    doc = word.sent.doc
    if not word.like_num or word.i + 2 >= len(doc):
        return []
    dash, second = doc[word.i + 1], doc[word.i + 2]
    if word.i > 0 and doc[word.i - 1].pos_ == "PROPN" and min(len(word.text), len(second.text)) >= 3:
        return []  # "Boeing 737-800 planes": a maker's model number, no score
    if dash.text in DASHES and second.like_num and dash.idx == word.idx + len(word.text) \
            and second.idx == dash.idx + 1:
        return [word, dash, second]
    return []


def scores(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """A score kept whole: "Spain won the game 1-0", which the parse splits into "1",
    "-" and "0", is one quantity "1-0", not a quantity 1 and a theme 0. A name the
    parse gave the score as a modifier keeps its role: "routed [Zvonareva 6-1] 6-0". The
    two numbers must touch the dash ("1-0", not "1 - 0 ...").
    """
    scores: dict[int, list[Word]] = {}
    for _, tokens in found:
        for first in tokens:
            if score := score_at(first):
                scores[first.i] = score
    if not scores:
        return found
    taken = {word.i for score in scores.values() for word in score}
    out: list[tuple[str, list[Word]]] = []
    for role, tokens in found:
        # "threatened Neville before the 4-2 defeat": a score in a phrase (but "by") is a match it names
        starts = [word.i for word in tokens if word.i in scores] if tokens[0].dep_ != "prep" or tokens[0].lower_ == "by" else []
        if starts:
            out.append(("quantity", scores[starts[0]]))
            head = argument_head(cast("list[Token]", tokens))  # a Word answers as its Token (kg.extract.words)
            if role != "quantity" and head is not None and head.pos_ == "PROPN" and head.i < starts[0]:
                out.append((role, [word for word in tokens if word.i < starts[0]]))
        elif not all(word.i in taken for word in tokens):
            out.append((role, tokens))
    return out
