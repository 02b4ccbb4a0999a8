"""What the words around a name say it is: a performer's epithet before it, or a relative
clause after it (``kg.extract.relatives``).

Music news names many performers by one stage name NER reads as a firm or a place
("Aaliyah", "Sizzla", "Morrissey"), and introduces them by what they are: "Late R&B
star Aaliyah's record company has failed ...", "Reggae star Sizzla ... has been
jailed", "directed by the ex-Smiths star Morrissey". A noun of ``stage_epithets.txt``
right before the name, in the singular and hung on it as its modifier, makes the name
a person's. Only before it: "said the Chelsea star" and "Vera Drake star Imelda
Staunton" say nothing of Chelsea or Vera Drake, and "pop stars Busted" (a plural) may
be a band. The name must head its own phrase: in "the star Arsenal striker" the noun
is the striker's. In the vote (``kg.resolve.vote``) such a mention counts as a role
held (``epithet_spans``): one "Reggae star Sizzla" outweighs NER's four places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.relatives import relative_reading
from kg.extract.words import Words
from kg.lexicon import STAGE_EPITHETS
from kg.records import Mention, Span
from kg.types import EntityType

_EPITHET_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(STAGE_EPITHETS)) + r")\s+$", re.IGNORECASE)


def name_reading(words: Words, start: int, end: int) -> str | None:
    """``"person"`` for a name right after a performer's epithet, else what a relative
    clause after it says (``relative_reading``: ``"person"``, ``"group"``, ``"thing"``, ``"firm"``
    or ``None``)."""
    return "person" if after_epithet(words, start, end) else relative_reading(words, start, end)


def after_epithet(words: Words, start: int, end: int) -> bool:
    """Whether words ``start:end`` are a name right after a singular noun of
    ``stage_epithets.txt`` that modifies it: "R&B star Aaliyah", not "the star Arsenal
    striker" nor "pop stars Busted"."""
    if start == 0:
        return False
    before = words.words[start - 1]
    root = words.root(start, end)
    return (
        before.lower_ in STAGE_EPITHETS and before.tag_ == "NN" and before.dep_ == "compound" and before.head is root
        and root.dep_ not in {"compound", "amod", "nmod"}
    )


def epithet_spans(text: str, names: Iterable[Mention]) -> frozenset[Span]:
    """The spans of the names ``after_epithet`` typed a person: a person cued by the
    text right after a noun of ``stage_epithets.txt`` ("R&B star Aaliyah").

    >>> text = "R&B star Aaliyah died. Aaliyah sang."
    >>> cued = Mention(9, 16, "Aaliyah", EntityType.PERSON, 0, cued=True)
    >>> sorted(epithet_spans(text, [cued, Mention(23, 30, "Aaliyah", EntityType.ORGANIZATION, 1)]))
    [(9, 16)]
    """
    return frozenset(
        mention.span for mention in names
        if mention.cued and mention.type is EntityType.PERSON
        and _EPITHET_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
    )
