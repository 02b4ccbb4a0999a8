"""An apposition that gives a person's post is the position, not an edge besides it.

"..., said Ben Wood, principal analyst at research firm Gartner": ``kg.extract.roles`` reads
the position (Ben Wood, principal analyst, Gartner) from the apposition, and the apposition
itself gave an edge ``Ben Wood --is--> principal analyst`` that only repeats the position's
role. Such an edge gives way to the position when a role reading of the same person (the
name ending at the same place) has a role the apposition's words open with ("analyst" of
"Shelley Taylor, analyst and author of a report"). Not an apposition of no post ("Consob,
Italy's stock market regulator"), a place's "-based" modifier before the post read past ("Victor
Chan, a Singapore-based analyst": ``kg.extract.basedposts``), nor one whose words are not the post read there ("David
Mercer, analysts with Strategy Analytics": no role reading), nor a description's reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.folding import fold
from kg.lexicon import ARTICLES
from kg.records import Proposition, RoleReading

# A place's "-based" modifier before the post (kg.extract.basedposts): "a New York-based fund manager".
_BASED = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\s+")


def posts_held(roles: Iterable[RoleReading]) -> dict[int, set[str]]:
    """The folded roles each person's role readings give, by where the person's name ends."""
    posts: dict[int, set[str]] = {}
    for reading in roles:
        if reading.role and reading.kind not in ("description", "composition"):
            posts.setdefault(reading.person.end, set()).add(fold(reading.role))
    return posts


def restates_post(edge: Proposition, posts: dict[int, set[str]]) -> bool:
    """Whether ``edge`` is an apposition's "is" edge that opens with a post a role reading of
    its subject gives (see the module's docstring).

    >>> from kg.records import Argument
    >>> def edge(words): return Proposition(kind="apposition", key="be", relation="is", sentence=(0, 90), confidence=1.0,
    ...     subject=Argument("Ben Wood", 0, 8, 4, 8), object=Argument(words, 10, 10 + len(words), 10, 20))
    >>> posts = {8: {"principal analyst"}}
    >>> restates_post(edge("principal analyst at research firm Gartner"), posts), restates_post(edge("a principal analyst"), posts)
    (True, True)
    >>> restates_post(edge("a Singapore-based principal analyst"), posts), restates_post(edge("home-based principal analyst"), posts)
    (True, False)
    >>> restates_post(edge("author of a report"), posts), restates_post(edge("principal analysts' body"), posts)
    (False, False)
    """
    if edge.kind != "apposition" or edge.key != "be" or edge.object is None or edge.subject.end not in posts:
        return False
    words = fold(_BASED.sub("", edge.object.text, count=1)).split()  # "a Singapore-based analyst": the post after it
    if words and words[0] in ARTICLES:
        words = words[1:]
    return any(words[: len(post.split())] == post.split() for post in posts[edge.subject.end])
