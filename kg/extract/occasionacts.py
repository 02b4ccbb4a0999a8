"""What is done at an occasion to come is to come too: a bare participle on the occasion's noun.

"A special Poll Winners concert, hosted by Eliza Carthy and Benjamin Zephaniah, will take place at
The Sage on 5 March", "The Oscars ceremony, hosted by Chris Rock, takes place on 27 February": the
hosting is part of the occasion, as planned as its clause (``will``, a day to come), not a fact told
aside as "Firefox, released on 9 November, might cause" is (``kg.extract.modalscope``). Only a past
participle with no auxiliary or subject of its own, on an occasion's noun (``held_occasions.txt``,
or a name NER reads as an event) that is the subject of the clause; only a plan passes ("The show,
hosted by X, could be cancelled": the hosting is no more possible than before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import HELD_OCCASIONS

if TYPE_CHECKING:
    from kg.extract.words import Word

_OWN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})


def occasion_clause(verb: Word) -> Word | None:
    """The verb whose subject is the occasion the bare participle ``verb`` describes ("takes" of "The
    ceremony, hosted by Chris Rock, takes place"), else ``None``."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in _OWN for c in verb.children):
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") or not is_occasion(noun):
        return None
    return noun.head


def is_occasion(noun: Word) -> bool:
    """An occasion's noun heads the phrase or stands before its head ("the Meltdown festival",
    "the Poll Winners Concert"), or NER reads the name as an event."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return noun.ent_type_ == "EVENT" or any(w.lower_ in HELD_OCCASIONS or w.lemma_.lower() in HELD_OCCASIONS
                                             for w in words)
