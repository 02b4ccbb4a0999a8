"""A "they" in what a coordination of speakers said is those speakers, no plural before them.

"Gibson and his partner Bruce Davey said they would not be campaigning": the two who speak are
"they". With no one entity standing for both, the pronoun must stay unresolved rather than go
to the nearest plural of an earlier sentence ("... to promote the film to voters": never the
voters). A coordination is what the parse splits into one speech clause a conjunct, each
with the same reported content ("Gibson and his partner", "Gibson", "his partner"). Read by
``kg.resolve.pronouns`` (the nearest-subject rule) and ``kg.resolve.events`` (a plural
participant of an earlier event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.starts import sentence_at

if TYPE_CHECKING:
    from kg.records import Argument
    from kg.resolve.coref import Linker


def paired_speakers(linker: Linker, argument: Argument) -> bool:
    """Whether ``argument`` ("they") stands in the content of a speech clause of its own
    sentence whose subject is a coordination the parse split ("X and Y said they")."""
    sentence = sentence_at(linker.sentence_starts, argument.start)
    speakers: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for clause in linker.clauses:
        content = clause.object
        if (clause.kind != "attribution" or content is None or not content.start <= argument.start < content.end
                or sentence_at(linker.sentence_starts, clause.subject.start) != sentence):
            continue
        subjects = speakers.setdefault((content.start, content.end), set())
        subjects.add((clause.subject.start, clause.subject.end))
        if len(subjects) > 1 and " and " in linker.text[clause.subject.start : content.start]:
            return True
    return False
