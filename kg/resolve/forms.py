"""Comparable forms of names and the word-level tests on them.

What two names must share to be one entity, as pure functions of the names
(and of the word lists in ``kg/lexicon/data``): the comparable form (``normalise``),
country aliases, generic organisation suffixes, clipped and misspelt names.
``kg.resolve.names`` clusters mentions with them; ``kg.resolve.across`` links
documents with them.
"""

from __future__ import annotations

import functools
import re

from kg.folding import ascii_casefold, fold
from kg.lexicon import (
    CAPITALS,
    COUNTRIES,
    COUNTRY_ACRONYMS,
    COUNTRY_ALIASES,
    PRONOUNS,
    REGIONS,
    demonym_country,
    strip_org_suffix,
)

_POSSESSIVE = re.compile(r"['’]s?$")
MIN_TRUNCATION = 5  # "Yugansk" for "Yuganskneftegas"; shorter prefixes ("Gaz") are too loose


@functools.lru_cache(maxsize=1 << 16)  # called for every name pair compared across documents
def normalise(name: str) -> str:
    """Comparable form of a name: ``kg.folding.fold`` without a possessive.

    >>> normalise("Kassym-Jomart Tokayev’s")
    'kassym jomart tokayev'
    >>> normalise("Bogotá")
    'bogota'
    >>> normalise("U.S.")
    'u s'
    """
    # The possessive goes first: folding to ASCII would drop the curly apostrophe.
    return fold(_POSSESSIVE.sub("", name.strip()))


@functools.lru_cache(maxsize=1 << 16)  # every name of an article is compared with every other
def name_words(name: str) -> tuple[str, ...]:
    """The words of ``normalise(name)``.

    >>> name_words("Kassym-Jomart Tokayev’s")
    ('kassym', 'jomart', 'tokayev')
    """
    return tuple(normalise(name).split())


def normalise_keep_hyphens(name: str) -> str:
    """Like ``normalise`` but hyphens (and dots) stay, so that word parts can be told apart.

    >>> normalise_keep_hyphens("Kassym-Jomart Tokayev’s")
    'kassym-jomart tokayev'
    """
    return " ".join(ascii_casefold(_POSSESSIVE.sub("", name.strip())).split())


def is_place_name(name: str) -> bool:
    """A country's or a region's name ("England", "US", "Georgia").

    >>> is_place_name("U.S."), is_place_name("England"), is_place_name("Labour")
    (True, True, False)
    """
    form = normalise(name)
    return form in COUNTRIES or form in REGIONS


def is_ambiguous_place(name: str) -> bool:
    """A region's name that is also a country's or a capital's ("Georgia",
    "Washington"): its place readings are different entities.

    >>> is_ambiguous_place("Georgia"), is_ambiguous_place("Washington"), is_ambiguous_place("Texas")
    (True, True, False)
    """
    form = normalise(name)
    return form in REGIONS and (form in COUNTRIES or form in CAPITALS)


def without_org_suffix(name: str) -> list[str] | None:
    """The words of an organisation's name without its generic last word, if it has
    one and something is left: "Labour Party" -> ["labour"].

    >>> without_org_suffix("Labour Party"), without_org_suffix("Bank of England"), without_org_suffix("Party")
    (['labour'], None, None)
    """
    return strip_org_suffix(normalise(name).split())


def is_truncation(short: str, long: str) -> bool:
    """Whether the one-word ``short`` is a clipped form of the one-word ``long``, as
    news writes "Yugansk" for "Yuganskneftegas": a prefix of five letters or more,
    the long name at least three letters longer, and no place's name.

    >>> is_truncation("Yugansk", "Yuganskneftegas"), is_truncation("Yukos", "Yukoss")
    (True, False)
    >>> is_truncation("China", "Chinalco"), is_truncation("Gaz", "Gazprom"), is_truncation("Scots", "Scotsman")
    (False, False, False)
    """
    short_form, long_form = normalise(short), normalise(long)
    if " " in short_form or " " in long_form or not short_form.isalpha():
        return False
    return (
        len(short_form) >= MIN_TRUNCATION
        and len(long_form) >= len(short_form) + 3
        and long_form.startswith(short_form)
        and not is_place_name(short)
        and demonym_country(short) is None
        and demonym_country(long) is None
    )


def is_misspelling(first: str, second: str) -> bool:
    """Two spellings of one organisation's name in one article: the same words but
    one, and that one a near miss ("Digital Solitary Fund" / "Digital Solidarity
    Fund", "Yuganskneftegas" / "Yuganskneftegaz"). Only long names and long words,
    so that "Bank of England" / "Bank of Scotland" or "First National" / "First
    Nationwide" stay apart; used within one article, never across.

    >>> is_misspelling("Digital Solitary Fund", "Digital Solidarity Fund")
    True
    >>> is_misspelling("Yuganskneftegas", "Yuganskneftegaz"), is_misspelling("Bank of England", "Bank of Scotland")
    (True, False)
    >>> is_misspelling("First National Bank", "First Nationwide Bank"), is_misspelling("Gazprom", "Gazprov")
    (False, False)

    A name of two words only by a plural's "s" on one long word: "Electronic Arts" / "Electronics Arts".

    >>> is_misspelling("Electronic Arts", "Electronics Arts"), is_misspelling("First National", "First Nationwide")
    (True, False)
    """
    words, other = normalise(first).split(), normalise(second).split()
    if len(words) != len(other) or words == other:
        return False
    differing = [(a, b) for a, b in zip(words, other) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if len(words) == 2:
        return min(len(a), len(b)) >= 6 and (a + "s" == b or b + "s" == a)
    longest = max(len(a), len(b))
    if len(words) == 1:
        return min(len(a), len(b)) >= 10 and a[:3] == b[:3] and edit_distance(a, b) == 1
    return min(len(a), len(b)) >= 6 and a[:3] == b[:3] and edit_distance(a, b) <= min(3, int(0.3 * longest))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two words.

    >>> edit_distance("barot", "barrot"), edit_distance("gazprom", "gazprov")
    (1, 1)
    """
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1]


def country_form(name: str) -> str | None:
    """The canonical name of the country ``name`` stands for, if the alias table
    lists it: "U.S." -> "United States".

    An acronym that spells a pronoun stands for the country only in capitals: "Us
    magazine", "Us Weekly" (the magazine; at a sentence's head, the pronoun) are no
    United States; a typo such as "in the Uk" is still the United Kingdom.

    >>> country_form("U.S."), country_form("Britain"), country_form("Kazakhstan"), country_form("Us"), country_form("Uk")
    ('United States', 'United Kingdom', None, None, 'United Kingdom')
    """
    form = normalise(name)
    if form in COUNTRY_ACRONYMS and form in PRONOUNS and not name.isupper():
        return None
    return COUNTRY_ALIASES.get(form)
