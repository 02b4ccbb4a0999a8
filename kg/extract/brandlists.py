"""The names in a list the text calls a company's brands are its products.

Rule ``brand list``: "Its other brands include Syndol analgesic, Meltus cough
medicine, Sauber compression hosiery ...", "Inbev brands include Bass, Stella
Artois, Hoegaarden and Staropramen", "brands such as Stella Artois": a name in the
object list of "include" whose subject is a brand noun (``brand_nouns.txt``), or
after "including", "like" or "such as" hung on one, is a product, however NER read
it (a person's name: "Stella Artois"; a town's: "Hoegaarden"; a firm's: "Meltus"),
in all the article's mentions. So is a name of a list that a plural brand noun ends
("the Penfolds, Lindemans and Rosemount brands", "the Beringer and Wolf Blass brands":
two names or more, so that one owner's name, "Inbev brands", stays a company) or that
follows one as its copula's complement ("GM's main European brands are Opel and
Vauxhall"). A brand is often named after a person or a place,
so a given name or a place's name proves nothing here; a country's name, a name
with a person's title and a name that speaks elsewhere stay what they are.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, PERSON_TITLES, SPEECH_CUES, demonym_country
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

BRAND_NOUNS = read_words("brand_nouns.txt")
# NER's readings of a brand's name that the list corrects.
_MISREAD = frozenset(
    {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY}
)
# NER reads a premodifier list's plural-looking names as peoples too ("Lindemans", NORP);
# a nationality's word (``demonym_country``) is no brand.
_PREMODIFIERS = _MISREAD | {EntityType.GROUP}
_LIST_PREPOSITIONS = frozenset({"including", "like", "as"})
_JOINS = frozenset({",", "and", "&"})  # between the names of "the Penfolds, Lindemans and Rosemount brands"
_CLIMB = 8  # a list item's words and the list are a few steps from the list's verb


def brands_are_products(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name listed as a brand typed a Product (see the
    module docstring)."""
    listed = {
        fold(m.text) for m, (start, end) in found if m.type in _MISREAD and _in_brand_list(words.root(start, end))
    }
    listed |= _premodifier_list(found, words) - _acting(found, words)
    listed -= COUNTRIES
    if not listed:
        return found
    listed -= {fold(m.text) for m, bounds in found if fold(m.text) in listed and _person_or_speaker(m, words, bounds)}
    return [
        (replace(m, type=EntityType.PRODUCT, cued=True), b) if m.type in _PREMODIFIERS and fold(m.text) in listed else (m, b)
        for m, b in found
    ]


def _in_brand_list(word: Word) -> bool:
    """The word is an item of a brand list, or a word of one: up through the nouns it
    modifies and the list's conjuncts to the list's verb or preposition."""
    for _ in range(_CLIMB):
        head = word.head
        if head is word:
            return False
        if (word.dep_, head.lemma_.lower()) in {("dobj", "include"), ("attr", "be")}:
            return any(child.dep_ == "nsubj" and _brand_noun(child) for child in head.children)
        if word.dep_ == "pobj" and head.lower_ in _LIST_PREPOSITIONS:
            kind = head.head
            such = head.lower_ != "as" or any(child.lower_ == "such" for child in (*head.children, *kind.children))
            return such and _brand_noun(kind)
        if word.dep_ not in {"compound", "nmod", "amod", "conj", "appos"} or head.pos_ not in {"NOUN", "PROPN"}:
            return False
        word = head
    return False


def _premodifier_list(found: list[tuple[Mention, Bounds]], words: Words) -> set[str]:
    """The names of each list of two or more that a plural brand noun ends: "the
    Penfolds, Lindemans and Rosemount brands"."""
    names = sorted(
        ((start, end, m.text) for m, (start, end) in found if m.type in _PREMODIFIERS and not demonym_country(m.text)),
    )
    listed: set[str] = set()
    chain: list[str] = []
    last = -1
    for start, end, text in names:
        # Only a gap of one or two words can join a list: a longer one is never read.
        joined = last >= 0 and 0 < start - last <= 2 and all(words.words[i].lower_ in _JOINS for i in range(last, start))
        if not joined:
            chain = []
        chain.append(fold(text))
        last = end
        if len(chain) > 1 and end < len(words) and _brand_noun(words[end]):
            listed.update(chain)
    return listed


def _acting(found: list[tuple[Mention, Bounds]], words: Words) -> set[str]:
    """The names that act or own in some mention ("Unilever cut prices", "Unilever's
    brands"): an owner's names before "brands" rather than its brands'."""
    return {fold(m.text) for m, bounds in found if words.root(*bounds).dep_ in {"nsubj", "nsubjpass", "poss"}}


def _brand_noun(word: Word) -> bool:
    return word.pos_ == "NOUN" and word.tag_ == "NNS" and word.lemma_.lower() in BRAND_NOUNS


def _person_or_speaker(mention: Mention, words: Words, bounds: Bounds) -> bool:
    """The mention has a person's title or speaks ("Mr Bass said")."""
    if any(title.lower() in PERSON_TITLES for title in mention.titles):
        return True
    root = words.root(*bounds)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES
