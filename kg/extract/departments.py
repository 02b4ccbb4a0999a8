"""Where a role's complement stops naming a field of the post and starts naming its owner:
"head of UK equities for Standard Life Investments", "vice president for entertainment at
Nokia", "head of strategy for Latin American emerging markets for Barclays Capital".

``kg.extract.rolephrase.read_complement`` reads "of Z" / "for Z" / "at Z" after a role; when
Z is a common noun (a field, a department: "equities", "entertainment", "the natural
disasters department") and a named organisation follows it in its own "at"/"for"/"with"/"of"
phrase, the field is the role's words and the organisation the post's owner. Before, the
whole stretch was read as one organisation ("UK equities for Standard Life Investments"),
which names no entity, so the post had no owner at all.

A named organisation itself keeps a place after it out of its name: "vice president of
search properties at Ask Jeeves in the US" is at Ask Jeeves ("in the US" says where).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Prepositions that take a post's owner after a field: "head of X at Y", "director of X for Y".
OWNER_PREPOSITIONS = frozenset({"of", "at", "for", "with"})
FIELD_PREPOSITIONS = frozenset({"of", "for"})
# What NER reads as a time, a number or a money sum owns no post ("at 1500 GMT").
_NOT_OWNERS = frozenset({"TIME", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def named_head(word: Word) -> bool:
    """Whether the head of a complement is itself a name ("Nokia", "the British Library"),
    not a common noun that a name only modifies ("UK equities")."""
    return word.pos_ == "PROPN" or word.ent_type_ in _NAME_LABELS


def field_end(pobj: Word, last: int) -> int | None:
    """The word index where the field that ``pobj`` heads ends and a nested phrase naming its
    owner begins (the preposition's index), or ``None``. ``last``: the complement's last word.
    Only "of" and "for" name a field ("head of research", "vice president for entertainment");
    "manager at a news conference at 1500 GMT" names none."""
    if named_head(pobj) or pobj.head.lower_ not in FIELD_PREPOSITIONS:
        return None
    for word in pobj.subtree:
        if word.i <= pobj.i or word.i > last or word.dep_ != "prep" or word.lower_ not in OWNER_PREPOSITIONS:
            continue
        owner = next((c for c in word.children if c.dep_ == "pobj"), None)
        if owner is not None and named_head(owner) and owner.text[:1].isupper() and owner.ent_type_ not in _NOT_OWNERS:
            return word.i
    return None


def place_after(pobj: Word, last: int) -> int | None:
    """The index of "in" that puts a named organisation somewhere ("Ask Jeeves in the US",
    "Brent Council in north-west London"), or ``None``."""
    if not named_head(pobj):
        return None
    for word in pobj.subtree:
        if word.i > pobj.i and word.i <= last and word.dep_ == "prep" and word.lower_ == "in" and word.head.i >= pobj.i:
            place = next((c for c in word.children if c.dep_ == "pobj"), None)
            if place is not None and any(w.ent_type_ in _PLACE_LABELS for w in place.subtree):
                return word.i
    return None


def place_next(after: Word) -> bool:
    """Whether the word after a role's owner opens where the owner is: "senior economist for
    energy at SG Securities in Paris" (the parse hangs "in Paris" on the role)."""
    if after.lower_ != "in":
        return False
    place = next((c for c in after.children if c.dep_ == "pobj"), None)
    return place is not None and place.ent_type_ in _PLACE_LABELS
