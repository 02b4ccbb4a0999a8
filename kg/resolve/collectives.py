"""Teams and bands as "they": a collective named in the singular, referred to in the plural.

British news gives a team or a band plural agreement: "Ireland last won the
title in 1985, but 20 years on they share top spot", "U2 were formed in Dublin.
They released two singles". The name looks singular, so the nearest-subject rule
of ``kg.resolve.pronouns`` (which matches the number of the head word) never lets
"they" pick it up. A named subject is a collective when it is a sports team, or an
organisation, group or country the text itself gives a plural verb ("U2 were", "Coldplay
have"); a team's name that looks plural ("Rangers", "Saracens", "Wolves") is one too. A
person named with the team before him ("Chelsea's William Gallas believes they will ...")
speaks of that team. As everywhere in linking, a rival leaves the pronoun unresolved: another
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
    """Whether another team, organisation, group or country is named between the start of
    the collective's sentence and the pronoun, even as a modifier: "Italy opened with a
    display against Ireland but ended up losing ... they" may be Ireland as well.
    (A plural common-noun object, "Wales beat the visitors. They ...", is the rival
    ``kg.resolve.pronouns`` already looks for.)"""
    # From the start of the collective's sentence: "If England had half the exuberance Wales have
    # produced, they would not ...": the subject of a clause around the collective's is a rival too.
    start = max((at for at in linker.sentence_starts if at <= clause.subject.start), default=clause.subject.start)
    if any(start <= mention.start < pronoun.start and other != cluster and linker.clusters[other].type in _RIVALS
           for mention, other in linker.names):
        return True
    return any(start <= mention.start < pronoun.start for mention in linker.unresolved)


def possessive_team(linker: Linker, subject: Argument, cluster: int) -> int | None:
    """The one team a person subject is named with anywhere in the article, as its possessor
    ("Chelsea's William Gallas", "Arsenal's Thierry Henry"): what the person's "they" most
    likely stands for; ``None`` for any other subject, or a person named with two teams."""
    if linker.clusters[cluster].type is not EntityType.PERSON:
        return None
    starts = {mention.start for mention, other in linker.names if other == cluster}  # the person's names, anywhere
    teams = {other for mention, other in linker.names if linker.clusters[other].type in _TEAMS
             and linker.text[mention.end : mention.end + 2] in ("'s", "’s") and mention.end + 3 in starts}
    return teams.pop() if len(teams) == 1 else None
