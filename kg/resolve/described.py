"""A definite description that takes up a body named further back than the nearby rules reach.

News names an organisation once and then speaks of it by its kind: "the Finance and
Economy Ministry said ... [three sentences] ... the ministry said"; "BP ... the firm's
shares ... [a paragraph on oil prices] ... the firm said". ``Linker`` links a definite
description only to the one compatible name in the sentences right before it; when
none is there, ``described_before`` looks back over the whole article:

- a name whose words hold the description's head noun ("the ministry": "Finance and
  Economy Ministry"; "the party": "UK Independence Party"; a body's name's head of no
  other sense, named_body_nouns.txt: "the commission": "Electoral Commission"), or
- the entity earlier descriptions with that head were linked to ("the firm" ... "the firm"),

and gives the one entity of a compatible type that fits, never one of two, and none
when another compatible name stands in the sentences right before (it may be that one).
When no name or earlier description fits, a film, band, club, show or festival is taken
up as an event's participant would be (``kg.resolve.acts``): "Glenn Hoddle will be
unveiled as the new Wolves manager ... The club have confirmed"; "said the festival's
executive director, Craig Prater".
A wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import DESCRIPTION_NOUNS, NAMED_BODY_NOUNS, ROLE_HEADS
from kg.records import Argument
from kg.resolve.acts import described_thing
from kg.resolve.pronouns import WINDOW, looks_plural, sentence_of
from kg.resolve.publications import publication_before
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# "the ministry", "the Korean finance ministry" is narrowed, "the ministry's": the head alone, after "the".
_BARE = re.compile(r"the\s+([a-z][a-z-]*)", re.IGNORECASE)
_NAME_WORD = re.compile(r"[\w-]+")
# Bodies a kind noun may stand for; a country or team is not "the firm".
_BODIES = frozenset({EntityType.ORGANIZATION})


def bare_description(written: str) -> str | None:
    """The head noun of a description that is "the" and one singular kind noun
    (``description_nouns.tsv``), or ``None``.

    >>> bare_description("the ministry"), bare_description("The firm"), bare_description("the firms")
    ('ministry', 'firm', None)
    >>> bare_description("The commission"), bare_description("the office") is None
    ('commission', True)
    >>> bare_description("the new ministry") is None, bare_description("the chancellor") is None
    (True, True)
    """
    match = _BARE.fullmatch(written.strip())
    if match is None:
        return None
    head = match.group(1)
    if not head.islower() or looks_plural(head) or head in ROLE_HEADS:
        return None
    if DESCRIPTION_NOUNS.get(head) not in _BODIES and head not in NAMED_BODY_NOUNS:
        return None  # "the commission": a body's name's head (named_body_nouns.txt)
    return head


def described_before(linker: Linker, argument: Argument) -> int | None:
    """The one named body a bare description ("the ministry", ``bare_description``)
    takes up from anywhere earlier in the article, by its name's words or by what the
    same description was linked to before; ``None`` when two fit, none does, or another
    body is named in the sentences right before."""
    head = bare_description(linker.text[argument.start : argument.end])
    published = publication_before(linker, argument)  # "According to the FT ... the paper said" (kg.resolve.publications)
    if published is not None:
        return published
    if head is None:
        return described_thing(linker, argument)  # "the band said" (kg.resolve.acts)
    fitting: set[int] = set()
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if mention.end <= argument.start and not entity.local and entity.type in _BODIES:
            if head in {fold(word) for word in _NAME_WORD.findall(mention.text)}:
                fitting.add(cluster)
    for description in linker.descriptions:
        if description.end <= argument.start and description.text.split()[-1].lower() == head:
            span = Argument(description.text, description.start, description.end, description.start, description.end)
            linked = linker.named_or_described(span)
            if linked is not None:
                fitting.add(linked)
    if not fitting:
        return described_thing(linker, argument)  # "the club said": the one club named before (kg.resolve.theclub)
    if len(fitting) != 1:
        return None
    found = fitting.pop()
    sentence = sentence_of(linker, argument.start)
    near = {cluster for mention, cluster in linker.names
            if mention.end <= argument.start and sentence - WINDOW <= mention.sentence
            and linker.clusters[cluster].type in _BODIES and not mention.modifier}
    return found if near <= {found} else None
