"""Forecasts: a change foretold of a value is a prediction, not anyone's plan.

"will" and "would" make a plan of an act someone decides ("The Bank will raise rates",
"Steve will donate the proceeds"), but of a change that befalls its subject they make a
forecast, possible: "The global economy will slow in 2005", "prices will rise", "the eight
states will see 4.6% growth", "economies will be driven by growth in exports". A change
verb (``event_lemmas.tsv`` class change) with no object and no passive, whose subject is no
one named who could decide it ("Tesco will expand" stays Tesco's plan) and no value someone
sets (``set_values.txt``: "The minimum wage will rise in October" is a decision); or a change
noun of a drift nobody makes (``drift_nouns.txt``: growth, a rise; not "a cut").

A verb of worth under "would" works out what a figure comes to, a case, not a plan
(``measure_verbs.txt``): "Reports have put the offer at 300p per share, which would value
Manchester United at about £800m", "the same image would cost £2.50": possible; "The service
will cost an extra £4 a month" (a price set) stays planned.

"set to" and "poised to" foretell such a change the same way, the subject being the one of "is
set" (``_ON_COURSE``): "Economic growth is set to halve in Singapore this year", "operating profits
are set to fall", "Sales of hybrid cars are set to double in 2005": possible; "Council tax is set
to rise by 4%" (a value someone sets) and "Tesco is set to expand" stay planned.

"almost" or "nearly" on a change by a multiple tells how near the figure came, not that the
change failed (``multiple_verbs.txt``): "planned spending would almost double to $3bn" is no
negation (``approximate``); "LG Card almost collapsed in 2003" stays negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import MODALS
from kg.extract.particles import verb_trigger
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

DRIFT_NOUNS = read_words("drift_nouns.txt")
SET_VALUES = read_words("set_values.txt")
MEASURE_VERBS = read_words("measure_verbs.txt")
MULTIPLE_VERBS = read_words("multiple_verbs.txt")
_APPROXIMATORS = frozenset({"almost", "nearly"})  # the degree adverbs factuality_cues.tsv reads as negations
_DECIDERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PEOPLE = frozenset({"i", "we", "you", "he", "she", "they"})
_OBJECTS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "csubjpass"})
_ON_COURSE = frozenset({"set", "poise"})  # the cues of "is set to", "is poised to": a course, planned unless a drift


def befalls_subject(verb: Word) -> bool:
    """Whether ``verb`` is a change that happens to its subject, which nobody named decides:
    "The global economy will slow", not "Tesco will expand" or "will cut prices"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    trigger = verb_trigger(verb)
    if trigger is None or trigger.event_class != "change" or any(c.dep_ in _OBJECTS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _course_subject(verb)
    return subject is not None and subject.ent_type_ not in _DECIDERS and subject.lower_ not in _PEOPLE and (
        subject.lower_ not in SET_VALUES)  # "The minimum wage will rise in October": a decision


def _course_subject(verb: Word) -> Word | None:
    """The subject of the "is set" or "is poised" whose infinitive ``verb`` is ("growth is set to halve")."""
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _ON_COURSE:
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def drifts(noun: Word) -> bool:
    """Whether ``noun`` is a change nobody makes: "growth", "a rise" (not "a cut")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in DRIFT_NOUNS


def foretold(factuality: Factuality, cue: str | None, event: Word) -> bool:
    """Whether a planning modal's (or "set to"'s) reading of ``event`` (a verb or an event noun) is a forecast."""
    if factuality is Factuality.PLANNED and cue in _ON_COURSE:
        return befalls_subject(event)  # "Economic growth is set to halve"
    return factuality is Factuality.PLANNED and cue in MODALS and (befalls_subject(event) or drifts(event) or (
        cue in ("would", "'d") and event.pos_ == "VERB" and event.lemma_.lower() in MEASURE_VERBS))  # "would value X at"


def approximate(adverb: Word) -> bool:
    """Whether ``adverb`` ("almost", "nearly") tells how near a change by a multiple came, not
    that it failed: "would almost double to $3bn"; not "almost collapsed"."""
    return adverb.lower_ in _APPROXIMATORS and adverb.head.pos_ == "VERB" and adverb.head.lemma_.lower() in MULTIPLE_VERBS
