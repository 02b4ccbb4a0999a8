"""A country's player in a report of a competition of national sides: "Ireland's Brian
O'Driscoll" in a Six Nations report plays for Ireland, read beside ``kg.extract.positions``.

Elsewhere a country's possessive before a person's name names a nationality ("Spain's
Rafael Nadal" in a report of a tournament of single players: ``kg.extract.belonging``
gives it nothing). Only a report that names a competition of national sides
(``national_team_events.tsv``) in its headline or lead counts: a passing "World Cup" in
a club report does not make its "Holland's Arjen Robben" a Holland player. No side is
guessed: the country is the one the sentence writes before the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING

from kg.extract.spans import to_argument
from kg.folding import fold
from kg.lexicon import COUNTRIES, NATIONAL_TEAM_EVENTS
from kg.records import Argument, Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

_LEAD = 3  # the headline and the first sentences name what the report is of
# The events as written, each word capitalised ("Six Nations", "Tri-Nations"): the
# "ashes" of "rose from the ashes" name no series.
_EVENTS = re.compile(r"\b(?:" + "|".join(r"[\s-]+".join(re.escape(word) for word in event.split())
                                         for event in NATIONAL_TEAM_EVENTS) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[^\s-]+")
PLAY_FOR = "play for"


def national_side(
    words: Words, sentence: Sentence, start: int, names: Sequence[tuple[int, int, Mention]]
) -> tuple[Argument, str] | None:
    """The country (and "play for") whose possessive stands right before the person's name
    that begins at word ``start``, in a report of a competition of national sides."""
    i = start - 1
    if i - 1 < sentence.start or words[i].tag_ != "POS":
        return None
    person = next((mention for first, _, mention in names if first == start), None)
    country = next((name for name in names if name[1] == i), None)
    if person is None or person.type is not EntityType.PERSON or country is None:
        return None
    if fold(country[2].text) not in COUNTRIES or not national_team_report(words):
        return None
    return to_argument(list(words[country[0] : i]), words.text), PLAY_FOR


def national_team_report(words: Words) -> bool:
    """The report's headline or lead names a competition of national sides."""
    lead = list(islice(words.sentences.values(), _LEAD))
    if not lead:
        return False
    text = words.text[lead[0].start_char : lead[-1].end_char]
    return any(all(word[:1].isupper() for word in _WORD.findall(found.group())) for found in _EVENTS.finditer(text))
