"""The second sentence's opening description of the lead's subject: the one entity it names.

A news story names its subject in the first sentence and goes on about it in the second by
what it is: "Parmalat has sued 45 banks ... The firm collapsed with debts of about 14bn
euros"; "Actor Leonardo DiCaprio's exceptional career has been honoured ... The star was
presented with the award"; "Stefan Koubek says he has been banned ... The world number 60 failed a
routine drugs test". Elsewhere an agent no entity stands for drops its event (``kg.resolve.
events``), so the second sentence, which carries the story's next fact, gave nothing.

``story_subject`` gives the lead's subject for such a description when all of these hold:

- the description opens the article's second sentence, "The" and a word or more, its head
  last (no phrase after it: "The cost of paying" is no one);
- its head says what kind of thing it is: a person's role, epithet or achievement
  ("star", "veteran"; ``EPITHET_NOUNS``; not a role, "the chancellor", which stands only for one
  the article gave it: ``kg.resolve.holders``; an achievement narrowed by a word or
  more, "The 2003 French Open champion", not "The winner", who may be still to come, nor any
  "winner", as a film wins too: ``kg.resolve.topic.known_by``), or a ranking ("world number 60"),
  for a person; a body's kind ("firm", "bank";
  ``DESCRIPTION_NOUNS`` Organization, no role noun), for an organisation;
- the lead opens on its subject, or on the possessor that opens it ("Actor Leonardo
  DiCaprio's exceptional career has been honoured ... The star was presented with the award":
  DiCaprio), and that names one entity;
- that entity is of the kind's type, agrees with the description's nationality and kind of
  organisation (``kg.resolve.agreement``: "Italian carrier Alitalia received a loan ... The
  government" is no airline), and the lead names no other entity of that type
  ("Marat Safin ... lost to Lleyton Hewitt. The Russian ..." may be either: none).

A wrong participant is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import DESCRIPTION_NOUNS, EPITHET_NOUNS, ROLE_HEADS
from kg.records import Argument
from kg.resolve.agreement import described_kind, described_nationalities, kind_agrees
from kg.resolve.epithets import ACHIEVEMENTS
from kg.resolve.pronouns import sentence_of
from kg.resolve.topic import THINGS_WIN
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

__all__ = ["story_kind", "story_subject"]

# How far into its sentence the description or the lead's subject may start: a quote mark, a space.
_OPENING = 2
# "The world number 60", "The former world number one": a player's ranking.
_RANKING = re.compile(r"\bnumber\s+(?:one|two|three|\d+)$", re.IGNORECASE)
_PERSON_TYPES = frozenset({EntityType.PERSON})
_BODY_TYPES = frozenset({EntityType.ORGANIZATION})


def story_kind(described: str) -> frozenset[EntityType] | None:
    """The entity types a description of the lead's subject may stand for, by its head.

    >>> story_kind("The 2003 French Open champion") == _PERSON_TYPES, story_kind("The firm") == _BODY_TYPES
    (True, True)
    >>> story_kind("The winner"), story_kind("The World Cup winner")
    (None, None)
    >>> story_kind("The world number 60") == _PERSON_TYPES
    True
    >>> story_kind("The series"), story_kind("The cost of paying"), story_kind("Parmalat"), story_kind("The chancellor")
    (None, None, None, None)
    """
    words = described.split()
    if len(words) < 2 or words[0] != "The" or any("'" in word or "’" in word for word in words):
        return None
    if _RANKING.search(described):
        return _PERSON_TYPES
    head = fold(words[-1])
    if not words[-1].isalpha() or not words[-1].islower() or any(word.lower() == "of" for word in words):
        return None
    if head in ACHIEVEMENTS:  # as kg.resolve.topic.known_by: narrowed, and of no thing's win
        return _PERSON_TYPES if len(words) >= 3 and head not in THINGS_WIN else None
    if head in EPITHET_NOUNS and head not in ROLE_HEADS:
        return _PERSON_TYPES  # a role ("the chancellor") only for one the article gave it: kg.resolve.holders
    if DESCRIPTION_NOUNS.get(head) is EntityType.ORGANIZATION and head not in ROLE_HEADS:
        return _BODY_TYPES
    return None


def story_subject(linker: Linker, span: Argument) -> int | None:
    """The lead's subject a description opening the second sentence stands for (see the
    module's docstring), or ``None``."""
    text = linker.text
    if not linker.sentence_starts or text[: linker.sentence_starts[0]].strip():
        return None
    if sentence_of(linker, span.start) != 1 or span.start - linker.sentence_starts[1] > _OPENING:
        return None
    described = text[span.start : span.end]
    kinds = story_kind(described)
    if kinds is None or (span.head_end != span.end and not _RANKING.search(described)):
        return None  # the head last ("The world number 60": the number after it)
    start, end = linker.sentence_starts[0], linker.sentence_starts[1]
    subjects = [clause.subject for clause in linker.clauses if start <= clause.subject.start < end]
    if not subjects:
        return None
    first = min(subjects, key=lambda subject: (subject.start, subject.end))
    if first.start - start > _OPENING:
        return None  # the first subject is the possessor's, when one opens the subject: the shorter span
    named = {cluster for mention, cluster in linker.names
             if first.start <= mention.start and mention.end <= first.end and not mention.modifier}
    if len(named) != 1:
        return None
    subject = next(iter(named))
    if linker.clusters[subject].type not in kinds or not described_nationalities(described) <= linker.nationalities(subject):
        return None  # "The Japanese firm": only a firm the article gives that nationality
    if not kind_agrees(described_kind(described), linker.kinds(subject)):
        return None  # "Italian carrier Alitalia received a loan ... The government defended the loan": no airline
    others = {cluster for mention, cluster in linker.names
              if start <= mention.start < end and cluster != subject and linker.clusters[cluster].type in kinds}
    return None if others else subject
