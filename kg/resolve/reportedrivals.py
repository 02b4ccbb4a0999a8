"""A "he"/"she" opening a sentence after "X said Y had ...": X, not Y named only in what X said.

``kg.resolve.pronouns`` leaves "he" or "she" unresolved when two people of its gender are
in reach. Yet in "Tory co-chairman Liam Fox said Mr Blair had broken his promise on tax. He
rejected claims that ..." the "he" is Fox: news goes on about the one whose words it
reports, the subject of the sentence before, while Mr Blair is named there only inside
what Fox said. So a subject "he"/"she" that opens its sentence, outside quotation marks,
goes to the person who is the subject of the first clause of the sentence before (a name,
a linked description, or a "he" already read as that person) when that clause is speech
("said Mr Blair had ...") or holds a claim noun's clause ("rejected the allegation that Mr
Brown had been sidelined"; ``kg.lexicon.CLAUSE_NOUNS``) and every other candidate is named
in reach only inside that content, and the pronoun's verb is one a reporter goes on with
("He criticised", "He said"; ``kg.lexicon.REPORTER_VERBS``), not one the person spoken of would
as likely do ("The prime minister said Mr Bush had learned ... He understood": maybe Mr Bush;
"He denied the charge"). A rival named anywhere else in reach, a candidate only a
description stands for, or a pronoun clause that does not open its sentence ("In 1984 he")
leaves the pronoun to the caller's other rules. ``kg.resolve.speakers`` asks the same of a
speaker's "he"/"she", whose nearest subject would otherwise be the one inside the claim ("He
rejected speculation that Mr Brown was considering ... He said": not Mr Brown).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import CLAUSE_NOUNS, REPORTER_VERBS, THIRD_PERSON_PRONOUNS
from kg.resolve.subjects import subjects_in
from kg.resolve.unquoted import in_quotation
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.records import Proposition
    from kg.resolve.coref import Linker

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Clauses with a verb, and speech: the ones whose subject a sentence is about.
_VERBAL = frozenset({"svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp", "attribution"})


def reporting_subject(linker: Linker, pronoun: str, offset: int, sentence: int,
                      earlier: Sequence[tuple[Proposition, int]], people: set[int]) -> int | None:
    """The person of ``people`` (two or more) that a sentence-opening subject "he"/"she"
    at ``offset`` goes to by the module docstring's rule, or ``None``: an event's
    participant (``kg.resolve.pronouns``) or a speaker (``kg.resolve.speakers``)."""
    starts = linker.sentence_starts
    if (pronoun not in _SUBJECT_PRONOUNS or len(people) < 2 or sentence == 0 or in_quotation(linker.text, offset)
            or linker.text[starts[sentence] : offset].strip() or not any(
                clause.key.split()[0] in REPORTER_VERBS for clause in subjects_in(linker.clauses, offset, offset + 1))):
        return None
    person, contents = _opening(linker, sentence - 1, earlier, None)
    if person is None or person not in people or linker.clusters[person].type is not EntityType.PERSON:
        return None
    if sentence >= 2:  # "Mr Balls rejected the allegation that Mr Brown ... He rejected speculation that Mr Brown ... He"
        contents += _opening(linker, sentence - 2, earlier, person)[1]
    floor = starts[max(sentence - 2, 0)]
    for rival in people - {person}:
        mentions = [mention for mention, cluster in linker.names if cluster == rival and floor <= mention.start
                    and mention.end <= offset]
        if not mentions or not all(any(start <= mention.start and mention.end <= end for start, end in contents)
                                   for mention in mentions):
            return None
    return person


def _opening(linker: Linker, sentence: int, earlier: Sequence[tuple[Proposition, int]],
             wanted: int | None) -> tuple[int | None, list[tuple[int, int]]]:
    """The person the first clause of ``sentence`` has for subject (when no name stands
    before it in the sentence: "Speaking after Mr Blair, Mr Howard said") and the spans of
    what the clauses of that subject say another did (``_content``); none of them when the
    person is not ``wanted`` (if given)."""
    starts = linker.sentence_starts
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(linker.text)
    clauses = [clause for clause in subjects_in(linker.clauses, starts[sentence], end)
               if clause.kind in _VERBAL and not in_quotation(linker.text, clause.subject.start)]
    if not clauses or any(starts[sentence] <= mention.start < clauses[0].subject.start for mention, _ in linker.names):
        return None, []
    first = [clause for clause in clauses if clause.subject.start == clauses[0].subject.start]
    resolved = {id(clause): cluster for clause, cluster in earlier}
    head = linker.text[first[0].subject.head_start : first[0].subject.head_end].lower()
    person = resolved.get(id(first[0])) if head in THIRD_PERSON_PRONOUNS else linker.named_or_described(first[0].subject)
    if person is None or (wanted is not None and person != wanted):
        return None, []
    return person, [span for clause in first if (span := _content(linker, clause, clauses)) is not None]


def _content(linker: Linker, clause: Proposition, clauses: Sequence[Proposition]) -> tuple[int, int] | None:
    """What a clause says another did: a speech clause's content ("said [Mr Blair had ...]"),
    or the clause of ``clauses`` that follows "that" after the claim noun heading its
    object ("rejected the allegation that [Mr Brown had been sidelined in the campaign]"),
    to the end of its last argument; else ``None``."""
    content = clause.object
    if content is None:
        return None
    if clause.kind == "attribution":
        return content.start, content.end
    noun = linker.text[content.head_start : content.head_end].lower()
    if not (noun in CLAUSE_NOUNS or (noun[-1:] == "s" and noun[:-1] in CLAUSE_NOUNS)) or not linker.text.startswith(
            " that ", content.head_end):
        return None
    opening = content.head_end + len(" that ")
    inner = [other for other in clauses if other.subject.start == opening]
    if not inner:
        return None
    return opening, max(argument.end for other in inner for argument in (other.subject, other.object, *other.extras)
                        if argument is not None)
