"""Coordinated names and their roles are paired in order, never crossed.

- Each name with its own title: "India's petroleum minister Mr Aiyar and Russian energy
  minister Viktor Khristenko". The parser may hang the second name on the first title
  as an apposition; but a role with a name of its own right after it is that name's
  title, not an apposition of the next name (``holder_between``).
- Two names, then two roles: "Mani Shankar Aiyar and Viktor Khristenko, India's
  petroleum minister and Russia's energy minister". The first role is the first name's
  and the second the second's; the second name never takes the first role
  (``earlier_name``, ``later_name``).

And a role phrase after a name's comma is no apposition of the name when it is the next
item of a list (``list_item``) or the subject of the next clause (``next_clause``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.apposend import role_word
from kg.extract.rolephrase import ROLE_PREPOSITIONS

if TYPE_CHECKING:
    from kg.extract.rolephrase import RolePhrase
    from kg.extract.words import Word, Words


def holder_between(words: Words, role_end: int, start: int) -> bool:
    """Whether a person's name stands between a role (ending at word ``role_end``) and the
    name at word ``start``: the role is that person's title ("petroleum minister Mr Aiyar
    and Russian energy minister Viktor Khristenko": not Khristenko's)."""
    return any(w.ent_type_ == "PERSON" and w.pos_ == "PROPN" for w in words[role_end:start])


def _person(word: Word) -> bool:
    return word.pos_ == "PROPN" and word.ent_type_ == "PERSON"


def earlier_name(name: Word) -> Word | None:
    """The person's name the name (its head word) is coordinated after: "Aiyar and
    Viktor Khristenko" gives Aiyar for Khristenko."""
    if name.dep_ == "conj" and name.head.i < name.i and _person(name.head):
        return name.head
    return None


def later_name(words: Words, name: Word, sentence_end: int) -> Word | None:
    """The person's name coordinated right after the name (its head word), when a comma
    follows it: "Aiyar and Viktor Khristenko, ..." gives Khristenko for Aiyar."""
    for child in name.children:
        if child.dep_ == "conj" and child.i > name.i and _person(child) and words[name.i + 1].lower_ in ("and", "&"):
            after = child.i + 1
            if after < sentence_end and words[after].text == ",":
                return child
    return None


def list_item(words: Words, phrase: RolePhrase, name: Word, one_of: bool) -> bool:
    """Whether the role phrase after a name's comma is the next item of a list, not an
    apposition: "Kofi Annan, World Bank officials and ministers of 23 countries"
    (a plural role of one person, or a conjunct of the name followed at once by "and")."""
    head = role_word(words, phrase, ROLE_PREPOSITIONS)
    if head.tag_ in ("NNS", "NNPS") and not one_of:
        return True
    after = words[phrase.end] if phrase.end < len(words) else None
    return after is not None and after.pos_ == "CCONJ" and head.dep_ == "conj" and head.head.i == name.i


def next_clause(name: Word, role: Word) -> bool:
    """Whether the role after a name's comma is the subject of the clause the name's own
    clause or phrase leads into, not an apposition: "Echoing US Secretary of State Condoleezza
    Rice, the prime minister said ..." (the name is the object of a participle clause); "In a
    BBC documentary by Michael Cockerell, the home secretary said ..." (of a fronted
    prepositional phrase: the film-maker is no home secretary)."""
    if role.dep_ not in ("nsubj", "nsubjpass"):
        return False
    word = name
    while word.head is not word:
        if word.head is role.head and (word.dep_ == "advcl" or (word.dep_ == "prep" and word.i < role.i)):
            return True
        word = word.head
    return False
