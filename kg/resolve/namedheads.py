"""The one named institution or measure an event's participant "the <noun>" takes up: "the bill", "the court".

News names a bill, a court or an agency once and then speaks of it by its head noun alone:
"Lord Dubs' Succession to the Crown Bill aims to end ... urged politicians on all sides to
back the bill"; "As he arrived at Spain's High Court ... Mr Corcostegui also asked the court
for new evidence to be admitted". The speaker rules take up a body so named
(``kg.resolve.described``), but an event's participant "the bill" stayed a literal beside the
named bill: two nodes for one thing. ``named_head`` gives "the" and one singular noun of
``taken_up_heads.txt`` the one entity named before it whose name is headed by that noun (its
last word, or the word before its "of": "the Court of Appeal"), when the article leaves
nothing else it may be:

- no other name before it holds the noun (two courts, "Margaret Court"), and the name is of
  two words or more and no person's;
- every earlier use of the noun is in that entity's names or is itself "the <noun>" alone:
  none spoken of unnamed ("a local court", "lower courts", "the appeal court", "a private
  member's bill", "the New York court");
- the description stands near its event's word, no punctuation, clause word or more than
  five words between: "the agency ordered", "asked the court for", "The bill was finally
  passed"; not "The commission then took the pair to the court - which ruled ... and
  confirmed", where the participant was misread.

A wrong participant is worse than none.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import TAKEN_UP_HEADS
from kg.records import Argument
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_BARE = re.compile(r"the\s+([a-z]+)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_RIVAL = -1  # a name holding the noun that "the <noun>" may mean as well
_NEAR = 5  # words at most between the description and its event's word
_MARK = re.compile(r"[^\w\s'’]")  # punctuation between them: another clause's, or a list's
_CLAUSE_WORDS = frozenset({"which", "who", "that", "and", "but", "or", "then"})  # words that open or join a clause


def named_head(linker: Linker, span: Argument, trigger: tuple[int, int]) -> int | None:
    """The one named entity "the <noun>" (the whole argument, a participant of the event
    whose word stands at ``trigger``) takes up, or ``None``."""
    written = _BARE.fullmatch(linker.text[span.start : span.end])
    if written is None or linker.in_name(span.start) or not written.group(1).islower():
        return None
    gap = linker.text[span.end : trigger[0]] if span.end <= trigger[0] else linker.text[trigger[1] : span.start]
    words = gap.lower().split()
    if len(words) > _NEAR or _MARK.search(gap) or _CLAUSE_WORDS.intersection(words):
        return None
    head = written.group(1)
    if head not in TAKEN_UP_HEADS:
        return None
    fitting: set[int] = set()
    named: list[tuple[int, int]] = []  # where each name holding the noun stands
    for mention, cluster in linker.names:
        if mention.end > span.start:
            continue
        words = [fold(word) for word in _WORD.findall(mention.text)]
        if head not in words:
            continue
        named.append((mention.start, mention.end))
        entity = linker.clusters[cluster]
        headed = words[-1] == head or any(
            word == head and after == "of" for word, after in pairwise(words))
        fits = headed and len(words) >= 2 and not entity.local and entity.type is not EntityType.PERSON
        fitting.add(cluster if fits else _RIVAL)
    if len(fitting) != 1 or _RIVAL in fitting:
        return None
    for use in re.finditer(rf"\b{head}s?\b", linker.text[: span.start], re.IGNORECASE):
        if any(start <= use.start() < end for start, end in named):
            continue
        bare = use.group().lower() == head and _THE.search(linker.text, max(0, use.start() - 5), use.start())
        if not bare:
            return None  # "a local Californian court", "lower courts", "the New York court": one unnamed
    return fitting.pop()
