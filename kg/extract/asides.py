"""Prepositional phrases that hang on an event and name no argument of it, for
``event_arguments.prep_role``:

- a discourse adverb of a fixed form (``aside_phrases.txt``): "Companies can, for
  example, persuade officials" (no reason "example"), "had seen the change over time",
  "for the moment is concentrating on video";
- how often and how far: "blocked its application for the 21st time", "rose for the
  11th consecutive month in December", "have fallen heavily for a second day", "its
  biggest shipment to date";
- the window of a superlative or an ordinal: "has seen its biggest slide in a month",
  "raised rates - its first hike in nine years", "the lowest unemployment since the
  seventies": the span the comparison runs over ("since" + anything, or "in", "for",
  "over" + a span of time, ``period_nouns.txt``), not when the event happened. A point
  in time stays the event's: "won the first Rugby World Cup Sevens in 1993";
- a compound preposition (``compound_prepositions.txt``): "slapped a price tag in the
  region of £40m on the head of Adriano", "soared on the back of a weak currency": the
  noun is part of the preposition, no place or topic of the event;
- a source of the claim: "Worse could follow, according to former team member Chris
  Bailey", "Prices will rise, according to analysts": whom the text cites
  (``kg.extract.according`` makes the quote), no recipient of the event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.baselines import baseline
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

ASIDE_PHRASES = read_words("aside_phrases.txt")
COMPOUND_PREPOSITIONS = read_words("compound_prepositions.txt")
PERIOD_NOUNS = read_words("period_nouns.txt")
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)$")
_WINDOW_PREPOSITIONS = frozenset({"in", "for", "over"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_NAMED_PERIODS = frozenset({"quarter"})  # "for the first quarter" names a period of the year, counts nothing


def ordinal(word: Word) -> bool:
    """ "21st", "second", "last": a word that counts occurrences."""
    return word.ent_type_ == "ORDINAL" or bool(_ORDINAL.match(word.lower_))


def no_argument(prep: Word, pobj: Word) -> bool:
    """Whether "prep pobj" is an aside (above), no argument of the event it hangs on."""
    if " ".join([prep.lower_, *(t.lower_ for t in pobj.subtree)]) in ASIDE_PHRASES:
        return True
    if (prep.lower_ == "to" and prep.head.lower_ == "according") or compound_preposition(prep, pobj):
        return True  # the source cited, no recipient; "in the region of £40m"
    if (_counted(pobj) and (pobj.lemma_.lower() == "time" or prep.lower_ == "for")) or (
            prep.lower_ == "to" and pobj.lower_ == "date" and not any(c.i < pobj.i for c in pobj.children)):
        return True
    return comparison_window(prep, pobj) or baseline(prep)  # "rose 15% from a year ago" (kg.extract.baselines)


def compound_preposition(prep: Word, pobj: Word) -> bool:
    """ "in the region of", "on behalf of": ``prep``, the words before ``pobj``, ``pobj`` and
    its "of" (or "to") make one preposition of ``compound_prepositions.txt``."""
    joined = next((c for c in pobj.children if c.dep_ == "prep" and c.i > pobj.i and c.lower_ in ("of", "to")), None)
    before = [c.lower_ for c in pobj.lefts]
    return joined is not None and " ".join([prep.lower_, *before, pobj.lower_, joined.lower_]) in COMPOUND_PREPOSITIONS


def _counted(pobj: Word) -> bool:
    """ "the 21st time", "a second day", "the 11th consecutive month": an occurrence counted
    by an ordinal (with "for": how often it has happened, not when)."""
    lemma = pobj.lemma_.lower()
    return (lemma == "time" or (lemma in PERIOD_NOUNS and lemma not in _NAMED_PERIODS)) and any(
        ordinal(c) and c.lower_ != "last" for c in pobj.children)


def comparison_window(prep: Word, pobj: Word) -> bool:
    """Whether "prep pobj" is the span of a superlative or an ordinal just before it."""
    if prep.lower_ != "since" and not (prep.lower_ in _WINDOW_PREPOSITIONS and _span(pobj)):
        return False
    return any(_ranked(noun) for noun in _nouns_before(prep))


def _span(pobj: Word) -> bool:
    """ "a month", "nine years", "the past 12 months": a span of time, not a point in one
    ("the third quarter", "this year")."""
    return pobj.lemma_.lower() in PERIOD_NOUNS and not any(
        (ordinal(c) and c.lower_ != "last") or c.lower_ in ("this", "that", "next") for c in pobj.children)


def _nouns_before(prep: Word) -> list[Word]:
    """The noun the phrase hangs on, or, where the parser hung it on the verb, the nouns
    of the phrase that ends just before it ("rose to its highest level against the dollar
    [in more than two years]")."""
    if prep.head.pos_ in _NOUNS:
        return [prep.head]
    if prep.i == 0:
        return []
    found, word = [], prep.doc[prep.i - 1]
    while word.i != prep.head.i and max(t.i for t in word.subtree) == prep.i - 1 and word.head.i != word.i:
        if word.pos_ in _NOUNS:
            found.append(word)
        word = word.head
    return found


def _ranked(noun: Word) -> bool:
    """ "its biggest slide", "its first hike", "the most successful year": a noun ranked
    among others of its kind."""
    return any(t.tag_ in ("JJS", "RBS") or (t.dep_ in ("amod", "nummod") and ordinal(t))
               for child in noun.children if child.i < noun.i for t in child.subtree)
