"""An edge that only files a name under a class noun says nothing the node's type does not.

"Quarterly profits at US media giant TimeWarner", "EDS, the IT giant, said", "Westlife are
a chart-topping group": each gives "X is <class>" with the class a node of its own that no
name stands for ("media giant", "IT giant", "chart-topping group"). Readers judge such an
edge trivial; the description stays one of the entity's descriptors. A description that
ranks or places the thing ("the world's largest oil company", "the first bank to", "one
of the UK's top three firms", "the parent company of Yukos") says more than a class and
keeps its edge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.records import Proposition
    from kg.resolve.coref import Cluster

_CLASSIFYING = frozenset({"apposition", "copula"})
# What makes a description more than a class: a superlative, a rank or number, an owner, a scope.
_MORE_THAN_A_CLASS = re.compile(r"\b(?:\w+est|most|least|first|second|third|last|only|top|leading|biggest|one|of|for|"
                                r"from|in|at|with|to|by|who|which|that)\b|\d|'s\b|’s\b", re.IGNORECASE)


def class_only(edge: Proposition, target: Cluster) -> bool:
    """Whether ``edge`` files its subject under a bare class noun: an apposition or copula
    "is" whose object is a description no name stands for, with no rank, number, owner or
    scope in its words."""
    if edge.kind not in _CLASSIFYING or edge.key != "be" or edge.object is None or not target.local:
        return False
    return _MORE_THAN_A_CLASS.search(edge.object.text) is None
