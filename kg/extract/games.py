"""A name the article shows to be a video game is a work, and one it shows to be what
games run on is a product, in all its mentions.

NER reads a game's name as whatever its words suggest: "Metal Slug" a person,
"World of Warcraft" an organisation, "Donkey Kong" a place; a console's as its
maker's firm ("PS2", "N64"). What the article says of the name is surer
(``game_cues.tsv``):

- Rule ``game``: a game noun right before the name ("the game Project Entropia",
  "the online role-playing game EverQuest", "video game World of Warcraft"), set
  beside it ("his next game, Spore"; "Spore, a game"), or a plural one the name is an
  example of ("these games - like Warcraft, EverQuest, Ultima").
- Rule ``play``: in an article on video games (``kg.extract.sportwords.on_gaming``),
  what is played ("I began playing Ultima Online", "people I knew played EQ"), unless the
  article writes the name in the plural too, a kind of game ("quit playing MMORPG" beside
  "these MMORPGs").
- Rule ``copy``: the name's copies ("a copy of World of Warcraft", "Halo 2 sold
  2.4 million copies").
- Rule ``sequel``: what a sequel is to, or whose it is ("the sequel to Blinx",
  "Halo's sequel").
- Rule ``numbered``: a name NER read as a person with a sequel's number right after it
  is a work, a game's or a film's ("Metal Slug 3 is a wake-up call to today's gamers",
  "Shrek 2": a digit from 2 to 9 the parse hangs on the name; no person's name takes
  one; not a console's name of ``technology_terms.tsv``, "Xbox 2", which is no work).
- Rule ``platform``: a noun of what a platform has, the name right before it as its
  modifier ("N64 owners", "PS2 gaming", "the PS2 controller"): the name is a product; not
  before a person's name, where the noun is a post ("Radio 1 controller Andy Parfitt").

A game's name of two words or more types the mentions of its last word too, a long one
(``_SHORT_FORM``: "the game Project Entropia ... Entropia allows gamers to buy"; not the
"Sun" of "Rising Sun"). Not in a sports report (a "game" there is a match: "the game
Arsenal lost"), nor a name with a person's title, a country's, a given name's ("the game
Beckham played"), one that speaks elsewhere, or, for a platform, a maker's
(``product_makers.tsv``: "Nintendo owners" are its shareholders).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.brandmodels import MAKERS
from kg.extract.cues import looks_like_person
from kg.extract.sportwords import on_gaming
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, PERSON_TITLES, SPEECH_CUES
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

GAME_CUES: dict[str, frozenset[str]] = {}
for _row in read_table("game_cues.tsv"):
    GAME_CUES[_row.fields[1]] = GAME_CUES.get(_row.fields[1], frozenset()) | {_row.fields[0]}
# NER's readings of a game's or a console's name that the article's words correct.
_MISREAD = frozenset(
    {EntityType.PERSON, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY, EntityType.LAW,
     EntityType.SPORTS_TEAM, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PRODUCT}
)
_EXAMPLE_MARKERS = frozenset({"like", "including", "as"})
_SEQUEL_NUMBERS = frozenset("23456789")  # "Metal Slug 3", "Halo 2" (rule ``numbered``)
_CONSOLES = frozenset(fold(row.fields[0]) for row in read_table("technology_terms.tsv"))  # "Xbox 2": no game
_SHORT_FORM = 6  # letters of the last word of a game's name that stands for it alone ("Entropia", not "Sun")


def games_and_consoles(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name the article shows to be a game typed a
    CreativeWork, and of one it shows to be a platform a Product (see the module docstring)."""
    if sport:
        return found
    kept = {fold(m.text) for m, _ in found if not _retypable(m)}
    gaming = on_gaming(words)
    games = {fold(m.text) for m, bounds in found if is_game(words, *bounds, gaming=gaming)} - kept
    games |= {fold(m.text) for m, bounds in found if m.type is EntityType.PERSON and numbered(words, *bounds)} - kept
    lasts = {form.split()[-1] for form in games if len(form.split()) > 1}
    games |= {last for last in lasts if len(last) >= _SHORT_FORM and last not in GIVEN_NAMES} - kept
    consoles = {fold(m.text) for m, bounds in found if is_platform(words, *bounds)} - kept - games - MAKERS
    if not games and not consoles:
        return found
    retyped = []
    for mention, bounds in found:
        form = fold(mention.text)
        new = EntityType.WORK if form in games else EntityType.PRODUCT if form in consoles else None
        if new is not None and mention.type in _MISREAD and not (new is EntityType.PRODUCT and mention.type is EntityType.WORK):
            mention = replace(mention, type=new, cued=True)
        retyped.append((mention, bounds))
    return retyped


