"""Description speakers the linker tied to an entity the words rule out: no speaker is
better than a wrong one.

A description that carries a name of its own before its common-noun head is that
name's, never another organisation's: "according to the Reuters news agency" after
"Fiat boss Sergio Marchionne" is no Fiat; "The Associated Press agency reported" is
no Secret Service. NER missed the name inside, so the linker took the head ("agency")
for a description of the last body named. The speaker stays unresolved unless the
entity shares a word with those capitalised words (the first three letters at least:
"The Japanese government" is Japan, "the Tory source" the Tories). A capitalised
modifier that names no body ("The High Street retailer") is ruled out too: the price
of reading no lexicon of such modifiers. A country's possessive before a superlative
only scopes a ranking ("The UK's biggest mortgage lender": kg.resolve.rankscope), and a
nationality word fits a body the article gives that nationality or none ("Video game giant
Electronic Arts ... The US firm says": the linker checked it, ``kg.resolve.themodified``).

People are left to the rules for roles ("the Arsenal striker" is Thierry Henry,
whose name holds no "Arsenal"): these checks are for bodies only.
"""

from __future__ import annotations

import re

from kg.folding import fold
from kg.lexicon import demonym_country
from kg.records import Argument
from kg.resolve.agreement import nationality
from kg.resolve.coref import Cluster
from kg.resolve.rankscope import ranked_in
from kg.types import EntityType

_WORD = re.compile(r"[\w'’-]+")
_SHARED = 3  # letters two words must share from their start to count as one name


def ruled_out(text: str, speaker: Argument, cluster: Cluster, nationalities: set[str] | None = None) -> bool:
    """Whether a speaker resolved to ``cluster`` is ruled out by its own words (see the
    module's docstring). ``nationalities``: those the article gives an organisation, when
    known; a nationality word before the head fits one of them, or any when it gives none
    ("Video game giant Electronic Arts ... The US firm says").

    >>> from kg.records import Mention
    >>> fiat = Cluster(0, EntityType.ORGANIZATION, [Mention(0, 4, "Fiat", EntityType.ORGANIZATION, 0)])
    >>> text = "Fiat met GM, according to the Reuters news agency."
    >>> ruled_out(text, Argument("the Reuters news agency", 26, 49, 43, 49), fiat)
    True
    >>> ea = Cluster(2, EntityType.ORGANIZATION, [Mention(0, 2, "EA", EntityType.ORGANIZATION, 0)])
    >>> ruled_out("EA. The US firm says", Argument("The US firm", 4, 15, 11, 15), ea, set())
    False
    >>> ruled_out("EA. The US firm says", Argument("The US firm", 4, 15, 11, 15), ea, {"FR"})
    True
    >>> japan = Cluster(1, EntityType.COUNTRY, [Mention(0, 5, "Japan", EntityType.COUNTRY, 0)])
    >>> ruled_out("Japan. The Japanese government said", Argument("The Japanese government", 7, 30, 20, 30), japan)
    False
    """
    if cluster.type is EntityType.PERSON or cluster.local:
        return False
    words = _WORD.findall(text[speaker.start : speaker.end])
    if not words:
        return False
    head = text[speaker.head_start : speaker.head_end]
    if fold(words[0]) != "the" or not head.islower():
        return False
    before_head = _WORD.findall(text[speaker.start : speaker.head_start])[1:]
    ranked = ranked_in(text[speaker.start : speaker.end]) is not None  # "The UK's biggest lender": a scope (kg.resolve.rankscope)
    fitting = nationalities is not None and cluster.type is EntityType.ORGANIZATION  # "The US firm": the linker's nationality check
    own = [fold(word) for word in before_head if word[:1].isupper() and not (
        (ranked or fitting) and (code := nationality(word)) is not None and (ranked or not nationalities or code in nationalities))]
    if not own:
        return False
    named = {fold(word) for mention in cluster.mentions for word in _WORD.findall(mention.text)}
    named |= {fold(country) for word in own if (country := demonym_country(word))}
    return not any(_same_word(word, other) for word in own for other in named)


def _same_word(one: str, other: str) -> bool:
    """Whether two folded words are one name's: equal, or one starts with the other's first
    letters ("japanese", "japan"; "tory", "tories")."""
    shared = min(len(one), len(other), _SHARED)
    return one == other or (shared >= _SHARED and one[:shared] == other[:shared])
