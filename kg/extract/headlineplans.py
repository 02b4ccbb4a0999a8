"""A headline's "to" infinitive is its plan: "BA to suspend two Saudi services".

Headlines drop the auxiliary: "BA to suspend two Saudi services" is "BA is to suspend ...",
"Glazer to buy Manchester United" is "Glazer is to buy ...", "Original Exorcist to be
screened" is "... is to be screened". An infinitive with "to" in a headline that has no
finite verb or modal of its own tells what is to come, planned, whatever the parser made of
it (the root of the headline, or a clause of the name before it: "Glazer to buy"). Left
alone: a headline with a verb that carries the tense ("Sales fail to boost High Street",
"Blue beat U2 to top France honour", "Labour seeks to quell feud talk"), read as any sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.records import EventMention
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word, Words

__all__ = ["headline_plans"]

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED, Factuality.PLANNED})  # a purpose "to" too: "be to"
_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def headline_plans(events: Iterable[EventMention], words: Words) -> list[EventMention]:
    """The headline's ``events``, an infinitive with "to" read as planned when the headline has
    no finite verb (see the module)."""
    at = words.by_offset()
    out = []
    for event in events:
        trigger = at.get(event.trigger_start)
        if trigger is not None and event.factuality in _TOLD and _bare_future(trigger):
            event = replace(event, factuality=Factuality.PLANNED, cue="be to", source=None)  # the dropped "is to"
        out.append(event)
    return out


def _bare_future(verb: Word) -> bool:
    """Whether ``verb`` is a "to" infinitive heading a sentence with no finite verb: the root,
    or a clause of the root noun ("Glazer to buy Manchester United")."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)  # "to be screened"
    if (verb.tag_ != "VB" and not passive) or not has_to(verb):
        return False
    if verb.dep_ != "ROOT" and not (verb.dep_ in _CLAUSES and verb.head.dep_ == "ROOT"):
        return False
    return not any(word.tag_ in _FINITE for word in verb.sent)
