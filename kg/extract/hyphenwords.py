"""A hyphenated word the parse split into two members is one word, headed by its last piece.

The tokenizer splits "pre-sale", "mid-week", "re-election", "cross-kick" at the hyphen, and
the parser may then hang the pieces apart: "announced the first pre-sale of its 7E7 rival"
reads "pre", "-" and "sale" as three objects of "announced", "host the mid-week, late-night
timeslot" reads "the mid" as the object and "week" as a modifier of the timeslot, so an event
shows two participants joined by "&" ("the first pre-sale & sale of its 7E7 rival", "the mid &
week"). Two words joined by a hyphen with no space on either side are never two members.

`rehang_hyphen_words` hangs the first piece on the last as a compound (the hyphen on the first,
as punctuation, so that the word's modifier runs up to the hyphen: "his re-election"), and the
first piece's own words ("the first") on the last piece, before the words' children are read;
the last piece keeps its place, unless it hung below the first piece or the hyphen, was the
first piece's conjunct or apposition, or was its sibling but no member ("to next week's
semi-final", "final" an adjective of "to"): then it takes the first piece's place. Only
where the parse made the first piece a member of its own (an object, subject, conjunct ...)
and neither piece already heads the other ("a Russia-led alliance" is left as it is); only a
word of two alphabetic pieces ("5-4", "A350-800", "state-of-the-art" are left as they are).
A dash written apart from its words ("rates - its first hike") is no hyphen
(kg.extract.dashobjects).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_hyphen_words"]

# The dependencies that make a word a member of its own: an argument of a verb or preposition,
# or a list member.
_MEMBER_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "dative", "oprd", "npadvmod"})
_SPLIT_OFF = frozenset({"conj", "appos"})  # the last piece read as the first one's second member


def rehang_hyphen_words(words: list[Word]) -> None:
    """Make each two-piece hyphenated word the parse split one word (see the module); only
    ``head`` and ``dep_`` change, before any children are read."""
    for i in range(1, len(words) - 1):
        dash = words[i]
        if dash.text != "-":
            continue
        first, last = words[i - 1], words[i + 1]
        if not (_glued(first, dash) and _glued(dash, last)) or not (first.is_alpha and last.is_alpha):
            continue
        if (i >= 3 and _hyphen_before(words, i - 1)) or (i + 3 < len(words) and _hyphen_before(words, i + 3)):
            continue  # a longer word: "state-of-the-art", "Stratford-upon-Avon"
        _join(words, first, dash, last)


def _join(words: list[Word], first: Word, dash: Word, last: Word) -> None:
    """Hang ``first`` and ``dash`` on ``last`` where the parse made them members of their own."""
    split_off = last.head is first and last.dep_ in _SPLIT_OFF
    if first.head is last or (last.head in (first, dash) and not split_off) or first.dep_ not in _MEMBER_DEPS:
        return
    outside = first.head if first.head is not dash else dash.head
    if outside in (first, dash, last):
        return  # a root, or pieces hung on each other some other way
    if split_off or _below(last, (first, dash)) or (last.head is outside and last.dep_ not in _MEMBER_DEPS):
        last.head, last.dep_ = outside, first.dep_  # a sibling no member: "to [semi] [-] [final]", final an "amod"
    for word in words:
        if word.head in (first, dash) and word is not first and word is not dash and word is not last:
            word.head = last
    first.head, first.dep_ = last, "compound"
    dash.head, dash.dep_ = first, "punct"  # inside the compound: "his [re-]election" is a modifier and its head


def _below(word: Word, pieces: tuple[Word, ...]) -> bool:
    """Whether one of ``pieces`` is an ancestor of ``word`` (heads followed up to the root)."""
    seen: set[int] = set()
    while word.head is not word and word.i not in seen:
        seen.add(word.i)
        word = word.head
        if any(word is piece for piece in pieces):
            return True
    return False


def _glued(before: Word, after: Word) -> bool:
    """Whether ``after`` follows ``before`` with no space between."""
    return before.idx + len(before.text) == after.idx


def _hyphen_before(words: list[Word], i: int) -> bool:
    """Whether ``words[i - 1]`` is a hyphen glued to the words on both sides of it."""
    dash = words[i - 1]
    return dash.text == "-" and _glued(words[i - 2], dash) and _glued(dash, words[i])
