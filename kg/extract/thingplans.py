"""A thing that "is to" undergo a change plans it: "The plant is to close next year".

"be to" with an infinitive is a plan when its subject is one who acts (``kg.extract.frames.arranged``:
a party, a place, people) or when what is to be done is done to the subject ("The match is yet to
be played"). A thing is the subject of an intransitive verb of change too, whose subject undergoes
the event (``event_lemmas.tsv`` subject "theme": close, open, rise, end, expand ...), and then "be to"
tells what is to happen to it: "The plant is to close next year", "Prices are to rise by 5%", "The
film is to open in the UK on 19 May": close, rise, open, planned. Before, no event was read. Not a
noun that names what is to be done, whose infinitive says what it is ("The idea is to expand", "The
aim is to grow": ``purpose_nouns.txt``, the intent nouns of ``factuality_cues.tsv``, ``content_nouns.txt``),
nor an infinitive with an object of its own ("The aim is to cut costs": what the aim is), nor a pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import CONTENT_NOUNS
from kg.lexicon.events import FACTUALITY_CUES, VERB_TRIGGERS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["undergone_plan"]

PURPOSE_NOUNS = read_words("purpose_nouns.txt")
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})


def undergone_plan(subject: Word, verb: Word) -> bool:
    """Whether ``verb``, the infinitive of "be to", is a change its thing ``subject`` is to undergo."""
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    trigger = VERB_TRIGGERS.get(verb.lemma_.lower())
    if trigger is None or trigger.subject != "theme" or any(c.dep_ in _OBJECTS for c in verb.children):
        return False
    words = {subject.lemma_.lower(), subject.lower_}
    return not (words & PURPOSE_NOUNS or words & CONTENT_NOUNS or words & FACTUALITY_CUES["noun"].keys())
