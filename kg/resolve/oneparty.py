"""The one party an article names, for "the party" no other rule linked.

"Labour says it wants to retain the property-based tax ... Deputy Prime Minister John
Prescott has said the current system is not sustainable ... The party says this year's
increases will be the lowest in a decade": the party is Labour, named three sentences
back, out of ``Linker``'s reach (``kg.resolve.theparty``), and the headline ("Parties'
plans for council tax") names none (``kg.resolve.leadparty``).

``one_party_links`` links "the party" (after "the", nothing between) that no rule linked
to the one party (``kg.resolve.theparty.is_party``) the article names before it, when it
names no other party anywhere before it or in its sentence, as a modifier too ("Tory
co-chairman"; a party's name NER read as no name counts too: "Labour says"; or in the headline),
and every earlier "party" of the text is in that party's name or a bare
"the party" ("Kilroy-Silk will form a new party ... The party": another; "his former
party"). A wrong party is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import NICKNAMES
from kg.records import Mention
from kg.resolve.leadparty import a_party, open_party_descriptions
from kg.resolve.ownparty import is_party_name

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

# "the" right before "party": not "the main political party", "the Green Party".
_THE = re.compile(r"(?:^|\s)the\s+$", re.IGNORECASE)
_PARTY = re.compile(r"\bparty\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def one_party_links(linker: Linker) -> list[tuple[Mention, int]]:
    """The descriptions "the party" no rule linked, each with the one party the article named before it."""
    links = []
    for description in open_party_descriptions(linker):
        parties = {cluster for mention, cluster in linker.names
                   if (mention.end <= description.start or mention.sentence == description.sentence)
                   and a_party(linker, cluster)}
        if len(parties) != 1 or not _only_taken_up(linker, description):
            continue  # "... the Tories ... Labour ... the party": either
        party = parties.pop()
        if _other_party_written(linker, description, party):
            continue  # "Labour says ... The Tories have promised", NER's no name for "Labour": either
        if any(mention.end <= description.start and cluster == party for mention, cluster in linker.names):
            links.append((description, party))
    return links


def _other_party_written(linker: Linker, description: Mention, party: int) -> bool:
    """Whether another party's name is written (a capitalised word or two: "Labour", "Lib Dems")
    in the headline or before the end of ``description``'s sentence outside every mention of ``party``."""
    sentence = description.sentence
    end = linker.sentence_starts[sentence + 1] if sentence + 1 < len(linker.sentence_starts) else len(linker.text)
    own = [(mention.start, mention.end) for mention, cluster in linker.names if cluster == party]
    known = {name for mention in linker.clusters[party].mentions for name in party_forms(mention.text)}  # "Tory": Conservative
    body = any(not any(a <= start and stop <= b for a, b in own) and not party_forms(written) & known
               for start, stop, written in party_names(linker.text[:end]))
    return body or any(not party_forms(written) & known for _, _, written in party_names(linker.title or ""))


def party_names(text: str) -> list[tuple[int, int, str]]:
    """The parties' names written in ``text``, a capitalised word or two ("Lib Dems" before "Lib"), with their offsets."""
    words = list(_CAPITALISED.finditer(text))
    found: list[tuple[int, int, str]] = []
    for index, first in enumerate(words):
        second = words[index + 1] if index + 1 < len(words) else None
        if found and first.start() < found[-1][1]:
            continue  # the second word of a pair found
        pair = f"{first.group()} {second.group()}" if second is not None and not text[first.end() : second.start()].strip() else ""
        if pair and is_party_name(pair):
            found.append((first.start(), second.end() if second is not None else first.end(), pair))
        elif is_party_name(first.group()):
            found.append((first.start(), first.end(), first.group()))
    return found


def party_forms(written: str) -> set[str]:
    """A party's name as written, folded, and the names the alias table gives it ("tory": "conservative party")."""
    folded = fold(written)
    return {folded, *(fold(reading.name) for reading in NICKNAMES.get(folded, ()))}


def _only_taken_up(linker: Linker, description: Mention) -> bool:
    """Whether every "party" before ``description`` is inside a name or a bare "the party"
    ("a new party", "the main opposition party" may be another)."""
    for found in _PARTY.finditer(linker.text, 0, description.start):
        if linker.in_name(found.start()):
            continue
        if not _THE.search(linker.text[max(0, found.start() - 5) : found.start()]):
            return False
    return True
