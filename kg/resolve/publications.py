"""A newspaper or magazine quoted as "the paper" after the article names it as its source.

News reports what a paper says and goes on quoting it by its kind: "MG Rover's proposed
tie-up ... has been delayed ..., according to the Financial Times. The paper said Chinese
officials had been irritated"; "According to the Observer, 3,000 jobs ... could be lost.
The paper said". ``publication_before`` gives "the paper", "the newspaper", "the
magazine" ... (a speaker that is "the" and one such noun) the one publication named in
its sentence or the two before: a name after "according to", or one a publication noun
stands right before or after ("Spanish daily ABC", "the Sun newspaper"). Two such names
there, or none, give no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.records import Argument, Mention
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_NOUNS = frozenset({"paper", "newspaper", "magazine", "daily", "tabloid", "weekly", "broadsheet"})
_SPEAKER = re.compile(rf"the\s+({'|'.join(sorted(_NOUNS))})", re.IGNORECASE)
# What a publication is named after: "according to the Financial Times", "Spanish daily ABC", "US magazine Rolling Stone".
_BEFORE = re.compile(rf"(?:\baccording\s+to|\b(?:{'|'.join(sorted(_NOUNS))}))\s+(?:the\s+)?\Z", re.IGNORECASE)
# ... or after: "the Sun newspaper".
_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{'|'.join(sorted(_NOUNS))})\b", re.IGNORECASE)
_PUBLISHED = frozenset({EntityType.WORK, EntityType.ORGANIZATION})


def publication_before(linker: Linker, argument: Argument) -> int | None:
    """The one publication named near before a speaker "the paper" (see the module), or ``None``."""
    if _SPEAKER.fullmatch(linker.text[argument.start : argument.end].strip()) is None:
        return None
    sentence = sentence_of(linker, argument.start)
    found = {cluster for mention, cluster in linker.names
             if mention.end <= argument.start and sentence - WINDOW <= mention.sentence
             and linker.clusters[cluster].type in _PUBLISHED and _published(linker.text, mention)}
    return found.pop() if len(found) == 1 else None


def _published(text: str, mention: Mention) -> bool:
    """Whether a name is written as a publication's: after "according to" or a publication noun, or before one."""
    return bool(_BEFORE.search(text[max(0, mention.start - 30) : mention.start]) or _AFTER.match(text, mention.end))
