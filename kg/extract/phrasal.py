"""Events a verb names only with the word it takes: a light verb with its noun, a
particle verb with its preposition.

- A light verb with an event noun is the noun's event ("held talks", "launched an
  investigation"; passive, its subject: "The summit will be held"). A noun that names
  no event alone but does after one light verb is listed with that verb as a verb
  phrase in ``event_lemmas.tsv``: "are giving evidence to the committee" -> give
  evidence ("the evidence is part of the inquiry" is no event).
- A possessed noun the parser reads as a clause of the light verb is its object ("will
  make her return from injury": "return" a ccomp with "her" its possessor).
- A verb whose preposition changes what it means is listed with it (``event_lemmas.tsv``):
  "fired on protesters" is shooting ("fire on"), "fired the manager" a dismissal; not a
  preposition of a time: "A report called on Thursday for urgent changes" is a "call for"; not
  one after an object predicate ("called Labour 'a machine for talking'" is a naming).
- A particle verb whose object comes with a preposition is listed with both
  (``event_lemmas.tsv``): "Edu has hit out at the club" -> hit out at, the club its
  theme (``kg.extract.event_arguments.trigger_object``), as "fired on protesters".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.received import HELD_VERBS
from kg.lexicon import OCCURRENCE_VERBS, ROLES
from kg.lexicon.events import NOUN_TRIGGERS, VERB_TRIGGERS, Trigger

if TYPE_CHECKING:
    from kg.extract.words import Word


def light_noun(verb: Word, base: str) -> tuple[str, str, Trigger] | None:
    """The trigger lemma, text and entry of a light verb (lemma ``base``) with the
    noun whose event it names, or ``None`` when its noun names none."""
    noun = next((c for dep in ("dobj", "nsubjpass") for c in verb.children if c.dep_ == dep and c.pos_ == "NOUN" and (
        dep == "dobj" or base in HELD_VERBS)), None) or possessed_clause(verb)
    if noun is None:
        return None
    forms = (noun.lemma_.lower(), noun.lower_)
    if form := next((f for f in forms if f in NOUN_TRIGGERS), ""):
        return f"{base} {form}", f"{verb.text} {noun.text}", NOUN_TRIGGERS[form]
    # Only the one active object: "evidence was given" may be a document handed over, and
    # a second object the parse found leaves unsure which noun the verb took.
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in verb.children if c.dep_ in _CLAUSES]
    if objects == [noun] and (form := next((f for f in forms if f"{base} {f}" in VERB_TRIGGERS), "")):
        if f"{base} {form}" in OCCURRENCE_VERBS and any(c.dep_ in _MODIFIERS for c in noun.children):
            return None  # "took fourth place", "to take the second singles place": a place won, nothing took place
        if base == "take" and VERB_TRIGGERS[f"{base} {form}"].event_class == "performance" and any(
                tuple(w.lower_ for w in g.subtree if w.i <= g.i and w.dep_ != "det") in ROLES
                for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            return None  # "took the title of chief executive": a post, nothing won ("title of best male" is won)
        return f"{base} {form}", f"{verb.text} {noun.text}", VERB_TRIGGERS[f"{base} {form}"]
    return None


_MODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss"})


def meaning_preposition(verb: Word, base: str) -> list[Word]:
    """The preposition that changes what the verb (lemma ``base``) means, when
    ``event_lemmas.tsv`` lists the two and its object is no time (see the module's list)."""
    # Nor after an object predicate, whose own phrase it is: "called Labour 'a brilliant machine for
    # talking about things'" is no "call for".
    predicate = min((c.i for c in verb.children if c.dep_ == "oprd"), default=len(verb.doc.words))
    return [c for c in verb.children if c.dep_ == "prep" and f"{base} {c.lower_}" in VERB_TRIGGERS and not any(
        g.dep_ == "pobj" and argument_kind(g, [g]) == "time" for g in c.children) and not predicate < c.i][:1]


def particle_preposition(verb: Word, base: str, extra: list[Word]) -> list[Word]:
    """The preposition that a particle verb (lemma ``base``, particles ``extra``)
    takes its object with, when ``event_lemmas.tsv`` lists the three together ("hit
    out at"); none otherwise."""
    if not extra:
        return []
    phrase = " ".join([base, *(c.lower_ for c in sorted(extra, key=lambda word: word.i))])
    taken = {word.i for word in extra}
    return [c for c in verb.children if c.dep_ == "prep" and c.i not in taken and any(
        g.dep_ in ("pobj", "pcomp") for g in c.children) and f"{phrase} {c.lower_}" in VERB_TRIGGERS][:1]



# The clauses a verb's misread noun object hangs as.
_CLAUSES = ("ccomp", "xcomp")


def possessed_clause(verb: Word) -> Word | None:
    """The noun the parser hung as a clause of a verb when a possessive reads as the
    clause's subject: "Kim Clijsters will make her return from a career-threatening
    injury", "Bell could make his England debut" (her/his the noun's, "return" and
    "debut" no verbs): a clause with a possessor and no subject is a noun phrase."""
    return next((c for c in verb.children if c.dep_ in _CLAUSES and c.pos_ == "NOUN" and any(
        g.dep_ == "poss" for g in c.children) and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
