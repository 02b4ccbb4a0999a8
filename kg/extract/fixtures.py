"""A fixture named with its day is on the calendar, whatever the clause around it doubts.

"Leicester hopes to use Sunday's return Heineken Cup clash with Wasps as a springboard",
"Robben could miss the match against Barcelona on 23 February": the hope and the missing are
possible; the clash and the match are scheduled (planned), not possible. A fixture noun
(``match_idioms.tsv``, nouns of kind ``fixture``) with a day to come of its own, a possessive
("Sunday's clash") or an "on" date in its phrase ("the match against Barcelona on 23
February"), takes planned where its clause would make it possible; who reports it is kept.
A fixture the clause only makes possible keeps that reading when no day names it: "could set
up a clash with Agassi" (if he wins); so does a day gone ("last Sunday's clash").

A fixture a verb of ``fixture_makers.txt`` takes as its object is to come, however sure the clause is
that it was set up: "beat Moya to set up a clash with Federer", "won 5-7 6-0 6-2 to earn a second round
meeting with Myskina" (the clash and the meeting planned; the setting up and the earning done).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import Reading
from kg.extract.frames import ahead
from kg.extract.matchwords import is_kind
from kg.extract.particles import phrasal_lemma
from kg.lexicon import MONTHS
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_GONE = frozenset({"last", "ago", "yesterday", "earlier", "previous"})
FIXTURE_MAKERS = read_words("fixture_makers.txt")


def scheduled_fixture(noun: Word, reading: Reading) -> Reading:
    """``reading`` of an event noun, planned instead of possible for a fixture with its day ("Sunday's clash")."""
    if not is_kind(noun, "fixture"):
        return reading
    if reading.factuality in (Factuality.ASSERTED, Factuality.REPORTED) and (maker := _maker(noun)) is not None:
        return Reading(Factuality.PLANNED, maker, reading.source)  # "to set up a clash with Federer"
    if reading.factuality is not Factuality.POSSIBLE:
        return reading
    day = _day(noun)
    return Reading(Factuality.PLANNED, day.lower_, reading.source) if day is not None else reading


def _maker(noun: Word) -> str | None:
    """The verb of ``fixture_makers.txt`` whose object ``noun`` is ("set up" of "set up a clash"), else ``None``."""
    lemma = phrasal_lemma(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    return lemma if lemma in FIXTURE_MAKERS else None


def _day(noun: Word) -> Word | None:
    """The day to come that names ``noun``: "Sunday's", "on 23 February" (on the noun, a noun before it or
    the noun its preposition takes: "the match against Barcelona on 23 February")."""
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"] + [
        c for c in noun.children if c.dep_ == "compound"]  # "Sunday's return Heineken Cup clash": the parse's "Cup's"
    for word in (c for head in heads for c in head.children):
        if word.dep_ == "poss" and ahead(word):
            return word
        if word.dep_ == "prep" and word.lower_ == "on" and (dated := _dated(word)) is not None:
            return dated
    return None


def _dated(prep: Word) -> Word | None:
    """The day or month word of an "on" date to come: "on Sunday", "on 23 February"; not "on 23 February last year"."""
    words = [t for t in prep.subtree if t.i > prep.i and t.ent_type_ == "DATE"]
    if not words or any(t.lower_ in _GONE for t in words) or any(t.tag_ == "CD" and len(t.text) == 4 for t in words):
        return None
    return next((t for t in words if t.lower_ in MONTHS), None) or (words[0] if ahead(prep) else None)
