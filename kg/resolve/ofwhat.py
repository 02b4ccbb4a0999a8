"""A light verb phrase with nothing it is of: not kept.

"Mr Glazer would need a bid of 300p a share to take control of the club" reads ``take
control(agent=Malcolm Glazer, theme=Manchester United)``: what was taken control of is the
news. "Safin played some of his best tennis to reel off seven games and take control of the
match" reads ``take control(agent=Marat Safin)`` once "the match" is no theme: someone took
control of something unsaid, and as the purpose of his play, planned. An event whose lemma
``of_what_events.txt`` lists (a light verb and a noun that says nothing without its "of"
phrase: ``kg.extract.lightof``) stays only with a theme.
"""

from __future__ import annotations

from kg.lexicon.table import read_words
from kg.resolve.events import LinkedEvent

__all__ = ["says_of_what"]

OF_WHAT = read_words("of_what_events.txt")


def says_of_what(item: LinkedEvent) -> bool:
    """False for an event of ``of_what_events.txt`` that kept no theme."""
    mention = item.mention
    return mention.lemma not in OF_WHAT or any(mention.arguments[index].role == "theme" for index, _ in item.arguments)
