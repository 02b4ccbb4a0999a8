"""A "?" that closes a title asks nothing: "has now cancelled all European promotion of
the film Shall We Dance?", "Ice Cube's road-trip comedy Are We There Yet?, slipped to
second place".

A sentence whose last word is "?" is a question (``kg.extract.frames.is_question``), but
not when that "?" ends a run of capitalised words, two or more, that begins inside the
sentence with the word a question opens with (an auxiliary or a wh-word: "Shall We
Dance?", "Who Wants To Be A Millionaire?"): the name of a work. A run that opens the
sentence ("Could Rivalry Overshadow Election?"), one after a quotation mark or a colon
(a quoted question), one that opens with no such word ("What about the Marine
Chronometer?", "a remake of The Wooden Tops?") or with a lower-case word in it ("Are
you coming?") stays a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

# The words a question opens with (the tagger often reads them as names inside a title).
_OPENERS = frozenset("""shall will would should can could may might must do does did is are was were am
have has had who what where when why how which""".split())
_BEFORE_QUOTED = frozenset({'"', "'", "“", "‘", "``", ":", "("})
_SMALL = frozenset({"a", "an", "the", "to", "of", "in", "on", "and", "for"})  # "Who Wants to Be a Millionaire?"


def titled_question(words: list[Word], mark: int) -> bool:
    """Whether the "?" at ``words[mark]`` closes the title of a work inside the sentence,
    not a question the sentence asks."""
    start = mark
    while start > 0 and (words[start - 1].text.istitle() or words[start - 1].lower_ in _SMALL):
        start -= 1
    while start < mark and not words[start].text.istitle():
        start += 1  # a run starts with a capitalised word
    if mark - start < 2 or start == 0 or words[start - 1].text in _BEFORE_QUOTED:
        return False
    return words[start].lower_ in _OPENERS
