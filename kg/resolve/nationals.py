"""A speaker described by nationality alone, linked to the one person the text is about.

Sport news names a player and then quotes them by their nationality: "And Agassi ...
said Melzer was an example ... 'A lot more guys are capable of it now,' said the
American"; "Safin said he was trying to keep his temper ... The Russian added that he
was not worried". "the" and one singular demonym noun ("the American", "the Briton",
"the Spaniard"; not "the British", "the Chinese": a people) stand for the one person the
sentences around are about, as an occupation does (``occupation_holder``), unless:

- another person is named in its sentence or the one before (``named_near``) whom
  the article gives no other nationality, or
- the article gives that person another nationality ("Russian Nikolay Davydenko",
  "Sweden's Thomas Enqvist": ``kg.resolve.agreement``), or
- it gives that nationality to another person named before the speaker ("fellow
  American Andy Roddick"): either may be meant.

(``Linker`` already takes the one person named nearby, names in what is said included;
this leaves out names in what is said and takes the person the sentences are about.)

A wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from kg.lexicon import person_demonym
from kg.resolve.aged import named_near
from kg.resolve.agreement import known_nationalities, nationality
from kg.resolve.speakers import Context
from kg.types import EntityType

_THE_NATIONAL = re.compile(r"the\s+([A-Z][a-z]+)", re.IGNORECASE)


def national(written: str) -> str | None:
    """The country of a speaker that is "the" and one singular demonym noun, or ``None``.

    >>> national("the American"), national("The Russian"), national("the Briton")
    ('United States', 'Russia', 'United Kingdom')
    >>> national("the British") is None, national("the Americans") is None, national("the striker") is None
    (True, True, True)
    """
    match = _THE_NATIONAL.fullmatch(written.strip())
    if match is None:
        return None
    return person_demonym(match.group(1))  # not "the British", "the Chinese", "the Swiss": a people


def fits_nationality(context: Context, written: str, offset: int, person: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``person``, found for the nationality speaker ``written`` at ``offset``, is
    the only person named in its sentence and the one before (outside ``quoted``: "Davenport
    lost to Sharapova. '...,' the American said" may be either) but those of another
    nationality (Agassi "was delighted with victory over" Chilean Massu), is given no other
    nationality, and no other person named before is given that one."""
    code = nationality(written.split()[-1])
    linker = context.linker
    # A person named near whom the article gives another nationality is not meant ("Chilean ... Massu").
    near = {other for other in named_near(context, offset, quoted) - {person}
            if not linker.nationalities(other) or code in linker.nationalities(other)}
    if code is None or near:
        return False
    known = linker.nationalities(person)
    if known and code not in known:
        return False
    for cluster in linker.clusters:
        if cluster.index == person or cluster.type is not EntityType.PERSON or cluster.local:
            continue
        before = [mention for mention in cluster.mentions if mention.kind == "name" and mention.start < offset]
        if before and code in known_nationalities(linker.text, before, cluster.descriptors):
            return False
    return True
