"""In a sports report the object of "play", "oust", "upset" ... is the other side.

"Davenport, who closed out with an ace, plays Karolina Sprem in the next round" gave
play(agent=Davenport, theme=Karolina Sprem), "Almagro ... ousting eighth seed Mariano
Zabaleta" oust(theme=...): the event table keeps a theme for these verbs, rightly outside
sport ("Freeman plays Arthur Dent" is a role, "the board ousted its chairman" a removal).
In a sports report (``kg.extract.cues.sport_context``) the direct object of a verb of
``sport_opponent_verbs.txt`` that is a person, a team or a country is the opponent, as
the object of "beat" is (``event_lemmas.tsv``). Not a thing ("played a key role", "upset
the odds"), nor a competition (``competition_heads.txt``: "play Champions League
matches"), nor a passive's subject ("was ousted as manager").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word, Words
    from kg.records import EventArgument, EventMention

SPORT_OPPONENT_VERBS = read_words("sport_opponent_verbs.txt")
COMPETITION_HEADS = read_words("competition_heads.txt")
_SIDES = frozenset({"party", "place"})


def sport_opponents(events: Iterable[EventMention], words: Words, sport: frozenset[str]) -> list[EventMention]:
    """``events`` with the side a sports report's verb of playing or beating takes as its
    object read as the opponent (see the module)."""
    found = list(events)
    if not sport:
        return found
    at = words.by_offset()
    out = []
    for event in found:
        trigger = at.get(event.trigger_start)
        if trigger is not None and event.lemma in SPORT_OPPONENT_VERBS and trigger.lemma_.lower() == event.lemma:
            event = replace(event, arguments=tuple(_opposed(argument, trigger, at) for argument in event.arguments))
        out.append(event)
    return out


def _opposed(argument: EventArgument, trigger: Word, at: dict[int, Word]) -> EventArgument:
    """``argument`` as the opponent when it is ``trigger``'s direct object and a side."""
    head = at.get(argument.argument.head_start)
    if argument.role != "theme" or head is None or head.dep_ != "dobj" or head.head.idx != trigger.idx or \
            head.lower_ in COMPETITION_HEADS:  # "play Champions League or Uefa Cup matches"
        return argument
    return replace(argument, role="opponent") if argument_kind(head, [head]) in _SIDES else argument
