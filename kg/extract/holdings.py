"""A counted holding: "X has N Y", what someone has, owns or boasts as a number.

"The company has 5,000 staff in the UK", "Standard Life has an estimated 2.4 million
policyholders", "China now has 100m net users", "which owns 51% of the airline":
news gives its key measured facts this way, and "have" heads no event of its own
(``non_events.tsv``: a state), so the clause rules drop them. A verb of holding
(``_HOLDING``: have, own, boast; hold a share only, "holds a 38% stake") in the active voice whose direct object carries an
amount (``kg.extract.received.noun_amount``: "5,000 staff", "a 20% stake", "20% of
the market"; or a measured noun's "of" amount, ``kg.extract.measuredholdings``: "net
income of $6.2bn") states the event "have" (class other): the subject its agent, the
holder (a relative's antecedent: "Yukos, which has 100,000 staff"), the object its
theme, whose amount is its typed quantity, the verb's time and place phrases too.

Only a fact: a clause read as asserted or reported; "will have 500 staff", "could
have 3,000 members" are no holdings. Nothing else either: not a span of time ("has
two weeks to decide": a time, or any object with an infinitive or a participle after
it), an event noun's count ("has 11 nominations", "had 20 shots": the noun's event,
``kg.extract.received``), a score ("had a 2-0 lead"), a first or second person's
holding ("we have 300 stores"), a subject that is itself an amount, nor words inside
a quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from kg.extract.changes import times_of
from kg.extract.clauses import subject_of
from kg.extract.event_arguments import PLACE_LABELS, argument_kind
from kg.extract.events import event_mention
from kg.extract.measuredholdings import measured_of
from kg.extract.received import noun_amount
from kg.extract.spans import noun_phrase, prep_phrase
from kg.lexicon.events import NOUN_TRIGGERS, Trigger
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Sentence, Word
    from kg.records import EventMention

__all__ = ["with_holdings"]

_HOLDING = frozenset({"have", "own", "boast", "hold"})
# "hold" holds a share only: "holds a 38% stake", "holds 51% of the company"; "held 20
# people" is a detention, "held a 2-0 lead" a score.
_SHARES = frozenset({"stake", "share", "shareholding", "holding", "%", "percent"})
_HAVE = Trigger("other", "agent")
_FACTS = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
# Subjects whose holding is no fact about a named or described holder.
_PERSONS = frozenset({"i", "we", "you", "there", "one"})
# What after the object makes it no plain holding: "has two weeks to decide", "had two goals disallowed".
_OBJECT_CLAUSES = frozenset({"acl", "xcomp", "ccomp"})
_DISTRIBUTIVE = frozenset({"each", "respectively", "apiece"})
_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "season"})


def with_holdings(events: list[EventMention], sent: Sentence, scope: Scope, text: str,
                  quoted: Sequence[tuple[int, int]] = ()) -> list[EventMention]:
    """``events`` of one sentence with the counted holdings no rule read at their verb, in text order."""
    taken = {event.trigger_start for event in events}
    found = []
    for word in sent:
        if word.pos_ != "VERB" or word.lemma_.lower() not in _HOLDING or word.idx in taken:
            continue
        if any(start <= word.idx < end for start, end in quoted):
            continue
        event = holding(word, scope, text)
        if event is not None:
            found.append(event)
    if not found:
        return events
    return sorted([*events, *found], key=lambda event: (event.trigger_start, event.trigger_end))


def holding(verb: Word, scope: Scope, text: str) -> EventMention | None:
    """ "The company has 5,000 staff in the UK" -> have(agent "The company", theme
    "5,000 staff", place "the UK"); ``None`` when the verb holds no counted thing."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "xcomp", "ccomp", "oprd") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _counted(obj) or (verb.lemma_.lower() == "hold" and not _share(obj)):
        return None
    subject: Any = subject_of(cast(Any, verb))[0]
    if subject is None or subject.lower_ in _PERSONS or subject.pos_ == "NUM" or argument_kind(
            subject, [subject]) in ("quantity", "time") or _shared(verb, subject, obj):
        return None
    reading = scope.of_word(verb)
    if reading.factuality not in _FACTS:
        return None
    found: list[tuple[str, list[Word]]] = [("agent", _phrase(subject)),
                                           ("theme", _counted_phrase(obj)), *times_of(verb)]
    placed = (verb,) if _share(obj) else (verb, obj)  # "a 22% stake in Wembley": the firm, no place
    for prep in (c for w in placed for c in w.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "across")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and argument_kind(pobj, [pobj]) == "place":
            found.append(("place", cast("list[Word]", prep_phrase(cast(Any, prep)))))
    source = _phrase(reading.source) if reading.source is not None else None
    return event_mention(verb.text, verb.lemma_.lower(), _HAVE, verb, found, None, reading, source, 0.5, text)


