"""How likely an event noun is, when its own clause says so: "A cut in the basic rate
seems unlikely", "A rise in interest rates is likely next month".

An event noun that is the subject of a copula ("be", "seem", "look", "appear",
"remain") whose complement is an adjective of likelihood (``factuality_cues.tsv``,
kind ``adjective``: "likely" possible, a guess; "unlikely" negated, the guess that it
will not happen) is as sure as that adjective says; the clause itself asserts only the guess. Without this the noun took
the plain clause's reading, and "a cut ... seems unlikely" was a cut asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import ADJECTIVES, Reading
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

COPULAS = frozenset({"be", "seem", "look", "appear", "remain"})
UNDONE = FACTUALITY_CUES["undone"]


def predicated(noun: Word) -> Reading | None:
    """The reading an adjective of likelihood predicated of ``noun`` gives, or ``None``."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in COPULAS:
        return None
    for child in verb.children:
        # Not "due to a decline" (a cause), nor an adjective with its own clause ("likely to").
        if child.dep_ in ("acomp", "oprd") and not any(
                c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in child.children):
            value = ADJECTIVES.get(child.lower_)
            if value is not None and value is not Factuality.ASSERTED:
                return Reading(value, child.lower_)
    return None


def undone(noun: Word) -> Reading | None:
    """What a verb of calling off or putting off makes of the event noun it takes ("a debate
    between Mr Blair and John Major was cancelled": negated; "postponed the meeting": planned),
    or ``None``; a particle verb by its particle ("called off the match")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    key = verb.lemma_.lower() if particle is None else f"{verb.lemma_.lower()} {particle}"
    value = UNDONE.get(key)
    return Reading(value, key) if value is not None else None
