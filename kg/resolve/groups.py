"""Groups named by a demonym ("the Russians", "Britons") and the country they are from.

A demonym is not a country: "Russians protested" says something about people,
not about the state, so the group stays a ``Group`` node of its own and never
merges with the country. What the demonym does tell is where the group is
from; that becomes an edge ``group --come from--> country`` (key ``be from``,
``kg:comesFrom`` in the ontology), read from the sentence that first names the group.

The edge is drawn only when the article itself names the country, so that no
node appears that the text does not mention, and never for a group whose label is
only the demonym ("Britons --come from--> United Kingdom", "the Irish man"): the edge
would repeat the label and tell nothing the article says (``_only_demonym``). It is
drawn only for a people ("Americans",
"the British"): "the Argentine" or "an Israeli" is one person NER left a group. Adjectives ("Russian troops",
"ex-Soviet nation") are not groups at all: ``kg.extract.mentions`` drops them
as names, and a description such as "the ex-Soviet nation" is linked by
``kg.resolve.coref`` like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.folding import fold
from kg.lexicon import ARTICLES, PEOPLE_NOUNS, demonym_country
from kg.records import Entity, Evidence, Relation
from kg.resolve.coref import Cluster
from kg.types import EntityType

DEMONYM_KEY = "be from"
"""The predicate key of the edge; ``kg/ontology/predicates.tsv`` maps it to kg:comesFrom."""
DEMONYM_TEXT = "come from"
"""The edge's text: the demonym itself is no relation ("Americans --Americans--> United States"
read as nothing); a people "come from" its country."""
DEMONYM_CONFIDENCE = 0.9
"""A word list, not a parse, links them; high but not certain ("Georgians" of the US state)."""


def demonym_links(
    clusters: Sequence[Cluster],
    keys: dict[int, str],
    entities: Sequence[Entity],
    *,
    document_id: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
) -> list[Relation]:
    """The "be from" edges of one document's demonym groups.

    Args:
        clusters: The document's entity clusters.
        keys: Entity key of each kept cluster, by cluster index.
        entities: The document's entities (only these may be linked).
        document_id: The document's id, for the evidence.
        text: The document text.
        sentences: Character span of each sentence.
    """
    kept = {entity.key: entity for entity in entities}
    countries = {
        fold(entity.label): entity.key
        for entity in entities
        if entity.type is EntityType.COUNTRY
    }
    relations = []
    for cluster in clusters:
        key = keys.get(cluster.index)
        if cluster.local or cluster.type is not EntityType.GROUP or key not in kept or _only_demonym(kept[key].label):
            continue
        homes = {demonym_country(mention.text) for mention in cluster.mentions} - {None}
        if len(homes) != 1 or not any(_many(mention.text) for mention in cluster.mentions):
            continue
        country = countries.get(fold(homes.pop()))
        if country is None:
            continue
        first = min(cluster.mentions, key=lambda mention: mention.start)
        start, end = sentences[first.sentence]
        relations.append(
            Relation(
                subject=key,
                key=DEMONYM_KEY,
                object=country,
                text=DEMONYM_TEXT,
                evidence=Evidence(document_id, text[start:end].strip(), start, end),
                confidence=DEMONYM_CONFIDENCE,
            )
        )
    return relations


# Demonyms that name a people whole without a plural ending: "the Chinese", "the British".
_COLLECTIVE = ("ese", "sh", "ch", "ss")


def _many(demonym: str) -> bool:
    """Whether a demonym names a people, not one of them: "Americans", "the British", not
    "the Argentine" (a player), "an Israeli" or "American" (the airline), which NER's
    nationality label leaves a group and no group is from a country.

    >>> _many("Americans"), _many("Iraqis"), _many("Chinese"), _many("Argentine"), _many("Spaniard")
    (True, True, True, False, False)
    """
    word = demonym.split()[-1].lower()
    return word.endswith("s") or word.endswith(_COLLECTIVE)


def _only_demonym(label: str) -> bool:
    """Whether a group's label is its demonym and nothing more (an article and a noun for
    people, ``PEOPLE_NOUNS``, aside): the edge to the country would only spell out the label.

    >>> _only_demonym("Britons"), _only_demonym("the Irish man"), _only_demonym("The Chinese"), _only_demonym("Irish fans")
    (True, True, True, True)
    >>> _only_demonym("Kosovo Albanians"), _only_demonym("Muslims")
    (False, False)
    """
    words = [word for word in label.split() if fold(word) not in ARTICLES]
    if len(words) > 1 and {fold(words[-1]), fold(words[-1])[:-1]} & PEOPLE_NOUNS:  # "man", "fans"
        words = words[:-1]
    return bool(words) and demonym_country(" ".join(words)) is not None
