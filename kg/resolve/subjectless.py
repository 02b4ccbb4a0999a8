"""A clause's event with only what follows its verb: not kept.

"Marat Safin has ruled out any chance of winning Wimbledon" reads ``win(theme=Wimbledon)``;
"I bought the US version of World of Warcraft" reads ``buy(theme=the US version of World of
Warcraft)`` once the first person is left out; "Ms Craymer, who developed Mamma Mia!"
reads ``develop(theme=Mamma Mia)`` when the relative's subject is not linked. When
every participant a clause's event keeps comes after its verb and none is its agent or
its patient, the reader found no subject for it: the event says that something was won,
bought or reached, not by whom. Blind readers judged such events weak (a fragment with
no agent) or wrong every time. The event stays when a participant stands before the
verb (the subject: "exports fell", "The ties will be played"), when it has a patient (a
passive's: "Elected for a Cardiff constituency, he"), a time or a figure, and when it is
read off a noun (``kg.resolve.barenouns``), a value's change or violence (news by
themselves, as in ``kg.resolve.anonymous``).
"""

from __future__ import annotations

from kg.resolve.anonymous import FIGURE_ROLES, NEWS_BY_ITSELF
from kg.resolve.events import LinkedEvent

__all__ = ["has_subject"]

# Roles that name the subject (an agent, a passive's patient) or date or count the event.
_SUBJECT_OR_CONTENT = FIGURE_ROLES | {"agent", "patient"}


def has_subject(item: LinkedEvent) -> bool:
    """False for a clause's event (not a value's change nor violence) whose kept participants
    all follow its verb, none an agent, a patient, a time or a figure."""
    mention = item.mention
    if mention.kind != "clause" or mention.event_class in NEWS_BY_ITSELF or not item.arguments:
        return True
    for index, _ in item.arguments:
        argument = mention.arguments[index]
        if argument.role in _SUBJECT_OR_CONTENT or argument.quantity is not None:
            return True
        if argument.argument.start < mention.trigger_start:
            return True  # a subject before the verb
    return False
