"""The particles of a verb, where the parse gives them under another name or hangs
them on the wrong verb.

- A particle the parser gives as a preposition with no object: "pulled out of Iraq",
  "moved away from".
- A particle the parser gives as an adverb right after the verb: "the car giant is
  calling back 17,815 Buick Rainiers" (a recall, not a call), "who stepped down from
  his Treasury post", "clawed back £265m", "was sent back to Norway".
- Not a particle that belongs to a later phrase: "presided over a net fall in jobs up
  to the election" (no "preside up"), "suffered a broken foot in the build up to the
  World Cup" (no "suffer up"), "is inspired by skipper Gareth Thomas, now out with a
  broken thumb" (no "inspire out"), "tax increases on the well off" (no "see off"): a trigger takes only the particles that stand before
  the verb's prepositional phrases and its "by" agent; nor an amount's "up" ("earned up
  to £85,000").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from kg.extract.event_arguments import QUANTITY_LABELS
from kg.extract.upto import amount_up
from kg.lexicon.events import VERB_TRIGGERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word
    from kg.lexicon.events import Trigger


# Prepositions that act as a verb's particle when a phrase follows: "pull out of", "move away from".
PARTICLE_PREPS = frozenset({"out", "away", "off", "back", "up", "down"})
# Adverbs that are a verb's particle right after it: "calling back", "stepped down" ("up" is
# left out: "charge up to £1" is an amount).
_ADVERB_PARTICLES = frozenset({"back", "down", "away", "off", "out"})
# Adverbs of "the well off", "the better off", "the worse off": people, whose "off" is no particle.
_OFF_ADVERBS = frozenset({"well", "better", "worse", "badly", "best", "worst"})


def verb_particles(verb: Word, *, adverbs: bool) -> list[Word]:
    """The verb's particles (see the module's list), with the adverbs that stand right after
    it when ``adverbs`` (a light verb or a verb of place takes its adverb as a complement)."""
    return [c for c in verb.children if (c.dep_ == "prt" or (
        c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS and not any(g.dep_ == "pobj" for g in c.children)) or (
        adverbs and c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES and c.i == verb.i + 1))
        and c.ent_type_ not in QUANTITY_LABELS and not stray_particle(verb, c)]


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
    a particle. A preposition deeper down counts too when the particle ends its phrase: "to see
    tax increases on the well off" is no "see off" ("the well off" are people)."""
    if any(c.dep_ in ("prep", "agent") and verb.i < c.i < particle.i for c in verb.children) or amount_up(cast("Token", particle)) is not None:
        return True  # "offering speeds of up to 8Mbps": an amount's "up" (kg.extract.upto)
    before = particle.doc[particle.i - 1] if particle.i > verb.i + 1 else None
    return before is not None and before.dep_ == "pobj" and verb.i < before.head.i and before.lower_ in _OFF_ADVERBS
