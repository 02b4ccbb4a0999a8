"""Events a subject undergoes, named by the object of a receiving verb.

"An ex-director has received a four-month jail sentence", "the drama scooped seven
nominations", "the box office received a 3.8% boost": the event is the sentence, the
nominations, the boost, and the subject is what it happens to (its theme), never
one who acts. Read as the noun's event ("receive sentence", of the noun's class),
as "made a bid" is read as "make bid"; the number before the noun is its quantity
("seven nominations", "3.8%"). The receiving verbs are ``non_events.tsv``'s
"receive" rows; a noun that names no event ("received a letter") leaves the verb an
event of its own, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import QUANTITY_LABELS
from kg.lexicon.events import NON_EVENTS, NOUN_TRIGGERS, VERB_TRIGGERS, Trigger

if TYPE_CHECKING:
    from kg.extract.words import Word

# Light verbs whose passive subject is the event noun, as their object is in the active:
# "The summit will be held in July", "No formal offer has been made", "An inquiry was
# launched" (``kg.extract.events``); not "the row was put back in the headlines".
HELD_VERBS = frozenset({"hold", "stage", "make", "launch"})
# Classes of what happens to the one who receives it: a sentence or a fine (legal), a
# boost (change), a nomination (performance), a ban, an appointment. Not a request, an
# offer, a loan or a statement: "received requests", "received an offer" is a transfer
# to the subject, who is its recipient, and "receive" stays the event.
_UNDERGONE = frozenset({"legal", "change", "performance", "appointment", "resignation"})
# Modifiers of the event noun that may hold its amount: "seven nominations",
# "a 3.8% boost", "a four-month jail sentence".
_AMOUNT_DEPS = frozenset({"nummod", "compound", "nmod", "amod", "quantmod"})


def received_noun(verb: Word, base: str) -> tuple[Word, Trigger] | None:
    """The event noun a receiving verb (lemma ``base``) takes as its object, with the
    noun's trigger read so that the subject is its theme; ``None`` when the verb is no
    receiving verb or its object names no event that happens to the subject."""
    if NON_EVENTS.get(base) != "receive":
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    # A verb trigger's lemma as a noun counts too: "a fine", "a boost".
    trigger = NOUN_TRIGGERS.get(lemma) or VERB_TRIGGERS.get(lemma)
    if trigger is None or trigger.event_class not in _UNDERGONE:
        return None
    return noun, Trigger(trigger.event_class, "theme", trigger.object)


def noun_amount(noun: Word) -> list[Word]:
    """The amount written before an event noun: "seven nominations" (the count, with
    the noun it counts), "a 3.8% boost" -> "3.8%"; empty when none is."""
    if any(c.dep_ == "nummod" for c in noun.lefts):
        start = min(t.i for c in noun.lefts if c.dep_ == "nummod" for t in c.subtree)
        return [t for t in noun.subtree if start <= t.i <= noun.i]
    for child in noun.lefts:
        words = sorted(child.subtree, key=lambda t: t.i)
        if child.dep_ in _AMOUNT_DEPS and any(t.like_num or t.ent_type_ in QUANTITY_LABELS for t in words):
            return words
    return []
