"""A bare "the report" speaks for the one body the article's earlier reports are by.

"The number of PCs is expected to double, according to a report by analysts Forrester
Research ... The report forecast that there will be 80 million new PC users in India";
"the ADB report said ... the report said"; "In a new report, the Electoral Commission
says ... the report says there are still public suspicions": the body that made the
report speaks, as it does through "a report by Forrester" (``kg.resolve.spokespeople``);
the quote keeps "The report" as its speaker text.

Only "the" and one report noun (``report_nouns.txt``: "the report", "the survey", "the
study"). Every earlier mention of that noun in the article must show its maker, all
the same body (an organisation or team, ``SPOKEN_BODIES``):

- a body's name right before it, or its possessive and up to two lower-case words ("the
  ADB report", "Oxfam's latest report"; not "ADB said the report");
- a body's name after "by" or "from" ("a report by analysts Forrester Research");
- "in a/its ... report" in a sentence whose clauses have one body for their subjects
  ("the US Federal Reserve said in its latest Beige Book report").

An earlier mention of no maker ("a report suggests", "a report by two MPs committees", a
person's "Mr Brown's report", "say two reports") leaves it unresolved: it may be another
report. Only an earlier "the report" of no maker (a take-up) and the verb ("due to report
back") are passed over. When the article has no earlier mention of the noun, the other
report nouns' mentions are read the same way ("according to research from technology
analysts Gartner ... said the report").

"The statement" is read the same way, its maker a body or a person, with no other noun's
mentions: "In a statement from Lycos Europe ..., the company denied ... The statement also
said"; "In a statement, the party said ... said the statement": the party, when a rule
linked "the party" (a subject's description linked to a named entity counts). A wrong
speaker is worse than a weak one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.records import Argument
from kg.resolve.pronouns import sentence_of
from kg.resolve.spokespeople import SPOKEN_BODIES
from kg.resolve.thekind import plural
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_REPORTS = read_words("report_nouns.txt")
_STATEMENT = "statement"  # a body's or a person's: "In a statement, the club said ... the statement said"
_BARE = re.compile(r"the\s+([a-z]+)", re.IGNORECASE)
# Between a maker's name and the noun: "the ADB report", "Oxfam's latest report" (not "ADB said the report").
_BEFORE = re.compile(r"^(?:\s+|['’]s?\s+(?:[a-z][\w-]*\s+){0,2})$")
# Between the noun and a maker's name: "a report by analysts Forrester Research".
_MADE_BY = re.compile(r"^\s+(?:by|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# "in its latest Beige Book report", "In a new report": the sentence's subject made it.
_IN = re.compile(r"\bin\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A take-up of a report named before: "the report" alone.
_TAKE_UP = re.compile(r"\bthe\s+$", re.IGNORECASE)
# The verb: "is due to report back", "will report".
_VERB = re.compile(r"\b(?:to|will|would|could|should|may|might|must|shall|did|does|do)\s+$", re.IGNORECASE)


def report_maker(linker: Linker, argument: Argument) -> int | None:
    """The one body every earlier mention of a bare "the <report noun>" names as its maker, or ``None``."""
    text = linker.text
    bare = _BARE.fullmatch(text[argument.start : argument.end].strip())
    if bare is None or (noun := bare.group(1).lower()) not in _REPORTS | {_STATEMENT}:
        return None
    before = linker.text[: argument.start]
    people = noun == _STATEMENT  # a person makes a statement: "In a statement, Mr Raines said"
    found = _makers(linker, before, {noun}, people)
    if found == set() and not people:  # no earlier "report": "according to research from analysts Gartner ... said the report"
        found = _makers(linker, before, _REPORTS - {noun}, people)
    return found.pop() if found is not None and len(found) == 1 else None


def _makers(linker: Linker, before: str, nouns: set[str] | frozenset[str], people: bool) -> set[int] | None:
    """The makers of every mention of ``nouns`` in ``before``; ``None`` when one has none."""
    makers: set[int] = set()
    words = "|".join(map(re.escape, sorted({*nouns, *map(plural, nouns)})))  # "say two reports": another may be meant
    for found in re.finditer(rf"\b(?:{words})\b", before, re.IGNORECASE):
        if linker.in_name(found.start()):
            continue  # "Forrester Research", "Consumer Reports": a name's word
        maker = _maker(linker, found.start(), found.end(), people)
        if maker is not None:
            makers.add(maker)
            continue
        ahead = before[max(0, found.start() - 30) : found.start()]
        if _TAKE_UP.search(ahead) or _VERB.search(ahead):
            continue
        return None  # "a report suggests": one of no maker, maybe another report
    return makers


def _maker(linker: Linker, start: int, end: int, people: bool) -> int | None:
    """The body a mention of a report noun at ``start:end`` shows as its maker, or ``None``."""
    text = linker.text
    for mention, cluster in linker.names:
        before = mention.end <= start and _BEFORE.match(text[mention.end : start])
        after = mention.start >= end and _MADE_BY.match(text[end : mention.start])
        if (before or after) and (body := _body(linker, cluster, people)) is not None:
            return body  # not a work's name: "its latest Beige Book report"
    phrase = _IN.search(text[max(0, start - 60) : start])
    if phrase is not None:
        return _subject_body(linker, max(0, start - 60) + phrase.start(), people)
    return None


def _body(linker: Linker, cluster: int, people: bool) -> int | None:
    entity = linker.clusters[cluster]
    fitting = entity.type in SPOKEN_BODIES or (people and entity.type is EntityType.PERSON)
    return cluster if fitting and not entity.local else None


def _subject_body(linker: Linker, phrase: int, people: bool) -> int | None:
    """The body whose clause holds "in a/its ... report" at ``phrase``: the clause of the
    nearest verb before it ("the Fed said in its latest report"), or of the first verb after
    it when it opens the sentence ("In a new report, the Electoral Commission says"); the
    clause's subject head inside the body's name, or a description linked to it ("In a statement,
    the club said"); "The call was made in a report": no body."""
    sentence = sentence_of(linker, phrase)
    clauses = sorted((clause for clause in linker.clauses if clause.trigger is not None
                      and sentence_of(linker, clause.trigger[0]) == sentence), key=lambda clause: clause.trigger or (0, 0))
    opening = not linker.text[linker.sentence_starts[sentence] if linker.sentence_starts else 0 : phrase].strip(" \"'‘“")
    if opening:
        after = [clause for clause in clauses if clause.trigger and clause.trigger[0] > phrase]
        clause = after[0] if after else None
    else:
        before = [clause for clause in clauses if clause.trigger and clause.trigger[1] <= phrase]
        clause = before[-1] if before and before[-1].subject.end <= before[-1].trigger[0] else None  # type: ignore[index]
    if clause is None:
        return None
    head = clause.subject.head_start
    named = {cluster for mention, cluster in linker.names if mention.start <= head < mention.end}
    start, end = clause.subject.head_start, clause.subject.head_end
    if not named and (linked := linker.named_or_described(Argument(linker.text[start:end], start, end, start, end))) is not None:
        named = {linked}
    return _body(linker, named.pop(), people) if len(named) == 1 else None
