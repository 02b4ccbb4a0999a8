"""A named counterpart: the person who holds, for another country or organisation, the post
of the one whose counterpart they are.

"... said French finance minister Herve Gaymard, after a meeting with his German
counterpart Hans Eichel": Eichel holds Germany's post that corresponds to Gaymard's.
The text does not say what that post is called (the Russian counterpart of India's
petroleum minister is Russia's energy minister), so the role is written
"counterpart of finance minister", key ``counterpart``, of what the counterpart's own
modifier names ("German": Germany; "his LSE counterpart": the LSE), never of the
possessor's country or organisation. A reading needs both: a capitalised modifier before
"counterpart", and a role holder named earlier in the sentence whose counterpart it is
("his", "her"). "Their counterparts" (many people), "his counterpart" with no modifier, or
a possessor with no role in the sentence give nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.records import Argument, Mention, RoleReading
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

COUNTERPART = "counterpart"
POSSESSIVES = frozenset({"his", "her"})
CONFIDENCE = 0.7


def counterparts(words: Words, sentence: Sentence, names: Sequence[tuple[int, int, Mention]],
                 readings: Sequence[RoleReading]) -> Iterator[RoleReading]:
    """The counterpart readings of one sentence; ``readings``: the sentence's other role readings."""
    for start, end, mention in names:
        if mention.type is not EntityType.PERSON:
            continue
        noun = _counterpart_before(words, sentence.start, start)
        if noun is None:
            continue
        modifier = _modifier(words, sentence.start, noun)
        if modifier is None:
            continue
        first, last = modifier
        holders = [r for r in readings if r.role and r.kind not in ("description", "composition")
                   and r.person.end <= words[first - 1].idx and r.status == "current" and r.person.text[:1].isupper()]
        if not holders:
            continue
        holder = holders[-1]
        text = words.text
        owner = Argument(text[words[first].idx : words[last - 1].idx + len(words[last - 1].text)],
                         words[first].idx, words[last - 1].idx + len(words[last - 1].text),
                         words[last - 1].idx, words[last - 1].idx + len(words[last - 1].text))
        if holder.organisation is not None and holder.organisation.text.lower() == owner.text.lower():
            continue  # "his German counterpart" of a German minister: no other country
        person = Argument(mention.text, mention.start, mention.end, words[end - 1].idx, mention.end)
        word = words[noun]
        yield replace(holder, person=person, role=f"{COUNTERPART} of {holder.role}", role_key=COUNTERPART,
                      organisation=owner, sentence=(sentence.start_char, sentence.end_char), kind=COUNTERPART,
                      confidence=CONFIDENCE, cue=None, membership=None, time=None,
                      role_span=(word.idx, word.idx + len(word.text)))


def _counterpart_before(words: Words, floor: int, start: int) -> int | None:
    """The word "counterpart" right before the name at word ``start`` ("his German
    counterpart Hans Eichel"), or before its comma ("his Russian counterpart, Viktor
    Khristenko")."""
    at = start - 1
    if at > floor and words[at].text == ",":
        at -= 1
    if at > floor and words[at].lower_ == COUNTERPART:
        return at
    return None


def _modifier(words: Words, floor: int, noun: int) -> tuple[int, int] | None:
    """The capitalised words between "his"/"her" and "counterpart" (``first``, ``end``):
    "his German counterpart", "his LSE counterpart"; ``None`` without them."""
    first = noun
    while first - 1 > floor and words[first - 1].text[:1].isupper() and words[first - 1].pos_ in ("ADJ", "PROPN", "NOUN"):
        first -= 1
    if first == noun or first - 1 < floor or words[first - 1].lower_ not in POSSESSIVES:
        return None
    return first, noun
