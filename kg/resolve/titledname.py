"""A courtesy-titled surname is the person of a two-word name ending in it, whatever NER called
the full name, when its given name is one no census list holds.

"The Fabian Society's Sundar Katwala said ... Mr Katwala added": NER read the full name as a
facility, and "Sundar" is in no given-name list (``kg.extract.cues.looks_like_person`` asks
for one), so the titled surname found no home. A title of a person before the short name
("Mr", "Mrs", "Dr": ``titles.tsv``) says it is a person's surname; the long name is that
person's when it is two capitalised words, the first a given name (no initial: "S McManus"
may be another McManus), the second that surname, and neither word says a thing or a place:
no head word of a name ("Hall", "Bank"), no organisation's suffix, no place's or people's
name ("Mr Jersey" is no "New Jersey", nor "Mr West" "East West").
``kg.resolve.variants`` asks this beside ``looks_like_person``.
"""

from __future__ import annotations

from kg.lexicon import NAME_HEADS, ORG_SUFFIXES, PERSON_TITLES, demonym_country
from kg.resolve.forms import is_place_name, name_words


def is_titled_full_name(titles: tuple[str, ...], surname: str, long: str) -> bool:
    """Whether ``long`` may be the full name of the person a person's title before ``surname`` names.

    >>> is_titled_full_name(("Mr",), "Katwala", "Sundar Katwala"), is_titled_full_name((), "Katwala", "Sundar Katwala")
    (True, False)
    >>> is_titled_full_name(("Mr",), "Hall", "Royal Hall"), is_titled_full_name(("Mr",), "Jersey", "New Jersey")
    (False, False)
    >>> is_titled_full_name(("Mr",), "Katwala", "Fabian Society Katwala"), is_titled_full_name(("Mr",), "McManus", "S McManus")
    (False, False)
    """
    if not any(title.lower() in PERSON_TITLES for title in titles):
        return False
    parts, words = long.split(), name_words(long)
    if len(parts) != 2 or len(words) != 2 or name_words(surname) != words[1:]:
        return False
    if not all(part[:1].isupper() and part.replace("-", "").replace("'", "").isalpha() for part in parts):
        return False
    if len(parts[0]) < 2 or parts[0].isupper():
        return False  # "S McManus", "JP McManus": an initial, no given name (kg.resolve.initialled reads those)
    if any(word in NAME_HEADS or word in ORG_SUFFIXES for word in words):
        return False
    return not any(is_place_name(part) or demonym_country(part) is not None for part in parts) and not is_place_name(long)
