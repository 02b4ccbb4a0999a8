"""A body's name written in lower case is that body: "the Commons work and pensions committee".

News writes a committee's or a commission's name in lower case as often as capitalised: "the
MPs who make up the Commons Work and Pensions Committee ... Sir Archy Kirkwood, who chairs the
Commons work and pensions committee, said"; "the Commons standards and privileges committee
said ... The Standards and Privileges Committee inquiry". NER reads only the capitalised form
as a name, and the lower-case one became a description node beside it: two nodes for one
body. ``lower_name_links`` links a description no rule linked to the one named entity whose
name and the description end in the same words, the last a public body's head
(``lower_name_heads.txt``): one is the other's tail, the name of two words or more ("privileges
committee" of "standards and privileges committee"), the description of three or more ("work
and pensions committee" of "Commons Work and Pensions Committee"; not "the select committee",
which any select committee is). Never an indefinite or plural one ("a select committee",
"other committees"), never one of two bodies so named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import LOWER_NAME_HEADS
from kg.records import Mention
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_WORD = re.compile(r"[\w'’-]+")
_OPENING = frozenset({"the", "a", "an", "another", "other", "its", "their", "his", "her", "this", "that"})
_INDEFINITE = re.compile(r"\b(?:a|an|another|other|one)\s+$", re.IGNORECASE)
_SHARED = 2  # words a name must hold ("Privileges Committee"), a description more ("pensions committee" is any)


def lower_name_links(linker: Linker) -> list[tuple[Mention, int]]:
    """The descriptions no rule linked that write a named body's name in lower case, each with that body."""
    links = []
    for description in linker.descriptions:
        if linker.named_or_described(description.as_argument()) is not None or linker.in_name(description.start):
            continue
        words = _words(description.text)
        if len(words) < _SHARED or words[-1] not in LOWER_NAME_HEADS or _INDEFINITE.search(
                linker.text[max(0, description.start - 10) : description.start]):
            continue
        found = _named_body(linker, words)
        if found is not None:
            links.append((description, found))
    return links


def _named_body(linker: Linker, words: list[str]) -> int | None:
    """The one named organisation whose name's words and ``words`` end alike, one the other's tail."""
    fitting = set()
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if entity.local or entity.type is not EntityType.ORGANIZATION:
            continue
        named = _words(mention.text)
        if (len(named) >= _SHARED and words[-len(named) :] == named) or (
                len(words) > _SHARED and named[-len(words) :] == words):
            fitting.add(cluster)
    return fitting.pop() if len(fitting) == 1 else None


def _words(text: str) -> list[str]:
    """Folded words, without an opening article or determiner: "the Commons work and pensions committee"."""
    words = [fold(word) for word in _WORD.findall(text)]
    while words and words[0] in _OPENING:
        words = words[1:]
    return words
