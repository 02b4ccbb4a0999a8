"""The acronym of a name written in camel case.

Some firms and products write several words as one: "PricewaterhouseCoopers",
"GlaxoSmithKline", "EverQuest". News shortens them by their parts' initials ("PwC",
"GSK", "EQ"), and a name holding such a word with its other words ("PlayStation 3 ...
PS3", "PlayStation Portable ... PSP"), which the acronym rules of ``kg.resolve.variants``
never ask: they read the initials of whole words. Here the parts are the runs that open
on a capital ("Glaxo", "Smith", "Kline") and the other words; the short form fits when
each part gives, in order, its initial and perhaps more of its letters ("PwC": the "w"
of "Pricewaterhouse"), a number whole ("3"), and nothing else.

A two-part name's acronym is two letters that fit far too much by chance ("TV" for
"TiVo", "ME" for "McEnroe"): it counts only when the article gives it in brackets right
after the name ("PricewaterhouseCoopers (PwC) conducted the survey ... PwC's chief
executive"; NER often misses the bracketed one); a name of three parts or more fits its
acronym anywhere in the article ("GlaxoSmithKline ... GSK").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.records import Mention
from kg.types import EntityType

_PART = re.compile(r"[A-Z][a-z]+")
_MIN_LONG = 6
_MAX_SHORT = 5
_UNBRACKETED_PARTS = 3
_NAMED = frozenset({
    EntityType.ORGANIZATION, EntityType.GROUP, EntityType.FACILITY, EntityType.PRODUCT, EntityType.WORK, EntityType.EVENT,
})


def camel_parts(name: str) -> list[str]:
    """The parts of a name holding a word in camel case, folded: each such word's runs
    that open on a capital, each other word whole (a number too); none for a name with
    no word in camel case.

    >>> camel_parts("PricewaterhouseCoopers"), camel_parts("GlaxoSmithKline"), camel_parts("Microsoft")
    (['pricewaterhouse', 'coopers'], ['glaxo', 'smith', 'kline'], [])
    >>> camel_parts("PlayStation 3"), camel_parts("PlayStation Portable")
    (['play', 'station', '3'], ['play', 'station', 'portable'])
    >>> camel_parts("Price Waterhouse"), camel_parts("iPod"), camel_parts("PlayStation 2s")
    ([], [], [])
    """
    words = name.split()
    parts: list[str] = []
    camel = False
    for word in words:
        runs = _PART.findall(word) if len(word) >= _MIN_LONG and word.isalpha() and word.isascii() else []
        if len(runs) >= 2 and "".join(runs) == word:
            parts.extend(run.lower() for run in runs)
            camel = True
        elif word.isalpha() or word.isdigit():
            parts.append(word.lower())
        else:
            return []
    return parts if camel else []


def is_camel_acronym(short: str, long: str, *, bracketed: bool = False) -> bool:
    """Whether ``short`` is the acronym of the camel-case name ``long`` (see the
    module's docstring); ``bracketed``: it stands in brackets right after it.

    >>> is_camel_acronym("PwC", "PricewaterhouseCoopers", bracketed=True), is_camel_acronym("PwC", "PricewaterhouseCoopers")
    (True, False)
    >>> is_camel_acronym("PWC", "PricewaterhouseCoopers", bracketed=True), is_camel_acronym("GSK", "GlaxoSmithKline")
    (True, True)
    >>> is_camel_acronym("GK", "GlaxoSmithKline"), is_camel_acronym("TV", "TiVo", bracketed=True), is_camel_acronym("PC", "Microsoft")
    (False, False, False)
    >>> is_camel_acronym("PS3", "PlayStation 3"), is_camel_acronym("PSP", "PlayStation Portable"), is_camel_acronym("PS2", "PlayStation 3")
    (True, True, False)
    """
    parts = camel_parts(long)
    if len(parts) < (2 if bracketed else _UNBRACKETED_PARTS):
        return False
    if not (2 <= len(short) <= _MAX_SHORT and short.isalnum() and short[0].isupper() and sum(c.isupper() for c in short) >= 2):
        return False
    return _spells(short.lower(), parts)


def _spells(letters: str, parts: list[str]) -> bool:
    """Each part gives its initial, then perhaps more of its letters in order, and the
    letters run out with the parts."""
    if not parts:
        return not letters
    part = parts[0]
    if part.isdigit():  # a model's number is written whole: "PS3" for PlayStation 3
        return letters.startswith(part) and _spells(letters[len(part):], parts[1:])
    if not letters or letters[0] != part[0]:
        return False
    # The first part's letters taken: its initial, then any in-order run of the rest.
    for taken in range(1, len(letters) + 1):
        if _subsequence(letters[1:taken], part[1:]) and _spells(letters[taken:], parts[1:]):
            return True
    return False


def _subsequence(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def camel_acronym_pairs(mentions: Sequence[Mention], text: str) -> list[tuple[int, int]]:
    """Pairs (short, long) of mention indexes: an acronym of a camel-case name the article
    gives (of two parts, only one the ``text`` gives in brackets right after it), when it
    fits one name only.

    >>> org = EntityType.ORGANIZATION
    >>> camel_acronym_pairs([Mention(0, 15, "GlaxoSmithKline", org, 0), Mention(40, 43, "GSK", org, 1)], "")
    [(1, 0)]
    >>> text = "PricewaterhouseCoopers (PwC) said ... PwC's boss"
    >>> camel_acronym_pairs([Mention(0, 22, "PricewaterhouseCoopers", org, 0), Mention(38, 41, "PwC", org, 1)], text)
    [(1, 0)]
    >>> camel_acronym_pairs([Mention(0, 4, "TiVo", EntityType.PRODUCT, 0), Mention(40, 42, "TV", org, 1)], "TiVo and TV")
    []
    """
    longs = [j for j, mention in enumerate(mentions) if mention.type in _NAMED and camel_parts(mention.text)]
    pairs: list[tuple[int, int]] = []
    for i, short in enumerate(mentions):
        if short.type not in _NAMED or short.titles:
            continue
        fitting = {
            mentions[j].text.lower(): j for j in longs
            if is_camel_acronym(short.text, mentions[j].text, bracketed=f"{mentions[j].text} ({short.text})" in text)
        }
        if len(fitting) == 1:
            pairs.append((i, next(iter(fitting.values()))))
    return pairs
