"""A name set off by commas right after a work's noun is that work.

Rule ``work set off``: "launching into their last single, Killamangiro, which reached
number eight", "It was her next single, Superstar, that really put her back on the
map": NER reads the title as a place ("Killamangiro", "Superstar": GPE), and the parser
makes the work's noun ("single", tagged an adjective) a modifier of the name instead of
the name its apposition, so ``kg.extract.cues.cue_type`` sees no cue. A name that
follows a noun of works (a CreativeWork noun of ``type_cues.tsv``: single, album, song,
film ...) and a comma, when that noun has a determiner or a possessive of its own ("their
last single", "her next single") and modifies the name, is the work, and the name ends
the sentence or another comma follows it. A name a cue of the text typed, a person's
name NER read as one ("her co-star, Jude Law,") and a country's stay what they are.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, TYPE_CUES
from kg.records import Mention
from kg.types import EntityType

# NER's readings of a title that the set-off noun corrects.
_MISREAD = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.FACILITY, EntityType.ORGANIZATION})
_AFTER = frozenset({",", ".", ";", ":", "-"})
# The tags of a determiner or a possessive before the work's noun; and the possessive pronouns
# themselves, as the tagger may read "her" as an object ("was her next single").
_OWNERS = frozenset({"DT", "PRP$", "POS"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def works_set_off(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name set off after a work's noun typed a CreativeWork (see the module docstring)."""
    return [
        (replace(m, type=EntityType.WORK, cued=True), b) if _set_off_work(words, m, *b) else (m, b)
        for m, b in found
    ]


def _set_off_work(words: Words, mention: Mention, start: int, end: int) -> bool:
    if mention.type not in _MISREAD or mention.cued or start < 3 or fold(mention.text) in COUNTRIES:
        return False
    tokens = words.words
    noun, comma = tokens[start - 2], tokens[start - 1]
    if comma.text != "," or (end < len(tokens) and tokens[end].text not in _AFTER):
        return False
    if not noun.text.islower() or TYPE_CUES.get(noun.lemma_.lower()) is not EntityType.WORK:
        return False
    root = words.root(start, end)
    # "their last single", "her next single" (the parser may hang "her" elsewhere): a determiner or an owner just before.
    owned = any(token.tag_ in _OWNERS or token.lower_ in _POSSESSIVES for token in tokens[max(start - 5, 0) : start - 2])
    return noun.head is root and noun.dep_ in {"amod", "nmod", "compound"} and owned
