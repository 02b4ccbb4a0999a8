"""Which noun a relative clause the parser hung on a place tells of: the noun the place's
preposition hangs on, when the place cannot be meant.

The parser hangs a relative clause on the nearest noun, and after "a noun in a place" that
is the place. "who" is never a place: in "a gospel-style quartet from Ohio, who performed"
the quartet performed. Nor is a "which" that acts, when the place is a town, a region or a
building, no country: in "attended CES in Las Vegas, which officially ran from 6 to 9
January" the show ran (no run(agent=Las Vegas)), in "will play at the Volvo Women's Open in
Pattaya, which starts on 31 January" the tournament starts, in "a new 60,000-seat stadium in
Stanley Park, which is due to open in 2007" the stadium opens, and in "the knee injury
sustained at Twickenham, which is likely to sideline him" (a participle between) the injury
will. A country acts in its own
right ("troops in Iraq, which holds elections"), and a copula says what the place is ("a
nuclear plant in Iran, which has been a source of tension"), so both stay on the place; a
place after a verb's preposition ("held at the Kodak Theatre, which opened in 2002") is the
one meant too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COUNTRIES

if TYPE_CHECKING:
    from kg.extract.words import Word

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def placed_antecedent(verb: Word, noun: Word) -> Word | None:
    """The noun the relative clause of ``verb`` tells of, when the parser hung it on
    ``noun``, a place that a preposition of that noun takes; ``None`` when the place
    itself may be meant (see the module's docstring)."""
    if not (noun.ent_type_ in _PLACE_LABELS and noun.dep_ == "pobj" and noun.head.lower_ in ("from", "in", "at", "near")):
        return None
    placed = noun.head.head
    if placed.tag_ == "VBN" and placed.dep_ == "acl" and placed.head.pos_ == "NOUN":
        placed = placed.head  # "the knee injury sustained at Twickenham, which": the injury
    if placed.pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = next((c for c in verb.children if c.lower_ in ("who", "which") and c.dep_ in _SUBJECT_DEPS), None)
    if pronoun is None:
        return None
    if pronoun.lower_ == "who":
        return placed  # "a quartet from Ohio, who performed"; a person NER misread after "for" stays
    if pronoun.lower_ == "which" and noun.head.lower_ != "from" and not _says_what(verb) and not _country(noun):
        return placed
    return None


def _says_what(verb: Word) -> bool:
    """Whether ``verb`` is a copula that says what or how its subject is ("which has been a
    source of tension", "which is popular with tourists"), not one that raises a verb of its
    own ("which is due to open in 2007", "which is likely to sideline him")."""
    if verb.lemma_ != "be":
        return False
    raised = [c for c in verb.children if c.dep_ == "xcomp"] + [
        g for c in verb.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    return not any(word.pos_ in ("VERB", "AUX") for word in raised)


def _country(noun: Word) -> bool:
    """Whether the place ``noun`` heads is a country: its name's words, up to ``noun``."""
    words = [noun]
    while words[0].ent_iob_ == "I" and words[0].i > 0:
        words.insert(0, noun.doc[words[0].i - 1])
    return fold(" ".join(word.text for word in words)) in COUNTRIES
