"""Titles framed by a determiner and a work noun, read whole across "of" and "with".

spaCy's small model cuts a title at its small words and keeps the pieces as names of
their own: "the BBC's Breakfast with Frost programme" gives a place "Breakfast" and a
person "Frost", "the Lord of the Rings musical" gives "Rings". Where the capitalised
words stand between a determiner or an owner's possessive and a singular work noun
(``type_cues.tsv``: programme, film, musical, game ...), they are one title, a work:

- ``framed``: "the BBC's Breakfast with Frost programme", "a new Phantom of the Opera
  movie", "the Lord of the Rings musical", "the News of the World newspaper" (a
  newspaper a work, as kg types the others).

Only "of" and "with" (and "the" after them) join the pieces: "the UK and US film",
"a Drake in Mike Leigh's film" and "The Year on the ITV1 show" name no one title; nor
does a body's name before the noun ("the Museum of Modern Art show").
"""

from __future__ import annotations

from kg.extract.titlewords import capital
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import DETERMINERS, NAME_HEADS, TYPE_CUES
from kg.types import EntityType

_JOINS = frozenset({"of", "with"})
_AFTER_JOIN = frozenset({"the", "a", "an"})  # "Lord of the Rings"
_OWNERS = frozenset({"'s", "’s", "'", "’", "his", "her", "its", "their"})  # "his Lord of the Rings film"


def framed_titles(words: Words) -> list[Bounds]:
    """The titles framed by a determiner or possessive and a work noun, as word spans."""
    tokens = words.words
    titles = []
    for k, noun in enumerate(tokens):
        # A noun or an adjective first (the two cheap tests let most words go at once).
        if k < 3 or (noun.tag_ != "NN" and noun.pos_ != "ADJ") or not noun.text.islower() or not (
                noun.tag_ == "NN" or _adjective_as_noun(tokens, k)):
            continue
        if TYPE_CUES.get(noun.lemma_.lower()) is not EntityType.WORK:
            continue
        start = _title_start(tokens, k)
        # "the Museum of Modern Art show": a body's name (a head word of name_heads.tsv) is no title.
        if start is not None and not any(fold(token.text) in NAME_HEADS for token in tokens[start:k]):
            titles.append((start, k))
    return titles


def _adjective_as_noun(tokens: list[Word], k: int) -> bool:
    """Word ``k``, tagged an adjective, ends its noun phrase: "the Lord of the Rings musical in
    Toronto" (the tagger's adjective), not "a musical version"."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].pos_ == "ADJ" and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"})


def _title_start(tokens: list[Word], end: int) -> int | None:
    """The first word of a title of capitalised words joined by "of" or "with" that ends
    before word ``end`` and stands after a determiner or an owner's mark, or ``None``."""
    i, joined = end - 1, False
    while i > 0 and tokens[i].sent.start != i:
        token = tokens[i]
        if capital(token) and token.text[:1].isalpha():
            i -= 1
        elif token.lower_ in _JOINS and capital(tokens[i - 1]) and i + 1 < end:
            i, joined = i - 1, True
        elif token.lower_ in _AFTER_JOIN and tokens[i - 1].lower_ in _JOINS:
            i -= 1
        else:
            break
    start = i + 1
    if not joined or start >= end or not capital(tokens[start]):
        return None
    before = tokens[i]
    framed = before.lower_ in DETERMINERS or before.lower_ in _OWNERS or (
        before.pos_ == "ADJ" and before.text.islower() and tokens[i - 1].lower_ in DETERMINERS
    )
    return start if framed else None
