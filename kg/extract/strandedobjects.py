"""A reported clause cannot end on a preposition: "Birmingham have confirmed Blackburn made a
bid for Robbie Savage - but managing director Karen Brady has called it 'derisory'" parses
"Robbie Savage" into the next clause's subject phrase, so the content would stop at "a bid
for". The name right after the stranded preposition is its object, taken back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_NAME_TAGS = frozenset({"NNP", "NNPS"})
_ENDS = frozenset({"-", "--", "–", "—", ",", ".", ";", ":", "but", "and", "while"})  # where the name's phrase ends


def stranded_object(tokens: list[Word]) -> list[Word]:
    """``tokens`` with the name after a last preposition that has no object of its own, where
    the name ends at a dash, a comma, a full stop or a conjunction; else ``tokens``."""
    last = tokens[-1] if tokens else None
    if last is None or last.pos_ != "ADP" or any(c.dep_ == "pobj" for c in last.children):
        return tokens
    doc, after = last.doc, last.i + 1
    while after < len(doc) and doc[after].tag_ in _NAME_TAGS:
        after += 1
    if after == last.i + 1 or after >= len(doc) or doc[after].lower_ not in _ENDS:
        return tokens
    return [*tokens, *doc[last.i + 1:after]]
