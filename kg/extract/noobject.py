"""An event whose object is "no X" did not happen.

"She had received no warning", "police found no evidence of foul play", "the firm has
had no contact with the buyer": no warning was received, no evidence found. A verb event
told as asserted, reported or planned whose direct object is denied, by the determiner "no" or
"neither" ("scored no goals", "won neither match"), by a denying pronoun ("found
nothing", "received none of the money"; not "none other than", "nothing but") or by an
opening "not a"/"not one"/"not a single"/"not any" ("conceded not a single goal"), is
negated, its cue "no" (its source kept; a plan of nothing, "pledged to seek no royalties",
is negated as "pledged not to seek" is, and so is an ability, "they could find no record",
as "could not find" is), as a light verb's "made no offer" already is
(``kg.extract.nounreadings.noun_reading``) and a denying subject is ("No company has bought
it", ``kg.extract.frames.denying_subject``).

Not a negation of the event: "no" outside the object, "no longer", "no more than 10 jobs"
(the "no" rules "more", not the object), "delivered not one but two reports" (emphasis,
``kg.extract.emphatic``), "in no time", "won with no fuss" (the object of
a preposition, a manner); and an event otherwise possible, questioned or denied keeps its
reading ("if police find no evidence" stays a case).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.emphatic import emphatic
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED, Factuality.PLANNED})  # a negation beats a plan
_ABLE = frozenset({"can", "could"})  # "could find no record": as "could not find", not a chance of finding
_DETERMINERS = frozenset({"no", "neither"})
_PRONOUNS = frozenset({"nothing", "none", "nobody", "noone"})
_EXCEPTING = frozenset({"other", "but", "short", "less", "more", "else"})  # "none other than", "nothing but"
_AFTER_NOT = frozenset({"a", "one", "single", "any", "even"})


def unobjected(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """``events`` with those whose object is "no X" negated (see the module)."""
    at = words.by_offset()
    found = []
    for event in events:
        trigger = at.get(event.trigger_start)
        told = event.factuality in _TOLD or (event.factuality is Factuality.POSSIBLE and event.cue in _ABLE)
        if told and trigger is not None and trigger.pos_ in ("VERB", "AUX") and (
                cue := _denied_object(trigger)) is not None:
            event = replace(event, factuality=Factuality.NEGATED, cue=cue)
        found.append(event)
    return found


def _denied_object(verb: Word) -> str | None:
    """The word that denies ``verb``'s direct object ("no", "nothing", "not a"), or ``None``."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if any(d.dep_ == "det" and d.lower_ in _DETERMINERS for d in obj.children):
            return "no"
        following = verb.doc[obj.i + 1].lower_ if obj.i + 1 < len(verb.doc) else ""
        if obj.lower_ in _PRONOUNS and following not in _EXCEPTING:
            return obj.lower_
        first = list(obj.subtree)[:2]
        if len(first) == 2 and first[0].lower_ == "not" and first[1].lower_ in _AFTER_NOT and not emphatic(first[0]):
            return f"not {first[1].lower_}"
    return None
