"""A common noun with a name right after it is that named one: "beat the fourth seed
Vincent Spadea", "a 7-6 6-2 win over sixth seed Alicia Molik".

The parse heads such a phrase with the description ("seed") and hangs the name on it as
an apposition, so the argument read as a thing: "Saulnier beat the fourth seed Vincent
Spadea" gave beat(theme=Vincent Spadea), not the opponent, and "a win over sixth seed
Alicia Molik" lost the side it was over. What the argument is, is what its name is (a
person, an organisation: a party).

Only a name that follows the noun at once, with no comma between (a comma makes an
apposition of its own: "the title holder, Roger Federer," is read as before), and that
NER labels a person or an organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["named_apposition"]

_NAME_LABELS = frozenset({"PERSON", "ORG"})


def named_apposition(head: Word) -> Word | None:
    """The name right after the common noun ``head`` that the parse hangs on it as an
    apposition ("seed" of "fourth seed Jiri Novak": "Novak"); else ``None``."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in _NAME_LABELS and child.pos_ == "PROPN":
            first = min(child.subtree, key=lambda t: t.i)
            return child if first.i == head.i + 1 else None
    return None
