"""The "that" clause an event's verb takes is what the event is about.

"The High Court ruled on Tuesday that Baha Mousa's death fell within the European Convention",
"the judge found that the firm had acted unlawfully", "the club decided that he should stay":
without the clause, rule(agent=High Court), find(agent=the judge) and decide(agent=the club) say
nothing a reader could use. A verb that is kept as an event (a speech verb with a clause is a
quote, ``kg.extract.events``) keeps its clausal complement after it, opened by "that" or
"whether", from the complementiser on, as its topic, as a verb of control keeps the infinitive
its object does (``kg.extract.controlled``). The clause's own events stay. Not a clause before the
verb ("Troops are leaving, the ministry found": a misparse of a parenthetical), nor one the parser
hung there that is no complement (an apposition read as a clause, an adverbial clause:
``kg.extract.event_arguments.said_clause``), nor a clause some other argument already holds. Not
after a phrase of the verb's that is no time ("called for a change to the perception in Germany
that private copying is no problem": the noun's clause, misread), nor a clause that is not finite
or whose auxiliary is no auxiliary ("compared that new cost with the £500m needed": a determiner), nor the clause of an "it"
subject, which is what the verb says of it ("after it emerged that 4bn euros did not exist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.event_arguments import said_clause
from kg.extract.spans import clause_span

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["content_clause"]

_MARKS = frozenset({"that", "whether"})


def content_clause(verb: Word, found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """``found`` with the verb's "that" clause as its topic: "ruled that the Hunting Act was lawful"
    -> topic "that the Hunting Act was lawful"; ``found`` as it is when there is none."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not said_clause(clause):
        return found
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    if mark is None or mark.lower_ not in _MARKS or min(t.i for t in clause.subtree) != mark.i:
        return found
    if _after_phrase(verb, mark) or not _finite(clause) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children):
        return found
    words = cast("list[Word]", clause_span(cast(Any, clause), drop_mark=False))  # a Word follows Token's interface
    taken = {word.i for _, tokens in found for word in tokens}
    if not words or taken & {word.i for word in words}:
        return found
    return [*found, ("topic", words)]


def _after_phrase(verb: Word, mark: Word) -> bool:
    """Whether something of ``verb`` other than a time, a one-word adverb or an object comes between it
    and the clause's ``mark`` ("called for a change to the perception ... that", "walks away from the
    game safe in the knowledge that"; not "ruled on Tuesday that", "reassure backbenchers that")."""
    for child in verb.children:
        if not verb.i < child.i < mark.i or child.dep_ in ("punct", "dobj", "dative"):
            continue
        timed = all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") for t in child.subtree)
        if not timed and not (child.dep_ in ("advmod", "prt") and not any(True for _ in child.children)):
            return True
    return False


def _finite(clause: Word) -> bool:
    """Whether the clause is finite and its auxiliaries are auxiliaries: not "compared that new cost with
    the £500m needed", where "m" was read as one ("that" a determiner)."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ != "MD" and c.lemma_.lower() not in ("be", "have", "do") for c in auxiliaries):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in auxiliaries)
