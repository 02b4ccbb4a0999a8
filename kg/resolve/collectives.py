"""Teams and bands as "they": a collective named in the singular, referred to in the plural.

British news gives a team or a band plural agreement: "Ireland last won the
title in 1985, but 20 years on they share top spot", "U2 were formed in Dublin.
They released two singles". The name looks singular, so the nearest-subject rule
of ``kg.resolve.pronouns`` (which matches the number of the head word) never lets
"they" pick it up. A named subject is a collective when it is a sports team, or an
organisation, group or country the text itself gives a plural verb ("U2 were", "Coldplay
have"). As everywhere in linking, a rival leaves the pronoun unresolved: another
team or organisation named between the subject and the pronoun ("Ireland beat
England. They ..."), or a plural object ("Wales beat the visitors. They ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.records import Argument, Proposition
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# Verbs that agree with a plural subject and only with one: "U2 were", "Coldplay have".
_PLURAL_VERB = re.compile(r"^\s+(?:[a-z]+ly\s+|still\s+|now\s+|also\s+|already\s+)?(?:are|were|have)\b|^['’](?:re|ve)\b")
# What may stand in for a collective: "they" never means a place or a person.
_TEAMS = frozenset({EntityType.SPORTS_TEAM})
# A country given a plural verb is its team or its people ("Ireland have won"; the
# state takes "has"), and so are organisations and groups ("U2 were").
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY})
# Named entities that would be as good a "they" as the subject.
_RIVALS = _TEAMS | _BODIES


def plural_verb_after(text: str, subject: Argument) -> bool:
    """Whether the word after a subject is a verb that only a plural subject takes.

    >>> text = "U2 were formed in 1976."
    >>> plural_verb_after(text, Argument("U2", 0, 2, 0, 2))
    True
    >>> text = "Coldplay still have the top single. Microsoft is big."
    >>> plural_verb_after(text, Argument("Coldplay", 0, 8, 0, 8))
    True
    >>> plural_verb_after(text, Argument("Microsoft", 36, 45, 36, 45))
    False
    """
    return bool(_PLURAL_VERB.match(text[subject.end : subject.end + 30]))


def collective(linker: Linker, subject: Argument, cluster: int) -> bool:
    """Whether a named clause subject may be what a later "they" stands for.

    A sports team always ("Ireland last won the title in 1985, but 20 years on they
    share top spot": they, Ireland); an organisation, group or country only when the
    text gives it a plural verb ("U2 were formed in 1976. They released two singles":
    they, U2; "Ireland are a good side. They defended magnificently": they, Ireland).
    A company given "is" ("Microsoft is ... They") is no collective.
    """
    head = linker.text[subject.head_start : subject.head_end]
    if not head[:1].isupper():
        return False  # "the team", "the band": the number of the head word decides
    kind = linker.clusters[cluster].type
    return kind in _TEAMS or (kind in _BODIES and plural_verb_after(linker.text, subject))


def rival_collective(linker: Linker, clause: Proposition, cluster: int, pronoun: Argument) -> bool:
    """Whether another team, organisation, group or country is named between the
    collective's clause and the pronoun, even as a modifier: "Italy opened with a
    display against Ireland but ended up losing ... they" may be Ireland as well.
    (A plural common-noun object, "Wales beat the visitors. They ...", is the rival
    ``kg.resolve.pronouns`` already looks for.)"""
    start = clause.subject.start
    if any(start <= mention.start < pronoun.start and other != cluster and linker.clusters[other].type in _RIVALS
           for mention, other in linker.names):
        return True
    return any(start <= mention.start < pronoun.start for mention in linker.unresolved)
