"""Who intends what a noun of intent says ("an attempt to rejoin the team", "plans to cut
jobs"): the infinitive's agent is the one the noun belongs to, not whoever the noun's clause
is about.

- the noun's possessor: "Mido's attempt to rejoin";
- whoever follows "by": "plans by BT to offer operators lower prices", "any attempt by an
  artist to perform or release a song" (not a time: "plans by 2010 to");
- a name before the noun: "Tory attempts to spread cynicism" (the Tories try, not the party
  that must overcome the attempts), "US plans to withdraw", "Kremlin efforts to sell";
- else the subject of the clause the noun stands in: "Mido made an apology in an attempt to
  rejoin", "Labour has plans to cut", the noun a relative clause describes for its "who"
  ("Enrico Bondi, who has launched lawsuits in an effort to recover money": Bondi); not of a
  verb that reacts to another's plan ("the Royal College of Physicians opposed the plan to
  extend drinking hours": it does not extend them; ``reacting_verbs.txt``): then no one.

A noun of asking someone else ("a call by Lord Mackay to publish the advice", "calls for the mayor
to apologise"; ``request_nouns.txt``) names no one who acts by its owner or its clause: no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind, intent
from kg.extract.intentnouns import intends
from kg.extract.spans import word_phrase
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["framed_subject", "framing_noun"]

# Named things that intend: a person, an organisation, a country or a people ("US plans",
# "Tory attempts"); not a date ("Monday's plans" is a possessor handled as a time elsewhere).
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_REACTING = read_words("reacting_verbs.txt")
_ASKING = read_words("request_nouns.txt")
_RELATIVES = frozenset({"who", "which", "that"})


def framing_noun(top: Word) -> Word | None:
    """The noun an infinitive completes when it says what is intended, not who acts:
    "an attempt to rejoin the team", "plans to cut jobs" (``factuality_cues.tsv`` nouns),
    also where the parser hung the infinitive as a relative ("a programme to boost")."""
    noun = top.head  # a noun of content ("the opportunity to sign") says nothing of who intends
    if any(c.dep_ == "auxpass" for c in top.children):
        return None  # "asked for new evidence to be admitted", "plans to be unveiled": the noun is what it befalls
    return noun if noun.pos_ == "NOUN" and intends(noun) and intent(noun, top) else None


def framed_subject(noun: Word) -> list[Word]:
    """Who intends (see the module's list); nothing when the noun's clause has no subject."""
    if noun.lemma_.lower() in _ASKING:
        return []  # "a call by Lord Mackay to publish": someone else is to publish
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:
        return [t for t in word_phrase(possessor) if t.tag_ != "POS"]
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if doer is not None and argument_kind(doer, word_phrase(doer)) not in ("time", "quantity"):  # not "plans by 2010 to"
        return word_phrase(doer)
    named = _named_modifier(noun)
    if named:
        return named
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("pobj", "dobj") and clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() not in _REACTING:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in _RELATIVES and clause.dep_ == "relcl":
            subject = clause.head  # "Enrico Bondi, who has launched lawsuits in an effort to recover money": Bondi
        if subject is not None:
            return word_phrase(subject)
    return []


def _named_modifier(noun: Word) -> list[Word]:
    """The name right before the noun, a compound or adjective of a party ("Tory attempts",
    "US plans"), with the words of the same name before it ("Bush administration" is not
    one: "administration" is no name)."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if before is None or before.head.i != noun.i or before.dep_ not in ("compound", "amod", "nmod"):
        return []
    if before.ent_type_ not in _PARTY_LABELS:
        return []
    return [t for t in before.subtree if t.ent_type_ == before.ent_type_]

