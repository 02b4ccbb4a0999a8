"""A person's first name NER read as a place, with the surname it left out: "to beat
Gisela Dulko 1-6 6-4 6-4" (NER: "Gisela", a place; "Dulko", nothing). So is one NER read
as a nationality ("would consider signing Adrian Mutu": "Adrian", NORP), unless the word
after it is a people's or a party's ("Christian Democrats", ``demonyms.tsv``, ``nicknames.tsv``).

The graph would hold a place "Gisela" and no player. The two words are one person's
name when the first is a given name (``given_names.tsv``; a word no list holds,
"Arjen" of "Arjen Robben", may be anything) and the second is a proper noun in no
entity, inside the sentence, on which the first hangs as a compound, that the article
names alone elsewhere ("Dulko, who had lost all three of her singles matches": a
surname is used so, the "Harbour" of "Sydney Harbour" is not), and which ends the
name: no capitalised word follows ("Jordan Grand Prix"); it is no head of a name or a
place ("Victoria Station": ``name_heads.tsv``, ``place_cues.tsv``), no post or title,
nor a known place ("Florence Italy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import (
    GIVEN_NAMES,
    NAME_HEADS,
    NICKNAMES,
    PARTY_MEMBERS,
    PLACE_CUES,
    ROLE_HEADS,
    TITLE_WORDS,
    demonym_country,
)
from kg.lexicon.gazetteer import gazetteer

if TYPE_CHECKING:
    from kg.extract.words import Words

# NER's labels of a first name read as a place or a nationality.
_MISREAD_LABELS = frozenset({"GPE", "LOC", "NORP"})


def surname_end(doc: Words, start: int, end: int, label: str) -> int | None:
    """Where a person's name ends that NER cut to its first word and read as a place
    (see the module's construction), else ``None``."""
    if label not in _MISREAD_LABELS or end - start != 1 or end >= len(doc):
        return None
    first, surname = doc[start], doc[end]
    if fold(first.text) not in GIVEN_NAMES:
        return None
    if not _loose_surname(doc, end) or first.dep_ != "compound" or first.head.i != end:
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
        return None  # "Jordan Grand Prix"
    bare = fold(surname.text)
    if bare in NAME_HEADS or bare in PLACE_CUES or bare in ROLE_HEADS or bare in TITLE_WORDS:
        return None
    if label == "NORP" and (demonym_country(surname.text) is not None or bare in NICKNAMES or bare in PARTY_MEMBERS):
        return None  # "Christian Democrats", "Roman Catholic"
    if gazetteer().is_place(surname.text) or not _named_alone(doc, start, end):
        return None
    return end + 1


def _named_alone(doc: Words, start: int, end: int) -> bool:
    """The word at ``end`` stands elsewhere in the article as a proper noun without the
    word at ``start`` before it: "beat Gisela Dulko ... Dulko, who had lost"."""
    first, surname = doc[start].text, doc[end].text
    return any(
        word.text == surname and word.pos_ == "PROPN" and (word.i == 0 or doc[word.i - 1].text != first)
        for word in doc.words
        if word.i != end
    )


def _loose_surname(doc: Words, i: int) -> bool:
    """A capitalised proper noun in no entity, inside its sentence, all letters: "Robben"."""
    word = doc[i]
    return (
        word.tag_ == "NNP" and word.ent_iob_ == "O" and word.sent.start != word.i and word.text.isalpha()
        and word.text[:1].isupper() and word.text[1:].islower()
    )
