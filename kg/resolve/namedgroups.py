"""A group of people a name's word picks out, acting on a named party: the event stays.

Elsewhere an agent no entity stands for drops its event (who acted is unknown:
"Analysts raised concerns", "The British singer played"). A plural of people whose
every modifier is a country, its people's adjective or a party's member noun says
whose people they are, and when the event acts on a party an entity stands for, it is
news a reader can place: "Labour MPs have angrily criticised Tony Blair and Gordon
Brown", "English reporters launched a witch-hunt against Aragones". The group stays a
literal agent.

Only a plural head of people (``kg.resolve.passiveagents.people_or_body``: "MPs",
"reporters"; not "Japanese films", "US laws"), every word before it a country
(``countries.txt``), a demonym (``demonyms.tsv``) or a party's member noun
(``party_members.tsv``): not "Senior WorldCom executives", "Party strategists", "Veteran
surfers"; and only an event told as having happened that acts on an entity (a patient,
theme, recipient or opponent): "US prosecutors pursued senior executives" names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.folding import fold
from kg.lexicon import COUNTRIES, DEMONYMS, PARTY_MEMBERS
from kg.records import Argument, EventMention
from kg.resolve.passiveagents import people_or_body
from kg.types import Factuality

__all__ = ["named_group", "named_group_agents"]

_ACTED_ON = frozenset({"patient", "theme", "recipient", "opponent"})
_IRREGULAR = frozenset({"people", "men", "women", "children", "police"})
_DETERMINER = re.compile(r"(?:the|The)\s+")


def named_group(span: Argument, text: str) -> bool:
    """Whether the argument is a plural of people whose every modifier is a country, a demonym
    or a party's member noun.

    >>> text = "Labour MPs"
    >>> named_group(Argument(text, 0, 10, 7, 10), text)
    True
    >>> text = "the English reporters"
    >>> named_group(Argument(text, 0, 21, 12, 21), text)
    True
    >>> text = "Senior WorldCom executives"
    >>> named_group(Argument(text, 0, 26, 16, 26), text)
    False
    >>> text = "Japanese films"
    >>> named_group(Argument(text, 0, 14, 9, 14), text)
    False
    """
    head = text[span.head_start : span.head_end]
    if span.head_end != span.end or not (head.endswith("s") or head.lower() in _IRREGULAR) \
            or not people_or_body(span, text):
        return False
    before = text[span.start : span.head_start]
    found = _DETERMINER.match(before)
    words = before[found.end() if found else 0 :].split()
    return bool(words) and all(
        (folded := fold(word)) in COUNTRIES or folded in DEMONYMS or folded in PARTY_MEMBERS for word in words)


def named_group_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent no entity stands for is a named group of people (``named_group``),
    in an event told as having happened that acts on an entity."""
    if mention.factuality not in (Factuality.ASSERTED, Factuality.REPORTED):
        return False
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    if not unknown or not all(named_group(span, text) for span in unknown):
        return False
    return any(cluster is not None and mention.arguments[index].role in _ACTED_ON for index, cluster in kept)
