"""A broadcaster's station named after its region is one name: "BBC Radio Scotland".

Before a post, NER cuts such a station's name at its region: "BBC Radio Scotland presenter
Vic Galloway" gives "BBC Radio" (an organisation) and "Scotland" (a country), and "BBC Radio
Ulster presenter Stephen Nolan" "BBC Radio" alone; kg then reads the region into the post,
position(Vic Galloway, Scotland presenter) of no organisation. An organisation's span
ending in a medium's word ("Radio", "TV", "Television") goes on over the place named right
after it, when no capitalised word follows the place (a lower-case word, a possessive or a
mark): a place's span of one or two words ("Scotland", "Northern Ireland"), or one word in
no entity, a place the country list or the gazetteer knows ("BBC Radio Sheffield
presenter") or a proper noun that is no given name ("BBC Radio Ulster presenter"). Not a
number or a word of another kind ("BBC Radio 1 DJ", "BBC TV series"), nor a person's or
another body's name after the medium ("Capital Radio DJ Margherita Taylor", "on BBC TV
Jonathan Ross said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES
from kg.lexicon.gazetteer import gazetteer

if TYPE_CHECKING:
    from kg.extract.words import Words

_MEDIA = frozenset({"Radio", "TV", "Television"})
_PLACES = frozenset({"GPE", "LOC"})
_MAX_PLACE = 2  # "Northern Ireland": at most this many words of the region


def stations_joined(spans: list[tuple[str, int, int]], words: Words) -> list[tuple[str, int, int]]:
    """``spans`` (label, start, end in words) with each station's region inside its
    organisation's span, the region's own span dropped (see the module's docstring)."""
    out: list[tuple[str, int, int]] = []
    skip = -1
    for index, (label, start, end) in enumerate(spans):
        if start < skip:
            continue
        after = spans[index + 1] if index + 1 < len(spans) else None
        place_end = _region_end(words, label, end, after) if words[end - 1].text in _MEDIA else None
        if place_end is None:
            out.append((label, start, end))
            continue
        out.append((label, start, place_end))
        skip = place_end
    return out


def _region_end(words: Words, label: str, end: int, after: tuple[str, int, int] | None) -> int | None:
    """Where the region named right after a medium's word at ``end`` ends, or None."""
    if label != "ORG" or end >= len(words):
        return None
    placed = after is not None and after[1] == end  # NER's place: "Scotland" (GPE)
    if placed and after is not None:
        if after[0] not in _PLACES or after[2] - end > _MAX_PLACE:
            return None
        place_end = after[2]
    elif words[end].ent_iob_ == "O":
        place_end = end + 1
    else:
        return None
    region = words.span_text(end, place_end)
    if not all(words[i].is_alpha and words[i].text[:1].isupper() for i in range(end, place_end)):
        return None
    if place_end < len(words) and words[place_end].is_alpha and words[place_end].text[:1].isupper():
        return None  # a name goes on: "on BBC TV Jonathan Ross said"
    if placed or fold(region) in COUNTRIES or gazetteer().is_place(region):
        return place_end
    word = words[end]  # a region no list knows ("Ulster"): a proper noun, no given name
    return place_end if word.tag_ == "NNP" and fold(word.text) not in GIVEN_NAMES else None
