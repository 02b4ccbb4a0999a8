"""Titles after a person's possessive: "Martin Scorsese's The Aviator".

spaCy's small model reads some film, play and book titles as firms or drops them
("Martin Scorsese's The Aviator" an organisation). Rule ``authored``: a capitalised
"The" title right after a person's possessive (NER's PERSON, then "'s") is a work:
"Mel Gibson's The Passion of the Christ", "Alan Bennett's The History Boys"; not a
place's name after it, nor a title that is an owner itself ("Blair's The ...'s"). A
firm's or a programme's possessive ("World Service's The Music Biz programme") is
left to the other rules.
"""

from __future__ import annotations

from kg.extract.titlewords import capital, names_no_work, title_end
from kg.extract.words import Bounds, Words

_POSSESSIVES = frozenset({"'s", "’s"})


def authored_titles(words: Words) -> list[Bounds]:
    """The titles after a person's possessive and "The", as word spans ``(start, end)`` after "The"."""
    tokens = words.words
    titles = []
    for i in range(1, len(tokens) - 2):
        if tokens[i].text not in _POSSESSIVES or tokens[i - 1].ent_type_ != "PERSON":
            continue
        the = tokens[i + 1]
        if the.text != "The" or the.sent.start == the.i or tokens[i + 2].sent.start == i + 2 or not capital(tokens[i + 2]):
            continue
        end = title_end(tokens, i + 2)
        if not names_no_work(words, tokens, i + 2, end):
            titles.append((i + 2, end))  # without its "The", as NER's titles come: "Aviator"
    return titles
