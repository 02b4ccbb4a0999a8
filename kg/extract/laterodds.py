"""A low guess beside an "until" is a guess of when, not that it will never happen: "Opec is
unlikely to cut production until March", "Xbox 2 is not expected to reach the shops until the
end of 2005", "the newspaper is not expected to reach break-even until 2006": the event is
expected then, so it is possible (cue "until"), not negated as "unlikely" or "not expected" alone
make it. Only with the "until" phrase or clause on the event's own verb (``excluding.put_off``'s
test) and the low guess on a verb of expecting or an adjective of likelihood above it; a "not" on
the event's own verb is ``excluding.put_off``'s ("will not announce the budget until March":
planned). Read by ``modalscope.doubted_negation``, which turns its cue possible.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from kg.extract.excluding import put_off
from kg.extract.frames import NEGATIONS

if TYPE_CHECKING:
    from kg.extract.words import Word

_GUESSES = frozenset({"expect", "likely", "unlikely"})  # the verb or adjective of a guess that can be low


def later_odds(chain: list[tuple[Word, Word | None]], cue: str | None) -> str | None:
    """ "until" when the negation ``cue`` of an event (the last verb of ``chain``, which runs down
    from the top verb, each entry with the adjective that leads to it; the event's verb with an
    "until" of its own) is a low guess above it (see the module docstring), else ``None``."""
    if not cue or len(chain) < 2 or put_off(chain[-1][0]) is None:
        return None
    for (verb, _), (_, adjective) in pairwise(chain):
        if verb.lemma_.lower() not in _GUESSES and (adjective is None or adjective.lower_ not in _GUESSES):
            continue
        if cue == "unlikely" and adjective is not None and adjective.lower_ == "unlikely":
            return "until"  # "is unlikely to cut production until March"
        words = [*verb.children, *(adjective.children if adjective is not None else ())]
        if cue in NEGATIONS and any(c.lower_ == cue and c.dep_ in ("neg", "advmod") for c in words):
            return "until"  # "is not expected to reach the shops until the end of 2005"
    return None
