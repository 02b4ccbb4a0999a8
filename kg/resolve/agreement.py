"""Agreement in nationality and kind between a description and the entity it may stand for.

"Pernod Ricard ... talks with Allied Domecq ... The French spirits firm is
considering a bid": "French" says which firm is meant, and the nearest firm is
not it. A description with a nationality word ("the French firm", "the US
giant", "the Welsh winger") stands only for an entity the article gives that
nationality: written right before one of its names ("French firm Pernod
Ricard", "UK drinks group Allied Domecq") or in an apposition to it ("Pernod
Ricard, the French group"). In the same way a description of a kind of
organisation ("the firm", "the party", "the government": ``organisation_kinds.tsv``)
stands only for an entity of no other kind the article gives: "Both the Italian
government and Alitalia" leaves "the government" no airline. A wrong participant
is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.folding import fold
from kg.lexicon import ARTICLES, DEMONYMS, ORGANISATION_KINDS, PREPOSITIONS, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention

_WORD = re.compile(r"[\w'’.-]+")
# Words before a name that may still describe it ("French drinks firm Pernod", "Chilean
# Olympic gold medalist Nicolas Massu"): up to four, none a preposition or article, which
# would start another phrase ("a French bid for Allied Domecq" says nothing of Allied Domecq).
_MAX_BEFORE = 4
_BREAKS = frozenset(ARTICLES | PREPOSITIONS | {"and", "or", "but", "said", "says"})
_PEOPLES = frozenset(fold(country) for country in DEMONYMS.values())
_SUFFIXES = ("-based", "-owned", "-listed", "-registered", "’s", "'s")


def nationality(word: str) -> str | None:
    """The country a nationality word or a country name used as one names (its
    ISO code where the gazetteer has the country), else ``None``.

    >>> nationality("French"), nationality("UK"), nationality("US-based"), nationality("Britain's")
    ('FR', 'GB', 'US', 'GB')
    >>> nationality("England") == nationality("English")
    True
    >>> nationality("spirits") is None, nationality("Sale") is None
    (True, True)
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if not word[:1].isupper():
        return None
    countries = gazetteer().countries
    country = demonym_country(word)
    if country is not None:
        link = countries.get(fold(country))
        return link.country_code if link is not None and link.country_code else fold(country)
    link = countries.get(fold(word))
    if link is not None and link.country_code:
        return link.country_code
    # A nation with a demonym of its own but no state of its own ("England", "Wales"):
    # its name as "English" gives it.
    return fold(word) if fold(word) in _PEOPLES else None


def described_nationalities(text: str) -> set[str]:
    """The nationalities a description's own words give.

    >>> described_nationalities("The French spirits firm"), described_nationalities("the firm")
    ({'FR'}, set())
    """
    return {code for word in _WORD.findall(text) if (code := nationality(word)) is not None}


def known_nationalities(text: str, mentions: Iterable[Mention], descriptors: Iterable[set[str]]) -> set[str]:
    """The nationalities the article gives an entity: a nationality word among the
    few words right before one of its mentions, in its sentence and phrase, or in one
    of its descriptors (folded words of appositions).

    >>> text = "French drinks firm Pernod Ricard bid for Allied Domecq."
    >>> from kg.types import EntityType
    >>> pernod = Mention(19, 32, "Pernod Ricard", EntityType.ORGANIZATION, 0)
    >>> allied = Mention(41, 54, "Allied Domecq", EntityType.ORGANIZATION, 0)
    >>> known_nationalities(text, [pernod], []), known_nationalities(text, [allied], [])
    ({'FR'}, set())
    """
    found: set[str] = set()
    for mention in mentions:
        found |= {code for word in words_before(text, mention) if (code := nationality(word)) is not None}
    for descriptor in descriptors:  # folded words: only a demonym is safe ("us" is no "US")
        found |= {code for word in descriptor if demonym_country(word) and (code := nationality(word.capitalize()))}
    return found


def described_kind(text: str) -> str | None:
    """The kind of organisation a description's head says it is.

    >>> described_kind("The French spirits firm"), described_kind("the Italian government"), described_kind("the bloc")
    ('company', 'government', None)
    """
    words = _WORD.findall(text.lower())
    return ORGANISATION_KINDS.get(words[-1]) if words else None


def known_kinds(text: str, mentions: Iterable[Mention], descriptors: Iterable[set[str]]) -> set[str]:
    """The kinds of organisation the article gives an entity: a kind noun in one of
    its names ("the Labour Party"), right before one ("Italian carrier Alitalia") or
    in an apposition to it.

    >>> from kg.types import EntityType
    >>> text = "Italian carrier Alitalia and the Labour Party met."
    >>> alitalia = Mention(16, 24, "Alitalia", EntityType.ORGANIZATION, 0)
    >>> labour = Mention(33, 45, "Labour Party", EntityType.ORGANIZATION, 0)
    >>> known_kinds(text, [alitalia], []), known_kinds(text, [labour], [])
    ({'company'}, {'party'})
    """
    found: set[str] = set()
    for mention in mentions:
        for word in [*words_before(text, mention), *_WORD.findall(mention.text)]:
            kind = ORGANISATION_KINDS.get(word.lower())
            if kind is not None:
                found.add(kind)
    for descriptor in descriptors:
        found |= {ORGANISATION_KINDS[word] for word in descriptor if word in ORGANISATION_KINDS}
    return found


_INSTITUTIONS = frozenset({"military", "police", "parliament", "council", "committee", "commission"})
"""Kinds of public body that a description names only when the article gives that kind ("the army"
is never the mobile operator named before it), and that stop no other description: "the group's
members" may still be the Muslim Council of Britain's, as before these kinds were known."""
_KNOWN_ONLY = frozenset({"government", "club", "court", "union"} | _INSTITUTIONS)
"""Kinds a description names only an organisation the article gives that kind: "the court" or "the
union" is never the firm named before it, which no such word describes. (A watchdog, regulator or
agency often goes by a bare name, "the agency" for the FBI, and is not among them.)"""


def kind_agrees(wanted: str | None, known: set[str]) -> bool:
    """Whether a description of kind ``wanted`` may stand for an entity of the kinds
    ``known``: none is known or the same is; a government or a club ("the team", "the
    side") needs to be known as one (the nearest organisation of no known kind is as
    likely a firm, or the broadcaster quoted: "told BBC Sport: ... the team at
    Lansdowne Road").

    >>> kind_agrees("company", set()), kind_agrees("company", {"party"}), kind_agrees("government", set())
    (True, False, False)
    >>> kind_agrees("club", set()), kind_agrees("club", {"club"})
    (False, True)
    """
    if wanted is None:
        return True
    if wanted in _KNOWN_ONLY:
        return wanted in known
    known = known - _INSTITUTIONS
    return not known or wanted in known


def words_before(text: str, mention: Mention) -> list[str]:
    """The few words right before a mention in its phrase, nearest first: "French
    drinks firm Pernod Ricard" -> firm, drinks, French."""
    before = re.split(r"[,;:.!?()\"“”]", text[max(0, mention.start - 60) : mention.start])[-1]
    found = []
    for word in reversed(_WORD.findall(before)[-_MAX_BEFORE:]):
        if word.lower() in _BREAKS:
            break
        found.append(word)
    return found
