"""Whose is an infinitive after a verb and its object: the object's, or the subject's purpose.

"urged Iran to halt enrichment", "caused the dollar to weaken": the object acts, after a
verb of ``control_verbs.txt`` whatever the object is. After any other verb only a person
or group object does ("enlists his friends to travel"); a thing or a place does not, and
the infinitive is the subject's purpose: "The firm used the money to buy shares" (the firm
buys), "Mr Blair visited Paris to meet the president" (Mr Blair meets, not Paris). After a
verb of using (``using_verbs.txt``) not even a group does: it is the means ("The party will
use focus groups to test a poster": the party tests it).
The object acts too when the parser hung the infinitive on such a verb as an adverbial
clause: "forces British soldiers and Catholics to challenge their relationship". When it
read the object and the infinitive as a clause of their own, the object its subject, that
subject is no doer of what beating brought: "Nathan Lane beat his former co-star Lee Evans
to win best musical actor" (Lane wins, not the one beaten: ``kg.extract.outcomes``), nor after
a move that keeps a side behind ("hold off", "fight off"), nor when the parser cut the beaten
side's name off the description it made the object: "his side held off Grand Slam winners
France to take the team award" (his side takes it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind, has_to
from kg.extract.means import USING_VERBS
from kg.extract.outcomes import OUTCOME_VERBS
from kg.extract.particles import phrasal_lemma, verb_trigger
from kg.extract.spans import word_phrase
from kg.folding import fold
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

CONTROL_VERBS = read_words("control_verbs.txt")
_CAUSING = FACTUALITY_CUES["control"]  # a verb that makes its object act, whatever it is: asserted ("caused", "leading")

# Object pronouns that stand for people or groups, who may act.
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_SPENT_KINDS = frozenset({"time", "quantity"})
_ASKING_PREPOSITIONS = frozenset({"on", "upon", "for"})  # "called on X to act": X acts
# Moves of a contest (contest_moves.txt) whose object is the side kept behind, as a beating's is.
_BEATING_MOVES = frozenset({"hold off", "fight off", "see off", "edge out"})


def object_controls(verb: Word, obj: Word, infinitive: Word) -> bool:
    """Whether ``obj``, the object of ``verb``, is the one who does its ``infinitive``
    (only a "to" infinitive is read here; any other complement stays the object's, but an
    -ing after a span of time or a sum: "spent $2m developing the software", the firm does;
    "has spent months being lauded", the film is)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return not spent(obj) or not (infinitive.tag_ == "VBG" or any(c.lower_ == "being" for c in infinitive.children))
    lemma = verb.lemma_.lower()
    return lemma in CONTROL_VERBS or (lemma not in USING_VERBS and (obj.lower_ in _PEOPLE_PRONOUNS or can_act(obj)))


def spent(noun: Word) -> bool:
    """Whether ``noun`` is a span of time or a sum ("28 million hours", "$2m", "three
    years"), which does nothing of its own."""
    return argument_kind(noun, word_phrase(noun)) in _SPENT_KINDS


def can_act(obj: Word) -> bool:
    """Whether an object is someone who may act: a pronoun of people ("him", "them"; not "it":
    "used it to buy" is a thing) or a noun phrase of a person or group."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _PEOPLE_PRONOUNS
    return argument_kind(obj, word_phrase(obj)) == "party"  # a Word answers as its Token


def adverbial_controller(verb: Word) -> Word | None:
    """The object before a "to" infinitive the parser read as an adverbial clause of a verb
    of ``control_verbs.txt``: "forces British soldiers and Catholics to challenge their
    relationship" (the soldiers challenge it, not what forces them); only an object that can
    act, a person or group named by a noun: "needed further capital to avoid being thrown off
    the market" is a purpose; any noun after a verb that makes its object act (control cues
    read asserted: "leading the pair to trade kicks", "caused the dollar to weaken"); else ``None``."""
    head = verb.head
    if verb.dep_ != "advcl" or head.lemma_.lower() not in CONTROL_VERBS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if (asked := _asked_object(head, verb)) is not None and asked.pos_ in ("NOUN", "PROPN"):
        return asked  # "called on Mr Clarke to denounce": whoever is called on acts
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and (can_act(obj) or _CAUSING.get(
        head.lemma_.lower()) is Factuality.ASSERTED) else None  # "leading the pair to trade kicks": any object


def _asked_object(head: Word, verb: Word) -> Word | None:
    """The object of the verb's "on" or "for" that ends right before the infinitive: "called on
    Mr Clarke to denounce the suggestion" (the parser's adverbial clause: Mr Clarke denounces it,
    not the caller); after "on" any noun, named or not, but a day; after "for" only one who can act
    ("called for Deutsche Boerse to hold a meeting"; "asked for a statement ... to make sure troops could be
    defended" is the askers' purpose); else ``None``."""
    start = min(word.i for word in verb.subtree)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _ASKING_PREPOSITIONS and prep.i < verb.i:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or max(word.i for word in pobj.subtree) + 1 != start or spent(pobj):
                continue  # not a day: "called on Monday to scrap the tax"
            return pobj if prep.lower_ != "for" or can_act(pobj) else None  # "asked for a statement to make sure": a purpose
    return None


def object_acts(verb: Word, subject: Word) -> bool:
    """Whether ``subject``, the parser's subject of ``verb``, does it: always, unless ``verb``
    is a "to" infinitive of what beating brought that the parser read as a clause of the verb
    of beating (no mark, that verb no object of its own) and ``subject`` stands between them,
    where the beaten side would: "beat Lee Evans to win" (see the module)."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VB" or not has_to(verb) or subject.dep_ != "nsubj" or head.pos_ != "VERB":
        return True
    if not head.i < subject.i < verb.i or any(c.dep_ == "mark" for c in verb.children) or any(
            c.dep_ in ("dobj", "dative") and not _split_off(c, subject) for c in head.children):
        return True
    if fold(verb.lemma_) not in OUTCOME_VERBS:
        return True
    trigger = verb_trigger(head)
    beating = trigger is not None and trigger.event_class == "performance" and trigger.object == "opponent"
    return not beating and phrasal_lemma(head) not in _BEATING_MOVES


def _split_off(obj: Word, subject: Word) -> bool:
    """Whether the verb's object ``obj`` is a description the parser cut from the name right
    after it, which it made the infinitive's subject: "held off Grand Slam winners France to
    take the team award" (object "winners", subject "France": one phrase, the beaten side)."""
    return obj.pos_ == "NOUN" and subject.pos_ == "PROPN" and obj.subtree[-1].i + 1 == subject.left_edge.i
