"""A "he" or "she" inside a quotation is not the person who speaks it.

A speaker speaks of himself as "I"; a third-person pronoun in his own words is someone
else: in '"He can stick up whatever he likes on billboards ... that he failed to," he
said' (Mr Blair answering Mr Howard) he is Howard, and in '"He has remarkable ability
to influence people but ... he was more interested in the Robert Kilroy-Silk Party,"
Mr Knapman told BBC Radio 4' he is Kilroy-Silk. ``kg.resolve.pronouns`` leaves a
pronoun unresolved when its one candidate is the speaker of the direct speech that holds
it (the one meant may be named out of reach: "Mr Clinton" on a friend's funeral); the
speaker is the person the speech's subject names, or the one its own "he said" means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.records import Argument, Proposition
from kg.resolve.unquoted import in_quotation
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker


def quoted_speaker(linker: Linker, argument: Argument, earlier: Sequence[tuple[Proposition, int]]) -> frozenset[int]:
    """The person who speaks the direct speech (inside quotation marks) that holds
    ``argument``, when the text says who and that resolves (as a set of one); none
    otherwise, nor a speaker written inside a quotation itself (no chain is followed)."""
    if not in_quotation(linker.text, argument.start):
        return frozenset()
    for speech in linker.speech:
        speaker = speech.speaker
        if (not speech.direct or speaker is None or not speech.content[0] <= argument.start < speech.content[1]
                or in_quotation(linker.text, speaker.start)):
            continue
        clause = next((clause for clause in linker.clauses
                       if clause.kind == "attribution" and clause.subject.start == speaker.start), None)
        # A pronoun speaker ("he said") resolves through its clause; a name ("Mr Knapman told") by itself.
        cluster = linker.resolve(speaker, clause, earlier) if clause is not None else linker.named_or_described(speaker)
        return frozenset({cluster}) if cluster is not None and linker.clusters[cluster].type is EntityType.PERSON else frozenset()
    return frozenset()
