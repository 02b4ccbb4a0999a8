"""A result noun that names a match already played is as sure as a fact, whatever the
clause it stands in plans or doubts.

"England will protest about the referee's performance in the defeat by Ireland", "is
out of the tournament after a five-set defeat by Dominik Hrbaty", "the pressure is
mounting following their defeat by Wales": the protest is planned, the defeats are
not. A result after a preposition of a past point ("after", "since", "following",
``settled`` cues of ``factuality_cues.tsv``) presupposes the match; so does a definite
or possessive one that a noun's preposition takes ("performance in the defeat by
Ireland"). A result the clause's verb takes stays as planned or possible as the clause:
"a win over Italy would give them the title", "seek the required victory over
Rosenborg", "hoping for their first win".
A result with a scoreline names a match played too when a preposition of its setting
takes it ("fracturing his thumb in the 24-18 win over France", "on the back of a 2-0
victory over Fulham"), not one a verb takes ("a 2-0 win would be enough", "need a 2-0
win") nor one a noun of hope or chance takes ("hopes of a 2-0 win").
Who says so is kept: a reported result stays reported, unless the clause takes it as known
(``kg.extract.takenknown``: "admitted his kicking played a part in England's 18-17 defeat").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import ASSERTED, NOUNS, Reading, Scope
from kg.extract.gerunds import SETTLED
from kg.extract.scorelines import score_at
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

# What a plan or a doubt of the clause around leaves a played match: nothing.
_DOUBTS = frozenset({Factuality.PLANNED, Factuality.POSSIBLE, Factuality.NEGATED})
_PAST_POINTS = frozenset(SETTLED) | {"following"}
_COUNTING = frozenset({"first", "second", "third", "next", "last", "elusive", "required", "needed"})
# Prepositions of a match's setting: what happened in, during or with it ("for a 2-0 win",
# "to a 2-0 win" are aims or carriers, read elsewhere).
_SETTINGS = frozenset({"in", "during", "of", "with", "from", "until"})


def presupposed(noun: Word) -> bool:
    """Whether a result noun names a match already played: the object of a preposition
    of a past point ("after a five-set defeat"), or a definite or possessive one a noun's
    preposition takes ("the referee's performance in the defeat by Ireland"). Not one a
    verb seeks or a preposition of the clause takes ("seek the required victory over
    Rosenborg", "hoping for their first win"), nor a counted one ("their first win")."""
    if noun.dep_ != "pobj" or any(c.dep_ == "amod" and (c.lower_ in _COUNTING or c.tag_ == "VBN") for c in noun.children):
        return False
    if noun.head.lower_ in _PAST_POINTS or _scored_setting(noun):
        return True
    return noun.head.head.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children)


def _scored_setting(noun: Word) -> bool:
    """Whether a result with a scoreline is taken by a preposition of its setting: "in
    the 24-18 win", "on the back of a 2-0 victory"; not "hopes of a 2-0 win"."""
    prep = noun.head
    if prep.lower_ not in _SETTINGS or (prep.lower_ == "of" and prep.head.lemma_.lower() in NOUNS):
        return False
    return any(score_at(word) for child in noun.children if child.i < noun.i for word in child.subtree)


def played(noun: Word, scope: Scope) -> Reading | None:
    """The reading of a result noun that names a match played, or ``None`` to read it as
    any event noun (``kg.extract.nounreadings.noun_reading``)."""
    if not presupposed(noun) or any(c.dep_ == "amod" and not list(c.children) and scope.adjective(c) is not None
                                    for c in noun.children):
        return None  # "the possible defeat": the adjective's (not "five-set", no "set to")
    reading = scope.around(noun)  # "five-set" is no "set to": the adjective rule is not read
    if reading.factuality not in _DOUBTS:
        return reading
    return Reading(Factuality.REPORTED, reading.cue, reading.source) if reading.source is not None else ASSERTED
