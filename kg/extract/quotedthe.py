"""A body's name after a "The" that a quotation opens on is no work's title.

``kg.extract.cues.is_title_with_the`` reads a capitalised "The" inside a sentence as the
first word of a work's title ("Scorsese's The Aviator"). A quotation that opens a
sentence, a paragraph or a speech after a colon or a comma starts with a capital too:
'"The IMF stands ready to do its part," said managing director Rodrigo Rato' speaks of
the fund, no work named "The IMF". So the "The" is no title's when the quotation mark
before it opens a quotation (``kg.extract.speechbounds.opens_quotation``) at a sentence's
or a paragraph's head or right after a colon or a comma, and the name after it is a
body's by its own form: an acronym ("The IMF", "The DCA") or a name whose last word heads
organisations' names ("The European Commission"; ``name_heads.tsv``, ``org_suffixes.txt``).
Other names keep the title reading, which the capital may still mean: '"The Betamax
principles stand as the Magna Carta"', a quoted title inside a phrase ('a role in "The
Office"': a preposition before the mark, no new start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.speechbounds import opens_quotation
from kg.folding import fold
from kg.lexicon import NAME_HEADS, ORG_SUFFIXES
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Words

_QUOTES = frozenset({'"', "“"})
_SPEECH_OPENERS = frozenset({":", ","})


def quoted_body(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` name a body after a "The" (word ``start - 1``) that a quotation
    opens on (word ``start - 2`` its mark); see the module docstring."""
    tokens = words.words
    if start < 2 or not _opens_speech(words, start - 2):
        return False
    last = tokens[end - 1].text
    if len(last) > 1 and last.isalpha() and last.isupper():
        return True  # "The IMF"
    bare = fold(last)
    return bare in ORG_SUFFIXES or (bare in NAME_HEADS and NAME_HEADS[bare][0] is EntityType.ORGANIZATION)


def _opens_speech(words: Words, i: int) -> bool:
    """Word ``i`` is a quotation mark that opens a quotation at a sentence's or a
    paragraph's head, or after a colon or a comma."""
    tokens = words.words
    mark = tokens[i]
    if mark.text not in _QUOTES or not opens_quotation(words.text, mark.idx):
        return False
    return i == 0 or mark.sent.start == i or tokens[i - 1].is_space or tokens[i - 1].text in _SPEECH_OPENERS
