"""The one company named before, for "the US-based company", "the German giant".

Business news names a company and then speaks of it by its kind with a few words more:
"Volkswagen is considering building a car factory in India ... The German giant said it
was studying the possibility"; "Shares in Google have fallen ... the US-based company sold
19.6 million shares". ``Linker`` links a nationality's firm only to one the article gives
that nationality, and ``kg.resolve.leadcompany`` only the bare "the company", so these
stay unresolved and the events they take part in are dropped. ``modified_links`` links
"the <modifiers> <company noun>" (a company's kind of ``organisation_kinds.tsv``: "firm",
"group", "maker", "giant") to the one organisation that may be a company (of no kind or
a company's) named before it (none named right after it: "The French spirits firm Pernod
Ricard"; a name later in its sentence is another: "The US firm says it wants to compete
with companies such as Disney" is Electronic Arts, named before), when every modifier fits it and no
company is spoken of unnamed since it was last named ("a French firm", "other firms"):

- a nationality ("German", "US-based") the article gives it, or it is given none;
- a field word ("oil", "telecoms"); never a place or name of no nationality ("the
  Paris-based exchange"), a possessive ("the world's biggest firm"), a superlative or a
  word that may point past it ("the other firm", "the new group": ``narrowing_modifiers.txt``).

Two companies named before ("rival Deutsche Boerse ... the LSE ... the German group"): no link;
nor to one named again after it in its sentence, another participant there ("Shares in Allied
Domecq rose ... The French spirits firm is considering a bid for Allied").
A wrong company is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import ARTICLES, NARROWING_MODIFIERS, ORGANISATION_KINDS, PREPOSITIONS
from kg.records import Mention
from kg.resolve.agreement import kind_agrees, nationality
from kg.resolve.thekind import plural
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_COMPANY = "company"
# "the" and up to three words right before a description: "the Russian oil firm".
_THE = re.compile(r"(?:^|\s)the\s+((?:(?!the\s)[\w’'.-]+\s+){0,3})$", re.IGNORECASE)
_FIELD_WORD = re.compile(r"[a-z][a-z-]*")
_NOT_FIELDS = NARROWING_MODIFIERS | ARTICLES | PREPOSITIONS
_NOUNS = sorted(noun for noun, kind in ORGANISATION_KINDS.items() if kind == _COMPANY)
_PLURALS = sorted(plural(noun) for noun in _NOUNS)
# A company spoken of unnamed: "a French firm", "other firms", "its parent company".
_UNNAMED = re.compile(
    rf"\b(?:a|an|another|one|other|rival|its|their)\s+(?:[\w'-]+\s+){{0,2}}(?:{'|'.join(_NOUNS)})\b|\b(?:{'|'.join(_PLURALS)})\b",
    re.IGNORECASE,
)


def modified_links(linker: Linker) -> list[tuple[Mention, int]]:
    """The descriptions "the <modifiers> <company noun>" no rule linked, each with the one
    organisation that may be a company named before it, when every modifier fits it (see
    the module's docstring)."""
    links = []
    for description in linker.descriptions:
        if linker.in_name(description.end - 1) or linker.named_or_described(description.as_argument()) is not None:
            continue  # "US-based company" holds a name, not its head
        modifiers = _modifiers(linker, description)
        company = _one_company(linker, description) if modifiers else None
        if company is not None and _fit(linker, company, modifiers):
            links.append((description, company))
    return links


def _modifiers(linker: Linker, description: Mention) -> list[str]:
    """The words between "the" and a company's noun ("Russian", "oil"), or none when the
    description is no "the <words> <company noun>"."""
    words = description.text.split()
    if not words or ORGANISATION_KINDS.get(words[-1].lower()) != _COMPANY:
        return []
    if words[0].lower() == "the":
        return words[1:-1]
    found = _THE.search(linker.text[max(0, description.start - 40) : description.start])
    return found.group(1).split() + words[:-1] if found is not None else []  # not "an independent company"


def _fit(linker: Linker, company: int, modifiers: list[str]) -> bool:
    """Whether every modifier fits the company: a nationality it has or it has none, a field word."""
    known = linker.nationalities(company)
    for word in modifiers:
        code = nationality(word)
        if code is not None:
            if known and code not in known:
                return False
        elif not _FIELD_WORD.fullmatch(word) or word in _NOT_FIELDS or word.endswith("est"):
            return False  # "the Paris-based exchange", "the world's biggest firm", "the other firm"
    return True


def _one_company(linker: Linker, description: Mention) -> int | None:
    """The one organisation that may be a company named before the description (none named
    right after it), when no company is spoken of unnamed since it was last named."""
    found: set[int] = set()
    last = 0
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if mention.start >= description.start and mention.start - description.end <= 2 and entity.type is EntityType.ORGANIZATION:
            return None  # "The French spirits firm Pernod Ricard": named right after it, its own name
        if mention.start >= description.start or entity.local:
            continue  # "The US firm says it wants to compete with companies such as Disney": not Disney
        if entity.type is EntityType.ORGANIZATION and kind_agrees(_COMPANY, linker.kinds(cluster)):
            found.add(cluster)
            last = max(last, mention.end) if mention.end <= description.start else last
    if len(found) != 1 or last == 0 or _UNNAMED.search(linker.text, last, description.start) is not None:
        return None
    company = found.pop()
    # Named again after it in its own sentence, the company is another participant there:
    # "The French spirits firm is considering a bid for Allied" (Allied Domecq named before).
    later = any(cluster == company and mention.start >= description.end and mention.sentence == description.sentence
                for mention, cluster in linker.names)
    return None if later else company
