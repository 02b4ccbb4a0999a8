"""A "he" or "she" that goes on from one left open is left open too.

A profile tells of one person as "he" sentence after sentence, naming others on the
way: "In 1984 he started his film career ... Two years later he played a soldier" (he:
unresolved, Depp or the actor Nicolas Cage named before). When the same pronoun was the
subject of a clause just before and ``kg.resolve.pronouns`` could not say who it meant,
this one most likely means the same unknown person, not the one name now in reach ("He
played undercover cop Tommy Hanson ... In 1990 he began his partnership": not the
character). Such a pronoun stays unresolved, unless its own sentence names one person
before it ("Mr Howard denied he had"), which ``kg.resolve.pronouns`` reads first, or a
clause in reach has one of its candidates as its subject ("Brown, 42, was lead singer with
The Stone Roses ... He has since forged a solo career": Brown).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.records import Argument, Proposition
from kg.resolve.subjects import subjects_in
from kg.resolve.unquoted import in_quotation

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_REACH = 2  # sentences back an open pronoun of the same form keeps this one open (pronouns.WINDOW)


def follows_open(linker: Linker, pronoun: str, argument: Argument, earlier: Sequence[tuple[Proposition, int]],
                 people: set[int], kinds: frozenset[str]) -> bool:
    """Whether the last clause before ``argument`` (in its sentence or the two before,
    outside quotations when ``argument`` is) with ``pronoun`` as its subject was left
    unresolved, and no clause in reach (of ``kinds``, with a verb: not "Oliver Stone's
    Vietnam epic") has one of ``people`` (the candidates) as its subject: "Brown, 42, was
    lead singer ... He has since" goes on from Brown; a name only seen as an object or an
    owner ("introduced him to actor Nicolas Cage") does not."""
    resolved = {id(proposition): cluster for proposition, cluster in earlier}
    sentence = bisect.bisect_right(linker.sentence_starts, argument.start) - 1
    floor = linker.sentence_starts[max(sentence - _REACH, 0)] if linker.sentence_starts else 0
    outside = not in_quotation(linker.text, argument.start)
    last: Proposition | None = None
    in_reach = subjects_in(linker.clauses, floor, argument.start)
    for clause in in_reach:
        subject = clause.subject
        if (linker.text[subject.head_start : subject.head_end].lower() == pronoun
                and not (outside and in_quotation(linker.text, subject.start))
                and (last is None or subject.start > last.subject.start)):
            last = clause
    if last is None or id(last) in resolved:
        return False
    return not any(clause.kind in kinds and resolved.get(id(clause)) in people for clause in in_reach)
