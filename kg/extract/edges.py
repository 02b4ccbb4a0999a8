"""From an open proposition to the binary edges it gives the graph.

A proposition has a subject, maybe an object and further arguments; the graph
holds subject-predicate-object edges. ``graph_edges`` reads a passive with an
agent actively and makes each prepositional argument an edge of its own, with
the preposition in the predicate key. ``kg.resolve`` resolves each edge's ends
to entities.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lexicon import BY_PARTICLE_VERBS, PASSIVE_AUXILIARIES, PREPOSITIONS
from kg.records import Proposition

_PASSIVE_AUXILIARY = re.compile(rf"\b(?:{'|'.join(map(re.escape, PASSIVE_AUXILIARIES))})\b", re.IGNORECASE)


def graph_edges(proposition: Proposition, text: str) -> list[Proposition]:
    """The binary edges a proposition gives the graph.

    A passive with an agent reads actively ("the airport was seized by the
    protesters": protesters seize airport), and each prepositional argument is an
    edge of its own ("the bloc sent troops to Kazakhstan": send, and send to
    Kazakhstan).
    """
    edges = []
    if proposition.object is not None:
        words = proposition.key.split()
        passive = proposition.kind == "passive" or _PASSIVE_AUXILIARY.search(proposition.relation)
        # "seized by the protesters" with its auxiliary shared by a coordinated verb
        # ("was stormed and briefly seized by ...") is passive too, unless the verb
        # takes "by" as a particle ("stand by", "abide by").
        bare_agent = len(words) == 2 and words[0] not in BY_PARTICLE_VERBS
        if words[-1:] == ["by"] and len(words) > 1 and (passive or bare_agent):
            edges.append(
                replace(proposition, subject=proposition.object, object=proposition.subject, key=" ".join(words[:-1]))
            )
        else:
            edges.append(proposition)
    base = proposition.key.split()
    while len(base) > 1 and base[-1] in PREPOSITIONS:
        base.pop()
    for extra in proposition.extras:
        first = text[extra.start : extra.end].split(maxsplit=1)[:1]
        if first and first[0].lower() in PREPOSITIONS and first[0].lower() != "by":
            key = " ".join((*base, first[0].lower()))
            if key != proposition.key or proposition.object is None:
                edges.append(replace(proposition, object=extra, key=key, extras=()))
    return edges
