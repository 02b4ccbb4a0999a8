"""A role named by the time or task someone spends in it: "his first day as home secretary".

News often gives a post only through a stretch of its holder's tenure: "Charles Clarke
faces his first real test as home secretary", "on Charles Clarke's first day as home
secretary", "as he begins his second term as US President", "Stuart Gray has done a
fantastic job as caretaker manager". The noun (``TENURE_NOUNS``) carries the role in an
"as" phrase; whose tenure it is comes from the noun itself:

- its possessor, a name: "Charles Clarke's first day as home secretary";
- a possessive pronoun, "his first real test as home secretary": the named subject of the
  verb the noun is the object of ("Charles Clarke faces his first real test ..."), else the
  pronoun itself, for coreference to resolve ("for Charles Clarke on his first day as ...");
- no possessor, the object of a verb: its subject ("Stuart Gray has done a fantastic job as
  caretaker manager").

``kg.extract.positions`` reads the role phrase and the verb's hedges (``_verb_status``).
A last stretch ("his last game as captain") ends the post and a past one ("his spell as
manager", "his time as coach") may be long over: neither noun nor word is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

# Stretches of a tenure that say the post is held then: not "spell", "stint", "time",
# "career" or "reign", which news uses for posts long left.
TENURE_NOUNS = frozenset({"day", "week", "month", "year", "season", "term", "test", "job", "debut", "game", "match"})
# Words that end the tenure the noun names: "his last game as captain".
ENDING = frozenset({"last", "final", "previous", "former"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})


@dataclass(frozen=True, slots=True)
class Tenure:
    """Who holds a role a tenure noun names, and how the sentence says it.

    Attributes:
        holder: Head word of the holder: a name, or "his"/"her" for coreference.
        role: The last word of the role in the "as" phrase ("secretary").
        verb: The verb the noun hangs from, for its hedges ("will face his first test"), if any.
    """

    holder: Word
    role: Word
    verb: Word | None


def _governing_verb(noun: Word) -> Word | None:
    """The verb the noun is the object of, directly or through one preposition."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _named_subject(verb: Word | None) -> Word | None:
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" else None


def tenure(noun: Word, is_role: Callable[[Word], bool]) -> Tenure | None:
    """The tenure ``noun`` names, if it is one with an "as" role ("first day as home
    secretary"); ``is_role`` tells a role word (``kg.extract.positions``)."""
    if noun.lemma_.lower() not in TENURE_NOUNS or any(c.lower_ in ENDING for c in noun.children):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    role = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if role is None or not is_role(role):
        return None
    verb = _governing_verb(noun)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN":
        return Tenure(owner, role, verb)
    subject = _named_subject(verb)
    if owner is not None and owner.lower_ in _POSSESSIVE_PRONOUNS:
        return Tenure(subject if subject is not None and noun.dep_ == "dobj" else owner, role, verb)
    if owner is None and noun.dep_ == "dobj" and subject is not None:
        return Tenure(subject, role, verb)
    return None
