"""A work's title with and without its leading "The" is one work: "The Aviator" and "Aviator".

News writes a title with its "The" in the body ("Oscar-nominated movie The Aviator") and
often without it in a headline or where NER read only the rest ("Aviator 'creator' in
Oscars snub", NER's "Aviator" of "movie The Aviator"). Both are the same work's names, but
identical names join only up to case and possessives, and a short form joins an
organisation's or a person's longer name, not a work's: the article got two nodes, and a
description ("the film") then fitted neither. Here every work (CreativeWork) mention whose
name is another work mention's after a leading "The" joins it. Only works: "The Hague" is no
Mr Hague, and "The Sun" no Sun Microsystems.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Mention
from kg.resolve.forms import normalise
from kg.types import EntityType


def the_title_pairs(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs (the title with "The", the same title without it) of work mentions."""
    bare: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        form = normalise(mention.text)
        if mention.type is EntityType.WORK and not form.startswith("the "):
            bare.setdefault(form, i)
    pairs = []
    for i, mention in enumerate(mentions):
        form = normalise(mention.text)
        if mention.type is EntityType.WORK and form.startswith("the ") and (j := bare.get(form[4:])) is not None:
            pairs.append((i, j))
    return pairs
