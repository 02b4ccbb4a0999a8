"""A second direct object the parse hung on a verb after a dash restates, it is no second theme.

"China raised rates by 0.27 percentage points to 5.8% - its first hike in nine years - in
October 2004", "The Department destroyed nearly 37,000 files last year - up 22,000 on four
years ago", "Liverpool will lift their offer to £5m - the highest they are willing to go": the
parse makes the phrase after the dash a second object of the verb, so the event reads two
themes ("rates & its first hike"). What a dash sets off after the verb's object says something
of what went before (an aside, a rise, a rank); it is no second thing the verb acts on.
`rehang_dash_objects` leaves such an object on its verb but unclassified (``dep``), before the
words' children are read, so no rule reads it as an argument. Only a dash written apart from
the words beside it: a hyphen inside a word the tokenizer split ("the first pre-sale", "their
co-founder") joins the pieces of one word; not after an "and" or "or" ("rates - and taxes").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.swallowed import children_of, left_edge

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_dash_objects"]

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def rehang_dash_objects(words: list[Word]) -> None:
    """Unclassify each later direct object a spaced dash sets off (see the module); only
    ``dep_`` changes, before any children are read."""
    firsts: dict[int, int] = {}
    children: dict[int, list[Word]] | None = None
    for word in words:
        if word.dep_ != "dobj" or word.head is word:
            continue
        first = firsts.setdefault(word.head.i, word.i)
        if first == word.i:
            continue
        if children is None:
            children = children_of(words)
        start = left_edge(word, children)
        if start < 2 or not _spaced_dash(words, start - 1):
            continue
        if any(words[i].lower_ in ("and", "or", "but") for i in range(first + 1, start)):
            continue
        word.dep_ = "dep"


def _spaced_dash(words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` is a dash with space on both sides."""
    dash, before, after = words[i], words[i - 1], words[i + 1]
    return dash.text in _DASHES and before.idx + len(before.text) < dash.idx and dash.idx + len(dash.text) < after.idx

