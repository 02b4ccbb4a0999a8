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
text fixes in time ("over the past five years", "for the next year"). So are "in", "within"
and "to" + a counted span: "has dropped 12% in two days", "romp through the contest in
exactly an hour", "halve the deficit within five years", "was sentenced to 18 months" (how
long, never a date; "to" only after a passive: "rose to 81 days" is a level). "In" + a
span after a modal or fronted counts from now ("In four days, Unison will start
balloting") and "after"/"before" + a span from an unnamed moment
("Documents released after 30 years"): no time the reader can place, so none; but minutes
after the kick-off are a match's clock ("equalised after 16 minutes") and a span of what
it names is counted from that ("after six months of talks"). A counted
span with no preposition is how long when a number counts it ("has been closed two
weeks"), none when "a" does ("stay a year", "downloaded a day": often "per day").

An age is no time: "has died at the age of 79", "died aged 91", "At 34 I'm showing my age"
(NER calls each a date; when in a life, not when in the calendar, and often whose age is
unclear: "just 11 days after his wife Audrey died aged 91").

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
    if role == "time" and _age(prep, pobj):
        return None  # "died at the age of 79", "At 34 I'm showing my age"
    if role in ("time", "reason") and prep in _LASTING and _counted_span(pobj):
        return "duration"  # "jailed for three years": how long, never when
    if role == "time" and prep in _SPANNING and pobj.dep_ == "pobj" and _counted_span(pobj):
        return _spanned(prep, pobj)  # "dropped 12% in two days", "sentenced to 18 months"
    if role == "place" and prep in _AROUND and (pobj.lower_ in OCCASION_NOUNS or pobj.lemma_.lower() in PERIOD_NOUNS):
        return "time"  # "driven over the line near the end", "inside the last 10 minutes": when, not where
    return role


_LASTING = frozenset({"for", "over"})
_SPANNING = frozenset({"in", "within", "to", "after", "before"})
_FIXING = frozenset({"the", "this", "that", "these", "those", "last", "past", "next", "coming", "previous", "first",
                     "final", "same", "following", "whole", "entire", "every", "each", "per"})
_CLOCK = frozenset({"minute", "second"})
_RELATIVE = frozenset({"ago", "later", "earlier", "before", "after", "running", "straight", "on", "since"})


def _spanned(prep: str, pobj: Word) -> str | None:
    """The role of "in"/"within"/"to"/"after"/"before" + a counted span (``timed``)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):
        return "time"  # "after six months of talks", "Within two years of his debut": counted from what it names
    if prep in _ORDER:
        # "equalised after 16 minutes": the match clock; "released after 30 years": after what, the text does not say
        return "time" if pobj.lemma_.lower() in _CLOCK else None
    verb = pobj.head.head
    if prep == "in" and (pobj.head.i < verb.i or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
        return None  # "In four days, Unison will start balloting": four days from now, no date
    if prep == "to" and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "rose to 81 days", "will live to 81 years": a level, an age; not "was sentenced to 18 months"
    return "duration"


def _age(prep: str, pobj: Word) -> bool:
    """Whether "prep pobj" gives an age: "at the age of 79", "at 34" (a bare number a person's
    years could be, not a year or a clock time: "at 1830 GMT")."""
    if pobj.lemma_.lower() == "age":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in pobj.children)
    return prep == "at" and pobj.like_num and pobj.text.isdigit() and int(pobj.text) < 120 and not pobj.children


def bare_span(head: Word) -> str | None:
    """The role of a time with no preposition (an adverb of the verb): how long for a span a
    number counts ("has been closed two weeks"), none for one "a" counts ("want to stay a
    year or more", "downloaded a day") and for an age ("died aged 91"), else when ("Growth
    slowed last month")."""
    if head.i > 0 and head.doc[head.i - 1].lower_ == "aged":
        return None
    end = max(w.i for w in head.subtree) + 1
    if head.dep_ not in ("npadvmod", "tmod", "dobj") or not _counted_span(head) or any(
            c.lower_ in _RELATIVE for c in head.children) or (end < len(head.doc) and head.doc[end].lower_ in _RELATIVE):
        return "time"  # "two years ago", "just 11 days after his wife died": a time counted from another
    return "duration" if any(c.dep_ == "nummod" and c.like_num for c in head.children) else None


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
