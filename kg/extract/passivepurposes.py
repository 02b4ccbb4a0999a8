"""Whose is the purpose of a passive: the "by" phrase's, never a thing it was done to.

"Nine overseas embassies will be closed to save money": the embassies save nothing,
whoever closes them does; "It was sold by the Russian authorities to recover tax claims":
the authorities recover them. The parser hangs such a "to" infinitive on the passive verb
as an adverbial clause; its subject is the passive's "by" phrase, else no one the clause
names. Only when the passive subject cannot act: a thing, not a person, group, country
or pronoun of people ("He was brought in to revive the club", "Ireland are being
earmarked to go the whole hog"), nor a relative pronoun, whose antecedent may ("acts that
had been lined up to appear"); and not after a verb whose infinitive says what the
subject does: of control_verbs.txt ("Paris was chosen to host the Games") or
raising_participles.tsv ("That statement was made to look foolish"), a verb of creating,
whose work does what it was made for ("A new law is being introduced to protect computer
users"), or one that leaves an object ("The contestants were given 60 seconds to present
their manifestos": they present them). Nor when the subject is a noun of content or intent,
whose own infinitive the parser cut off ("countless opportunities have been lost to discredit
the EU": the opportunities to discredit it; content_nouns.txt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import can_act
from kg.extract.event_arguments import has_to
from kg.extract.frames import lemma_in
from kg.extract.intentnouns import intends
from kg.extract.purposes import NOT_PURPOSES
from kg.lexicon import CONTENT_NOUNS
from kg.lexicon.events import VERB_TRIGGERS

if TYPE_CHECKING:
    from kg.extract.words import Word

# Subjects that may act whatever the noun they stand for, or whose noun is elsewhere.
_ACTING_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who", "whom", "that", "which"})
_ACTING_LABELS = frozenset({"GPE", "NORP"})  # a country is a side or a state: "Ireland are being earmarked"


def passive_purpose(verb: Word) -> tuple[Word | None, str] | None:
    """``(doer, how)`` when ``verb`` is the purpose of a passive whose subject cannot act, as
    ``kg.extract.clauses.subject_of`` gives it: the head of its "by" phrase and "control", else
    ``(None, "none")``; ``None`` for any other verb."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not has_to(verb) or head is verb or head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _ACTING_PRONOUNS or subject.ent_type_ in _ACTING_LABELS or can_act(subject):
        return None
    if subject.lemma_.lower() in CONTENT_NOUNS or intends(subject):
        return None  # the noun's own infinitive, cut off: "opportunities have been lost to discredit the EU"
    lemma = lemma_in(head, NOT_PURPOSES, VERB_TRIGGERS)
    trigger = VERB_TRIGGERS.get(lemma)
    if lemma in NOT_PURPOSES or (trigger is not None and trigger.event_class == "creation") or any(
            c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    by = next((c for c in head.children if c.dep_ == "agent" and c.i < verb.i), None)
    doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return (doer, "control") if doer is not None else (None, "none")
