"""An event kept with its doer alone (and a time), and whether its doers are two or more:
the test ``kg.resolve.contentless``, ``unasked``, ``untraded`` and ``unmade`` share ("Mr Templeton said he
agreed": agree(agent) only; "Boeing and Airbus agreed": two doers, a joint act).
"""

from __future__ import annotations

import re

from kg.resolve.events import LinkedEvent

__all__ = ["doer_only", "joint_doers"]

# Roles that say who and when, not what was done.
_NO_CONTENT = frozenset({"agent", "time"})
_JOINED = re.compile(r" and | & ")


def doer_only(item: LinkedEvent) -> bool:
    """Whether the event's kept participants are only its doer (and a time)."""
    roles = [item.mention.arguments[index].role for index, _ in item.arguments]
    return bool(roles) and set(roles) <= _NO_CONTENT and "agent" in roles


def joint_doers(item: LinkedEvent) -> bool:
    """Whether the event has two or more doers: two agents, or one agent's words joining two
    ("United Bank of Africa and Standard Trust Bank will merge")."""
    agents = [item.mention.arguments[index] for index, _ in item.arguments if item.mention.arguments[index].role == "agent"]
    return len(agents) > 1 or any(_JOINED.search(argument.argument.text) for argument in agents)
