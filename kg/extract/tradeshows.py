"""A name ending in "Show" that the text holds somewhere is an occasion, a named event.

"Show" heads the names of trade fairs ("the Consumer Electronics Show", "the Detroit
Motor Show") and of television programmes ("The Cosby Show", "the Tonight Show"), so it
is no head word of ``name_heads.tsv``; NER reads the fair as an organisation. The slot
tells them apart: an occasion is what people are at, or what is held each year ("at
the Consumer Electronics Show in Las Vegas", "At the recent Consumer Electronics Show",
"for the annual Consumer Electronics Show"); a programme is what people appear on, host
or star in ("hosted the Tonight Show", "in The Cosby Show"). So a name of two words or
more ending in "Show", one mention of which stands right after "at" (over "the", a
year, "this year's" or a word of time: "recent", "annual") or after "annual", is a
named event in all its mentions. Not a name a lower-case noun follows ("at the South
Bank Show awards": the awards are the occasion), nor one a cue typed a work ("the BBC
programme The Fast Show").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.records import Mention
from kg.types import EntityType

# Words between "at" and the show's name: "at the recent X", "at this year's X", "at the 2005 X".
_BETWEEN = frozenset({"the", "this", "last", "next", "year", "'s", "’s", "recent", "latest", "annual", "forthcoming"})
# A word that makes the show a yearly occasion on its own: "for the annual X".
_YEARLY = frozenset({"annual"})


def held_shows(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a show the text holds somewhere typed a named
    event (see the module docstring)."""
    shows = {fold(m.text) for m, bounds in found if _show_name(m) and _held(words, *bounds)}
    if not shows:
        return found
    return [
        (replace(m, type=EntityType.EVENT, cued=True), b) if fold(m.text) in shows and _misread(m) else (m, b)
        for m, b in found
    ]


def _show_name(mention: Mention) -> bool:
    words = fold(mention.text).split()
    return len(words) >= 2 and words[-1] == "show" and not (mention.type is EntityType.WORK and mention.cued)


def _misread(mention: Mention) -> bool:
    """A type a cue did not give as a work's: NER's organisation, place, person ..."""
    return mention.type is not EntityType.EVENT and not (mention.type is EntityType.WORK and mention.cued)


def _held(words: Words, start: int, end: int) -> bool:
    """The name at words ``start:end`` stands where an occasion does: after "at" (over
    the words of ``_BETWEEN`` and a year) or after "annual", no lower-case noun after it."""
    tokens = words.words
    if end < len(tokens) and tokens[end].pos_ == "NOUN" and tokens[end].text.islower():
        return False  # "the South Bank Show awards"
    i = start - 1
    yearly = False
    while i >= 0 and (tokens[i].lower_ in _BETWEEN or (tokens[i].like_num and len(tokens[i].text) == 4)):
        yearly = yearly or tokens[i].lower_ in _YEARLY
        i -= 1
    return yearly or (i >= 0 and tokens[i].lower_ == "at")
