"""The party its paragraph goes on about, for "the party" no other rule linked.

"The Liberal Democrats want to do away with the council tax altogether ... The rate would
be set locally ... They say the council tax is the most unpopular and most unfair tax in
Britain ... The party says it would aim for a £5,000 tax-free personal allowance": the
party is the Liberal Democrats, named three sentences back, out of ``Linker``'s reach
(``kg.resolve.theparty``), in an article that names Labour and the Tories before them
(``kg.resolve.oneparty`` links only an article's one party). ``paragraph_party_links``
links "the party" to the party named last before it when all of these hold:

- that name is written in the description's own paragraph (NER's name or not: "Labour
  denies breaking rules"), of the one party the article names so, and no possessive
  ("Labour's plans"); names of places and bodies between ("the Inland Revenue") are no rivals;
- nothing between that name and the description may be meant instead: no other party's
  name written there or earlier in that name's sentence (a capitalised word or two, "Lib
  Dems", "the Tories", as a modifier too: ``kg.resolve.oneparty.party_names``; "The Lib Dems
  say Labour is telephoning people. The party says": either), no person named (whose party the article may not
  say: "Labour says ... Mr Howard said ... The party says"), no other "party" but in a
  name ("the local party", "a new party");
- the rest of its sentence writes no party's name ("The party says Labour is wrong"), nor
  the headline another's ("Liberal Democrats target the student vote ... The Tories say
  they would also end fees. The party says": the article's party may be meant).

A wrong party is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from kg.records import Mention
from kg.resolve.leadparty import a_party, open_party_descriptions
from kg.resolve.oneparty import party_forms, party_names
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_PARTY = re.compile(r"\bparty\b", re.IGNORECASE)


def paragraph_party_links(linker: Linker) -> list[tuple[Mention, int]]:
    """The descriptions "the party" no rule linked, each with the party its paragraph named last before it."""
    links = []
    for description in open_party_descriptions(linker):
        found = _last_party(linker, description)
        if found is not None:
            links.append((description, found))
    return links


def _last_party(linker: Linker, description: Mention) -> int | None:
    text = linker.text
    paragraph = text.rfind("\n", 0, description.start) + 1
    written = party_names(text[paragraph : description.start])  # "Labour denies": a name NER missed too
    if not written:
        return None
    first, last, name = max(written)
    first, last = first + paragraph, last + paragraph
    forms = party_forms(name)
    parties = {cluster for mention, cluster in linker.names if mention.end <= description.start and a_party(linker, cluster)
               and any(party_forms(mention.text) & forms for mention in linker.clusters[cluster].mentions)}
    if len(parties) != 1 or text.startswith(("'s", "’s"), last):
        return None  # "Labour's plans": a modifier, no subject
    party = parties.pop()
    known = {form for mention in linker.clusters[party].mentions for form in party_forms(mention.text)}
    opening = linker.sentence_starts[bisect_right(linker.sentence_starts, first) - 1]
    if any(not party_forms(other) & known for _, _, other in party_names(text[opening : description.start])):
        return None  # "The Lib Dems say Labour is telephoning people. The party says": either
    if any(not party_forms(other) & known for _, _, other in party_names(linker.title or "")):
        return None  # "Liberal Democrats target the student vote ... The Tories say ... The party says": either
    if any(linker.clusters[cluster].type is EntityType.PERSON for mention, cluster in linker.names
           if last <= mention.start and mention.end <= description.start):
        return None  # "Labour says ... Mr Howard said ... The party says": maybe his
    if any(not linker.in_name(last + found.start()) for found in _PARTY.finditer(text[last : description.start])):
        return None  # "the local party", "a new party": another
    sentence = description.sentence
    end = linker.sentence_starts[sentence + 1] if sentence + 1 < len(linker.sentence_starts) else len(text)
    if party_names(text[description.end : end]):
        return None  # "The party says Labour is wrong"
    return party
