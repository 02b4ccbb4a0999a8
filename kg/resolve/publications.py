"""A newspaper or magazine quoted as "the paper" after the article names it as its source.

News reports what a paper says and goes on quoting it by its kind: "MG Rover's proposed
tie-up ... has been delayed ..., according to the Financial Times. The paper said Chinese
officials had been irritated"; "According to the Observer, 3,000 jobs ... could be lost.
The paper said". ``publication_before`` gives "the paper", "the newspaper", "the
magazine" ... (a speaker that is "the" and one such noun) the one publication named in
its sentence or the two before: a name after "according to", or one a publication noun
stands right before or after ("Spanish daily ABC", "the Sun newspaper"). Two such names
there, or none, give no one: a wrong speaker is worse than none. A work's name ending in a
newspaper's word is written as a publication's too ("The Telegraph was sued ... after the
newspaper claimed"; newspaper_heads.txt). When none is named that near, "the magazine", "the
newspaper" (not "the paper": a study's, a white paper) take up the one publication named anywhere
before ("US magazine Rolling Stone's annual list ... [three sentences] ... the magazine reported").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import NEWSPAPER_HEADS
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
    speaker = _SPEAKER.fullmatch(linker.text[argument.start : argument.end].strip())
    if speaker is None:
        return None
    sentence = sentence_of(linker, argument.start)
    before = [(mention, cluster) for mention, cluster in linker.names if mention.end <= argument.start
              and _published(linker.text, mention, linker.clusters[cluster].type)]
    found = {cluster for mention, cluster in before if sentence - WINDOW <= mention.sentence}
    if not found and speaker.group(1).lower() != "paper":
        found = {cluster for _, cluster in before}  # "US magazine Rolling Stone ... [three sentences] ... the magazine reported"
    return found.pop() if len(found) == 1 else None


def _published(text: str, mention: Mention, entity_type: EntityType) -> bool:
    """Whether a name is written as a publication's: after "according to" or a publication noun, or before one;
    or a work's name ending in a newspaper's word ("The Telegraph", "the Wall Street Journal"; newspaper_heads.txt)."""
    if entity_type not in _PUBLISHED:
        return False
    if entity_type is EntityType.WORK and fold(mention.text.split()[-1]) in NEWSPAPER_HEADS:
        return True
    return bool(_BEFORE.search(text[max(0, mention.start - 30) : mention.start]) or _AFTER.match(text, mention.end))
