"""A change of state: "The Japanese economy has officially gone back into recession".

A verb of motion or change (``entered_states.tsv``: go, fall, slip, plunge, move, ...)
with "into" and a state of a business or an economy (recession, administration, the red,
profit, crisis, ...) names a change, not a movement: the event is of class change, its
subject the theme and the state its destination ("into" in ``event_roles.tsv``). The
"into" may hang on the verb's "back" ("moved back into profit").

Nothing else changes: "US troops went into Fallujah" and "moved into the US market" keep
their reading (a place, a market: no state), as does a state with a name in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lost import value_loss
from kg.extract.spans import word_phrase
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

_ROWS = [row.fields for row in read_table("entered_states.tsv")]
_VERBS = frozenset(word for word, kind, _ in _ROWS if kind == "verb")
_STATES = frozenset(word for word, kind, _ in _ROWS if kind == "state")
_CHANGE = Trigger("change", "theme")


def state_change(verb: Word, base: str) -> Trigger | None:
    """The change trigger of a verb (lemma ``base``) that enters a state, or of one that
    lost a share of its value (``kg.extract.lost``), or ``None``."""
    if base in _VERBS and state_entered(verb) is not None:
        return _CHANGE
    return value_loss(verb)


def backed_state(verb: Word) -> list[tuple[str, list[Word]]]:
    """The state a verb entered as its destination where the parser hung the "into" on
    the verb's "back" ("moved back into profit"; on the verb, ``event_roles.tsv`` reads it)."""
    noun = state_entered(verb)
    if noun is None or noun.head.head is verb:
        return []
    return [("destination", word_phrase(noun))]  # a Word answers as its Token


_COUNTS = frozenset({"ORDINAL", "CARDINAL", "DATE", "TIME", "PERCENT", "QUANTITY"})


def state_entered(verb: Word) -> Word | None:
    """The "into" phrase's noun of the state a verb enters, on the verb or on its "back"
    ("moved back into profit"), or ``None``."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back")]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "into"):
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        # A name inside the phrase is a place or a body ("into the US market"); a count or a
        # date is not ("into recession for the fourth time in a decade").
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _STATES and not any(
                t.ent_type_ and t.ent_type_ not in _COUNTS for t in noun.subtree):
            return noun
    return None
