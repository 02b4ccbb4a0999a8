"""A past verb the parser read as a participle hung on its subject: where the sentence's
root is that noun, or a noun it hangs on through prepositions only (no verb heads the
sentence: "A report by two MPs committees called on Thursday for urgent changes"), or
the noun is one of two subjects of one verb ("The government's immigration rules
racially discriminated against Roma, the Law Lords have ruled": the Law Lords rule),
or the participle has an object and its noun follows a word that opens a clause ("after
an earthquake and giant waves killed at least 38,000 people"), and the participle has
no auxiliary, no "by" of someone and no apposition of the root after it, it is its
clause's own verb in the simple past, active, and the noun its subject: "Vincent Cable,
for the Liberal Democrats, called on Mr Brown to open up the government's books" (no
one called Cable), "The 18-year-old Mirza, who got a wild card, lost to Williams in the
third round", "Imports gained by 13%"; its subject is the root noun, not the noun of a
preposition the parser hung it on ("The Conference Board survey of 5,000 households pointed
to renewed optimism": the survey), but for a "by" of the author ("A report by two MPs
committees called on Thursday for urgent changes": the committees). A participle before an apposition the parse made
of the sentence's verb and its object is still a reduced passive: "The honour, awarded
since 1986, honours figures in cinema".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["participle_subject", "root_participle"]

_AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
# Words that open a clause as well as a noun phrase: a participle with an object after one
# is the clause's verb ("after an earthquake and giant waves killed at least 38,000 people").
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "till", "once"})


def root_participle(verb: Word) -> bool:
    """Whether ``verb``, a participle the parser hung on a noun (``acl``), is the past verb
    of that noun's own clause: the sentence's root is the noun, or a noun it hangs on through
    prepositions only ("A report by two MPs committees called on Thursday for urgent
    changes"), or the noun is a subject of a verb that has another subject after the
    participle ("The government's immigration rules racially discriminated against Roma,
    the Law Lords have ruled": a verb takes one subject), or the participle has an object
    and its noun follows a word that opens a clause ("after giant waves killed 38,000 people")."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ not in ("NOUN", "PROPN") or verb.i < head.i:
        return False
    if any(c.dep_.startswith("aux") or (c.dep_ == "agent" and not _amount(c)) for c in verb.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in _CLAUSE_OPENERS and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "after giant waves killed at least 38,000 people": a clause, with its object
    root = _verbless_root(head)
    if root is not None:
        return not any(c.dep_ == "appos" and c.i > verb.i for c in root.children)
    return head.dep_ == "nsubj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in head.head.children)


def participle_subject(verb: Word) -> Word | None:
    """The subject of a participle's own clause when the parser hung the participle on a noun
    inside that subject's prepositional phrase: the sentence's root noun ("The Conference Board
    survey of 5,000 households pointed to renewed optimism": the survey points, not the
    households); None when the participle hangs on the root noun itself, through "by" only
    (the author acts: "A report by two MPs committees called on Thursday for urgent changes")
    or is no clause's verb."""
    root = _verbless_root(verb.head) if root_participle(verb) else None
    if root is None or root.i == verb.head.i:
        return None
    word = verb.head
    while word.i != root.i and (word.dep_ != "prep" or word.lower_ == "by"):
        word = word.head
    return root if word.i != root.i else None


def _verbless_root(noun: Word) -> Word | None:
    """The sentence's root when it is a noun ``noun`` hangs on through prepositions only."""
    word = noun
    while word.dep_ != "ROOT":
        if word.dep_ not in ("pobj", "prep") or word.head.i == word.i:
            return None
        word = word.head
    return word if word.pos_ in ("NOUN", "PROPN") else None


def _amount(prep: Word) -> bool:
    """ "gained by 13%": a "by" of how much, no one who acts."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _AMOUNTS for c in prep.children)
