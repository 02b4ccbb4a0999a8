"""A "former" or "ex-" further left than the role phrase reads: the post is over all the same.

``kg.extract.rolephrase`` reads a status word right before the role or its organisation
("Former Arsenal keeper David Seaman", "Ex-Labour MP"). News puts more between them:

- a first organisation coordinated with the one the role reads: "former Spurs and England
  defender Gary Stevens", "former Wales and Lions prop Dai Young";
- a capitalised word the role phrase left out: a demonym, a name's first word the parser
  split off ("Former British TV presenter Andrea Arnold", "Former All Saints singer Natalie
  Appleton", "former England Under-21 international Stuart Taylor");
- the one word "ex-" is fixed to: "ex-finance chief Scott Sullivan", "ex-children's TV
  presenter Andrea Arnold".

Coordinated roles are left alone: "former Ireland coach and Lions flanker Mike Doyle" may
say he was a coach once and is a flanker still.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Word
    from kg.records import RoleReading

_CAPITALISED = 3  # at most this many capitalised words between the status word and the role phrase
_JOINS = frozenset({"and", "&", ","})


def formerly(reading: RoleReading, sentence: Sentence) -> RoleReading:
    """``reading`` as a former post when a "former" or an "ex-" further left qualifies the
    whole phrase; else ``reading`` itself."""
    if reading.status != "current" or reading.cue is not None or reading.role_span[1] == 0:
        return reading
    start = reading.role_span[0]
    if reading.organisation is not None:
        start = min(start, reading.organisation.start)
    words = sentence.words
    at = next((n for n, w in enumerate(words) if w.idx == start), None)
    if at is None or at == 0:
        return reading
    cue = _status_before(words, at)
    return reading if cue is None else replace(reading, status="former", cue=cue)


def _status_before(words: list[Word], at: int) -> str | None:
    """The status word ("former", "ex") left of word ``at`` across what may stand between."""
    if at >= 2 and _ex(words, at - 2):
        return "ex"  # "ex-children's TV presenter": the owner the phrase reads
    if at >= 3 and _ex(words, at - 3) and _adjacent(words[at - 2], words[at - 1]):
        return "ex"  # "ex-finance chief"
    if at >= 5 and _ex(words, at - 5) and words[at - 1].lower_ in ("'s", "’s") and _adjacent(words[at - 3], words[at - 2]):
        return "ex"  # "ex-children's TV presenter"
    i = at - 1
    if words[i].lower_ in _JOINS:  # "former Spurs and | England defender"
        i -= 1
    capitalised = 0
    while i >= 0 and capitalised < _CAPITALISED and words[i].text[:1].isupper() and words[i].lower_ != "former":
        capitalised += 1
        i -= 1
    if capitalised == 0 or i < 0:
        return None
    if words[i].lower_ == "former" and words[i].pos_ == "ADJ":
        return "former"
    if i >= 1 and words[i].text == "-" and words[i - 1].lower_ == "ex" and _adjacent(words[i], words[i + 1]):
        return "ex"  # "ex-Spurs and England defender"
    return None


def _ex(words: list[Word], i: int) -> bool:
    """ "ex" "-" at word ``i``, written as one: "ex-"."""
    return words[i].lower_ == "ex" and words[i + 1].text == "-" and _adjacent(words[i], words[i + 1]) and (
        _adjacent(words[i + 1], words[i + 2]))


def _adjacent(left: Word, right: Word) -> bool:
    return left.idx + len(left.text) == right.idx
