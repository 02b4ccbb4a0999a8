"""A request or an agreement with its doer alone: not kept.

"Mr Templeton said he agreed" reads ``agree(agent=Rich Templeton)``; "he would not apologise
even if Mr Blair asked" reads ``ask(agent=Tony Blair)``; "Bill Clinton once advised him:
'...'" reads ``advise(agent=Bill Clinton)``, the advice left to the quote. A verb of the
request class (ask, urge, advise, demand, invite ...) or the agreement class (agree,
approve, ratify ...) is about what was asked or agreed: with only its doer (and a time)
kept it tells a reader that someone asked or agreed, not what, and blind readers judged
such events weak. An event that keeps any other role (a theme, a recipient, a topic) stays;
so does an act whole in itself ("the Justice Department would appeal", "pleaded guilty",
a player who signed, a firm that settled) and a joint act of two or more doers ("the two
sides agreed", "Sony and Samsung will cooperate"; ``whole_requests.tsv``).
"""

from __future__ import annotations

from kg.lexicon.table import read_table
from kg.resolve.doeronly import doer_only, joint_doers
from kg.resolve.events import LinkedEvent

__all__ = ["asks_what"]

_ROWS = read_table("whole_requests.tsv")
WHOLE = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "alone")
JOINT = frozenset(row.fields[0] for row in _ROWS if row.fields[1] == "joint")
_CLASSES = frozenset({"request", "agreement"})


def asks_what(item: LinkedEvent) -> bool:
    """False for a request or agreement verb whose kept participants are only its doer (and a time)."""
    mention = item.mention
    if mention.event_class not in _CLASSES or mention.kind != "clause" or mention.lemma in WHOLE:
        return True
    if not doer_only(item):
        return True
    return mention.lemma in JOINT and joint_doers(item)  # "the two sides agreed": each the other's party
