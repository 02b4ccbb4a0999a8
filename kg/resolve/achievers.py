"""An event's participant described by an achievement or an epithet: the person it fits.

"Former world number one Juan Carlos Ferrero insists he can get back to his best ... The
2003 French Open champion has slipped to 64 in the world": the speaker rules
(``kg.resolve.statements``) take "the two-time champion said" to the person it fits, but
an event's participant of that kind was left a description. ``achiever`` gives the one
person named with that achievement right before the name (``kg.resolve.epithets.named_with``:
"double Olympic champion Kelly Holmes" for "the Olympic champion"), else, when the
description opens its sentence, the person the sentence before opened on as its subject
(``kg.resolve.topic.previous_subject``, as for "The 29-year-old"): no other person in that
subject's clauses, none other named with that achievement.

Only "the", a word or more and an achievement ("champion", "medallist"; not "winner": a film wins too;
``ACHIEVEMENTS``) or an epithet ("star", "veteran"; ``epithet_nouns.txt``): a bare "The
winner" may be of what is to come. A wrong participant is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.records import Argument
from kg.resolve.epithets import achievement_head, named_with
from kg.resolve.namedheads import named_head
from kg.resolve.oneof import described as described_thing
from kg.resolve.storysubject import story_subject
from kg.resolve.topic import known_by, previous_subject

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def described(linker: Linker, span: Argument, trigger: tuple[int, int]) -> int | None:
    """The entity a description stands for: a thing or the name after "one of <nouns>"
    (``kg.resolve.oneof.described``: "the film"), else the one named institution or measure
    ``kg.resolve.namedheads`` finds ("the bill"), else a person ``achiever`` finds, else
    the lead's subject the second sentence opens on (``kg.resolve.storysubject``: "The firm"),
    for a participant of the event whose word stands at ``trigger``."""
    found = described_thing(linker, span)
    found = found if found is not None else named_head(linker, span, trigger)  # "the bill": the one named bill (.namedheads)
    found = found if found is not None else achiever(linker, span)
    return found if found is not None else story_subject(linker, span)


def achiever(linker: Linker, span: Argument) -> int | None:
    """The one person an achievement or epithet description ("The 2003 French Open
    champion", "The pop star") stands for (see the module's docstring), or ``None``."""
    if not known_by(linker.text[span.start : span.end]):
        return None
    if achievement_head(span.text) is not None and (named := named_with(linker.text, linker.clusters, span.text, span.start)) is not None:
        return named
    return previous_subject(linker, span)
