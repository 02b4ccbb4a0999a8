"""A "they" in what a coordination of speakers said is those speakers, no plural before them.

"Gibson and his partner Bruce Davey said they would not be campaigning": the two who speak are
"they". With no one entity standing for both, the pronoun must stay unresolved rather than go
to the nearest plural of an earlier sentence ("... to promote the film to voters": never the
voters). A coordination is what the parse splits into one speech clause a conjunct, each
with the same reported content ("Gibson and his partner", "Gibson", "his partner"). Read by
``kg.resolve.pronouns`` (the nearest-subject rule, and before the rule of the one body that
reports) and ``kg.resolve.events`` (a plural participant of an earlier event). When each
conjunct is an entity, "they" in an event of what they said is every one of them
(``paired_entities``): "The Ospreys and Scarlets say they are happy to support the Wales
cause" is support(agent=Ospreys & Scarlets), never the first speaker alone.
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


def paired_entities(linker: Linker, argument: Argument) -> list[int]:
    """The entities of the coordinated speakers of ``paired_speakers`` ("X and Y said they"),
    one a conjunct, when each conjunct is an entity; else none."""
    if not paired_speakers(linker, argument):
        return []
    sentence = sentence_at(linker.sentence_starts, argument.start)
    clauses = [clause for clause in linker.clauses if clause.kind == "attribution" and clause.object is not None
               and clause.object.start <= argument.start < clause.object.end
               and sentence_at(linker.sentence_starts, clause.subject.start) == sentence]
    spans = {(clause.subject.start, clause.subject.end) for clause in clauses}
    # the conjuncts, not the coordination the parse may give as well ("Dell and Apple")
    singles = [clause for clause in clauses if not any(
        start >= clause.subject.start and end <= clause.subject.end and (start, end) != (clause.subject.start, clause.subject.end)
        for start, end in spans)]
    found: list[int] = []
    for clause in singles:
        subject = clause.subject
        cluster = linker.resolve(subject, clause, ())
        if cluster is None:  # a name the parse left no clause of its own to link: the one whose words hold the head
            cluster = next((c for m, c in linker.names if m.start <= subject.head_start and subject.head_end <= m.end), None)
        if cluster is None:
            return []  # "Gibson and his partner": one of them is no entity, "they" no list of entities
        if cluster not in found:
            found.append(cluster)
    return found  # one: a name NER read over the "and" ("Ospreys and Scarlets"), each conjunct in it
