"""A name counted by the thousand or the million names units of a product.

Rule ``units counted``: "14 million Xboxes made before October", "sold 10
million PSPs": a capitalised plural whose number is a large one (a scale word:
"thousand", "million", "m"; or a number with a thousands comma) is a product's units,
whatever NER called it (a person, a place). People are counted so too ("two
million Iraqis"), but as a people's name (a demonym), which the caller reads
first; a small number counts no units ("the two Koreas").
"""

from __future__ import annotations

from kg.extract.words import Word

_SCALES = frozenset({"thousand", "million", "billion", "m", "bn", "k"})


def counted_in_units(root: Word) -> bool:
    """The name's head word is a plural counted in thousands or more.

    Args:
        root: The name's head word in the parse.
    """
    if not root.text.endswith("s") or root.text.endswith(("ss", "us")):
        return False
    for child in root.children:
        if child.dep_ == "nummod" and child.i < root.i:
            # "10,000 iPods"; a bare four-digit number is a year ("the 2001 Census")
            return child.lower_ in _SCALES or ("," in child.text and child.text.replace(",", "").isdigit())
    return False