def _retypable(mention: Mention) -> bool:
    """Whether the article's words may retype the name: not a person's with a title, a
    country's or one opening on a given name, nor one that speaks."""
    form = fold(mention.text)
    return not (
        any(title.lower() in PERSON_TITLES for title in mention.titles)
        or form in COUNTRIES
        or looks_like_person(mention.text)
        or (len(form.split()) == 1 and form in GIVEN_NAMES)
    )


def is_game(words: Words, start: int, end: int, *, gaming: bool = False) -> bool:
    """Words ``start:end`` name a game (rules ``game``, ``copy``, ``sequel``; ``play`` in an
    article on video games, ``gaming``)."""
    tokens = words.words
    root = words.root(start, end)
    if _speaks(root):
        return False
    if gaming and root.dep_ == "dobj" and root.head.lemma_.lower() == "play" and not _kind(words, start, end):
        return True  # "I began playing Ultima Online"
    before = tokens[start - 1] if start > 0 else None
    if before is not None and _cue(before, "game") and before.text.islower() and (before.head is root or root.head is before):
        return True  # "the game Project Entropia", "video game World of Warcraft"
    bracketed = before is not None and before.text == "("  # "a computer role-playing game (RPG)": its kind's initials
    if root.dep_ == "appos" and _one_game(root.head) and not bracketed:
        return True  # "his next game, Spore"
    if any(child.dep_ == "appos" and _one_game(child) for child in root.rights):
        return True  # "Spore, a game about evolution"; not "PlayStation Portable (PSP) games console"
    if _example_of_games(words, root):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and _cue(head.head, "copy"):
        return True  # "a copy of World of Warcraft"
    if root.dep_ == "nsubj" and head.lemma_.lower() == "sell" and any(c.dep_ == "dobj" and _cue(c, "copy") for c in head.children):
        return True  # "Halo 2 sold 2.4 million copies"
    if root.dep_ == "pobj" and head.lower_ == "to" and _cue(head.head, "sequel"):
        return True  # "the sequel to Blinx"
    return root.dep_ == "poss" and _cue(head, "sequel")  # "Halo's sequel"


def numbered(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` have a sequel's number right after them, which the parse hangs
    on them ("Metal Slug 3"; rule ``numbered``), and are no console's name ("Xbox 2")."""
    tokens = words.words
    after = tokens[end] if end < len(tokens) else None
    if after is None or after.text not in _SEQUEL_NUMBERS or after.head is not words.root(start, end):
        return False
    return fold(words.span_text(start, end)) not in _CONSOLES


def is_platform(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` modify a noun of what a platform has ("N64 owners", "PS2
    gaming", "the PS2 controller"; rule ``platform``)."""
    root = words.root(start, end)
    after = words.words[end] if end < len(words.words) else None
    # A person's name after the noun makes it a post: "Radio 1 controller Andy Parfitt".
    named = end + 1 < len(words.words) and words.words[end + 1].ent_type_ == "PERSON"
    return (
        after is not None and root.head is after and root.dep_ in {"compound", "nmod", "amod"}
        and after.text.islower() and _cue(after, "user") and not named
    )


def _example_of_games(words: Words, root: Word) -> bool:
    """The name is an example a plural game noun lists: "games like Warcraft, EverQuest",
    "games such as Tetris", "titles including ..." (only "games")."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    marker = root.head
    if root.dep_ != "pobj" or marker.lower_ not in _EXAMPLE_MARKERS:
        return False
    if marker.lower_ == "as" and not any(c.lower_ == "such" for c in (*marker.children, *marker.head.children)):
        return False
    # The parse may hang "like" on a noun further back ("The scope of these games - like Warcraft").
    left = next((t for t in reversed(words.words[max(marker.i - 3, 0) : marker.i]) if not t.is_punct), marker.head)
    return any(kind.tag_ == "NNS" and _cue(kind, "game") for kind in (marker.head, left))


def _kind(words: Words, start: int, end: int) -> bool:
    """The article writes the name in the plural too: a kind of game, no title ("quit playing
    MMORPG" beside "these MMORPGs")."""
    return re.search(rf"\b{re.escape(words.span_text(start, end))}s\b", words.text) is not None


def _speaks(root: Word) -> bool:
    """The name is the subject of a speech verb: a firm or a person ("Ubisoft said")."""
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES


def _one_game(word: Word) -> bool:
    """A singular game noun heading its own phrase ("a game", not the "game" of "games console")."""
    return _cue(word, "game") and word.tag_ == "NN" and word.dep_ != "compound"


def _cue(word: Word, kind: str) -> bool:
    return word.pos_ in {"NOUN", "PROPN"} and word.lemma_.lower() in GAME_CUES[kind]