def _shared(verb: Word, subject: Word, obj: Word) -> bool:
    """Whether the holding is shared out or its holder misread: several holders or
    counts ("Munster and Leinster have 12 and 11 players"; a list of things held is
    fine: "has 61 lifts and 50 escalators"), "each", "respectively"
    ("who each have a 2.4% stake"), or a "who" whose antecedent is a place."""
    counts = [c for c in obj.children if c.dep_ == "nummod"]
    if any(c.dep_ == "conj" for w in (subject, *counts) for c in w.children):
        return True
    if any(t.lower_ in _DISTRIBUTIVE for t in (*verb.children, *subject.children, *obj.children)):
        return True
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return pronoun is not None and pronoun.lower_ == "who" and subject.ent_type_ in PLACE_LABELS


def _counted_phrase(obj: Word) -> list[Word]:
    """The object up to a comma after its head: "5/1 odds of winning the best actress
    Oscar, ahead of ..." -> "5/1 odds of winning the best actress Oscar"."""
    tokens = _phrase(obj)
    cut = next((t.i for t in tokens if t.i > obj.i and _breaks(t)), None)
    return [t for t in tokens if cut is None or t.i < cut]


def _breaks(word: Word) -> bool:
    """A comma, a bracket or a dash written apart ends the object; a hyphen inside a
    name does not ("40% of T-Mobile's shares")."""
    if word.lower_ in (",", ";", "("):
        return True
    before = word.doc[word.i - 1]
    return word.lower_ in ("-", "–", "—") and before.idx + len(before.text) < word.idx


def _phrase(word: Word) -> list[Word]:
    """``kg.extract.spans.noun_phrase`` of a kg word."""
    return cast("list[Word]", noun_phrase(cast(Any, word)))


def _restricted(obj: Word) -> bool:
    """Whether a relative clause right after the object narrows what is counted ("had 27
    titles which sold in excess of one million copies each"): the event would keep the
    count and lose the clause."""
    doc = obj.doc
    return any(c.dep_ == "relcl" and doc[min(t.i for t in c.subtree) - 1].lower_ != "," for c in obj.children)


def _counted(obj: Word) -> bool:
    """Whether a holding verb's object is a counted thing: "5,000 staff", "a 20% stake",
    "20% of the market"; not a span of time, an event noun's count, a score, nor an
    object with a clause after it."""
    if argument_kind(obj, [obj]) == "time" or any(c.dep_ in _OBJECT_CLAUSES for c in obj.children) or _restricted(obj):
        return False
    if measured_of(obj):
        return True  # "had net income of $6.2bn" (kg.extract.measuredholdings)
    if obj.lemma_.lower() in NOUN_TRIGGERS:
        return False
    amount = [obj] if argument_kind(obj, [obj]) == "quantity" and obj.lower_ not in ("one",) else noun_amount(obj)
    if not amount or any("-" in t.text and any(ch.isdigit() for ch in t.text) for t in amount):
        return False  # "a 2-0 lead": a score
    if amount != [obj] and not any(c.dep_ == "nummod" for c in obj.children) and not any(
            t.ent_type_ in ("MONEY", "PERCENT") or t.lower_ in ("%", "percent") or _fraction(t) for t in amount):
        return False  # "a 1.3 megapixel camera": a measure of the thing, not how many or how much
    return not any(t.lemma_.lower() in _SPANS for t in amount)  # "a four-year contract"


def _share(obj: Word) -> bool:
    """Whether what "hold" holds is a share: "a 38% stake", "51% of the company", "a third of"."""
    return obj.lemma_.lower() in _SHARES or obj.ent_type_ == "PERCENT" or _fraction(obj)


def _fraction(word: Word) -> bool:
    """ "one-fifth", "a third": a share written as a fraction's word."""
    return word.lower_.rsplit("-", 1)[-1] in ("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths")
