"""The subject of a reported clause that the parse made the object of its verb of saying.

"O'Driscoll also insisted Ireland were happy to handle the pressure", "McLeish admitted his
team's defending was amateurish", "He warned the Abstentions Party was the real challenge":
the parse hangs the noun after the verb of saying on it as its object and leaves the clause
after it with no subject, so nobody handles the pressure and nothing is amateurish. A verb of
saying or thinking (``kg.extract.attribution.SAY_VERBS``) whose object's phrase ends right
before a tensed clause of the same verb with no subject of its own names that clause's
subject: `rehang_said_objects` hangs the object back on the clause's verb as its subject,
before the words' children are read. Not when the clause has a subject ("said the plan
would work"), nor an untensed one, nor a pronoun object, nor after a verb whose object is
who is told ("told MPs child benefit would rise": the parse ran the two nouns into one
object), nor when words the parse misplaced open the clause ("reported a rise in the
number of messages it was catching").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.swallowed import SUBJECT_DEPS, children_of, left_edge, move, right_edge, tensed, under

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_said_objects"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "advmod"})
# Verbs whose object is who is told ("told MPs child benefit would rise": the parse's one object
# runs the two nouns together), not what the clause is about.
_TELLING = frozenset({"tell", "warn", "caution"})


def rehang_said_objects(words: list[Word]) -> None:
    """Give each subjectless reported clause the object the parse hung on its verb of saying
    (see the module); only ``head`` and ``dep_`` change, before any children are read."""
    from kg.extract.attribution import SAY_VERBS  # here: attribution reads words

    children: dict[int, list[Word]] | None = None
    for clause in words:
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i > clause.i or verb.lemma_.lower() not in SAY_VERBS or (
                verb.lemma_.lower() in _TELLING):
            continue
        if children is None:
            children = children_of(words)
        own = children.get(clause.i, [])
        if any(c.dep_ in SUBJECT_DEPS for c in own) or not tensed(clause, own):
            continue
        first = left_edge(clause, children)
        if any(w.dep_ not in _VERB_GROUP for w in under(clause, children) if w.i < clause.i):
            continue  # the clause opens on its verb ("were happy"), nothing the parse misplaced ("it was catching")
        obj = next((c for c in children.get(verb.i, ()) if c.dep_ == "dobj" and c.pos_ in _NOUNS
                    and right_edge(c, children) + 1 == first), None)
        if obj is None:
            continue
        move(obj, clause, children)
        obj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in own) else "nsubj"
