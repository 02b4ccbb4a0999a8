"""A name right after a broadcaster's possessive is the broadcaster's programme.

Rule ``channel's show``: "Speaking on BBC One's Breakfast with Frost", "appearing on
ITV's Celebrity Fit Club", "Channel 4's Shameless", "GMTV's Sunday Programme": a channel
or station (``media_makers.tsv``, kind ``broadcaster``) owns its programmes, and NER
reads their names by their words: "Breakfast" a place, "Celebrity Fit Club" a firm,
"Sunday Programme" a building. The name right after the possessive is a work when NER
read it as no person's (a channel's people are its reporters and presenters: "the BBC's
Sarah Rainsford", "Radio 2's Jeremy Vine"), and no mention of it

- looks like a person's name, has a person's title, or is a word of the names of the
  article's people ("the BBC's Beale");
- was given another type by a cue, or is a country or a place GeoNames knows;
- ends in a head word of another kind of thing ("ITV's London Studios", "the BBC's
  Olympics") or is a firm or broadcaster the tables know ("the BBC's World Service").

``kg.extract.shows`` then types every mention of the name a CreativeWork.
"""

from __future__ import annotations

from kg.extract.cues import head_type, looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, NICKNAMES, PERSON_TITLES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_ROWS = read_table("media_makers.tsv")
_BROADCASTERS = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "broadcaster")
_FIRMS = frozenset(row.fields[0] for row in _ROWS) | frozenset(
    fold(reading.name) for readings in NICKNAMES.values() for reading in readings if reading.type is EntityType.ORGANIZATION
)
_NAME_WORDS = 4  # the most words of a broadcaster's name ("bbc radio 5 live")
# NER's readings of a programme's name the rule corrects: never a person's (a channel's reporter).
_MISREAD = frozenset({EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY})


def channel_shows(found: list[tuple[Mention, Bounds]], words: Words) -> set[str]:
    """The folded names right after a broadcaster's possessive that nothing shows to be
    another thing's (see the module docstring)."""
    tokens = words.words
    shows = {
        fold(m.text)
        for m, (start, _end) in found
        if m.type in _MISREAD and not m.cued and _after_broadcaster(tokens, start)
    }
    if not shows:
        return shows
    people = article_people(found)
    for m, _ in found:
        form = fold(m.text)
        if form in shows and _other_thing(m, form, people):
            shows.discard(form)
    return shows


def _after_broadcaster(tokens: list[Word], start: int) -> bool:
    """Word ``start`` follows "'s" after a broadcaster's name: "BBC One's", "ITV's"."""
    if start < 2 or tokens[start - 1].tag_ != "POS":
        return False
    owner = start - 1
    firsts = range(owner - 1, max(owner - _NAME_WORDS, 0) - 1, -1)
    return any(fold(" ".join(token.text for token in tokens[first:owner])) in _BROADCASTERS for first in firsts)


def _other_thing(mention: Mention, form: str, people: set[str]) -> bool:
    """A mention that shows the name to be a person's, a place's, a firm's or one of a
    kind its head word names, or that a cue read as something other than a work."""
    if mention.cued and mention.type is not EntityType.WORK:
        return True
    if any(title.lower() in PERSON_TITLES for title in mention.titles) or looks_like_person(mention.text):
        return True
    kind = head_type(mention.text, frozenset())
    return (
        form in people or form in COUNTRIES or form in _FIRMS or gazetteer().is_place(mention.text)
        or (kind is not None and kind is not EntityType.WORK)
    )
