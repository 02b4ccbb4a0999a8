"""Lists paired "respectively" give no argument cut to some of their members.

"The international male and female prizes went to Usher and Avril Lavigne respectively",
"tipped Jamie Foxx and Hilary Swank to scoop best actor and actress for Ray and Million
Dollar Baby respectively": the members of the list right before "respectively" pair one
by one with the members of another list, so an argument holding some of them but not all
(destination=Avril Lavigne, beneficiary=Ray) pairs a member with the wrong partner, and
one holding them all pairs each with all. Such arguments are left out; a phrase the list
only modifies stays: "nominated for supporting roles in Closer and Hotel Rwanda
respectively" (the roles). A list of a noun's modifiers is left as it is: "AZ Fly and AZ
Services, which will handle air and ground services respectively".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def unpaired(verb: Word, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` (an event's ``(role, tokens)``) without the arguments that lie within the list
    "respectively" ends, when it hangs on ``verb``."""
    marker = next((c for c in verb.children if c.lower_ == "respectively" and c.i > verb.i), None)
    stretch = _list_before(verb, marker) if marker is not None else set()
    return [(role, tokens) for role, tokens in found if not (tokens and {t.i for t in tokens} <= stretch)]


def _list_before(verb: Word, marker: Word) -> set[int]:
    """The words of the "and" list that ends right before ``marker``: the smallest phrase
    (below ``verb``) that holds the word before it and the last "and" after ``verb``."""
    joins = [w.i for w in marker.doc[verb.i + 1:marker.i] if w.lower_ == "and" and w.dep_ == "cc"]
    word = marker.doc[marker.i - 1]
    while joins and word.head is not word and word.head.i != verb.i and joins[-1] not in {t.i for t in word.subtree}:
        word = word.head
    if not joins or word.i == verb.i or joins[-1] not in {t.i for t in word.subtree} or (
            word.pos_ == "NOUN" and joins[-1] < word.i):
        return set()  # "handle air and ground services respectively": a list of modifiers, one noun (left as it is)
    return {t.i for t in word.subtree} | ({word.head.i} if word.dep_ == "pobj" else set())  # with its preposition
