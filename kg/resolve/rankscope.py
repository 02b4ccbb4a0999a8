"""A country's possessive before a superlative says where a firm ranks, not which
nationality the article must already have given it.

"UK house prices increased by 1.1% in December, the Halifax has said. The UK's biggest
mortgage lender said prices rose 15.1%": a nationality word in a description ("the French
spirits firm") stands only for an entity the article gives that nationality
(``kg.resolve.agreement``), and the Halifax has none, so the lender stayed a speaker of its
own. A country's name with "'s" right before a superlative or a ranking ("The UK's biggest",
"Japan's second-largest", "Britain's leading") only scopes the ranking: the description
then stands for the one compatible organisation of its kind named nearby
(``Linker._nearest``'s candidates), as "the country's biggest lender" does, unless the
article gives that one another nationality. Two candidates leave it unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.records import Mention
from kg.resolve.agreement import nationality

# "The UK's biggest", "Japan's second-largest", "Britain's leading", "America's number one".
# A possessor right before a description apposed to a name ("Almaty, Kazakhstan's largest city"):
# definite enough for kg.resolve.coref to look for the one fitting entity named before; a possessor
# elsewhere is not ("Australia's securities watchdog is investigating Hardie's former chief": no Hardie).
POSSESSED = re.compile(r",\s+[\w-]+['’]s\s+$")
_RANKED = re.compile(
    r"\b([A-Z][\w.-]*)['’]s\s+(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?"
    r"(?:biggest|largest|leading|top|number one|no 1)\s", re.IGNORECASE)


def ranked_in(written: str) -> str | None:
    """The country a description's possessive scopes its ranking to, else ``None``.

    >>> ranked_in("The UK's biggest mortgage lender"), ranked_in("Japan's second-largest carmaker")
    ('GB', 'JP')
    >>> ranked_in("The French spirits firm") is None, ranked_in("Tesco's biggest rival") is None
    (True, True)
    """
    found = _RANKED.search(written)
    return nationality(found.group(1)) if found is not None and found.group(1)[:1].isupper() else None


def ranked_one(written: str, near: Iterable[tuple[Mention, int]], nationalities: Callable[[int], set[str]]) -> int | None:
    """The one organisation of ``near`` (the compatible names before the description, of
    its kind) that a ranking scoped to a country may stand for: none the article gives
    another nationality; ``None`` when the description ranks nothing or not one is left."""
    code = ranked_in(written)
    if code is None:
        return None
    near = list(near)
    fitting = {cluster for _, cluster in near if nationalities(cluster) <= {code}}
    if len(fitting) != 1 or all(mention.modifier for mention, _ in near):
        return None
    return fitting.pop()
