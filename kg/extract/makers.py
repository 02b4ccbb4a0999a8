"""A firm's name before a work's noun is the work's maker, not the work.

Rule ``work's maker``: "told the BBC programme Go Digital", "a BBC documentary": a cue
noun of a work right after a name (``type_cues.tsv`` CreativeWork; ``kg.extract.cues``)
makes the name a work, which holds for a series or a franchise ("the Panorama
documentary", "the Bond film", "a Harry Potter film"), not for the firm that makes or
shows it. A name before a work's noun, NER's organisation, is the maker (NER's
organisation again) when

- the article shows the name as an organisation's elsewhere: a mention a cue typed so,
  or one right after an organisation's noun ("Film giant Disney"; ``type_cues.tsv``
  Organization), not NER's label alone, which a work's name takes too ("The Incredibles
  won"); or kg's tables know it as one (the names ``nicknames.tsv`` stands for: "the
  Beeb" is the BBC), or ``media_makers.tsv`` lists it as a broadcaster, a studio, a label
  or a publisher ("told the CBS programme", "an HBO series"); or
- the work's own name follows the noun ("the BBC programme Go Digital": the parse can
  read such a title as a clause, so the cue misses it).

A broadcaster ``media_makers.tsv`` lists, read as a work anywhere (NER's label, or a
show's "on": "Listened to Angels on Radio 1"; "told BBC Radio Five Live" with "Five Live"
read apart), is an organisation too: a station or a channel, never its programme. Only broadcasters: a
studio's, a label's or a publisher's name may be a work's title ("Penguin", "Island").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.extract.workpeople import people_before_works
from kg.folding import fold
from kg.lexicon import NICKNAMES, TYPE_CUES
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_KNOWN_FIRMS = frozenset(
    fold(reading.name) for readings in NICKNAMES.values() for reading in readings if reading.type is EntityType.ORGANIZATION
)

_MEDIA_ROWS = read_table("media_makers.tsv")
_MEDIA_MAKERS = frozenset(row.fields[0] for row in _MEDIA_ROWS)
"""Folded names of broadcasters, studios, labels and publishers (``media_makers.tsv``)."""
_BROADCASTERS = frozenset(row.fields[0] for row in _MEDIA_ROWS if row.fields[1] == "broadcaster")


def makers_not_works(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each work's maker before the work's noun typed an Organization again."""
    firms = {
        fold(m.text) for m, (start, _end) in found
        if m.type is EntityType.ORGANIZATION and (m.cued or _after_firm_noun(words, start))
    } | _KNOWN_FIRMS | _MEDIA_MAKERS
    starts = {start for _, (start, _end) in found}
    return people_before_works([
        (replace(m, type=EntityType.ORGANIZATION, cued=False), (start, end))
        if m.type is EntityType.WORK and (
            fold(m.text) in _BROADCASTERS
            or (_before_work_noun(words, start, end) and (fold(m.text) in firms or end + 1 in starts))
        )
        else (m, (start, end))
        for m, (start, end) in found
    ], words)  # "the Howard Hughes biopic The Aviator": a person's name (kg.extract.workpeople)


def _before_work_noun(words: Words, start: int, end: int) -> bool:
    """NER's organisation modifies a work's noun right after it: "the CBS programme"."""
    tokens = words.words
    if end >= len(tokens) or any(token.ent_type_ != "ORG" for token in tokens[start:end]):
        return False
    noun = tokens[end]
    return (
        noun.pos_ == "NOUN" and noun.text.islower() and noun.tag_ != "NNS" and words.root(start, end).head is noun
        and TYPE_CUES.get(noun.lemma_.lower()) is EntityType.WORK
    )


def _after_firm_noun(words: Words, start: int) -> bool:
    """An organisation's noun stands right before the name: "Film giant Disney says"."""
    before = words.words[start - 1] if start > 0 else None
    return (
        before is not None and before.pos_ == "NOUN" and before.text.islower()
        and TYPE_CUES.get(before.lemma_.lower()) is EntityType.ORGANIZATION
    )
