"""A plural title before a list of names is each listed person's post.

"Railtrack managers Alistair Cook, Sean Fugill and Keith Lea all face charges": the title
reader (``kg.extract.positions``) gives the post to the first name only, the one the plural
role stands right before. The names that follow it, joined by nothing but commas and "and",
hold the same post of the same organisation. A name with a title of its own ("Balfour Beatty
managers A and B, and Railtrack managers C") starts a new list; a name that is not a
person's ("... and Railtrack") ends it. A singular title ("chairman A and B") is one
person's, and gives nothing to the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.records import Argument, Mention, RoleReading
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.extract.words import Sentence, Words

_JOINERS = frozenset({",", "and", "&"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def listed_holders(words: Words, sentence: Sentence, names: Sequence[tuple[int, int, Mention]],
                   readings: Sequence[RoleReading]) -> Iterator[RoleReading]:
    """The posts a plural title gives the later names of its list; ``readings``: the sentence's role readings."""
    ordered = sorted(names, key=lambda found: found[0])
    held = {(reading.person.start, reading.role_key) for reading in readings}
    for reading in readings:
        if reading.kind != "title" or not reading.role_key:
            continue
        first = next((i for i, (_, _, mention) in enumerate(ordered) if mention.start == reading.person.start), None)
        if first is None or not _plural_title_before(words, sentence, ordered[first][0]):
            continue
        end = ordered[first][1]
        for start, later_end, mention in ordered[first + 1 :]:
            between = [word.lower_ for word in words[end:start]]
            if not between or any(word not in _JOINERS for word in between) or mention.type is not EntityType.PERSON:
                break
            end = later_end
            if (mention.start, reading.role_key) in held:
                continue
            held.add((mention.start, reading.role_key))
            person = Argument(mention.text, mention.start, mention.end, words[later_end - 1].idx, mention.end)
            yield replace(reading, person=person)


def _plural_title_before(words: Words, sentence: Sentence, start: int) -> bool:
    """Whether the word right before the name at word ``start`` is a plural noun of its sentence."""
    return start - 1 >= sentence.start and words[start - 1].tag_ in _PLURAL_TAGS and words[start - 1].text.islower()
