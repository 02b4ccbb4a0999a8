"""A statement event with its speaker and nothing said: not kept.

"Souness has also hinted he thinks Shearer may carry on" reads ``hint(agent=Graeme
Souness)`` once the content is left to the quote reader or lost; "he has yet to confirm
will happen" reads ``confirm(agent=Robert Kilroy-Silk)``. An event of the statement class
(announce, hint, predict, confirm, unveil, inform ...) whose only participants are its
agent and a time tells a reader that someone spoke, not what about: blind readers judged
such events weak (true but useless) or wrong, never correct unless the act is whole in
itself ("he would not apologise"; ``whole_statements.txt``). An event that keeps any
other role (a theme, a topic, a recipient, a place, a figure) stays.
"""

from __future__ import annotations

from kg.lexicon.table import read_words
from kg.resolve.doeronly import doer_only
from kg.resolve.events import LinkedEvent

__all__ = ["says_what"]

WHOLE = read_words("whole_statements.txt")


def says_what(item: LinkedEvent) -> bool:
    """False for a statement event whose kept participants are only its agent (and a time)."""
    mention = item.mention
    if mention.event_class != "statement" or mention.lemma in WHOLE:
        return True
    return not doer_only(item)
