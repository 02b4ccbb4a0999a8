"""A name NER read as a place that no gazetteer or table knows is a company, in all
its mentions, when the article shows one.

NER labels coined firms' names GPE as it labels towns: "Wanadoo goes head to head with
BT", "state-owned Codelco will spend about $1bn", "Rosneft, a Russian oil firm that is
in the process of merging with Gazprom". The evidence, in one mention:

- an initialism (two to four capitals and digits: "BT", "LG", "O2") outside a sports
  report, where "SA" and "NZ" stand for countries in line-ups;
- an owner's adjective before it ("state-owned Codelco", ``owner_adjectives.txt``);
- a merger with it or a takeover of it ("merging with Gazprom");
- a company post it has ("Game's UK sales director": a business post of ``roles.tsv``).

A known place keeps NER's reading whatever it does ("Russia sold its stake"): a
country's, a region's or a capital's name, one the gazetteer knows as a place or a
city of any size ("LA", "NY"), and so does a name a cue read as a place or that
looks like a person's.
"""

from __future__ import annotations

from kg.extract.company_cues import possessed_lemmas
from kg.extract.cues import looks_like_person
from kg.extract.spread import as_organisations
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import CAPITALS, COUNTRIES, OWNER_ADJECTIVES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_PLACES = frozenset({EntityType.PLACE, EntityType.CITY})
# "merging with Gazprom", "the merger with Gazprom"; "the takeover of Yukos".
_DEALS = {"with": frozenset({"merge", "merger"}), "of": frozenset({"takeover", "acquisition"})}
# Posts only a company has ("Game's UK sales director"; not a president or a member, which places have).
_POSTS = frozenset("director chairman chairwoman ceo cfo founder cofounder shareholder treasurer salesman".split())


def firms_not_places(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[tuple[Mention, Bounds]]:
    """``found`` with the names NER read as places that a mention shows to be a
    company (see the module docstring) typed Organization in every mention NER read
    as a place; the mention that shows it is marked cued."""
    shown = {b for m, b in found if m.type in _PLACES and not m.cued and _shows_firm(m.text, words, *b, sport=sport)}
    if not shown:
        return found
    kept = {fold(m.text) for m, _ in found if (m.cued and m.type in _PLACES) or m.titles}
    firms = {fold(m.text) for m, b in found if b in shown} - kept
    return as_organisations(found, firms, shown, lambda m: m.type in _PLACES and not m.cued)


def _shows_firm(name: str, words: Words, start: int, end: int, *, sport: frozenset[str]) -> bool:
    if not is_unknown_place(name):
        return False
    if not sport and end - start == 1 and is_initialism(name):
        return True
    return owned(words, start) or in_deal(words, start, end) or bool(possessed_lemmas(words, end) & _POSTS)


def is_unknown_place(name: str) -> bool:
    """No country's, region's or capital's name, no place or city the gazetteer knows, no person's."""
    form = fold(name)
    places = gazetteer()
    return not (
        form in COUNTRIES or form in REGIONS or form in CAPITALS or places.is_place(name)
        or places.city_candidates(form) or looks_like_person(name)
    )


def is_initialism(name: str) -> bool:
    """Two to four capitals and digits, a capital first: "BT", "O2", "G7" (not "Oz")."""
    return 2 <= len(name) <= 4 and name[0].isupper() and all(c.isdigit() or c.isupper() for c in name)


def owned(words: Words, start: int) -> bool:
    """An owner's adjective stands before the name: "state-owned Codelco"."""
    before = fold(words.text[max(0, words[start].idx - 30) : words[start].idx]).split()
    return any(" ".join(before[-n:]) in OWNER_ADJECTIVES for n in (2, 3) if len(before) >= n)


def in_deal(words: Words, start: int, end: int) -> bool:
    """The name is what a company merges with or takes over: "merging with Gazprom"."""
    root = words.root(start, end)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    preposition = root.head
    return root.dep_ == "pobj" and preposition.head.lemma_.lower() in _DEALS.get(preposition.lower_, frozenset())
