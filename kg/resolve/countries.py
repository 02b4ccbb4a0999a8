"""The country a demonym names, among a document's entities.

"the Israeli government" (``kg.resolve.coref``: the state acts), "the French economy
grew" (``kg.resolve.events``: whose economy): the demonym stands for the country
when the article names that country, as one cluster; otherwise for nothing, since a
demonym alone ("French") is no name of an entity kg can key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import demonym_country
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Cluster


def demonym_cluster(clusters: Sequence[Cluster], demonym: str) -> int | None:
    """The index of the one named country cluster ``demonym`` names ("French" ->
    France's, "Russians" -> Russia's), ``None`` when it names no country or the
    article names that country not once as a cluster of its own."""
    country = demonym_country(demonym)
    if country is None:
        return None
    wanted = fold(country)
    found = {cluster.index for cluster in clusters if cluster.type is EntityType.COUNTRY and not cluster.local
             and any(fold(mention.text) == wanted for mention in cluster.mentions)}
    return found.pop() if len(found) == 1 else None
