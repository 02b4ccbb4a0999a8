"""A name written only before a prize's noun is the award's short name: a named event.

News names an award ceremony by its short name before a lower-case noun of a prize:
"Wednesday's Brit awards", "three Brit nominations", "Mobo award organisers", "Golden Globe
and Bafta nominations", "a Bafta award". NER reads the short name as an organisation
("Brit"), a place ("Bafta", "Mobo") or a law. When every mention of the name in the
article stands right before such a noun (``prize_nouns.txt``: "award", "prize",
"nomination" ...), the name is the award's, a named event as the awards are
(``name_heads.tsv``: "Brit Awards"). Not a name the article writes anywhere else ("the
BBC said ... the BBC award": the broadcaster), nor a title's holder ("Mr Turner"), a
country's or a people's name, nor one a cue typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import COUNTRIES, demonym_country
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Words

_PRIZES = read_words("prize_nouns.txt")
# NER's readings of an award's short name that are wrong for it.
_MISREAD = frozenset({EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY,
                      EntityType.LAW, EntityType.GROUP, EntityType.PERSON})


def award_names(names: list[Mention], words: Words) -> list[Mention]:
    """``names`` with every mention of an award's short name typed a named event (see the
    module docstring)."""
    starts = words.by_offset()
    before: dict[str, list[bool]] = {}
    for mention in names:
        if mention.kind == "name":
            before.setdefault(fold(mention.text), []).append(_before_prize(mention, words, starts))
    awards = {form for form, flags in before.items() if all(flags)}
    if not awards:
        return names
    return [
        replace(m, type=EntityType.EVENT, cued=True) if fold(m.text) in awards and _misread(m) else m
        for m in names
    ]


def _misread(mention: Mention) -> bool:
    form = fold(mention.text)
    return (
        mention.type in _MISREAD and not mention.cued and not mention.titles
        and form not in COUNTRIES and demonym_country(mention.text) is None and len(form.split()) <= 2
    )


def _before_prize(mention: Mention, words: Words, starts: dict) -> bool:
    """A lower-case noun of a prize right after the mention: "Brit awards", "Bafta nominations"."""
    first = starts.get(mention.start)
    if first is None:
        return False
    tokens = words.words
    i = first.i
    while i < len(tokens) and tokens[i].idx < mention.end:
        i += 1
    if i >= len(tokens):
        return False
    after = tokens[i]
    return after.pos_ == "NOUN" and after.text.islower() and after.lemma_.lower() in _PRIZES
