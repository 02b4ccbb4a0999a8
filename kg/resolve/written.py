"""An argument written as a name the article gives elsewhere is that name's entity.

NER misses a name it finds elsewhere in the same article, most often at a sentence's
head where every word is capitalised anyway: "Souness dropped Bellamy for Sunday's game"
(the article names Graeme Souness, and "Souness" after that), "Bath have signed their
former scrum-half", "Labour will continue to pursue controversial reforms". The
argument then resolves to no entity, and an agent no entity stands for drops its event.
When the argument is written exactly as a name the article's mentions give, or as the
surname of a person they name, and so of one entity only, it is that entity.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.records import Argument, Mention
from kg.types import EntityType

__all__ = ["written_name"]


def written_name(names: Sequence[tuple[Mention, int]], span: Argument, found: int | None = None) -> int | None:
    """``found`` when given, else the one cluster one of whose named mentions is written
    exactly as ``span``, a name alone (every word capitalised), or whose person's name ends
    in it (a surname: "Souness" of "Graeme Souness"); ``names``: each named mention with
    its cluster.

    >>> souness = [(Mention(40, 47, "Souness", EntityType.PERSON, 2), 3)]
    >>> written_name(souness, Argument("Souness", 0, 7, 0, 7))
    3
    >>> written_name([(Mention(40, 54, "Graeme Souness", EntityType.PERSON, 2), 3)], Argument("Souness", 0, 7, 0, 7))
    3
    >>> written_name(souness, Argument("the manager", 0, 11, 4, 11)) is None
    True
    >>> written_name(souness + [(Mention(60, 67, "Souness", EntityType.PERSON, 3), 5)], Argument("Souness", 0, 7, 0, 7)) is None
    True
    """
    if found is not None:
        return found
    words = span.text.split()
    if not words or not all(word[:1].isupper() for word in words):
        return None
    clusters = {cluster for mention, cluster in names if mention.text == span.text or (
        mention.type is EntityType.PERSON and mention.text.endswith(f" {span.text}"))}
    return clusters.pop() if len(clusters) == 1 else None
