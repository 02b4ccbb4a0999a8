"""A speaker described by an age the article gives no one: the person the text is about.

"Dustin Hoffman has said he almost quit acting ... The 67-year-old also said he
stopped working": the article never writes "Hoffman, 67", so the one person of
that age (``kg.resolve.epithets.of_age``) is nobody, and the speaker stayed "The
67-year-old". News names its subject first and goes on about them by their age, as
the rules for events already read it (``kg.resolve.topic``); a speaker is read so:

- the age description as written up to its head ("The 52-year-old on Tuesday said":
  the adjunct the parser left in the speaker is no part of the description);
- when the article gives that age to someone, only the one person of that age (two:
  nobody), as before;
- when it gives that age to no one: the person the sentence before opened on
  (``previous_subject``; a speaker right after the quotation that opens its
  sentence opens it too: "Minar ... was forced to pull out. 'For me, this was a big
  success,' said the 20-year-old", when the sentence before is the writer's), else the one person the sentences around are about
  (``sole_subject``: no other person is a subject there, and none the quotation
  names) when no other person is named in its sentence or the one before ("Jane
  Marsh beat Ruth Kelly. '...,' the 34-year-old said": either); never a person the
  article gives another age, nor one it gives a post other than the role the
  description ends in ("the 21-year-old prop" is not the coach: ``narrowing_fits``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.records import Argument
from kg.resolve.epithets import ages, described_age, narrowing_fits
from kg.resolve.pronouns import sentence_of
from kg.resolve.speakers import Context, sole_subject
from kg.resolve.topic import previous_subject
from kg.types import EntityType


def age_written(text: str, speaker: Argument) -> Argument:
    """The speaker up to its head when that is an age description: "The 52-year-old on
    Tuesday" -> "The 52-year-old"; else the speaker as it is (a description the parser
    hung on the verb may have its head anywhere).

    >>> age_written("The 52-year-old on Tuesday said", Argument("The 52-year-old on Tuesday", 0, 26, 11, 15)).text
    'The 52-year-old'
    >>> age_written("the 34-year-old said", Argument("the 34-year-old", 0, 15, 0, 3)).text
    'the 34-year-old'
    """
    cut = replace(speaker, text=text[speaker.start : speaker.head_end], end=speaker.head_end)
    return cut if described_age(cut.text) is not None else speaker


def aged_speaker(
    context: Context, speaker: Argument, quoted: list[tuple[int, int]], speakers: list[tuple[int, int]], named: set[int]
) -> int | None:
    """The person an age description speaker stands for (see the module's docstring), or
    ``None``; ``named``: the people the quotation names."""
    text = context.extraction.document.text
    age = described_age(speaker.text)
    if age is None:
        return None
    given = ages(text, context.clusters)
    if age in given:
        people = given[age]
        found = next(iter(people)) if len(people) == 1 else None
        return found if found is None or narrowing_fits(speaker.text, speaker.start, found, context.linker.holders) else None
    found = previous_subject(context.linker, speaker, opening=_after_quotation(context, speaker, quoted))
    if found is None:
        found = sole_subject(context, speaker.start, quoted, speakers, named)
        if found is not None and not named_near(context, speaker.start, quoted) <= {found}:
            return None  # "Jane Marsh beat Ruth Kelly ... the 34-year-old said": either
    if found is None or found in named or any(found in people for people in given.values()):
        return None
    return found if narrowing_fits(speaker.text, speaker.start, found, context.linker.holders) else None  # "the 21-year-old prop"


def named_near(context: Context, offset: int, quoted: list[tuple[int, int]]) -> set[int]:
    """The people named (not as a modifier, nor inside a quotation) in the sentence of
    ``offset`` and the one before, before it."""
    linker = context.linker
    sentence = sentence_of(linker, offset)
    return {cluster for mention, cluster in linker.names
            if mention.end <= offset and sentence - 1 <= mention.sentence and not mention.modifier
            and linker.clusters[cluster].type is EntityType.PERSON
            and not any(start <= mention.start < end for start, end in quoted)}


# A quotation that opens its sentence, then at most a speech verb: '"For me, this was a big success," said '.
_QUOTE_FIRST = re.compile(r"\s*[\"“][^\"“”]+[,!?][\"”]\s*(?:[a-z]+\s+)?")


def _after_quotation(context: Context, speaker: Argument, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``speaker`` follows the one quotation that opens its sentence, and the
    sentence before is the writer's, no quotation's."""
    linker = context.linker
    sentence = sentence_of(linker, speaker.start)
    if sentence == 0:
        return False
    start, before = linker.sentence_starts[sentence], linker.sentence_starts[sentence - 1]
    if not _QUOTE_FIRST.fullmatch(linker.text, start, speaker.start):
        return False
    return not any(open_ - 1 <= before < close for open_, close in quoted)
