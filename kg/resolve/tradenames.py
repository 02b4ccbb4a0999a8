"""A firm's name without the words of its trade (``kg.resolve.variants`` asks it).

News gives a firm's name in full, then writes the firm by its first word: "Cairn Energy
... Cairn said", "Baikal Finance Group ... Baikal", "TCI Fund Management ... TCI",
"Fairmont Hotels & Resorts ... Fairmont", "Forrester Research ... according to
Forrester". The words dropped are all of a trade (``trade_words.txt``) or generic
(``org_suffixes.txt``), joined by "&" or "and" at most; the short name is NER's
organisation, product or person (the small model reads "Baikal" and "Forrester" as
people) or a place no gazetteer knows ("Cairn"), untitled, and no place's, people's or given name. The full name comes first:
a name given before a longer one that adds a trade is its parent ("Sony ... Sony
Computer Entertainment"), and a division's words are no trade's ("BT Retail": BT).
"""

from __future__ import annotations

from kg.lexicon import GENERIC_TERMS, GIVEN_NAMES, ORG_SUFFIXES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.resolve.forms import is_place_name, name_words
from kg.types import EntityType

TRADE_WORDS = read_words("trade_words.txt")
_JOINING = frozenset({"&", "and"})
_SHORT_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT})
_PLACES = frozenset({EntityType.PLACE, EntityType.CITY})
_MIN_NAME = 3  # "TCI", "Asahi"; not "Co"


def is_trade_stem(short: Mention, long: Mention) -> bool:
    """Whether ``short`` is the firm ``long`` named before it, without its trade's words.

    >>> org, person = EntityType.ORGANIZATION, EntityType.PERSON
    >>> full = Mention(0, 12, "Cairn Energy", org, 0)
    >>> is_trade_stem(Mention(40, 45, "Cairn", org, 1), full), is_trade_stem(Mention(0, 5, "Cairn", org, 0), full)
    (True, False)
    >>> is_trade_stem(Mention(40, 46, "Baikal", person, 1), Mention(0, 20, "Baikal Finance Group", org, 0))
    True
    >>> is_trade_stem(Mention(40, 42, "BT", org, 1), Mention(0, 9, "BT Retail", org, 0))
    False
    """
    words, long_words = name_words(short.text), name_words(long.text)
    if len(words) != 1 or len(long_words) < 2 or long_words[0] != words[0] or long.start >= short.start:
        return False
    if long.type is not EntityType.ORGANIZATION or short.titles:
        return False
    if short.type not in _SHORT_TYPES and not (short.type in _PLACES and not gazetteer().is_place(short.text)):
        return False  # NER's place, when no place has the name ("Cairn")
    rest = long_words[1:]
    if rest[-1] in _JOINING or not all(word in TRADE_WORDS or word in ORG_SUFFIXES or word in _JOINING for word in rest):
        return False
    word = words[0]
    return (
        len(word) >= _MIN_NAME
        and word not in GENERIC_TERMS
        and word not in GIVEN_NAMES
        and not is_place_name(word)
        and not gazetteer().is_big_city(word)
        and demonym_country(word) is None
    )
