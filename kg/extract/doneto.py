"""Acts done to someone (``done_to_words.tsv``): who an event happens to, where the parse
would make them its agent.

- The possessor of an event noun of an act done to someone is that someone: "the six days
  from Scholl's arrest" (she was arrested), "Police investigating Stefan's murder"; with
  an "of" of its own the possessor acts ("the police's arrest of the suspects":
  ``kg.extract.event_arguments.possessor_role``).
- A past tense the tagger read where a participle shares the passive it is coordinated
  with: "Scholl was arrested and beheaded in 1943" ("beheaded" tagged as a past tense): a
  verb listed as never without an object in the active, with no subject, auxiliary or
  object of its own, is passive too ("was arrested and died in custody" is not listed).
- A participle coordinated with a reduced passive relative is passive too: "Primer, written
  and directed by Shane Carruth" (the film was directed, Carruth directed it and wrote it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["passive_past", "patient_possessor", "shares_passive"]

_ROWS = read_table("done_to_words.tsv")
_NOUNS = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "noun")
_VERBS = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "verb")
_OWN = ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "dative", "attr", "oprd", "ccomp", "xcomp")


def patient_possessor(noun: Word) -> bool:
    """Whether the possessor of the event noun ``noun`` is the one its act is done to."""
    return noun.lemma_.lower() in _NOUNS


def passive_past(verb: Word) -> bool:
    """Whether ``verb``, a past tense coordinated with another verb, is a listed verb with
    nothing of its own that an active clause needs (see the module's list)."""
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.lemma_.lower() in _VERBS \
        and not any(c.dep_ in _OWN for c in verb.children)


def shares_passive(verb: Word) -> bool:
    """ "was stormed and briefly seized by the protesters": a participle coordinated
    with a passive verb, without a subject or a "have" of its own, is passive too (not
    "The Da Vinci Code is set in Paris and has sold around one million copies")."""
    head = verb.head
    return verb.dep_ == "conj" and (verb.tag_ == "VBN" or passive_past(verb)) and not any(c.dep_.startswith("nsubj") or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in verb.children) \
        and (any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children) or _reduced_relative(head, verb))


def _reduced_relative(head: Word, verb: Word) -> bool:
    """ "Primer, written and directed by Shane Carruth": a participle coordinated with a
    reduced passive relative (a past participle hung on a noun, no auxiliary) is passive
    too, the noun what was done (it does not direct); not one with an object of its own."""
    return head.dep_ == "acl" and head.tag_ == "VBN" and verb.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_.startswith("aux") or c.dep_ in ("dobj", "dative") for c in [*head.children, *verb.children])
