"""A speaker's "he" or "she" with no one in reach: the person the article is about.

Profiles and interviews name their person in the headline and the first sentence and then
go on with "he" for paragraphs: "O'Connell rejects Lions rumours. Ireland and Munster lock
Paul O'Connell has dismissed media reports ... He insisted Ireland will not make the
mistake of being over-confident. '...,' he said". ``kg.resolve.speakers.nearest_subject``
finds no subject or speaker within three sentences there (the sentences between are "he"s
it left unresolved, or quotations), and the quotes were lost. Such a "he" or "she" is the
one person the headline names (a word of their name) who is named in full in the lead
sentence as the head of a clause's subject there (not "Birmingham have confirmed Blackburn
made a bid for Robbie Savage"), of the pronoun's gender or none told, when no other person is
named outside quotation marks in its reach, no clause subject there is headed by a name of
anything else
(NER read "Mutu" in "But Mutu has hit out ... He told the Sunday Mirror" as an organisation),
and nothing it says names them. Never where a subject in reach is a candidate: then the nearer
rules decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.holders import words
from kg.resolve.placednames import placed_people
from kg.resolve.pronouns import gender_of, sentence_of
from kg.resolve.subjectnames import names_subject
from kg.resolve.unquoted import in_quotation
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def article_person(linker: Linker, floor: int, offset: int, wanted: str, named: set[int]) -> int | None:
    """The article's person (see the module docstring) a "he" or "she" (gender ``wanted``) at
    ``offset`` stands for, when no other person is named outside quotations from ``floor`` on;
    ``named``: the people what it says names."""
    person = lead_person(linker)
    if person is None or person in named or gender_of(linker.clusters[person]) not in (None, wanted):
        return None
    rivals = {cluster for mention, cluster in linker.names if floor <= mention.start < offset and cluster != person
              and linker.clusters[cluster].type is EntityType.PERSON and not in_quotation(linker.text, mention.start)}
    unresolved = [mention for mention in linker.unresolved if floor <= mention.start < offset and mention.type is EntityType.PERSON]
    return None if rivals - placed_people(linker) or unresolved or _named_subject(linker, floor, offset, person) else person


def lead_person(linker: Linker) -> int | None:
    """The one person the headline names who is named in full in the lead sentence as the
    head of a clause's subject there, or ``None``."""
    headline = {word.removesuffix("'s").strip("'") for word in words(linker.title or "")}
    lead = 0 if any(mention.sentence == 0 for mention, _ in linker.names) else 1
    people = {cluster for mention, cluster in linker.names
              if mention.sentence == lead and len(mention.text.split()) > 1 and linker.clusters[cluster].type is EntityType.PERSON
              and any(word in headline for word in words(mention.text))} - placed_people(linker)
    return people.pop() if len(people) == 1 and _lead_subject(linker, lead, min(people)) else None


def _named_subject(linker: Linker, floor: int, offset: int, person: int) -> bool:
    """Whether a clause subject from ``floor`` to ``offset``, outside quotation marks, is headed
    by a name of anything but ``person``: "But Mutu has hit out at the club's decision ... He
    told the Sunday Mirror" is Mutu, whom NER took for an organisation."""
    for clause in linker.clauses:
        subject = clause.subject
        if floor <= subject.start < offset and linker.in_name(subject.head_start) and not in_quotation(linker.text, subject.start):
            if any(mention.start <= subject.head_start < mention.end and cluster != person for mention, cluster in linker.names):
                return True
    return False


def _lead_subject(linker: Linker, lead: int, person: int) -> bool:
    """Whether a name of ``person`` is who a clause subject of the lead sentence stands for
    (``kg.resolve.subjectnames``, "Ireland and Munster lock Paul O'Connell"): the article is
    about them ("Ireland and Munster lock Paul O'Connell has dismissed"), not about what they
    are named in ("Birmingham have confirmed Blackburn made a bid for Robbie Savage")."""
    mentions = [mention for mention, cluster in linker.names if cluster == person and mention.sentence == lead]
    return any(sentence_of(linker, clause.subject.start) == lead and any(
        clause.subject.start <= mention.start < clause.subject.end and names_subject(linker.text, clause.subject, mention.start, mention.end)
        for mention in mentions) for clause in linker.clauses)
