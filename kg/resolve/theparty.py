"""A party described by its kind: "the party" stands only for a political party.

Political news names a party and then speaks of it as "the party": "Labour's annual
conference will be held in Manchester ... the party has chosen Manchester". ``Linker``
links a definite description to the one organisation named nearby whose kind agrees, and
an organisation of no known kind agrees with any: "Bournemouth hosted the event before
the party signed a deal" gave the town NER read as an organisation four statements.
``party_near`` keeps, of the organisations named nearby, only parties: one the article
calls a party ("the Labour Party", "the party, UKIP") or one whose name is a party's
("Labour", "the Tories", "Lib Dems": ``kg.resolve.ownparty.is_party_name``). A party named
nearby only as a modifier ("Tory co-chairman Liam Fox", "Labour's six new pledges") is a
rival still: "Dr Fox refused to discuss reports that the party had repaid £500,000" is
the Tories', not Labour's named in the sentence before. "This new party", "his former party"
is another than the one named before. A wrong party is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.records import Mention
from kg.resolve.ownparty import OTHER_PARTY, is_party_name
from kg.resolve.pronouns import WINDOW

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def is_party(linker: Linker, cluster: int) -> bool:
    """Whether the article shows the entity to be a party: called one, or named as one."""
    found = linker.clusters[cluster]
    return "party" in linker.kinds(cluster) or any(
        mention.kind == "name" and is_party_name(mention.text) for mention in found.mentions)


def party_near(linker: Linker, description: Mention, near: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """The mentions of ``near`` (names before ``description`` in reach, of a fitting type)
    that are of a party; none when a party named in reach, as a modifier too, is not among them."""
    if set(linker.text[max(0, description.start - 12) : description.end].lower().split()) & OTHER_PARTY:
        return []  # "This new party might gain support": not the party named before
    parties = [(mention, cluster) for mention, cluster in near if is_party(linker, cluster)]
    named = {cluster for _, cluster in parties}
    rivals = {cluster for mention, cluster in linker.names
              if mention.end <= description.start and description.sentence - WINDOW <= mention.sentence
              and cluster not in named and is_party_name(mention.text)}
    return [] if rivals else parties
