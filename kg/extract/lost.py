"""A value that gave up part of itself: "The Thai baht lost 0.3% against the US currency".

A verb of losing (``loss_verbs.txt``) whose object measures the loss states a
change of the subject's value, not a defeat or money lost: the object a share of
the value ("lost 0.3%", "shed almost 4%", "lost 5% of its value"), or an amount
beside the level the value reached ("US light crude lost more than $2 to
$43.25"). The event is of class change with the subject its theme; the amount is
its difference and "to" or "at" the value it reached, as for "Brent crude gained
$1.32 to $44.45" (``kg.extract.events``: an object that only measures the change).

Nothing else changes: "Alitalia lost 330m euros in 2003" (money lost, no level),
"Labour lost 5% of the vote" (a share of what is no value), "Arsenal lost 3-1",
"the firm shed 1,000 jobs".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.lexicon import MEASURED_NOUNS
from kg.lexicon.events import Trigger
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

LOSS_VERBS = read_words("loss_verbs.txt")
_FALL = Trigger("change", "theme")
_LEVEL_PREPOSITIONS = frozenset({"to", "at"})


def value_loss(verb: Word) -> Trigger | None:
    """The change trigger of a verb of losing whose object measures a value's loss
    ("the rupiah lost 0.6%"), or ``None`` when the verb keeps its own reading."""
    if verb.lemma_.lower() not in LOSS_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and argument_kind(c, [c]) == "quantity"]
    if not objects or any(c.dep_ == "dobj" and c not in objects for c in verb.children):
        return None  # "lost the match 3-1": the object is what was lost
    return _FALL if _share(objects[0]) or _level(verb) else None


def _share(amount: Word) -> bool:
    """A percentage of the subject's own value: "0.3%", "5% of its value" (not "5% of
    the vote")."""
    percent = amount.lower_ in ("%", "percent") or amount.ent_type_ == "PERCENT" or (
        amount.lower_ == "cent" and amount.i > 0 and amount.doc[amount.i - 1].lower_ == "per")
    of = [c for c in amount.children if c.dep_ == "prep" and c.lower_ == "of"]
    return percent and all(any(g.dep_ == "pobj" and (g.lemma_.lower() == "value" or g.lemma_.lower() in MEASURED_NOUNS)
                               for g in prep.children) for prep in of)


def _level(verb: Word) -> bool:
    """An amount the value reached, beside the amount lost: "to $43.25", "at 9,300"."""
    return any(c.dep_ == "prep" and c.lower_ in _LEVEL_PREPOSITIONS and any(
        g.dep_ == "pobj" and argument_kind(g, [g]) == "quantity" for g in c.children) for c in verb.children)
