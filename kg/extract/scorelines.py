"""Scores as the text writes them: "2-0", "6-4" (the number, the dash and the number,
touching), read once for the event rules (``scores``) and the
contest results (``kg.extract.results``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.spans import argument_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

__all__ = ["DASHES", "score_at", "score_run", "scores", "whole_score"]

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
    if not (word.text[:1].isdigit() and second.text[:1].isdigit()):
        return []  # "Thirty-five workers": a number in words, never a score
    if dash.text in DASHES and second.like_num and dash.idx == word.idx + len(word.text) \
            and second.idx == dash.idx + 1:
        return [word, dash, second]
    return []


def score_run(word: Word) -> list[Word]:
    """The whole score that ``word`` is a word of: a tennis score's sets, each after one
    space, with a tie-break in brackets, "6-4 7-6 (7-4)" (the parse splits it into
    numbers hung anywhere); a football "2-1" alone. ``[]`` when ``word`` is in no score."""
    doc, run = word.sent.doc, cast("list[Word]", [])
    if word.like_num and not any(0 <= i < len(doc) and doc[i].text in DASHES for i in (word.i - 1, word.i + 1)):
        return []  # each number of a score touches its dash: no walk over the sentence for "2004", "£5m"
    for start in range(word.sent.start, word.sent.end):
        if run and start <= run[-1].i:
            continue  # inside the run being read
        run = []
        at = doc[start]
        while score := score_at(at) or _tie_break(at):
            run += score
            end = score[-1].i + 1
            if end >= word.sent.end or doc[end].idx != score[-1].idx + len(score[-1].text) + 1:
                break  # the next word is not one space on
            at = doc[end]
        if any(w.i == word.i for w in run):
            return run
    return []


def whole_score(tokens: list[Word]) -> bool:
    """Whether ``tokens`` are one score, whole ("2-1", "6-4 7-6 (7-4)"): a quantity kept as written."""
    return bool(tokens) and [w.i for w in score_run(tokens[0])] == [w.i for w in tokens]


def _tie_break(word: Word) -> list[Word]:
    """A tie-break's score in brackets, "(7-4)": the bracket, the score and the bracket."""
    doc = word.sent.doc
    if word.text != "(" or word.i + 4 >= len(doc) or doc[word.i + 4].text != ")":
        return []
    score = score_at(doc[word.i + 1])
    return [word, *score, doc[word.i + 4]] if score and doc[word.i + 1].idx == word.idx + 1 else []


def scores(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """A score kept whole: "Spain won the game 1-0", which the parse splits into "1",
    "-" and "0", is one quantity "1-0", not a quantity 1 and a theme 0. A name the
    parse gave the score as a modifier keeps its role: "routed [Zvonareva 6-1] 6-0". A
    tennis score is one quantity with all its sets (``score_run``): "beating Gaudio 6-4
    7-6 (7-4)" -> quantity "6-4 7-6 (7-4)", not the sets the parse happened to hang. The
    two numbers must touch the dash ("1-0", not "1 - 0 ...").
    """
    runs: dict[int, list[Word]] = {}  # each word of a score -> the whole score it is in
    for _, tokens in found:
        for word in tokens:
            if word.like_num and word.i not in runs and (run := score_run(word)):
                runs.update((w.i, run) for w in run)
    if not runs:
        return found
    out: list[tuple[str, list[Word]]] = []
    given: set[int] = set()  # the first words of the scores given as quantities
    for role, tokens in found:
        # "threatened Neville before the 4-2 defeat": a score in a phrase (but "by") is a match it names
        starts = [word.i for word in tokens if word.i in runs] if tokens[0].dep_ != "prep" or tokens[0].lower_ == "by" else []
        if starts:
            run = runs[starts[0]]
            if run[0].i not in given:
                given.add(run[0].i)
                out.append(("quantity", run))
            head = argument_head(cast("list[Token]", tokens))  # a Word answers as its Token (kg.extract.words)
            if role != "quantity" and head is not None and head.pos_ == "PROPN" and head.i < starts[0]:
                out.append((role, [word for word in tokens if word.i < starts[0]]))
        elif not all(word.i in runs for word in tokens):
            out.append((role, tokens))
    return out
