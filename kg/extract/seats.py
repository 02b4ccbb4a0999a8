"""A seat of power that speaks is the body that sits there (metonymy).

News lets a building or a street speak for the office it houses: "Downing
Street said", "Buckingham Palace denied the report", "described as idle
speculation by Downing Street". A name that its head word makes a place or a
facility ("... Street", "... Palace", ``name_heads.tsv``) and that is the
speaker of a speech verb (``speech_cues.tsv``) or of a verb of belief is an
organisation there; the same name as a place ("a house in Downing Street")
keeps its head word's type.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import SPEECH_CUES
from kg.types import EntityType

_SEATS = frozenset({EntityType.PLACE, EntityType.FACILITY})
# Verbs of belief a government office is said to hold: "Downing Street believes ...".
_BELIEF = frozenset({"believe", "think", "feel", "fear", "hope", "want", "describe"})


def seat_type(words: Words, start: int, end: int, cued: EntityType | None) -> EntityType | None:
    """``cued`` (the type a head word or cue noun gives words ``start:end``), but an
    organisation when the name is a place or a facility that speaks or believes.

    Rule ``seat speaks``: "Downing Street said ..." (subject), "... by Downing
    Street" (the agent of a passive speech verb: "described as speculation by
    Downing Street").
    """
    if cued not in _SEATS:
        return cued
    root = words.root(start, end)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head  # "described ... by Downing Street"
    elif root.dep_ == "pobj" and verb.lower_ == "by" and (passive := _passive_over_as(verb)) is not None:
        verb = passive  # 'described as "idle speculation" by Downing Street': "by" hung on the noun
    elif root.dep_ != "nsubj":
        return cued
    lemma = verb.lemma_.lower()
    return EntityType.ORGANIZATION if verb.pos_ == "VERB" and (lemma in SPEECH_CUES or lemma in _BELIEF) else cued


def _passive_over_as(by: Word) -> Word | None:
    """The passive verb whose agent a "by" is when the parse hung it on the noun
    after "as": 'have been described as "idle speculation" by Downing Street'."""
    noun = by.head
    marker = noun.head
    verb = marker.head
    if noun.dep_ != "pobj" or marker.lower_ != "as" or verb.tag_ != "VBN":
        return None
    return verb if any(child.dep_ == "auxpass" for child in verb.children) else None
