"""Role phrases beside a name that are not that name's post.

- Two roles joined by "and", the second with a determiner or possessive of its own, name
  two people: "The prime minister and his campaign boss Alan Milburn" (Alan Milburn is the
  campaign boss, not the prime minister; "BIFA founder and director Elliot Grove" shares
  one name between two roles);
- after a name's comma, a role with its own determiner or possessive followed by "and"
  and another such role is a list of people beside the name: "complaints against media
  giant Vivendi Universal, its boss and another top executive" (no one is Vivendi's boss
  there; "Philip Knight, chairman and chief executive of Nike" holds both);
- a plural role with no organisation after a copula is a class its subject is in, no
  post: "Japan, South Korea and Singapore will also be strong players".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

# Determiners that open a noun phrase of its own: a person other than the one named beside it.
_OWN_DETERMINERS = frozenset({"the", "a", "an", "another", "his", "her", "its", "their", "our", "my", "your"})


def own_determiner(word: Word) -> bool:
    """Whether ``word`` opens a noun phrase with a determiner or possessive of its own
    ("his campaign boss", "another top executive"), so it names a person of its own."""
    return word.lower_ in _OWN_DETERMINERS


def listed_people(words: Words, first: int, after: Word | None, end: int) -> bool:
    """Whether the role phrase after a name's comma that opens at word ``first`` and is
    followed by ``after`` is the first of a list of people ("Vivendi Universal, its boss
    and another top executive"): both it and the role after "and" open with a determiner."""
    if after is None or after.lower_ not in ("and", "&") or after.i + 1 >= end:
        return False
    while first < after.i and words[first].is_punct:
        first += 1
    return own_determiner(words[first]) and own_determiner(words[after.i + 1])


def class_of_people(role_word: Word) -> bool:
    """Whether a copula's role word is plural: with no organisation, a class its subject is
    in ("Japan ... will be strong players"), no post."""
    return role_word.tag_ in ("NNS", "NNPS")
