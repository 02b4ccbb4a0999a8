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

import re

from kg.extract.quantities import NUMBER_WORDS
from kg.lexicon import COUNT_WORDS
from kg.records import Argument

__all__ = ["count_of_people"]

# "<count> of <up to five words>": the count's last word right before "of".
_OF = re.compile(r"(?P<count>[\w.,-]+)\s+of\s+(?:[\w'’-]+\s+){0,5}(?P<last>[a-z]+)", re.IGNORECASE)


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
    words = text[span.start : span.end]
    found = _OF.search(words)
    if found is None or found.end() != len(words):
        return False
    count = found["count"].lower()
    if not (count[:1].isdecimal() or count in NUMBER_WORDS or count in COUNT_WORDS) or count in ("one", "1") \
            or count.endswith("%"):
        return False
    last = found["last"].lower()  # a plural: "fans", "families", "people"
    return last in ("people", "children") or (last.endswith("s") and (last[:-1] in people or (
        last.endswith("ies") and last[:-3] + "y" in people)))
