"""The state an article is about, for "the government" no nearer name takes up.

News names a country's ministers or its government and then speaks of "the government":
"The Indonesian government has asked ... the government said it would"; "Japan's
economy shrank ... The government said". ``Linker`` links "the government" only to a
compatible name in the sentences right before it, so it mostly stays an unresolved
description and the events whose participant it is are dropped. ``government_links``
gives "the government" (the whole description, after "the") the one country it can be:

- the one country whose government or state post the article names ("Indonesian
  government", "the Iraqi foreign minister": ``kg.extract.rolephrase``'s state posts), or
- where it names none, the only country the article names.

No link where two countries have a government or a post in the article, where a state
post is named of no country ("Prime Minister Tony Blair", "the chancellor": the
government may be that unnamed country's, as in a British article naming only Iraq), or
where the article does not name the country as a node of its own. A wrong state is
worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.rolephrase import STATE_ROLE_TYPES
from kg.folding import fold
from kg.lexicon import COUNTRIES, COUNTRY_ALIASES, ROLES, demonym_country
from kg.records import Mention, RoleReading
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_HEAD = "government"
# A country or its demonym owning a government: "the Indonesian government", "the UK's government".
_OWNED = re.compile(r"((?:[A-Z][\w.'-]*\s+)?[A-Z][\w.'-]*?)(?:['’]s)?\s+[Gg]overnment\b")
_UNNAMED = ""
# A state post as written, with or without a name after it: "the prime minister", "ministers", "Chancellor".
_POSTS = sorted((" ".join(words) for words, role in ROLES.items() if role.type in STATE_ROLE_TYPES), key=len, reverse=True)


def _by_first_letter(posts: list[str]) -> str:
    r"""The posts as one alternation, grouped by their first letter in their own order,
    behind a test of that letter: ``re`` tries a hundred alternatives one by one at every
    word's start, and this matches the same spans (each post's start is a letter, so
    ``\b`` before it is no word character before it) six times faster.

    >>> _by_first_letter(["prime minister", "premier", "mp"])
    '(?<!\\w)(?=[mp])(?:p(?:rime[\\s-]+minister|remier)|m(?:p))'
    """
    groups: dict[str, list[str]] = {}
    for post in posts:
        if not post[:1].isalpha():
            raise ValueError(f"a state post must start with a letter: {post!r}")
        written = re.escape(post).replace(r"\ ", r"[\s-]+")
        groups.setdefault(written[0].lower(), []).append(written[1:])
    letters = "".join(sorted(groups))
    return rf"(?<!\w)(?=[{letters}])(?:" + "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items()) + ")"


_POST = re.compile(rf"{_by_first_letter(_POSTS)}s?\b", re.IGNORECASE)
_BEFORE = re.compile(r"([A-Z][\w.'-]*\s+)?([A-Z][\w.'-]*?)(?:['’]s)?\s+$")


def _country(name: str) -> str | None:
    """The folded canonical name of the country ``name`` or its demonym names, or ``None``.

    >>> _country("Indonesian"), _country("UK"), _country("Labour")
    ('indonesia', 'united kingdom', None)
    """
    folded = fold(name)
    if folded in COUNTRY_ALIASES:
        return fold(COUNTRY_ALIASES[folded])
    if folded in COUNTRIES:
        return folded
    country = demonym_country(name)
    return fold(country) if country is not None else None


def _states(text: str, readings: Sequence[RoleReading]) -> set[str]:
    """The countries whose government or state post the article names; ``_UNNAMED`` for a
    state post of no country ("Prime Minister Tony Blair")."""
    states: set[str] = set()
    for reading in readings:
        if reading.role_type not in STATE_ROLE_TYPES:
            continue
        owner = reading.organisation
        states.add(_UNNAMED if owner is None else _country(owner.text) or _UNNAMED)
    for post in _POST.finditer(text):  # "the prime minister", unnamed: of no country the article names
        before = _BEFORE.search(text, max(0, post.start() - 40), post.start())
        named = before and (_country((before.group(1) or "") + before.group(2)) or _country(before.group(2)))
        states.add(named or _UNNAMED)
    for found in _OWNED.finditer(text):
        words = found.group(1).split()
        country = _country(found.group(1)) or _country(words[-1])
        if country is not None:
            states.add(country)
    return states


def government_links(linker: Linker, readings: Sequence[RoleReading]) -> Iterator[tuple[Mention, int]]:
    """Each "the government" no rule linked, with the one country it stands for (see the
    module's docstring)."""
    bare = [description for description in linker.descriptions
            if description.text.lower() == _HEAD and _THE.search(linker.text, max(0, description.start - 5), description.start)
            and linker.named_or_described(description.as_argument()) is None]
    if not bare:
        return
    countries: dict[str, set[int]] = {}
    for cluster in linker.clusters:
        if cluster.type is EntityType.COUNTRY and not cluster.local:
            for mention in cluster.mentions:
                country = _country(mention.text)
                if country is not None:
                    countries.setdefault(country, set()).add(cluster.index)
    states = _states(linker.text, readings)
    chosen = states if states else set(countries)
    if len(chosen) != 1 or _UNNAMED in chosen:
        return
    found = countries.get(chosen.pop(), set())
    if len(found) != 1:
        return
    state = found.pop()
    for description in bare:
        yield description, state
