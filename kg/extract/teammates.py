"""Fellow members named after a group's name and a noun of fellows, with no role: "Dragons
team-mate Kevin Morgan", "Scotland duo Gordon Bulloch and Chris Cusiter", "Ulster colleagues
Roger Wilson and Ronan McCormack". Each person named is a member of the group
(``kg.lexicon.MATE_NOUNS``, ``mate_nouns.tsv``), read beside ``kg.extract.positions``.

The group is a name the sentence gives right before the noun: a team or an organisation
(a member of it), or a country's or town's name for its side ("England team-mate Martin
Johnson": plays for it). Nothing for a demonym ("Irish duo": a nationality, no side), nor
for a former fellow ("his former Leeds team-mate").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.extract.rolephrase import STATUS_WORDS
from kg.extract.spans import to_argument
from kg.folding import fold
from kg.lexicon import MATE_NOUNS
from kg.records import Argument, Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

_MEMBER_TYPES = frozenset({EntityType.SPORTS_TEAM, EntityType.ORGANIZATION})
_SIDE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY})
_MAX_WORDS = 3  # "team", "-", "mate"


def fellow_group(
    words: Words, sentence: Sentence, start: int, names: Sequence[tuple[int, int, Mention]]
) -> tuple[Argument, str] | None:
    """The group and membership ("member of", "play for") of the person whose name begins at
    word ``start`` (its honorifics included), when a noun of fellows stands before it, or
    before the "and" list the name ends ("Scotland duo Gordon Bulloch and Chris Cusiter")."""
    found = _noun_before(words, sentence, start)
    if found is None:
        previous = next((first for first, end, _ in names if end == start - 1), None)
        if previous is None or start - 1 < sentence.start or words[start - 1].lower_ != "and":
            return None
        found = _noun_before(words, sentence, previous)
        if found is None or found[1] != "several":
            return None
    noun_start = found[0]
    group = next((name for name in names if name[1] == noun_start), None)
    if group is None or (group[0] - 1 >= sentence.start and words[group[0] - 1].lower_ in STATUS_WORDS):
        return None
    kind = group[2].type
    if kind not in _MEMBER_TYPES and kind not in _SIDE_TYPES:
        return None
    membership = "member of" if kind in _MEMBER_TYPES else "play for"
    return to_argument(list(words[group[0] : group[1]]), words.text), membership


def _noun_before(words: Words, sentence: Sentence, start: int) -> tuple[int, str] | None:
    """The noun of fellows that ends right before word ``start``: (its first word, its kind)."""
    if start - 1 < sentence.start or not words[start - 1].text[:1].islower():
        return None  # every noun tried ends with that word, in lower case (asked of every name)
    for size in range(_MAX_WORDS, 0, -1):
        first = start - size
        if first < sentence.start:
            continue
        tokens = list(words[first:start])
        if any(a.idx + len(a.text) != b.idx for a, b in pairwise(tokens)):
            continue  # a hyphenated noun is written as one: "team-mate"
        kind = MATE_NOUNS.get(fold("".join(w.text for w in tokens)))
        if kind is not None:
            return first, kind
    return None
