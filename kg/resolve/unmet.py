"""A meeting with one party alone: not kept.

"Borussia officials met with almost all the banks involved" reads ``meet(agent=officials)``
once the banks are left unlinked; "bosses of the largest companies are scheduled to attend"
reads ``attend(agent=largest companies)``, the forum left to the sentence before. A verb of
the meeting class (meet, attend, visit, host, discuss, talk ...) is about whom or what one
met: with only its one doer (and a time) kept it tells a reader that someone met, not whom
or where, and blind readers judged such events weak. An event that keeps any other role (a
recipient, a theme, a place, a topic) stays; so does a verb phrase whose noun names the
occasion ("hold his monthly media conference"), an act whole in itself ("the band will
tour", "protesters gathered") and a meeting of two or more doers ("Mr Blair and Mr Brown
met"; ``whole_meetings.tsv``).
"""

from __future__ import annotations

import re

from kg.lexicon.table import read_table
from kg.resolve.events import LinkedEvent

__all__ = ["meets_whom"]

_ROWS = read_table("whole_meetings.tsv")
WHOLE = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "alone")
JOINT = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "joint")
# Roles that say who and when, not whom or what was met.
_NO_CONTENT = frozenset({"agent", "time"})
_JOINED = re.compile(r" and | & ")


def meets_whom(item: LinkedEvent) -> bool:
    """False for a meeting verb whose kept participants are only one doer (and a time)."""
    mention = item.mention
    if mention.event_class != "meeting" or mention.kind != "clause" or " " in mention.lemma or mention.lemma in WHOLE:
        return True
    arguments = [mention.arguments[index] for index, _ in item.arguments]
    roles = [argument.role for argument in arguments]
    if not roles or not set(roles) <= _NO_CONTENT or "agent" not in roles:
        return True
    # "the two leaders met": each the other's party; one agent's words may join two
    return mention.lemma in JOINT and (roles.count("agent") > 1 or any(
        argument.role == "agent" and _JOINED.search(argument.argument.text) for argument in arguments))
