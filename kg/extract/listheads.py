"""The kind noun that heads a list of names gives each of them its type.

Rule ``list head``: news lists names of one kind under one noun, and NER types
each name on its own, at random: "composers like Chopin and Wagner" (a firm, a
person), "19,924 Cadillac XLR coupes, SRX SUVs and Pontiac Grand Prix sedans"
(firms, an event). The nouns of ``list_heads.tsv`` type the names of a list they
head, and only there, as a cue (``kg.extract.cues.cue_type`` asks here last):

- the plural kind before "such as", "like" or "including", for every name of the
  list after it ("cartoons such as Transformers, Thundercats and M.A.S.K.");
- the plural kind a list of two names or more is said to be or to include, its subject ("Those
  vehicles with potential faults are the Chevrolet Avalanche, Express, Kodiak ...",
  "Recent new models ... include ... the Land Rover LR3/Discovery"); there a noun of
  ``type_cues.tsv`` counts too ("Other firms include ...", not a team's noun);
- a plural of a car's body style or "model" right after a name of a list, as the
  head of its phrase, when that phrase is one of a list of such phrases ("Cadillac
  XLR coupes, SRX SUVs and ... sedans") or the name is joined by "and" to another
  before the one noun ("the Fusion and Zephyr models"). A maker's name goes before
  its cars, vans and trucks ("Ford vans"), so these nouns type examples only.

A known place's or a country's name is left alone ("vehicles made in places like
Detroit" are no cars), and so is a people's (NER's NORP: "Other groups include
Christians and Muslims").
"""

from __future__ import annotations

from kg.extract.words import Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.types import EntityType

# noun -> (type, place): "examples" (a kind before "such as") or "after" (also after the name).
LIST_HEADS = {row.fields[0]: (EntityType(row.fields[1]), row.fields[2]) for row in read_table("list_heads.tsv")}
_LIST_DEPS = frozenset({"conj", "appos"})
_LISTING_VERBS = frozenset({"be", "include"})  # "Those vehicles ... are the Chevrolet Avalanche, Express ..."
_MAX_OTHER_WORDS = 3  # words of the other name between "and" and the noun


def list_head_type(words: Words, start: int, end: int) -> EntityType | None:
    """The type the kind noun heading the list of the name ``start:end`` gives, if any
    (see the module docstring)."""
    if words.words[start].ent_type_ == "NORP":
        return None  # a people's name: "Other groups include Christians and Muslims"
    root = words.root(start, end)
    found = _example_kind(root) or _after_kind(words, start, end, root)
    if found is None:
        return None
    name = words.span_text(start, end)
    return None if fold(name) in COUNTRIES or gazetteer().is_place(name) else found


def _example_kind(root: Word) -> EntityType | None:
    """The type of the plural kind the name's list is an example of: "composers like
    Chopin and Wagner", "vehicles such as the Avalanche", or that the list is said to be
    or to include: "Those vehicles with potential faults are the Chevrolet Avalanche,
    Express, Kodiak ...", "Recent new models ... include the Ford Freestyle crossover"."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    marker = root.head
    if any(child.tag_ == "POS" for child in root.children):
        return None  # an owner, no member: "The best films were Michael Collins's"
    # One name after "films were" is no list: the copula and "include" need two or more.
    listed = any(child.dep_ == "conj" for child in root.children)
    if listed and root.dep_ in {"attr", "dobj"} and marker.lemma_.lower() in _LISTING_VERBS:
        kind = next((child for child in marker.children if child.dep_ == "nsubj"), None)
        return _reading(kind, "examples", cues=True) if kind is not None and _kind_noun(kind) else None
    such = marker.lower_ == "as" and any(c.lower_ == "such" for c in (*marker.children, *marker.head.children))
    if root.dep_ != "pobj" or not (marker.lower_ in {"like", "including"} or such):
        return None
    return _reading(marker.head, "examples") if _kind_noun(marker.head) else None


def _kind_noun(word: Word) -> bool:
    return word.pos_ == "NOUN" and word.text.islower() and word.tag_ == "NNS"


def _after_kind(words: Words, start: int, end: int, root: Word) -> EntityType | None:
    """The type of a plural body style or "model" right after the name, in a list:
    "Cadillac XLR coupes, SRX SUVs and Pontiac Grand Prix sedans", "the Fusion and
    Zephyr models" (either name of the two)."""
    tokens = words.words
    if end < len(tokens) and _plural(tokens[end]):
        noun = tokens[end]
        # The other phrases of the list name their models too: not "3D models and textures".
        listed = (noun.dep_ in _LIST_DEPS and _named(noun.head)) or any(
            child.dep_ in _LIST_DEPS and _plural(child) and _named(child) for child in noun.children
        )
        joined = start >= 2 and tokens[start - 1].lower_ == "and" and tokens[start - 2].pos_ == "PROPN"
        return _reading(noun, "after") if (root.head is noun and listed) or joined else None
    if end >= len(tokens) or tokens[end].lower_ != "and":
        return None
    i = end + 1  # "the Fusion and Zephyr models": the first name, the other's words, the noun
    while i < len(tokens) and i <= end + _MAX_OTHER_WORDS and tokens[i].text[:1].isupper():
        i += 1
    return _reading(tokens[i], "after") if end + 1 < i < len(tokens) and _plural(tokens[i]) else None


def _named(noun: Word) -> bool:
    """A proper noun modifies the noun: "SRX SUVs"."""
    return any(child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN" for child in noun.children)


def _plural(word: Word) -> bool:
    """A plural common noun, written small or as an acronym ("coupes", "SUVs")."""
    text = word.text
    return word.tag_ in {"NNS", "NNPS"} and text.endswith("s") and (text.islower() or text[:-1].isupper())


def _reading(noun: Word, place: str, *, cues: bool = False) -> EntityType | None:
    """The type ``list_heads.tsv`` gives the noun in that place, if any; with ``cues``,
    else the type ``type_cues.tsv`` gives it ("firms include ...": organisations; no team's
    noun, which is a sports report's only)."""
    lemma = fold(noun.lemma_)
    entry = LIST_HEADS.get(lemma) or LIST_HEADS.get(fold(noun.text).removesuffix("s"))
    if entry is None:
        found = TYPE_CUES.get(lemma) if cues else None
        return found if found is not EntityType.SPORTS_TEAM else None
    return entry[0] if place == "examples" or entry[1] == "after" else None
