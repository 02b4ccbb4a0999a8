"""A count of a group of people that acts: its event stays, the agent a literal.

"Hundreds of hopefuls submitted their profiles", "thousands of journalists blessed the
original notebook PC": ``kg.extract.countof`` reads the subject as its group, no number, so
it is the agent; no entity stands for it, and an agent no entity stands for drops its event
(``kg.resolve.counted``), but a count of a group is no unknown doer: it says how many of whom
did it, news by itself, as a counted group ("Some 1,000 fans paid") or one of a group ("one
of its employees paid") does. The group must be of people, its last word a plural of a
people noun (``kg.resolve.counted.PEOPLE``): not "Four of the first five games" (a game is no
doer), nor "a dozen of them" (which group is said elsewhere), nor a share ("86% of visitors
carry laptops": a survey's figure, ``kg.extract.countof`` reads none).
"""

from __future__ import annotations

from kg.extract.ofgroups import of_group, plural_in
from kg.extract.quantities import NUMBER_WORDS
from kg.lexicon import COUNT_WORDS
from kg.records import Argument

__all__ = ["count_of_people"]


def count_of_people(span: Argument, text: str, people: frozenset[str] | set[str]) -> bool:
    """Whether the argument is "<count> of <people>": how many of a group of people.

    >>> people = {"fan", "journalist"}
    >>> text = "Hundreds of fans"
    >>> count_of_people(Argument(text, 0, len(text), 0, 8), text, people)
    True
    >>> text = "thousands of people"
    >>> count_of_people(Argument(text, 0, len(text), 0, 9), text, people)
    True
    >>> text = "Four of the first five games"
    >>> count_of_people(Argument(text, 0, len(text), 0, 4), text, people)
    False
    >>> text = "86% of visitors"
    >>> count_of_people(Argument(text, 0, len(text), 2, 3), text, {"visitor"})
    False
    """
    found = of_group(span, text)
    if found is None:
        return False
    count, last = found
    if not (count[:1].isdecimal() or count in NUMBER_WORDS or count in COUNT_WORDS) or count in ("one", "1") \
            or count.endswith("%"):
        return False
    return last in ("people", "children") or plural_in(last, people)  # "fans", "families", "people"
