"""The person a description nearby stands for: the subject of the sentence before, never
a person that sentence names only off its subjects.

A description of one person ("The former England defender", "The 21-year-old", "the
Russian") is, by ``Linker._one_person_near``, the one person named in its sentence or the
one before. News goes on about the person a sentence is about, its subject, so a person
named there only in a prepositional phrase or as an object is no evidence when that
sentence's subject is someone else:

- "He was promoted to joint assistant-manager following the departure of Arthur Cox last
  summer. The former England defender had a year as player-boss": "he" (Stuart Pearce),
  not Arthur Cox, is the defender; so ``off_subject`` leaves it unresolved when the one
  person near is named in the sentence before only off every clause's subject, and a
  clause there has for subject a "he"/"she" or another person's name;
- "Justine Henin-Hardenne lost to Elena Dementieva in Belgium. And the Belgian, who has
  slipped to eight in the world, faces a tough defence": two people are near, and
  ``opening_subject`` gives the one the sentence before opens on as its subject, when the
  description opens its own sentence and every other person named before stands only in
  a phrase there, no clause's subject or object ("Rochus beat Kiefer and will take on
  Johansson. The Swede reached the last four": Johansson, maybe).

The callers still check that the person fits the description (nationality, post).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.pronouns import CLAUSE_KINDS, sentence_of
from kg.resolve.subjects import subjects_in
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_PERSONAL = frozenset({"he", "she"})
# Clauses with a verb, and speech: "the departure of Arthur Cox" gives Cox no subject.
_KINDS = CLAUSE_KINDS | {"attribution"}
# What may stand before a description or subject that opens its sentence: "And the Belgian".
_OPENING = re.compile(r"\s*[\"“‘']?\s*(?:(?:And|But|So|However|Now|Meanwhile)\b,?\s*)?")


def off_subject(linker: Linker, offset: int, person: int, code: str | None = None) -> bool:
    """Whether ``person``, the one person named near a description at ``offset``, is named
    only in the sentence before, there off every clause's subject, while a clause of that
    sentence has for subject a "he"/"she" or a name of another person; never when the
    description is a nationality noun (``code``) the article gives that person ("he will
    face Russian Mikhail Youzhny. The Russian beat ...")."""
    sentence = sentence_of(linker, offset)
    if sentence == 0 or (code is not None and code in linker.nationalities(person)):
        return False
    mentions = [mention for mention, cluster in linker.names if cluster == person and mention.end <= offset
                and sentence - 1 <= mention.sentence and not mention.modifier]
    if not mentions or any(mention.sentence == sentence for mention in mentions):
        return False
    subjects = _subject_people(linker, sentence - 1, before=min(mention.start for mention in mentions))
    return person not in subjects and bool(subjects)


def opening_subject(linker: Linker, offset: int, people: set[int], code: str | None = None) -> int | None:
    """Of ``people`` (two or more named near a description at ``offset``), the one whose name
    opens the sentence before as its first clause's subject, when the description opens its
    own sentence and no other of them is a clause's subject or object there (only in a phrase:
    "lost to Elena Dementieva", "eased past Robby Ginepri"), nor, for a nationality
    noun (``code``), given that nationality ("Gonzalez eased past American Robby Ginepri. The
    American": not Gonzalez); else ``None``."""
    sentence = sentence_of(linker, offset)
    if sentence == 0 or not _OPENING.fullmatch(linker.text[linker.sentence_starts[sentence] : offset]):
        return None
    start, end = linker.sentence_starts[sentence - 1], linker.sentence_starts[sentence]
    clauses = [clause for clause in subjects_in(linker.clauses, start, end) if clause.kind in _KINDS]
    if not clauses or not _OPENING.fullmatch(linker.text[start : clauses[0].subject.start]):
        return None
    first = _named_person(linker, clauses[0].subject.head_start)
    if first is None or first not in people:
        return None
    if code is not None and any(code in linker.nationalities(other) for other in people - {first}):
        return None
    objects = {person for clause in clauses if clause.kind == "svo" and clause.object is not None  # "prep": a phrase's
               and (person := _named_person(linker, clause.object.head_start)) is not None}
    if objects - {first}:
        return None  # "Rochus beat Kiefer and will take on Johansson. The Swede": an object may be meant
    return first if _subject_people(linker, sentence - 1) == {first} else None


def _subject_people(linker: Linker, sentence: int, before: int | None = None) -> set[int | None]:
    """The people the clauses of a sentence have for subject: a person's name (its
    cluster) or a "he"/"she" (``None``: someone), one ``before`` an offset only, when given:
    "One effect was to rob Dallaglio of his pace, but he reinvented himself" may be Dallaglio."""
    start = linker.sentence_starts[sentence]
    end = linker.sentence_starts[sentence + 1] if sentence + 1 < len(linker.sentence_starts) else len(linker.text)
    found: set[int | None] = set()
    for clause in subjects_in(linker.clauses, start, end):
        head = clause.subject
        if clause.kind not in _KINDS:
            continue
        if linker.text[head.head_start : head.head_end].lower() in _PERSONAL:
            if before is None or head.head_start < before:
                found.add(None)
        elif (person := _named_person(linker, head.head_start)) is not None:
            found.add(person)
    return found


def _named_person(linker: Linker, offset: int) -> int | None:
    """The person whose name (not a modifier) holds ``offset``, or ``None``."""
    return next((cluster for mention, cluster in linker.names if mention.start <= offset < mention.end
                 and not mention.modifier and linker.clusters[cluster].type is EntityType.PERSON), None)
