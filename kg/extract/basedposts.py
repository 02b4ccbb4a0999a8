"""A person's post in apposition after a place's "-based" modifier: "X, a Singapore-based analyst".

``kg.extract.positions`` reads a post set off after a person's name ("said Victor Chan, an
analyst") from the word after its article; a place's "-based" modifier before the post
("said Victor Chan, a Singapore-based analyst", "Jim Low, a New York-based fund manager at
Natixis") stopped it, and the apposition stayed an "is" edge to a description node of its
own ("Singapore-based analyst") beside the person. Where the article word is followed by
capitalised words (three at most) that GeoNames knows as a place (``kg.lexicon.gazetteer``)
and a hyphen joins to "based", the post is read from the word after "based": the post, as
"an analyst" is (the place where the holder works is no organisation of the post). Not a
lowercase modifier ("a home-based worker"), nor a name no gazetteer knows ("a
Windows-based developer": what the work runs on).
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.lexicon.gazetteer import gazetteer

_ARTICLES = frozenset({"a", "an", "the"})
_MAX_PLACE_WORDS = 3  # "New York", "Hong Kong"


def post_start(words: Words, i: int, end: int) -> int:
    """Word ``i`` moved past an article ("a", "an", "the") and past a place's "-based"
    modifier right after it, within words ``:end``."""
    while i < end and words[i].lower_ in _ARTICLES:
        i += 1
    j = i
    while j < end and j - i < _MAX_PLACE_WORDS and words[j].text[:1].isupper() and words[j].is_alpha:
        j += 1
    if i == j or j + 2 >= end or words[j].text != "-" or words[j + 1].lower_ != "based":
        return i
    before, mark, based = words[j - 1], words[j], words[j + 1]
    touching = before.idx + len(before.text) == mark.idx and mark.idx + 1 == based.idx
    return j + 2 if touching and gazetteer().is_place(" ".join(word.text for word in words[i:j])) else i
