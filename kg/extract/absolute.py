"""An absolute "with" clause says no more than the clause it hangs on.

"Analysts are anticipating a rise in house prices, with the market picking up", "It
expects a series of interest rate cuts, with the cost of borrowing falling to 3.5%": the
pick-up and the fall are part of what is expected, not facts. An absolute clause ("with"
+ a subject + an -ing verb, or a past participle and the "to" infinitive it takes: "would be
ploughed back into services, with the rest used to cut borrowing") whose governing verb expects, fears or plans its object (the
``object`` cues of ``factuality_cues.tsv``), or whose governing verb's own event is
possible or planned ("Prices will rise, with demand growing"), takes that reading; told
as asserted or reported it is made possible or planned (its source kept). A perfect
("with the firm having cut costs") is a past and left alone, as is any absolute clause
beside a plain fact ("rose 3%, with investors optimistic").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_OBJECTS = FACTUALITY_CUES["object"]
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_OPEN = frozenset({Factuality.POSSIBLE, Factuality.PLANNED})


def absolutes(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with those of an absolute clause under an expectation read as it is (see the module)."""
    events = list(events)
    at = words.by_offset()
    by_trigger = {event.trigger_start: event for event in events}
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        governor = _governor(trigger) if event.factuality in _TOLD and trigger is not None else None
        if governor is not None:
            value = _OBJECTS.get(governor.lemma_.lower())
            if value in _OPEN:
                event = replace(event, factuality=value, cue=governor.lemma_.lower())
            elif (outer := by_trigger.get(governor.idx)) is not None and outer.factuality in _OPEN:
                event = replace(event, factuality=outer.factuality, cue=outer.cue)
        found.append(event)
    return found


def _governor(verb: Word) -> Word | None:
    """The verb an absolute "with" clause headed by ``verb`` hangs on (directly, or through
    the verb's object: "expects a series of cuts, with ..."); ``None`` for any other verb."""
    # a past participle only with its infinitive: not "will merge with a firm based in Paris"
    participle = _participle(verb)
    verb = participle or verb
    if (participle is None and verb.tag_ != "VBG") or any(c.dep_ == "aux" for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in verb.children):
        prep = verb.head  # "with the market picking up"
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        prep = verb.head.head  # "with [the market] picking up" read as a noun and its participle
    else:
        return None
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    governor = prep.head
    if governor.pos_ in ("NOUN", "PROPN") and governor.dep_ == "dobj":
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX") else None


def _participle(verb: Word) -> Word | None:
    """The past participle a "to" infinitive (or its conjunct) continues, for an absolute
    clause of a past participle: "with the rest used to cut borrowing and reduce taxes" (the
    cutting and the reducing are as sure as the use); else ``None``."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB":
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head
    return None
