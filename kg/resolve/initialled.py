"""A titled surname no rule placed is the person NER read as an organisation by his initials.

NER often reads a person written by two initials and a surname as an organisation: "the
Irish horseracing tycoons JP McManus and John Magnier" gives the firm "JP McManus", so "Mr
McManus" later finds no person to join (``kg.resolve.variants`` joins a surname only to a
person's name, or to one that looks like a person's: a given name first). As a last resort
(``kg.resolve.names`` asks it after the variant rules), a one-word surname that carries a
person's title ("Mr", "Mrs", "Dr") and that no rule placed joins the one name of the
article that is two initials and that surname, whatever NER called it ("JP McManus",
"J.P. McManus"); never a name of another form ("Goldman Sachs", "Marks & Spencer"), a
single initial (a line-up's "S Easterby" may be a brother of "Guy Easterby"), nor when
two such names end on the surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.lexicon import PERSON_TITLES
from kg.records import Mention
from kg.resolve.forms import name_words, normalise

_INITIALS = re.compile(r"[A-Z]\.?[A-Z]\.?")


def initialled_pairs(mentions: Sequence[Mention], alone: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Pairs (surname, full name) of mention indexes (see the module's docstring);
    ``alone(i)``: mention ``i``'s group holds only its own form, no rule having placed it.

    >>> from kg.types import EntityType
    >>> names = [Mention(0, 10, "JP McManus", EntityType.ORGANIZATION, 0),
    ...          Mention(40, 47, "McManus", EntityType.PERSON, 1, ("Mr",))]
    >>> initialled_pairs(names, lambda i: True)
    [(1, 0)]
    >>> initialled_pairs([names[0], Mention(40, 47, "McManus", EntityType.PERSON, 1)], lambda i: True)  # no title
    []
    >>> initialled_pairs([Mention(0, 10, "S Easterby", EntityType.ORGANIZATION, 0),
    ...                   Mention(40, 48, "Easterby", EntityType.PERSON, 1, ("Mr",))], lambda i: True)
    []
    """
    full: dict[str, list[int]] = {}
    for j, mention in enumerate(mentions):
        parts = mention.text.split()
        if len(parts) == 2 and _INITIALS.fullmatch(parts[0]) and parts[1][:1].isupper() and not mention.titles:
            full.setdefault(normalise(parts[1]), []).append(j)
    pairs: list[tuple[int, int]] = []
    for i, mention in enumerate(mentions):
        words = name_words(mention.text)
        titled = any(title.lower() in PERSON_TITLES for title in mention.titles)
        if len(words) != 1 or not titled or not alone(i):
            continue
        fitting = {normalise(mentions[j].text) for j in full.get(words[0], ())}
        if len(fitting) == 1:
            pairs.append((i, full[words[0]][0]))
    return pairs
