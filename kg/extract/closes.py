"""Market closes: where a price or an index stood at a point of the trading day and
how far it moved, said with a verb of the day and a direction adverb.

"The FTSE 100 closed 16.29 points lower at 4,500", "Shares in Barclays ended 3p
higher at 550p", "The Nikkei closed down 1.2% at 11,500", "the pound was trading
0.3% lower at $1.88": a fall (or a rise) of the subject, its theme (whose shares:
``kg.extract.changes.measured_owner``), the amount beside the adverb its difference
and the "at" amount the value it reached. The verb of the day
(``closing_verbs.txt``) states no event of its own: nothing was closed or ended
(``kg.extract.false_events``).

Only with an amount: "The shop closed down in 2003" (a particle, no amount) and
"the dollar ended higher against the euro" (no figure) make none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.spans import noun_phrase, prep_phrase
from kg.lexicon import CLOSING_VERBS

if TYPE_CHECKING:
    from kg.extract.words import Word

MOVES = {"lower": "fall", "down": "fall", "higher": "rise", "up": "rise"}
"""The direction adverb of a market close and the lemma of the change it states."""


def closing_move(verb: Word) -> Word | None:
    """The direction adverb of a market close that ``verb`` heads ("closed 3p [higher]
    at 550p"), or ``None`` when the verb states no such move."""
    if verb.lemma_.lower() not in CLOSING_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    # "closed up 12p": the parser takes "up" and "down" for the verb's particle too
    adverb = next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in MOVES and c.i > verb.i), None)
    if adverb is None or (_difference(verb, adverb) is None and _level(verb, adverb) is None):
        return None
    return adverb


def closing_change(adverb: Word) -> tuple[str, list[tuple[str, list[Word]]]] | None:
    """The lemma and the arguments (role, words) of the market close whose direction
    adverb is ``adverb``, or ``None`` when it is none.

    "The FTSE 100 closed 16.29 points lower at 4,500" -> ("fall", [theme "The FTSE
    100", difference "16.29 points", new_value "at 4,500"]).
    """
    verb = adverb.head
    if closing_move(verb) is not adverb:
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    found = [("theme", noun_phrase(subject))]
    difference = _difference(verb, adverb)
    if difference is not None:
        found.append(("difference", noun_phrase(difference)))
    level = _level(verb, adverb)
    if level is not None:
        found.append(("new_value", prep_phrase(level)))
    return MOVES[adverb.lower_], found


def _difference(verb: Word, adverb: Word) -> Word | None:
    """The amount the parse hangs on the adverb ("16.29 points lower", "down 1.2%") or,
    right beside it, on the verb ("closed 3p higher", "closed up 12p")."""
    near = [*adverb.children, *(c for c in verb.children if abs(c.i - adverb.i) == 1)]
    return next((c for c in near if c.dep_ in ("npadvmod", "dobj") and argument_kind(c, [c]) == "quantity"), None)


def _level(verb: Word, adverb: Word) -> Word | None:
    """The "at" phrase that gives where the price stood: "at 4,500" (on the verb, or on
    the adverb: "closed down 1.2% at 11,500")."""
    for prep in [*verb.children, *adverb.children]:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            amount = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if amount is not None and argument_kind(amount, [amount]) == "quantity":
                return prep
    return None
