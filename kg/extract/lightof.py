"""What a light verb's noun is of: the theme of the verb phrase it makes.

"Rebels have taken control of the town", "Steve McClaren took charge of Middlesbrough in
2001": ``event_lemmas.tsv`` lists "take control" and "take charge" as events of their own,
the noun incorporated into the trigger (``kg.extract.event_arguments.incorporated_noun``),
so no rule reads the phrase that hangs on the noun, though it says what was taken control
or charge of. The "of" phrase of such a noun is the event's theme (only the noun's own: one
the parse hangs on the verb is often a purpose's, "played his best tennis to reel off seven
games and take control of the match", read planned though it happened). Not a noun that is an
event of its own (``NOUN_TRIGGERS``: "launched an investigation of X" reads the
investigation with its own arguments), and not an "of" phrase of time or amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.spans import word_phrase
from kg.lexicon.events import NOUN_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["light_of_theme"]

_KINDS = frozenset({"time", "quantity"})


def light_of_theme(noun: Word | None) -> list[tuple[str, list[Word]]]:
    """The theme a light verb's incorporated ``noun`` names with its "of" phrase
    ("took control of the town": the town), or nothing."""
    if noun is None or noun.lemma_.lower() in NOUN_TRIGGERS or noun.lower_ in NOUN_TRIGGERS:
        return []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (tokens := word_phrase(pobj)) and argument_kind(pobj, tokens) not in _KINDS:
                return [("theme", tokens)]
    return []
