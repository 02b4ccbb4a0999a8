"""A spokesperson of no named body speaks for the one body the sentence before is about.

"But the Home Office defended the measures. A spokesman said: ..." and "The Justice
Department refused to say if it would appeal. '...,' a spokeswoman said": the body the
sentence before has for its subject speaks, as it does through "a Home Office spokesman"
(``kg.resolve.spokespeople``); the quote keeps "A spokesman" as its speaker text.

Only a bare singular phrase, an article and a spokesperson noun (``spokespeople.txt``):
"a spokesman", "the spokeswoman", "an official". The sentence before names one body
(``SPOKEN_BODIES``) and no other outside quotations, that body is the subject of one of
its clauses (the subject's head word inside its name or description), and no person is named
in a subject there. None when the spokesperson's own sentence names anyone
outside what is said ("Speaking ahead of the expected Army Board meeting, a spokesman
said": a campaign's spokesman, not the board's), nor when it opens the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import SPOKESPEOPLE
from kg.records import Argument
from kg.resolve.kindspokes import speaks_for
from kg.resolve.pronouns import looks_plural
from kg.resolve.reportmakers import report_maker
from kg.resolve.spokespeople import SPOKEN_BODIES
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# The whole phrase: "A spokesman", "the spokeswoman", "an official".
_BARE = re.compile(r"(?:an?|the)\s+(\w+)", re.IGNORECASE)


def spoken_body(linker: Linker, argument: Argument, title: str | None, quoted: Sequence[tuple[int, int]]) -> int | None:
    """The body a spokesperson speaks for: the one their phrase names or the article's
    company (``speaks_for``), the maker of the article's reports for "the report"
    (``kg.resolve.reportmakers``), else the one the sentence before is about (``body_before``)."""
    named = speaks_for(linker, argument, title)
    if named is None:
        named = report_maker(linker, argument)
    return named if named is not None else body_before(linker, argument, quoted)


def body_before(linker: Linker, argument: Argument, quoted: Sequence[tuple[int, int]]) -> int | None:
    """The one body the sentence before a bare "a spokesman" is about, which speaks
    through them, or ``None``; ``quoted``: spans of what is said (no one named there counts)."""
    text = linker.text
    bare = _BARE.fullmatch(text[argument.start : argument.end])
    if bare is None or bare.group(1).lower() not in SPOKESPEOPLE or looks_plural(bare.group(1).lower()):
        return None
    starts = linker.sentence_starts
    index = bisect_right(starts, argument.start) - 1
    if index < 1:
        return None
    own = (starts[index], starts[index + 1] if index + 1 < len(starts) else len(text))
    before = (starts[index - 1], starts[index])

    def said(at: int) -> bool:
        return any(start <= at < end for start, end in quoted)

    if any(not said(at) and not argument.start <= at < argument.end for at, _ in linker.antecedents(*own)):
        return None  # "Speaking ahead of the expected Army Board meeting, a spokesman said"
    named = [(at, cluster) for at, cluster in linker.antecedents(*before) if not said(at)]
    bodies = {cluster for _, cluster in named
              if linker.clusters[cluster].type in SPOKEN_BODIES and not linker.clusters[cluster].local}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    subjects = [clause.subject for clause in linker.clauses
                if before[0] <= clause.subject.start < before[1] and not said(clause.subject.start)]
    in_subject = {cluster for at, cluster in named for subject in subjects if subject.start <= at < subject.end}
    if any(linker.clusters[cluster].type is EntityType.PERSON for cluster in in_subject):
        return None  # "Mr Blair's aides ...": whose spokesman is not said
    headed = any(at <= subject.head_start < linker.end_of(at) for at, cluster in named if cluster == body
                 for subject in subjects)
    return body if headed else None  # "new technology, including the Video Relay Service, will be discussed": not the service
