"""Short forms news makes by dropping a name's first word, or by clipping a given name.

Two constructions, each read on ``kg.resolve.forms.name_words`` (folded words):

- *last word of a company's or person's name NER typed as an organisation*: "MG Rover
  has stalled ... Rover said" (a maker's brand prefix dropped), "Kiki Musampa has
  joined ... Musampa said" (a surname, both read as organisations), "General Motors
  ... Motors". What is left must be a word that names something on its own: no
  generic word or a kind's ("Records" of "Sony Records"), no company suffix, no place ("Milan" of
  "Inter Milan"), and the longer name holds no joining word ("England" of "Bank of
  England", "Spencer" of "Marks and Spencer");
- *a clipped given name*: "Rafael Benitez says ... Rafa told reporters": a one-word
  name that begins the full name's first word and is itself a known given name;
- *a product without its maker's name*: "Apple iPod ... the iPod", "the Cadillac XLR ...
  the XLR": what follows a listed maker's name (``kg.extract.brandmodels``) in a product's name.

``kg.resolve.variants`` asks these; ``kg.resolve.names`` keeps a short form that fits
two entities out of both ("City" after "Manchester City" and "Leicester City").
"""

from __future__ import annotations

from kg.extract.brandmodels import MAKERS
from kg.lexicon import ACRONYM_STOPWORDS, GENERIC_TERMS, GIVEN_NAMES, NAME_HEADS, ORG_SUFFIXES

_MIN_WORD = 4  # "Rover", "Musampa"; not "Co" or "One"
_MIN_CLIP = 3  # "Rafa" of "Rafael", "Alex" of "Alexander"


def is_dropped_lead(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether ``words`` is the last word of the longer name ``long_words``, standing on its own.

    The caller checks the types (an organisation's name, or a person's NER took for
    one) and that the word is no place's name.

    >>> is_dropped_lead(("rover",), ("mg", "rover"))
    True
    >>> is_dropped_lead(("musampa",), ("kiki", "musampa"))
    True
    >>> is_dropped_lead(("records",), ("sony", "records")), is_dropped_lead(("england",), ("bank", "of", "england"))
    (False, False)
    >>> is_dropped_lead(("group",), ("bt", "group")), is_dropped_lead(("rover",), ("mg", "rover", "group"))
    (False, False)
    """
    if len(words) != 1 or not 2 <= len(long_words) <= 3 or long_words[-1] != words[0]:
        return False
    word = words[0]
    if len(word) < _MIN_WORD or not word.isalpha():
        return False
    if word in GENERIC_TERMS or word in ORG_SUFFIXES or word in NAME_HEADS:
        return False
    # "Bank of England", "Marks and Spencer": a name with a joining word is no brand and its word.
    return not set(long_words) & ACRONYM_STOPWORDS


def is_clipped_given_name(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether ``words`` is a clipped form of the full name's given name ("Rafa" for
    Rafael Benitez), itself a known given name.

    >>> is_clipped_given_name(("rafa",), ("rafael", "benitez"))
    True
    >>> is_clipped_given_name(("rafael",), ("rafael", "benitez"))  # the whole first name: another rule's
    False
    >>> is_clipped_given_name(("ben",), ("benitez",)), is_clipped_given_name(("ra",), ("rafael", "benitez"))
    (False, False)
    """
    if len(words) != 1 or len(long_words) < 2:
        return False
    word, first = words[0], long_words[0]
    return _MIN_CLIP <= len(word) < len(first) and first.startswith(word) and word in GIVEN_NAMES


def is_dropped_maker(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether ``words`` is the product's name ``long_words`` without its maker's name
    before it (the caller checks that the longer name is a product's).

    >>> is_dropped_maker(("ipod",), ("apple", "ipod")), is_dropped_maker(("lr3",), ("land", "rover", "lr3"))
    (True, True)
    >>> is_dropped_maker(("ipod",), ("new", "ipod")), is_dropped_maker(("rover", "lr3"), ("land", "rover", "lr3"))
    (False, False)
    """
    return any(
        long_words[size:] == words and " ".join(long_words[:size]) in MAKERS for size in range(1, len(long_words))
    )
