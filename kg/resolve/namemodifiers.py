"""A name holding "of" that the parse made the head of a longer phrase only modifies it.

The parser reads "Lord of the Rings director Peter Jackson" as "Lord" with a phrase on
"of", so a speaker's or an argument's head falls inside the film's name, and the
phrase would stand for the film. When lower-case words follow such a name inside the
argument, the name modifies them: "a Lord of the Rings exhibition" is an exhibition (no
entity; a body's name stands for the body still: "Bank of England officials said"), and a role word followed by a person's name is that person ("Lord of the Rings
director Peter Jackson has said": Peter Jackson speaks).

A name before a noun of its kind is the name (``named_kind``): "Mr Glazer, who owns the
Tampa Bay Buccaneers team" owns the Buccaneers, not an unnamed team; "the Parmalat group",
"the Chelsea club". Only "the" (or nothing), one organisation's or side's name and the kind noun
(``named_kinds.txt``), with no article or with lower-case nouns of the kind between
("Reuters news agency reported", "the Interfax news agency said"): not a place's name ("the London club" is a club of the city), nor a
competition's ("the Premiership club" plays in it), nor two names ("the Norwich Union GB team")
but for an owner's and its part's ("Delta Air Lines' Comair subsidiary": Comair); nor a side's
name written only there ("joining the London side": the London club, not a team called London), nor
a party's group ("the Labour group on Newham Council": its councillors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ROLE_HEADS
from kg.lexicon.table import read_words
from kg.resolve.theparty import is_party
from kg.types import EntityType

# Types whose name before a common noun only modifies it; a body's stands for it ("Bank of
# England officials said": the bank speaks).
_MODIFYING = frozenset({EntityType.WORK, EntityType.EVENT, EntityType.PRODUCT})
_KINDS = read_words("named_kinds.txt")
# Last words of a competition's name: "the Premiership club" is a club playing in it.
_COMPETITIONS = read_words("competition_heads.txt") | {"premiership", "liga", "conference", "division"}
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})
# Nouns of a company's part, which the part's own name narrows after its owner's ("Delta's Comair subsidiary").
_PARTS = frozenset({"subsidiary", "unit", "division", "arm", "affiliate"})
_PLAYING = frozenset({"team", "squad"})  # nouns of the players themselves, never of a ground's club

if TYPE_CHECKING:
    from kg.records import Argument, Mention
    from kg.resolve.coref import Linker


def name_or_modified(linker: Linker, argument: Argument, mention: Mention, cluster: int) -> int | None:
    """The cluster the argument whose head lies in ``mention`` (of ``cluster``) stands for (see above)."""
    rest = linker.text[mention.end : argument.end].split()
    if " of " not in mention.text or not rest or not rest[0].isalpha() or not rest[0].islower():
        return cluster
    for other, person in linker.names:
        if other.start > mention.end and other.end == argument.end and linker.clusters[person].type is EntityType.PERSON:
            between = linker.text[mention.end : other.start].split()
            if between and all(word.islower() for word in between) and between[-1] in ROLE_HEADS:
                return person  # "Lord of the Rings director Peter Jackson"
    # "a Lord of the Rings exhibition"; "Bank of England officials said" stays the bank's
    return None if linker.clusters[cluster].type in _MODIFYING else cluster


def named_kind(linker: Linker, argument: Argument) -> int | None:
    """The cluster of the one organisation's or side's name that narrows the argument's kind
    noun ("the Tampa Bay Buccaneers team"; after its owner's name, a part's noun too: "Delta's
    Comair subsidiary"), or ``None`` (see above)."""
    head = fold(linker.text[argument.head_start : argument.head_end])
    if head not in _KINDS | _PARTS:
        return None
    inside = sorted(((mention, cluster) for mention, cluster in linker.names
                     if argument.start <= mention.start and mention.end <= argument.head_start), key=lambda pair: pair[0].start)
    if not 1 <= len(inside) <= 2:
        return None
    mention, cluster = inside[-1]
    before = fold(linker.text[argument.start : mention.start]).strip()
    owned = len(inside) == 2 and before.startswith(fold(inside[0][0].text)) and before.endswith(("'s", "'"))
    between = linker.text[mention.end : argument.head_start].split()
    if not all(word.isalpha() and word.islower() for word in between) or not (owned or (len(inside) == 1 and before in {"", "the"})):
        return None  # "Chelsea's club", "the new Chelsea team"; lower-case words between are the kind's ("news agency")
    if head in _PARTS and not owned:
        return None  # "the Vivendi unit" is a unit of Vivendi
    if head == "group" and is_party(linker, cluster):
        return None  # "leader of the Labour group on Newham Council": the party's members there, no party
    last, kind = fold(mention.text.split()[-1]) if mention.text.split() else "", linker.clusters[cluster].type
    if kind is EntityType.FACILITY and head in _PLAYING:
        return cluster  # "the Tampa Bay Buccaneers team": a team's name read as a ground's ("the Old Trafford club" is not)
    if kind is EntityType.SPORTS_TEAM and len(linker.clusters[cluster].mentions) < 2:
        return None  # "joining the London side": a side's name only this phrase gives is a place's (Wasps' city)
    return cluster if kind in _BODIES and last not in _COMPETITIONS else None
