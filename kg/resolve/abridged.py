"""Short forms of organisations' and laws' names that the general variant rules miss
(``kg.resolve.variants`` asks these).

- *an acronym NER read as a person's name*: "Sumitomo Mitsui Financial Group ... SMFG
  said" (the small model tags "SMFG" PERSON): capitals that fit the initials of an
  organisation's name are its acronym, whatever NER called them;
- *an acronym whose last letter is a company suffix the name was written without*:
  "shares in Sumitomo Mitsui Financial ... SMFG" ("G" of Group; ``org_suffixes.txt``),
  when the name written has three words or more (three initials is no chance match);
- *a law's word of its own kind inside its name*: "the Energy Charter Treaty ... the
  Charter was signed": a head noun of a law (``name_heads.tsv``: act, treaty, charter,
  accord, protocol) that the law's longer name holds, not as its last word (the last word
  alone is ``kg.resolve.variants``' head rule: "the Act");
- *an organisation's name without the second of two words joined by "and"*: "the Foreign
  and Commonwealth Office ... a Foreign Office spokesman" (the head word stays).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.lexicon import GIVEN_NAMES, NAME_HEADS, ORG_SUFFIXES
from kg.records import Mention
from kg.types import EntityType

_MIN_READ_ACRONYM = 3  # "SMFG", "BSkyB"; a two-letter "JJ" or "DJ" may be a person's
_MIN_SUFFIXED_WORDS = 3  # "Sumitomo Mitsui Financial" + G; not "Standard Life" + G
_JOINING = frozenset({"and", "&"})
_LAW_READINGS = frozenset({EntityType.LAW, EntityType.ORGANIZATION})  # what NER reads "the Charter" as
_LAW_WORDS = frozenset(word for word, (kind, _) in NAME_HEADS.items() if kind is EntityType.LAW)


def is_person_read_acronym(short: Mention) -> bool:
    """Whether ``short``, typed a person, is written as an acronym: three capitals or more,
    untitled, no given name ("SMFG"; not "Mr ABC", nor "JJ").

    >>> person = EntityType.PERSON
    >>> is_person_read_acronym(Mention(0, 4, "SMFG", person, 0)), is_person_read_acronym(Mention(0, 2, "JJ", person, 0))
    (True, False)
    >>> is_person_read_acronym(Mention(0, 5, "Smith", person, 0))
    False
    """
    letters = short.text.replace(".", "")
    return (
        short.type is EntityType.PERSON
        and not short.titles
        and _MIN_READ_ACRONYM <= len(letters) <= 8
        and letters.isalpha()
        and letters.isupper()
        and letters.lower() not in GIVEN_NAMES
    )


def suffix_initial_dropped(short: str, long: str, fits: Callable[[str, str], bool]) -> bool:
    """Whether ``short`` is the acronym of ``long`` with a company suffix's initial after it
    ("SMFG" for "Sumitomo Mitsui Financial", Group not written); ``fits`` is the plain
    acronym test (``kg.resolve.variants.fits_acronym``).

    >>> from kg.resolve.variants import fits_acronym
    >>> suffix_initial_dropped("SMFG", "Sumitomo Mitsui Financial", fits_acronym)
    True
    >>> suffix_initial_dropped("SLG", "Standard Life", fits_acronym)  # two words: too few
    False
    >>> suffix_initial_dropped("SMFX", "Sumitomo Mitsui Financial", fits_acronym)  # no suffix's initial
    False
    """
    letters = short.replace(".", "")
    words = long.split()
    if len(words) < _MIN_SUFFIXED_WORDS or len(letters) < _MIN_SUFFIXED_WORDS + 1 or not letters[-1].isupper():
        return False
    if words[-1].lower() in ORG_SUFFIXES:
        return False  # the suffix is written: the plain test reads it
    initial = letters[-1].lower()
    return any(suffix.startswith(initial) and suffix.isalpha() for suffix in ORG_SUFFIXES) and fits(letters[:-1], long)


def is_abridged(
    short: Mention,
    long: Mention,
    words: tuple[str, ...],
    long_words: tuple[str, ...],
    *,
    bodies: frozenset[EntityType],
    readings: frozenset[EntityType],
) -> bool:
    """Whether ``short`` (folded ``words``) is a law's kind word inside the law's name
    ``long`` ("the Charter"), or the organisation's name without the second of two words
    joined by "and" ("Foreign Office"); ``bodies``: the types of organisations' names,
    ``readings``: the types NER may give their short forms."""
    if is_law_word(short, words, long_words, long.type):
        return True
    return long.type in bodies and short.type in readings and is_pair_dropped(words, long_words)


def is_law_word(short: Mention, words: tuple[str, ...], long_words: tuple[str, ...], long_type: EntityType) -> bool:
    """Whether ``short``, of the one folded word ``words``, is a law's kind word inside the
    law's longer name ``long_words``, before its last word ("charter" of "Energy Charter Treaty").

    >>> law, name = EntityType.LAW, ("energy", "charter", "treaty")
    >>> is_law_word(Mention(60, 67, "Charter", law, 1), ("charter",), name, law)
    True
    >>> is_law_word(Mention(60, 66, "Energy", law, 1), ("energy",), name, law)
    False
    >>> is_law_word(Mention(60, 67, "Charter", EntityType.PERSON, 1), ("charter",), name, law)
    False
    """
    if len(words) != 1 or short.titles or long_type is not EntityType.LAW or short.type not in _LAW_READINGS:
        return False
    return words[0] in _LAW_WORDS and words[0] in long_words[:-1]


def is_pair_dropped(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether ``words`` is an organisation's name ``long_words`` without the second of
    two words it joins by "and" ("Foreign Office" for the Foreign and Commonwealth
    Office), the name's head still after them.

    >>> is_pair_dropped(("foreign", "office"), ("foreign", "and", "commonwealth", "office"))
    True
    >>> is_pair_dropped(("commonwealth", "office"), ("foreign", "and", "commonwealth", "office"))
    False
    >>> is_pair_dropped(("marks",), ("marks", "and", "spencer"))  # nothing after the pair
    False
    """
    if len(words) < 2 or len(long_words) != len(words) + 2:
        return False
    joint = next((i for i, word in enumerate(long_words) if word in _JOINING), None)
    if joint is None or joint == 0 or joint + 2 >= len(long_words):
        return False
    return words == long_words[:joint] + long_words[joint + 2 :]
