"""An authority of the law as an event's agent: the event stays, the authority a literal.

Elsewhere an agent no entity stands for drops its event (who acted is unknown: "The
British singer played"). A judge, a court, a jury, the police or prosecutors are who
acts in a legal story, and the reader needs no name to know whom: "But a judge has
barred Bank of America and two auditors from the case", "Police arrested Smith on
Monday". The event stays when every such agent is one (``authority_nouns.txt``) and
the event names an entity it acts on (a core role other than the agent): "The court
heard evidence" keeps nothing a reader can look up.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.lexicon.table import read_words
from kg.records import EventMention

__all__ = ["authority_agents"]

AUTHORITY_NOUNS = read_words("authority_nouns.txt")
_ACTED_ON = frozenset({"patient", "theme", "recipient", "opponent"})


def authority_agents(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str) -> bool:
    """Whether every agent of the mention that no entity stands for is an authority of the
    law, and an entity is acted on."""
    unknown = [mention.arguments[index].argument for index, cluster in kept
               if cluster is None and mention.arguments[index].role == "agent"]
    if not unknown or not all(text[span.head_start : span.head_end].lower() in AUTHORITY_NOUNS for span in unknown):
        return False
    return any(cluster is not None and mention.arguments[index].role in _ACTED_ON for index, cluster in kept)
