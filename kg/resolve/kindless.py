"""An occasion's or an institution's name by its first word alone, without its kind's words.

"The Sundance Film Festival ... Robert Redford founded Sundance in 1981", "books held in the
Bodleian Library ... the total collection held in the Bodleian": a one-word name is the
longer name it opens when every other word of that name says only what kind of thing it is:
its head, one of ``_KIND_HEADS`` (a festival, a library, a museum, a gallery), and at most one
word before the head ("Film Festival"). ``kg.resolve.variants`` asks this for a short name NER
did not read as a person, that is no known place's name ("Cannes" of the Cannes Film Festival
is the town as well) nor a people's word ("the British" are no British Library). So "Harvard"
is no "Harvard Business School" (a school is no head here), nor "the Academy" the Academy
Awards (an award is no head here).
"""

from __future__ import annotations

# Kinds of occasion or institution a news story names by the name's first word alone.
_KIND_HEADS = frozenset({"festival", "library", "museum", "gallery"})
_MAX_KIND_WORDS = 2  # the head and one word before it: "Film Festival"


def is_kindless(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether the one-word name ``words`` is ``long_words`` without its kind's words
    (``kg.resolve.forms.name_words`` of both).

    >>> is_kindless(("sundance",), ("sundance", "film", "festival")), is_kindless(("bodleian",), ("bodleian", "library"))
    (True, True)
    >>> is_kindless(("harvard",), ("harvard", "business", "school")), is_kindless(("academy",), ("academy", "awards"))
    (False, False)
    >>> is_kindless(("sundance",), ("sundance", "international", "film", "festival"))
    False
    """
    if len(words) != 1 or len(long_words) < 2 or long_words[0] != words[0]:
        return False
    rest = long_words[1:]
    return len(rest) <= _MAX_KIND_WORDS and rest[-1] in _KIND_HEADS
