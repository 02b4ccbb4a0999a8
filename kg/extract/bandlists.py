"""A name listed with bands only is a band too, in a text of bands.

NER reads a band's name of two words or more as a person's ("Iron Maiden", "Led
Zeppelin", "Franz Ferdinand"), and a list gives no plural verb or kind of act of its
own to each name in it. But a list that the article's own grammar shows to hold
bands, and nothing that looks like a person's name, is a list of bands: "The top
five includes Led Zeppelin, Iron Maiden and Sex Pistols" (Sex Pistols: a plural
name in a text of bands), "joining main stage headliners Scissor Sisters and Franz
Ferdinand", "Pixies, Foo Fighters and Iron Maiden will headline".

So a name NER read as a person, of two words or more, with no given name first
and no title, coordinated by the parse in one list of names only (each item a name
NER or a cue found), at least one of them a name ``kg.extract.bands`` found to be a
band, becomes a band. Not when any item of the list is a person's name by its
form (a given name first: "Joss Stone and Franz Ferdinand", "Keane, Jamelia and
Muse" where "Jamelia" is read a person's), nor a one-word name (a solo act's as often:
"Eminem"), nor a name a mention of which the grammar shows to be one ("Keane and Joss
Stone, who was voted best urban act", "Joss Stone is"), nor outside a text of bands (the
caller's check).
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES
from kg.records import Mention
from kg.types import EntityType


def listed_with_bands(found: list[tuple[Mention, Bounds]], words: Words, bands: set[str]) -> set[str]:
    """The folded names of ``found`` that a list of ``bands`` shows to be bands too
    (see the module docstring); ``bands`` holds the folded names found to be bands."""
    if not bands:
        return set()
    by_root: dict[int, Mention] = {}
    for mention, bounds in found:
        by_root.setdefault(words.root(*bounds).i, mention)
    singular = {fold(m.text) for m, bounds in found if _one_person(words, *bounds)}
    listed: set[str] = set()
    for mention, bounds in found:
        if not _candidate(mention) or fold(mention.text) in bands | singular:
            continue
        members = _list_members(words.root(*bounds))
        if len(members) < 2 or any(member.i not in by_root for member in members):
            continue  # no list, or a list with a common noun in it ("Franz Ferdinand and a DJ")
        names = [by_root[member.i] for member in members]
        if any(fold(name.text) in bands for name in names) and not any(_person_like(name) for name in names):
            listed.add(fold(mention.text))
    return listed


def _one_person(words: Words, start: int, end: int) -> bool:
    """A mention the grammar shows to be one: "X, who was voted best urban act" (a "who"
    clause in the singular, a list's last item too: "Keane and Joss Stone, who was voted":
    a list takes "were"), or the lone subject of a verb in the singular ("Joss Stone is",
    "X was"; a band may take one too, "Iron Maiden is": no band then)."""
    tokens = words.words
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ == "who":
        pronoun = tokens[end + 1]
        if pronoun.dep_ in {"nsubj", "nsubjpass"} and _singular(pronoun.head):
            return True
    root = words.root(start, end)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.i >= end and _singular(root.head)


def _singular(verb: Word) -> bool:
    """The verb, or its first auxiliary, is in the singular: "is", "has", "was"."""
    forms = [*(child for child in verb.children if child.dep_ in {"aux", "auxpass"} and child.i < verb.i), verb]
    return forms[0].tag_ == "VBZ" or forms[0].lower_ == "was"


def _candidate(mention: Mention) -> bool:
    """NER's person of two words or more with no title ("Iron Maiden"; not "Mr Keane")."""
    return mention.type is EntityType.PERSON and not mention.titles and len(mention.text.split()) >= 2


def _person_like(mention: Mention) -> bool:
    """A list item whose form is a person's: a title, a given name first ("Joss Stone",
    "Jamelia" when the given names hold it)."""
    first = fold(mention.text).split()[:1]
    return bool(mention.titles) or looks_like_person(mention.text) or (bool(first) and first[0] in GIVEN_NAMES)


def _list_members(root: Word) -> list[Word]:
    """The roots of every item of the list ``root`` is in, ``root`` too (the parse's
    "conj" chain from the list's first item); just ``root`` outside a list."""
    top = root
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    members: list[Word] = []
    stack = [top]
    while stack:
        word = stack.pop()
        members.append(word)
        stack.extend(child for child in word.children if child.dep_ == "conj")
    return members
