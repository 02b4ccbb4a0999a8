"""A description's field word says which company it means, before nationality or nearness.

"Oil group Yukos ... Russian state bank VEB lent Rosneft $6bn ... The embattled Russian
oil giant had filed for bankruptcy protection": the one firm the article calls Russian is
the bank, yet "oil" says the giant is Yukos. A lower-case word of a description between
its determiner and its head ("oil" in "the Russian oil giant", "drinks" in "the French
drinks group") is a field when the article writes it right before the name of an entity
named earlier ("oil group Yukos") or in an apposition to one ("Rosneft, a state oil
firm"). ``field_fit`` keeps the entity ``Linker`` chose for a description when no entity
of its type named before has one of the description's fields, or when it has one itself;
otherwise the one entity that has a field stands instead, if the article gives it no other
nationality than the description's; with none or several, the description stays
unresolved: a wrong participant is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import ARTICLES
from kg.resolve.agreement import described_nationalities, nationality, words_before

if TYPE_CHECKING:
    from kg.records import Mention
    from kg.resolve.coref import Linker

_WORD = re.compile(r"[A-Za-z][a-z-]*")


def description_fields(text: str) -> set[str]:
    """The lower-case words of a description between its determiner and its head, nationality
    words left out: the words that may name its field.

    >>> sorted(description_fields("The embattled Russian oil giant")), description_fields("the firm")
    (['embattled', 'oil'], set())
    """
    words = _WORD.findall(text)
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return {word for word in words[:-1] if word.islower() and nationality(word) is None}


def field_fit(linker: Linker, description: Mention, chosen: int | None) -> int | None:
    """The entity ``description`` stands for, given the one ``chosen`` by nearness or
    nationality: ``chosen``, unless another entity of its type named before has a field of
    the description and ``chosen`` has none (see above)."""
    fields = description_fields(description.text)
    if chosen is None or not fields:
        return chosen
    kind = linker.clusters[chosen].type
    holders = {
        cluster
        for mention, cluster in linker.names
        if mention.end <= description.start and not mention.modifier and linker.clusters[cluster].type is kind
        and fields & known_words(linker, cluster)
    }
    if not holders or chosen in holders:
        return chosen
    if len(holders) != 1:
        return None
    holder = holders.pop()
    known = linker.nationalities(holder)
    return holder if not known or described_nationalities(description.text) <= known else None


def known_words(linker: Linker, cluster: int) -> set[str]:
    """The words the article writes right before an entity's names ("state bank VEB": state,
    bank; "Oil group Yukos" at a sentence's start: oil, group), folded, and in its appositions."""
    found = linker.clusters[cluster]
    before = {word.lower() for mention in found.mentions if mention.kind == "name" for word in words_before(linker.text, mention)}
    return before | {word for descriptor in found.descriptors for word in descriptor}
