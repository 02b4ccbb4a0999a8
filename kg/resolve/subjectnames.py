"""Whether a name inside a clause's subject is who the subject stands for, for "he" or "she".

``kg.resolve.speakers.nearest_subject`` gives a speaker's "he" or "she" the nearest subject
before it, and reads a subject the linker left unresolved by the last name inside it. That
name is the subject only when it heads it ("Scissor Sisters frontwoman Ana Matronic
collected"), is set beside a role noun that heads it ("Real Madrid director of sport Emilio
Butragueno praised"), or is the one a relative "who" after it speaks of ("the return of star
skipper Brian O'Driscoll who missed the Scotland game": the parse hung the clause on
"return"). A name after a preposition, or in a subject headed by a thing, is not:
"Yachvili admitted erratic kicking from England's Charlie Hodgson and Olly Barkley had been
decisive. '...,' he said" is Yachvili speaking; after "A spokesman for Michael Howard said
...", "He added" is the spokesman, not Mr Howard. "It" keeps every such name ("Shares in drug
firm Phytopharm fell after it said": Phytopharm).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.lexicon import PREPOSITIONS, ROLE_HEADS

if TYPE_CHECKING:
    from kg.records import Argument, Proposition
    from kg.resolve.coref import Linker

_WHO_AFTER = re.compile(r"\s*,?\s*who\b")
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")
# What stands between a relative clause's subject and its verb: "Olly Barkley, who missed", and
# for the first of two ("Charlie Hodgson and Olly Barkley, who missed") the second as well.
_WHO_BEFORE_VERB = re.compile(r"(?:\s+(?:and|or)\s+[\w'’. -]+?)?\s*,?\s*who\s+")
# An object relative's subject: "the Guildford Four - for which Tony Blair recently apologised -".
_WHICH_BEFORE = re.compile(r"\b(?:which|whom)\s+$", re.IGNORECASE)


def names_subject(text: str, subject: Argument, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` inside ``subject`` is the one the subject stands
    for (see the module docstring)."""
    if start <= subject.head_start < end or _WHO_AFTER.match(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    head = text[subject.head_start : subject.head_end].lower()
    return head in ROLE_HEADS and (before is None or before.group(1).lower() not in PREPOSITIONS)


def main_before_relative(
    text: str, propositions: Sequence[Proposition], linker: Linker, candidates: list[tuple[int, int]], sentence_of: Callable[[int], int]
) -> list[tuple[int, int]]:
    """The candidates of "he" or "she", (offset, cluster), without those that are only the subject of a
    relative clause: "who" ("... Charlie Hodgson and Olly Barkley, who missed six penalties ...") or an
    object's "which"/"whom" ("the Guildford Four - for which Tony Blair recently apologised -")
    when another person is the subject of a clause of that sentence that is none ("Yachvili
    admitted ..."): the main clause's subject is whom the next sentence goes on about. A
    relative clause's subject with no such rival stays ("Ireland have been boosted by the
    return of star skipper Brian O'Driscoll who missed the Scotland game. '...,' he said")."""
    relative: set[int] = set()
    for proposition in propositions:
        subject = proposition.subject
        if proposition.trigger is not None and (_WHO_BEFORE_VERB.fullmatch(text, subject.end, proposition.trigger[0])
                                                or _WHICH_BEFORE.search(text, max(0, subject.start - 8), subject.start)):
            relative |= {subject.start} | {at for at, _ in linker.antecedents(subject.start, subject.end)}
    main = {(sentence_of(at), cluster) for at, cluster in candidates if at not in relative}
    return [(at, cluster) for at, cluster in candidates
            if at not in relative or not any(number == sentence_of(at) and other != cluster for number, other in main)]
