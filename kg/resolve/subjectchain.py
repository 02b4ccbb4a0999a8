"""A "he"/"she" among several people: the last person subject, when the rest stand in phrases.

``kg.resolve.pronouns`` gives "he" or "she" the one person in reach (its sentence and the
two before) and leaves it unresolved when there are more. Yet in "Pearce initially joined
City as a player under Keegan in 2001. He was promoted following the departure of Arthur
Cox last summer. He was linked with the manager's job at Oldham", both "he"s are Pearce:
Keegan and Cox are named only inside a prepositional phrase ("under Keegan", "of Arthur
Cox"), never as anyone's subject or object. So a subject "he" or "she" outside quotation
marks goes to the person who is the subject of the nearest clause before it (a name, a
linked description, or a "he" already read as that person) when every other candidate is
named in reach only right after a preposition (not "by": "was sacked by Keegan" makes
Keegan the actor) or as a possessor ("Keegan's side"), no later than that subject's own
sentence, and is no clause subject in reach. A rival named after it ("Wardle was speaking
... The club still owe PSG £5m from the purchase of Anelka. He has been linked with a
move": Anelka, the story's subject) may be the one the writer went on about.
The subject of a relative clause ("Keegan, who ordered") is no such subject. A rival that is a
subject or object, a "he" in reach no one is known for, a reporter of the pronoun's clause
no person ("Lamont thought he had wriggled over ... from Paterson", NER read no person
Lamont), a person's noun in reach in a subject or object that stands for someone else or
no one ("questioned by Keegan, who ordered the defender home after he"), or a candidate of
another gender (the caller's ``people``) leaves the pronoun unresolved: a wrong speaker is
worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import PERSON_NOUNS, PREPOSITIONS, ROLE_HEADS, THIRD_PERSON_PRONOUNS
from kg.resolve.starts import sentence_at
from kg.resolve.unquoted import in_quotation
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.records import Argument, Proposition
    from kg.resolve.coref import Linker

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Clauses whose subject is a verb's: the ones a rival may act in.
_VERBAL = frozenset({"svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp", "attribution"})
_PEOPLES_NOUNS = ROLE_HEADS | PERSON_NOUNS  # "the defender", "a man"
_PHRASE_PREPOSITIONS = PREPOSITIONS - {"by"}  # "by Keegan": a passive's agent
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_RELATIVE = re.compile(r",?\s+(?:who|whom|whose)\b")  # "Keegan, who ordered": the relative clause's subject
_POSSESSOR = re.compile(r"['\u2019](?:s\b|\s)")


def subject_chain(linker: Linker, pronoun: str, argument: Argument, sentence: int, window: int,
                  earlier: Sequence[tuple[Proposition, int]], people: set[int]) -> int | None:
    """The person of ``people`` a subject "he"/"she" goes to (see the module docstring), or ``None``."""
    if pronoun not in _SUBJECT_PRONOUNS or len(people) < 2 or in_quotation(linker.text, argument.start):
        return None
    first = linker.sentence_starts[max(sentence - window, 0)]
    resolved = {id(clause): cluster for clause, cluster in earlier}
    clauses = sorted((clause for clause in linker.clauses if clause.kind in _VERBAL
                      and first <= clause.subject.start < argument.start and not in_quotation(linker.text, clause.subject.start)),
                     key=lambda clause: clause.subject.start, reverse=True)
    person: int | None = None
    subjects: set[int] = set()
    said = sentence  # the sentence of the person's subject: no rival may be named after it
    described: set[int | None] = set()  # whom the objects in reach a person's noun is in stand for ("the defender")
    for clause in clauses:
        head = linker.text[clause.subject.head_start : clause.subject.head_end].lower()
        cluster = resolved.get(id(clause)) if head in THIRD_PERSON_PRONOUNS else _person_named(linker, clause.subject)
        person_subject = cluster is not None and linker.clusters[cluster].type is EntityType.PERSON
        if head in _SUBJECT_PRONOUNS and cluster is None:
            return None  # a "he" no one is known for: whoever it is may be this one too
        content = clause.object
        if clause.kind == "attribution" and content is not None and content.start <= argument.start < content.end and not person_subject:
            return None  # "Lamont thought he had wriggled over" (NER read no person): the reporter's own "he"
        if content is not None and clause.kind != "attribution" and _PEOPLES_NOUNS.intersection(_before_phrase(content.text)):
            described.add(_person_named(linker, content))
        if cluster is None or not person_subject:
            continue
        subjects.add(cluster)
        if person is None and not _RELATIVE.match(linker.text, clause.subject.end):
            person, said = cluster, sentence_at(linker.sentence_starts, clause.subject.start)
    if person is None or person not in people or subjects != {person} or described - {person}:
        return None
    for rival in people - {person}:
        mentions = [mention for mention, cluster in linker.names if cluster == rival
                    and first <= mention.start and mention.end <= argument.start]
        if not mentions or not all(mention.sentence <= said and _in_phrase(linker.text, mention.start, mention.end)
                                   for mention in mentions):
            return None
    return person


def _in_phrase(text: str, start: int, end: int) -> bool:
    """Whether a name stands right after a preposition ("under Keegan") or owns what follows ("Keegan's")."""
    before = _WORD_BEFORE.search(text, max(start - 30, 0), start)
    return bool(before and before.group(1).lower() in _PHRASE_PREPOSITIONS) or bool(_POSSESSOR.match(text, end))


def _person_named(linker: Linker, subject: Argument) -> int | None:
    """The entity a subject names, or a linked description stands for; for a capitalised
    subject NER found no name in ("Pearce first joined"), the one person whose name is or
    ends with its words."""
    found = linker.named_or_described(subject)
    words = subject.text
    if found is not None or not words[:1].isupper() or linker.in_name(subject.head_start):
        return found
    named = {cluster for mention, cluster in linker.names if linker.clusters[cluster].type is EntityType.PERSON
             and (mention.text == words or mention.text.endswith(" " + words))}
    return named.pop() if len(named) == 1 else None


def _before_phrase(words: str) -> list[str]:
    """The words of an object before its first preposition: "the defender home" (a parse that
    made "home" the head), not "part of the coaching staff"."""
    found = words.lower().split()
    return next((found[:at] for at, word in enumerate(found) if word in PREPOSITIONS), found)
