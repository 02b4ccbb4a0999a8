"""What a thing is linked with: the "with" or "to" phrase of a verb of association is its theme.

"Hoddle has been linked with a return to former club Southampton", "Arsenal have been linked
with Middlesbrough keeper Mark Schwarzer", "Barclays ... was linked to Citigroup": the role table
(``event_roles.tsv``) leaves a "with" phrase out unless the event is a contest, a meeting or a
deal, and reads "to" as a recipient or a destination, so the event said only who was linked
("link(patient=Glenn Hoddle)") or that Citigroup received something. After a verb of
``association_verbs.txt`` with no direct object, a "with" or "to" phrase that the table gives no
role or only one of those is the theme, kept with its own words ("a return to former club
Southampton"). A time or an amount keeps its role ("linked to 2003"), and an active verb with
its object ("links the two networks with fibre") keeps the table's reading; so does a pronoun
linked ("he has been linked with Spanish trio Real Madrid, ..."): who it is comes from the
resolver, which on these sentences as often found the wrong one (Barclays' "it" read as Wells
Fargo) or none, and the event was left with only what it is linked with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["linked_role"]

_VERBS = read_words("association_verbs.txt")
_PREPOSITIONS = frozenset({"with", "to"})
_REPLACED = frozenset({"recipient", "destination"})


def linked_role(prep: Word, pobj: Word | None, role: str | None) -> str | None:
    """The role of "with"/"to" + ``pobj`` under a verb of association (see the module), else
    ``role``, the role the table gave."""
    if pobj is None or prep.lower_ not in _PREPOSITIONS or prep.dep_ not in ("prep", "dative") or not (
            role is None or role in _REPLACED):
        return role
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return role
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children):
        return role
    return "theme"
