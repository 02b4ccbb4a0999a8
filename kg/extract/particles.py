"""Particles a parse hangs on the wrong verb.

spaCy sometimes gives a verb a particle that belongs to a later phrase: "presided
over a net fall in jobs up to the election" (no "preside up"), "suffered a broken
foot in the build up to the World Cup" (no "suffer up"). A trigger takes only the
particles that stand before the verb's prepositional phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import VERB_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.words import Word
    from kg.lexicon.events import Trigger


def phrasal_lemma(verb: Word) -> str:
    """The verb's lemma with its particle, if any: "step down", "take over"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def verb_trigger(verb: Word) -> Trigger | None:
    """What the lemma table says of the verb, with its particle ("pick up") or else alone."""
    return VERB_TRIGGERS.get(phrasal_lemma(verb)) or VERB_TRIGGERS.get(verb.lemma_.lower())


def stray_particle(verb: Word, particle: Word) -> bool:
    """Whether a particle the parser gave the verb stands after one of the verb's
    prepositional phrases, so it belongs to something else: "presided over a net
    fall in jobs up to the election" is no "preside up"; "pulled its troops out" is
    a particle."""
    return any(c.dep_ == "prep" and verb.i < c.i < particle.i for c in verb.children)
