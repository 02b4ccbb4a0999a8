"""Cluster the named mentions of one document into entities.

Two names are the same entity when one is a variant of the other:
the same name up to case, hyphens, diacritics and possessives ("Kassym-Jomart
Tokayev" / "Kassym Jomart Tokayev"); a surname or trailing part of a person's
full name ("Tokayev"); an acronym of an organisation's name ("CSTO"); or a
trailing part of an organisation's name that no other entity shares ("Defence
Ministry" within "Russian Defence Ministry"). A short form that fits two
different long names is left alone: a wrong merge is worse than a missing one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from kg.records import Mention
from kg.types import EntityType

_STOP_IN_ACRONYM = {"of", "the", "and", "for", "de", "la", "du", "des", "&", "on", "in"}
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "i", "an")
_PERSONAL = {EntityType.PERSON}
_ORG_LIKE = {EntityType.ORGANIZATION, EntityType.GROUP, EntityType.FACILITY}


def normalise(name: str) -> str:
    """Comparable form of a name: no diacritics, case, hyphens or possessive.

    >>> normalise("Kassym-Jomart Tokayev’s")
    'kassym jomart tokayev'
    >>> normalise("Bogotá")
    'bogota'
    """
    stripped = re.sub(r"['’]s$|['’]$", "", name.strip())
    folded = unicodedata.normalize("NFKD", stripped).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"[-‐–_.]", " ", folded.casefold())
    return " ".join(folded.split())


def acronym(name: str) -> str:
    """Initials of a name's content words.

    >>> acronym("Collective Security Treaty Organisation")
    'CSTO'
    >>> acronym("Bank of England")
    'BE'
    """
    words = [word for word in re.split(r"[\s-]+", name) if word and word.lower() not in _STOP_IN_ACRONYM]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def cluster_names(mentions: Sequence[Mention]) -> list[list[int]]:
    """Group mention indexes that name the same entity; clusters in first-mention order."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        root_i, root_j = find(i), find(j)
        if root_i != root_j:
            parent[max(root_i, root_j)] = min(root_i, root_j)

    forms = [normalise(mention.text) for mention in mentions]
    # 1. Identical names (up to case, hyphens, diacritics).
    first_with_form: dict[str, int] = {}
    for i, form in enumerate(forms):
        if form in first_with_form:
            union(first_with_form[form], i)
        else:
            first_with_form[form] = i

    long_forms = {form: i for form, i in first_with_form.items() if len(form.split()) > 1}
    for form, i in first_with_form.items():
        mention = mentions[i]
        words = form.split()
        candidates: set[int] = set()
        for long_form, j in long_forms.items():
            if long_form == form:
                continue
            other = mentions[j]
            long_words = long_form.split()
            if mention.text.isupper() and 2 <= len(mention.text) <= 8 and other.type in _ORG_LIKE:
                # 2. Acronyms: "CSTO" for "Collective Security Treaty Organisation".
                if acronym(other.text) == mention.text:
                    candidates.add(find(j))
            elif len(words) < len(long_words) and long_words[-len(words) :] == words:
                # 3. Trailing part: surname of a person, tail of an organisation's name.
                if _compatible(mention, other):
                    candidates.add(find(j))
        if len(candidates) == 1:
            union(i, candidates.pop())

    clusters: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        clusters.setdefault(find(i), []).append(i)
    return [clusters[root] for root in sorted(clusters)]


def _compatible(short: Mention, long: Mention) -> bool:
    """Whether a short name may stand for a longer one of the given types."""
    if long.type in _PERSONAL:
        return short.type in _PERSONAL or short.type is EntityType.ORGANIZATION or bool(short.titles)
    if long.type in _ORG_LIKE:
        return short.type in _ORG_LIKE
    return False
