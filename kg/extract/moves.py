"""A value moved by an amount said with "up" or "down" after its noun, with no verb of
change: "The decision sent [Reynolds shares] up [4.5%]", "Figures for November showed
[exports] down [2.3%] to [$95.6bn]", "a switch to new models hit Mercedes-Benz, with
[sales] down [3.1%] at [1.06 million]", "taking [the annual total] up [35.4%] to
[$593.4bn]".

The noun is the theme of a rise ("up") or a fall ("down"), the amount right after the
adverb its difference, a "to" or "at" amount the value reached and a "from" amount the
one it left (``kg.extract.changes.figure_change`` makes the event at the adverb, as
sure as the clause around it, reported where a verb of saying or finding gives it:
``figure_reading``). The noun is the one the adverb hangs on ("with sales
down 3.1%"), or the object of the verb it hangs on, before it with no common noun
between ("showed exports down 2.3%"; not "felt little cheer with December sales down
0.7%", where the parse hangs the adverb on the verb).

Nothing without an amount after the adverb ("sent prices up", "brought the house
down"), nor a score ("with the visitors 2-0 up"); a copula's subject is
``kg.extract.changes.copula_move``'s ("Net profit was up 6%": a measured noun only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.factuality import SPEECH, Reading, Scope
from kg.extract.quantities import read_quantity
from kg.extract.spans import noun_phrase, prep_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

_VALUE_PREPOSITIONS = {"to": "new_value", "at": "new_value", "from": "old_value"}


def object_move(adverb: Word) -> list[tuple[str, list[Word]]]:
    """The arguments (role, words) of the move "up/down AMOUNT" states of the noun
    before it, or nothing when it states none."""
    if adverb.dep_ not in ("advmod", "prt", "prep", "pcomp") or adverb.lower_ not in ("up", "down"):
        return []  # the parser's names for the same "up": an adverb, a particle, a preposition
    head = adverb.head
    value: Word | None = head
    if adverb.dep_ == "pcomp":  # "with [sales] down 3.1%": a clause of "with"
        value = next((c for c in adverb.children if c.dep_ == "nsubj"), None)
    elif head.pos_ in ("VERB", "AUX") and head.lemma_.lower() != "be":
        value = next((c for c in head.children if c.dep_ == "dobj" and c.i < adverb.i), None)
    if value is None or value.pos_ not in ("NOUN", "PROPN") or value.i > adverb.i or _amount(value):
        return []  # "Total sales were 30.1bn rupees, up 27%": the rupees are the sales' figure
    if any(t.pos_ == "NOUN" for t in value.doc[value.i + 1 : adverb.i]):
        return []  # "felt little cheer with December sales down 0.7%": the sales are down, not the cheer
    # the amount on the adverb, or right after a particle on the verb ("sent shares up 8.5p")
    near = [*adverb.children, *(c for c in head.children if adverb.dep_ == "prt" and c.i == adverb.i + 1)]
    difference = next((c for c in near if c.dep_ in ("npadvmod", "dobj") and c.i > adverb.i and _amount(c)), None)
    if difference is None:
        return []
    found = [("theme", [t for t in noun_phrase(value) if t.i < adverb.i]),
             ("difference", [t for t in noun_phrase(difference) if t.dep_ != "prep" and t.i <= difference.i])]
    for prep in (c for holder in (adverb, difference) for c in holder.children if c.dep_ == "prep"):
        amount = next((g for g in prep.children if g.dep_ == "pobj"), None)
        role = _VALUE_PREPOSITIONS.get(prep.lower_)
        if role is not None and amount is not None and _amount(amount) and all(r != role for r, _ in found):
            found.append((role, prep_phrase(prep)))
    return found


def figure_reading(adverb: Word, scope: Scope) -> Reading:
    """How sure a figure's change is: as sure as the clause its adverb hangs on; what a
    verb of saying or finding gives as its object's move is reported by its subject
    ("Figures from the Commerce Department showed exports down 2.3%")."""
    verb = adverb.head
    reading = scope.of_word(verb)
    said = SPEECH.get(verb.lemma_.lower())
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if said is None or subject is None or verb.pos_ != "VERB" or not object_move(adverb):
        return reading
    return reading.stronger(Reading(said, verb.lemma_.lower(), subject))


def _amount(word: Word) -> bool:
    """An amount that is no score: "4.5%", "8.5p", "$593.4bn" (not "2-0")."""
    if not (word.like_num or argument_kind(word, [word]) == "quantity"):
        return False
    quantity = read_quantity(" ".join(t.text for t in noun_phrase(word) if t.i <= word.i))
    return quantity is None or quantity.unit != "score"
