"""A name that wins a film's category or counted film prizes is a film, in all its mentions.

In an awards story NER reads a film's title by its words: "Amadeus" a person,
"Titanic" and "The Incredibles" firms. What the story says the name won is surer:
only a film wins a film's "best" category (``prize_words.tsv``, kind ``category``:
"best picture", "best animated feature", "best adapted screenplay") or a count of
film prizes (kind ``honour``: "11 Oscars"). The subject of a verb of winning
(``_WIN_VERBS``) whose object is one, or that beat a rival "to" one, is a work (not
a category an award is "for": "won the award for best first feature" is a person's):

- "Amadeus beat The Killing Fields, A Passage to India ... to best picture": the
  subject, and the films it beat (the object and its conjuncts);
- "when Titanic took home 11 Oscars", "The Incredibles won best animated feature",
  "The Motorcycle Diaries which took best foreign film" (the relative clause's subject).

Only in an awards story (a film prize, an award or a nomination named); never a
name that looks like a person's (a given name first: "Alexander Payne won best director and best screenplay"), with
a title, a role's word before it ("Scrubs star Zach Braff won the award for best first
feature"), the surname of a person named in the article ("Eastwood took home two
Oscars"), a country or a people; nor a category people or bands win ("best director",
"best rock act": not in the table).
"""

from __future__ import annotations

from kg.extract.takings import box_office_works, misread_title, title_around, titles_as_works
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES, ROLE_HEADS
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_KINDS = {row.fields[0]: row.fields[1] for row in read_table("prize_words.tsv")}
_CATEGORIES = frozenset(word for word, kind in _KINDS.items() if kind == "category")
_HONOURS = frozenset(word for word, kind in _KINDS.items() if kind == "honour")
_PERSON_CUES = frozenset(word for word, kind in _KINDS.items() if kind == "person") | ROLE_HEADS
# Verbs of winning: "won", "took (home)", "beat ... to", "scooped", "picked up", "collected".
_WIN_VERBS = frozenset({"win", "take", "beat", "scoop", "pick", "collect", "land", "claim", "bag", "grab", "sweep"})
_STORY_WORDS = (*sorted(_HONOURS), "award", "nominat")  # an awards story: "Oscars", "awards", "nominations"
_RELATIVES = frozenset({"which", "that"})


def deed_works(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with the films a box-office deed (``kg.extract.takings``) or a prize names typed works."""
    return prize_works(box_office_works(found, words), words)


def prize_works(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name that wins a film's prize (see the module
    docstring) typed a CreativeWork, its span the whole title."""
    lower = words.text.lower()
    if not any(word in lower for word in _STORY_WORDS):
        return found
    tokens = words.words
    surnames = {fold(m.text.split()[-1]) for m, _ in found if m.type is EntityType.PERSON and len(m.text.split()) > 1}
    titles = set()
    for mention, bounds in found:
        whole = title_around(words, mention, bounds)
        if _misread(mention, surnames) and not _cued_person(tokens, whole) and _wins(tokens, whole):
            titles.add(fold(words.span_text(*whole)))
    if not titles:
        return found
    return titles_as_works(found, words, titles, lambda mention: _misread(mention, surnames))


def _misread(mention: Mention, surnames: set[str]) -> bool:
    """NER's reading may give way: no given name first, no title, no surname of a person
    the article names."""
    first = fold(mention.text.split()[0]) if mention.text.split() else ""
    if mention.titles or first in GIVEN_NAMES:
        return False
    return misread_title(mention) and not (mention.type is EntityType.PERSON and fold(mention.text) in surnames)


def _cued_person(tokens: list[Word], bounds: Bounds) -> bool:
    """A role's word right before the name: "Scrubs star Zach Braff", "director Brad Bird"."""
    return bounds[0] > 0 and tokens[bounds[0] - 1].lower_ in _PERSON_CUES


def _wins(tokens: list[Word], bounds: Bounds) -> bool:
    """Words ``bounds`` are the subject of a verb of winning whose phrase holds a film's
    prize, or the films such a verb "beat"."""
    heads = [t for t in tokens[bounds[0] : bounds[1]] if not bounds[0] <= t.head.i < bounds[1]]
    if len(heads) != 1:
        return False
    word = heads[0]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "Sideways and Finding Neverland won ...", "beat The Killing Fields, A Passage to India"
    if word.dep_ == "dobj" and word.head.lemma_.lower() == "beat":
        return _film_prize(word.head)  # the films beaten to best picture
    if word.dep_ == "nsubj":
        return word.head.pos_ == "VERB" and _film_prize(word.head)
    # "The Motorcycle Diaries which took best foreign film"
    return any(c.dep_ == "relcl" and _relative_subject(c) and _film_prize(c) for c in word.children)


def _relative_subject(verb: Word) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children)


def _film_prize(verb: Word) -> bool:
    """``verb`` is a verb of winning whose objects or prepositions hold a film's "best"
    category or a count of film prizes."""
    if verb.lemma_.lower() not in _WIN_VERBS:
        return False
    return any(_prize_word(word) and _won_as_such(word, verb) for word in verb.subtree)


def _won_as_such(word: Word, verb: Word) -> bool:
    """The prize is the verb's object ("won best picture", "took home 11 Oscars") or what
    it beat a rival to ("beat The Killing Fields to best picture"); not a category an
    award is for ("won the award for best first feature for Garden State": a person's)."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "best original screenplay and best editing"
    if word.dep_ == "dobj":
        return word.head.i == verb.i
    if word.dep_ != "pobj" or word.head.lower_ != "to":
        return False
    # the parse may hang "to best picture" on the last rival beaten: within the verb's object
    objects = [w.i for c in verb.children if c.dep_ == "dobj" for w in c.subtree]
    return word.head.head.i == verb.i or word.head.head.i in objects


def _prize_word(word: Word) -> bool:
    lower = word.lemma_.lower()
    if lower in _CATEGORIES:
        return any(w.lower_ == "best" and w.i < word.i for w in word.subtree)  # "best picture", "best animated feature"
    if lower in _HONOURS or word.lower_.rstrip("s") in _HONOURS:
        return any(c.ent_type_ == "CARDINAL" or c.tag_ == "CD" for c in word.children)  # "11 Oscars"
    return False
