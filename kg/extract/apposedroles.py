"""A person's role in apposition right after a name: "Aishwarya Rai, star of Bride and
Prejudice, is ..."; "Shailendra Singh, the founder of India's Percept Films, said".

An apposition is what the name is: a noun for a person's role (an actor, a founder, a
chairman) says the name is a person's, whatever NER read or missed. Only a role that
names a person and nothing else counts: not "maker", "owner", "publisher", "developer",
"producer" or "broadcaster" ("Sony, the electronics maker"), nor team positions that are
common words too ("back", "centre", "wing"). The noun must be the name's own apposition,
hung on it by the parse within a few words of the comma, singular, and go on with what
the role is held in ("star of", "founder of", "coach at"): not a title before the next
name of a list ("Vivendi, chief executive Jean-Rene Fourtou and ...") nor a thing's kind
("their iPod, their MP3 player"); a name in a list ("Sony, IBM and Toshiba, ...") has
none of its own.
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.lexicon import ROLE_HEADS

__all__ = ["apposed_person"]

# Role heads that are as often a firm's or a thing's, or common words.
_NOT_ONLY_PEOPLE = frozenset({"back", "centre", "eight", "half", "head", "one", "state", "quarter", "maker", "owner",
                              "shareholder", "member", "regulator", "developer", "publisher", "broadcaster", "producer",
                              "international", "elect", "leaders", "staff", "wing", "lock", "prop", "chief", "general",
                              "employee", "deputy", "rounder", "ordinator", "keeper", "servant", "critic", "trader"})
PERSON_ROLES = (ROLE_HEADS - _NOT_ONLY_PEOPLE) | {"star"}
"""Nouns for a role only a person holds."""
_HELD_IN = frozenset({"of", "at", "for", "with"})
_GAP = 4  # words between the comma and the role noun at most: ", the former chief executive"


def apposed_person(words: Words, start: int, end: int) -> bool:
    """Whether a role only a person holds stands in apposition right after words ``start:end``."""
    tokens = words.words
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    root = words.root(start, end)
    if any(child.dep_ == "conj" for child in root.children):
        return False  # "Sony, IBM and Toshiba, ...": a list
    return any(child.dep_ == "appos" and end < child.i <= end + _GAP and child.tag_ == "NN"
               and child.lemma_.lower() in PERSON_ROLES and _of_something(child) for child in root.children)


def _of_something(role: Word) -> bool:
    """The role goes on with what it is held in, right after it: "star of", "founder of",
    "coach at"; not a title before a name ("Vivendi, chief executive Jean-Rene Fourtou and
    ...": the next of a list) nor a thing's kind ("their iPod, their MP3 player")."""
    after = role.doc[role.i + 1] if role.i + 1 < len(role.doc) else None
    return after is not None and after.head.i == role.i and after.dep_ == "prep" and after.lower_ in _HELD_IN
