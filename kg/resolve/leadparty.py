"""The party an article is about, for "the party" no nearer name takes up.

Political news names its party in the headline and the first sentence, often only as the
modifier of its leader's post, then speaks of it as "the party": "Lib Dems target the
student vote / Students can decide the fate of MPs in some seats, Liberal Democrat leader
Charles Kennedy has claimed. The party says the votes of students can win it 27 new seats";
"Manchester wins Labour conference / The Labour Party will hold its 2006 autumn conference in
Manchester ... In 1998 the party said it would not return to Blackpool". A modifier is no
antecedent for ``Linker`` (``kg.resolve.theparty``), and a paragraph on the party named
before is out of reach, so "the party" stayed a description.
``lead_party_links`` links "the party" that no rule linked to the one party
(``kg.resolve.theparty.is_party``) the headline names (its plural too), when the first sentence names it too
(as a modifier also) and the headline names no other party. It links only when nothing else
may be meant: no other party named (as a modifier also) between that party's last mention
and the description or anywhere in its sentence ('"... the party ...," said Tory chairman
Liam Fox'), and no "new", "former" party ("his former party"). A wrong party is
worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.records import Mention
from kg.resolve.ownparty import OTHER_PARTY
from kg.resolve.theparty import is_party
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_WORDS = re.compile(r"[\w'’&.-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
# "the" right before "party": not "the main political party", "the Green Party".
_THE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)


def lead_party(linker: Linker, title: str | None) -> int | None:
    """The one party the headline names, when the first sentence names it too and the
    headline names no other party; else ``None``."""
    if not title:
        return None
    headline = f" {_folded(title)} "
    parties = {cluster for cluster in range(len(linker.clusters)) if a_party(linker, cluster)}
    named = {cluster for cluster in parties if any(
        mention.kind == "name" and re.search(rf" {re.escape(_folded(mention.text))}s? ", headline)
        for mention in linker.clusters[cluster].mentions)}  # "Liberal Democrat leader ..." in "Liberal Democrats target"
    if len(named) != 1:
        return None
    party = named.pop()
    return party if any(mention.sentence == 0 and cluster == party for mention, cluster in linker.names) else None


def lead_party_links(linker: Linker, title: str | None) -> list[tuple[Mention, int]]:
    """The descriptions "the party" no rule linked that stand for the article's party
    (``lead_party``): no other party named since its last mention before them."""
    party = lead_party(linker, title)
    if party is None:
        return []
    links = []
    for description in open_party_descriptions(linker):
        before = [(mention, cluster) for mention, cluster in linker.names if mention.end <= description.start]
        last = max((mention.end for mention, cluster in before if cluster == party), default=None)
        if last is None:
            continue
        if any(cluster != party and (last <= mention.start < description.start or mention.sentence == description.sentence)
               and a_party(linker, cluster) for mention, cluster in linker.names):
            continue  # "... the Tories ... the party", '"... the party ...," said Tory chairman Liam Fox': either
        links.append((description, party))
    return links


def a_party(linker: Linker, cluster: int) -> bool:
    """An organisation the article shows to be a party (not a town a "the party" was linked to)."""
    return linker.clusters[cluster].type is EntityType.ORGANIZATION and is_party(linker, cluster)


def _folded(text: str) -> str:
    return " ".join(fold(_POSSESSIVE.sub("", word)) for word in _WORDS.findall(text))


def open_party_descriptions(linker: Linker) -> Iterator[Mention]:
    """The descriptions "the party" that no rule linked, but "his former party" and the like
    (``OTHER_PARTY``): what ``lead_party_links`` and ``kg.resolve.oneparty`` may link."""
    for description in linker.descriptions:
        if description.text.lower() != "party" or not _THE.search(linker.text[max(0, description.start - 5) : description.start]):
            continue
        if linker.named_or_described(description.as_argument()) is not None:
            continue
        if set(linker.text[max(0, description.start - 12) : description.start].lower().split()) & OTHER_PARTY:
            continue  # "his former party"
        yield description
