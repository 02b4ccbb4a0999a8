"""Which prepositional phrases of an event say when, for ``event_arguments.prep_role``.

The role table (``event_roles.tsv``) reads "by" + anything as the agent of a passive,
"after"/"before" + anything as a time and "near" + anything as a place. Three heads say otherwise:

- "by" + a noun of an occasion or a point in time (``occasion_nouns.txt``) is by when,
  not who acts: "could be implemented by the election after next", "will be paid by the
  end of the year" (a time, never the agent: an election implements nothing);
- "near", "inside", "throughout" + an occasion or a span of time (``period_nouns.txt``)
  is when, not where: "was driven over the Irish line near the end", "Inside the last 10
  minutes, England poured forward";
- "after"/"before" + a person or a group is no time: "named after the painter Piero
  della Francesca", "appeared before the committee" (none of them a moment).

"for" or "over" + a counted span of time is how long, not when (``duration``): "was jailed for
three years", "for a total of 35 years", "have worked on it for three years"; not a span the
text fixes in time ("over the past five years", "for the next year").

A clock time with its zone (``time_zones.txt``) is a time whatever NER calls it: "had
fallen 6.87% to $10.44 by 1830 GMT" (NER: an organisation, read as the agent), "must
have registered by 1700 GMT".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.words import by_index
from kg.lexicon import PERSON_NOUNS
from kg.lexicon.table import read_words
from kg.nlp.labels import ORGANISATION_LABELS, PERSON_LABELS

if TYPE_CHECKING:
    from kg.extract.words import Word

OCCASION_NOUNS = read_words("occasion_nouns.txt")
PERIOD_NOUNS = read_words("period_nouns.txt")
_AROUND = frozenset({"near", "inside", "throughout", "towards", "toward"})  # a place, or a time near an occasion
TIME_ZONES = read_words("time_zones.txt")
_ORDER = frozenset({"after", "before"})
_PARTY_LABELS = PERSON_LABELS | ORGANISATION_LABELS


def _party(pobj: Word, kind: str) -> bool:
    """A person or group: by its kind, a person noun ("a man"), or a name beside a
    common noun ("the painter Piero della Francesca": NER's name in apposition); not a
    name NER calls an organisation, which is often an occasion ("after the Budget")."""
    return (kind == "party" and pobj.ent_type_ != "ORG") or pobj.lemma_.lower() in PERSON_NOUNS or any(
        c.dep_ == "appos" and c.ent_type_ in _PARTY_LABELS for c in pobj.children)


def timed(prep: str, pobj: Word | None, kind: str, role: str | None) -> str | None:
    """The role of "prep pobj" (``kind`` of the role table) once its head is read as a
    time or as none: "time" for "by" + an occasion, ``None`` for "after" + a person."""
    if pobj is None:
        return role
    if role == "agent" and prep == "by" and pobj.lower_ in OCCASION_NOUNS and pobj.pos_ != "PROPN":
        return "time"
    if role == "time" and prep in _ORDER and pobj.dep_ == "pobj" and _party(pobj, kind):
        return None
    if role in ("time", "reason") and prep in _LASTING and _counted_span(pobj):
        return "duration"  # "jailed for three years": how long, never when
    if role == "place" and prep in _AROUND and (pobj.lower_ in OCCASION_NOUNS or pobj.lemma_.lower() in PERIOD_NOUNS):
        return "time"  # "driven over the line near the end", "inside the last 10 minutes": when, not where
    return role


_LASTING = frozenset({"for", "over"})
_FIXING = frozenset({"the", "this", "that", "these", "those", "last", "past", "next", "coming", "previous", "first",
                     "final", "same", "following", "whole", "entire"})


def _counted_span(pobj: Word) -> bool:
    """Whether ``pobj`` is a counted span of time no word fixes in time: "three years", "a
    month", "several weeks", "a total of 35 years"; not "the past five years", "next year"."""
    if pobj.lower_ == "total":
        pobj = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), pobj)
    if pobj.lemma_.lower() not in PERIOD_NOUNS or any(c.lower_ in _FIXING or c.dep_ == "poss" for c in pobj.children):
        return False
    return any((c.dep_ == "nummod" and c.like_num) or c.lower_ in ("a", "an", "several", "many", "few") for c in pobj.children)


def clock_time(head: Word) -> bool:
    """Whether ``head`` is a time zone after a clock time: "1830 GMT", "9.30 ET"."""
    return head.lower_ in TIME_ZONES and any(c.i == head.i - 1 and c.like_num for c in head.children)


_TIME_LABELS = frozenset({"DATE", "TIME"})
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "when", "once"})


def own_time(verb: Word) -> bool:
    """Whether a clause says when of its own, so that it takes no time from the clause it
    is coordinated with: "played a vital part ... last year but has fallen out of favour
    ... after missing a training session" (the falling out is not last year), "files are
    downloaded every month, and films are downloaded a day"."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in _TIME_LABELS:
            return True
        if child.dep_ == "prep" and (child.lower_ in _TIME_MARKS or any(
                g.dep_ == "pobj" and g.ent_type_ in _TIME_LABELS for g in child.children)):
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in child.children):
            return True
    return False


def low_days(verb: Word) -> list[list[Word]]:
    """The day the parser hung on the noun of a prepositional phrase of the verb, where
    the verb says no time of its own: "was sworn in at a ceremony in Washington DC [on
    Thursday]", "did not train with the first team [on Tuesday]", "learned of the decision
    on the BBC News website [on Monday evening]" (each on that day). Not under a phrase
    that is itself a time ("after a fight during a concert on Tuesday" is one already)."""
    if own_time(verb):
        return []
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ in _TIME_MARKS or child.lower_ in ("following", "during", "by", "ahead"):
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            for day in pobj.children:
                if day.dep_ == "prep" and day.lower_ == "on" and any(
                        g.dep_ == "pobj" and g.ent_type_ in _TIME_LABELS for g in day.children):
                    return [sorted(day.subtree, key=by_index)]
    return []
