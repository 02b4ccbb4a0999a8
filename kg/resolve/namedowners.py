"""A subject owned by a name keeps its event: "Theo van Gogh's film has been pulled".

An event whose core participants no entity stands for is dropped when it is of no news
class ("other"), and so is one whose agent no entity stands for (``kg.resolve.events``).
A subject whose possessor is a name the article gives is no such unknown: "Murdered
director Theo van Gogh's controversial film has been pulled from the Rotterdam Film
Festival", "Actor Leonardo DiCaprio's 'exceptional career' has been honoured",
"Russia's renationalisation of its energy industry needs to be reversed": the phrase says
whose thing it is, the name a reader can look up, and the event is kept, the phrase a
literal (the owner is no participant: the film, not van Gogh, was pulled).

Only the clause's own subject right before its verb (``kg.resolve.countedsubjects.literal_subjects``:
not a noun a participle or a relative clause describes, nor one an infinitive hangs on: "is
UKIP's job to destroy the Tories?"), or with its own phrase on a preposition between
(``kg.resolve.ownedphrases``: "MG Rover's proposed tie-up with China's top carmaker has been
delayed"), and only a possessor inside a name the article gives
(the linker's names): not "The firm's profits", "Its shares". Only what is told as having
happened (asserted or reported): what a name's thing may, would or is to do is most often
a rule or a hope ("South Korea's stock exchange can delist any firm", "President Bush's
proposals would see the Pentagon's budget rise"), no story.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from kg.records import EventMention
from kg.resolve.countedsubjects import counted_subject, literal_subjects
from kg.resolve.ownedphrases import phrase_subjects
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

__all__ = ["owned_subject", "told_subject"]

_POSSESSIVE = re.compile(r"\w['’]s?\s")  # "van Gogh's ", "Peers' "


def owned_subject(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str,
                  subjects: Collection[int], linker: Linker) -> int | None:
    """The index (into ``mention.arguments``) of the subject no entity stands for whose
    possessor is a name (see the module's docstring), or ``None``."""
    if mention.factuality not in (Factuality.ASSERTED, Factuality.REPORTED):
        return None
    # the subject right before its verb, or with its own phrase between (kg.resolve.ownedphrases)
    for index in literal_subjects(mention, kept, text, subjects) + phrase_subjects(mention, kept, text, subjects):
        span = mention.arguments[index].argument
        possessor = _POSSESSIVE.search(text, span.start, span.head_start)
        if possessor is not None and linker.in_name(possessor.start()):
            return index
    return None


def told_subject(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str,
                 subjects: Collection[int], linker: Linker) -> int | None:
    """The index of the subject no entity stands for that still keeps the event: a counted
    one (``kg.resolve.countedsubjects``: "1,100 flights were cancelled") or one a name owns
    (``owned_subject``), or ``None``."""
    counted = counted_subject(mention, kept, text, subjects)
    return counted if counted is not None else owned_subject(mention, kept, text, subjects, linker)
